import { Link } from 'react-router-dom';
import { Card, Empty, Tag } from 'antd';
import { NotificationOutlined, RightOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { NoticesResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { noticeInForce, periodText, todayText } from './parts.tsx';

/** 村务公开 on the village home page: the latest notices, those still on the board first. */
export function NoticesCard({ limit = 5 }: { limit?: number }) {
  const t = useT();
  const { villageId } = useVillage();
  const base = `/v/${villageId}`;
  const { data } = useApi<NoticesResponse>(`/api/villages/${villageId}/notices`);
  const today = todayText();
  const items = (data?.items ?? []).slice(0, limit);
  return (
    <Card
      className="notices-card block-gap"
      data-testid="notices-card"
      loading={!data}
      title={
        <span>
          <NotificationOutlined /> {t('notices.title')}
        </span>
      }
      extra={
        <Link to={`${base}/notices`} data-testid="notices-card-all">
          {t('notices.all')} <RightOutlined />
        </Link>
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.none')} />
      ) : (
        <ul className="notices-card-list">
          {items.map((n) => (
            <li key={n.id} data-testid="notices-card-item">
              <Link to={`${base}/notices/${n.id}`} className="notices-card-title">
                {n.title}
              </Link>
              <div className="notices-card-meta">
                <Tag>{t.pick(n.kindName)}</Tag>
                <span>{periodText(t, n.publishedOn, n.periodEndsOn)}</span>
                {noticeInForce(n, today) && <Tag color="green">{t('notices.inForce')}</Tag>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
