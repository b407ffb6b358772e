import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Empty, List, Tabs, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { AwardsTab } from './AwardsTab.tsx';
import { RankingTab } from './RankingTab.tsx';
import { SchemeTab } from './SchemeTab.tsx';
import { pointsApi, pointsPage, type Overview } from './api.ts';
import './points.css';

/**
 * 积分制 in the console: the awards and what the reader may do with them (propose, check or
 * return, publish, record a paper contest and the body's decision), the scheme's versions and
 * their adoption, the ranking and points by item, and the publicity notices to print.
 */
export default function PointsPage() {
  const t = useT();
  const { villageId } = useVillage();
  const [tab, setTab] = useState('awards');
  const { data, error, reload } = useApi<Overview>(pointsApi(villageId));
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  return (
    <div className="page" data-testid="points-page">
      <div className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('points.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('points.hint')}</Typography.Text>
      </div>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'awards',
            label: <span data-testid="points-tab-awards">{t('points.tab.awards')}</span>,
            children: <AwardsTab villageId={villageId} data={data} onChange={reload} />,
          },
          {
            key: 'scheme',
            label: <span data-testid="points-tab-scheme">{t('points.tab.scheme')}</span>,
            children: <SchemeTab villageId={villageId} data={data} onChange={reload} />,
          },
          {
            key: 'ranking',
            label: <span data-testid="points-tab-ranking">{t('points.tab.ranking')}</span>,
            children: tab === 'ranking' && <RankingTab villageId={villageId} />,
          },
          {
            key: 'notices',
            label: <span data-testid="points-tab-notices">{t('points.tab.notices')}</span>,
            children:
              data.notices.length === 0 ? (
                <Empty description={t('points.notice.none')} />
              ) : (
                <List
                  dataSource={data.notices}
                  renderItem={(n) => (
                    <List.Item
                      data-testid="points-notice"
                      actions={[
                        <Link key="print" to={`${pointsPage(villageId)}/notices/${n.id}/print`}>
                          <Button icon={<PrinterOutlined />} data-testid="points-notice-print">
                            {t('points.notice.print')}
                          </Button>
                        </Link>,
                      ]}
                    >
                      {t('points.notice.row', {
                        number: n.number,
                        from: t.date(n.startsOn),
                        to: t.date(n.endsOn),
                        count: n.awards,
                      })}
                    </List.Item>
                  )}
                />
              ),
          },
        ]}
      />
    </div>
  );
}
