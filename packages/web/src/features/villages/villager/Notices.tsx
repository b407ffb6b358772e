import { Link } from 'react-router-dom';
import { useApi } from '../../../api/useApi.ts';
import type { NoticesResponse } from '../../matters/api.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { noticeInForce, periodText, todayText } from '../../matters/noticeText.ts';
import { Card, Tag } from '../../../light/Card.tsx';
import { VillageIcon } from '../../../light/villageIcons.tsx';
import { Spinner } from '../../../light/Spinner.tsx';

/** 村务公开 on the villager's home: the latest notices (the console's twin is matters/NoticesCard). */
export function Notices({ limit = 5 }: { limit?: number }) {
  const { villageId } = useVillage();
  const { data } = useApi<NoticesResponse>(`/api/villages/${villageId}/notices`);
  return <NoticesCard data={data} limit={limit} />;
}

/** The card itself, for a page that loads the notices with its other parts (a spinner until `data`). */
export function NoticesCard({
  data,
  limit = 5,
}: {
  data: NoticesResponse | undefined;
  limit?: number;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const base = `/v/${villageId}`;
  const today = todayText();
  const items = (data?.items ?? []).slice(0, limit);
  let body;
  if (!data) body = <Spinner />;
  else if (items.length === 0) body = <p className="l-secondary center">{t('notices.none')}</p>;
  else
    body = (
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
    );
  return (
    <Card
      className="notices-card block-gap"
      data-testid="notices-card"
      title={
        <h2 className="my-home-h2">
          <VillageIcon name="notification" /> {t('notices.title')}
        </h2>
      }
      extra={
        <Link to={`${base}/notices`} data-testid="notices-card-all">
          {t('notices.all')} <VillageIcon name="right" />
        </Link>
      }
    >
      {body}
    </Card>
  );
}
