import { useState } from 'react';
import { Button, Card, Drawer, Empty, Space, Table, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { BarChart } from '../../components/BarChart.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { LineFacts } from './LineFacts.tsx';
import { pointsApi, type Ledger, type Ranking } from './api.ts';
import './points.css';

/** The village's household ranking and points by item on a day, charted and tabled; a ledger opened. */
export function RankingTab({ villageId }: { villageId: string }) {
  const t = useT();
  const [on, setOn] = useState<string | undefined>(undefined);
  const [household, setHousehold] = useState<string | null>(null);
  const { data, error } = useApi<Ranking>(
    `${pointsApi(villageId)}/ranking${on ? `?on=${on}` : ''}`,
  );
  const unit = (value: number) => t('points.ranking.unit', { value });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <span>{t('points.ranking.on')}</span>
        <DateInput value={on ?? data?.on} onChange={(v) => setOn(v ?? undefined)} />
      </Space>
      <ErrorAlert error={error} />
      {data && data.households.length === 0 && <Empty description={t('points.ranking.empty')} />}
      {data && data.households.length > 0 && (
        <>
          <Card title={t('points.ranking.households')} data-testid="points-ranking">
            <BarChart
              horizontal
              title={t('points.ranking.households')}
              format={unit}
              bars={data.households
                .slice(0, 20)
                .map((h) => ({ label: h.household, value: h.balance }))}
              testId="points-ranking-chart"
            />
            <Table
              size="small"
              rowKey="householdId"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={data.households}
              columns={[
                {
                  title: t('points.ranking.rank'),
                  key: 'rank',
                  render: (_: unknown, __: unknown, i: number) => i + 1,
                },
                { title: t('points.award.household'), dataIndex: 'household' },
                { title: t('points.balance'), dataIndex: 'balance' },
                {
                  key: 'open',
                  render: (_: unknown, h: Ranking['households'][number]) => (
                    <Button
                      type="link"
                      onClick={() => setHousehold(h.householdId)}
                      data-testid="points-ledger-open"
                    >
                      {t('points.ledger.open')}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('points.ranking.byItem')} data-testid="points-by-item">
            <BarChart
              title={t('points.ranking.byItem')}
              format={unit}
              bars={data.byItem.map((i) => ({ label: i.itemName, value: i.points }))}
              testId="points-by-item-chart"
            />
            <Table
              size="small"
              rowKey="itemName"
              pagination={false}
              dataSource={data.byItem}
              columns={[
                { title: t('points.item.name'), dataIndex: 'itemName' },
                { title: t('points.print.points'), dataIndex: 'points' },
                {
                  title: t('points.award.new'),
                  dataIndex: 'awards',
                  render: (n: number) => t('points.ranking.awards', { count: n }),
                },
              ]}
            />
          </Card>
        </>
      )}
      {household && (
        <LedgerDrawer
          path={`${pointsApi(villageId)}/households/${household}${on ? `?on=${on}` : ''}`}
          onClose={() => setHousehold(null)}
        />
      )}
    </Space>
  );
}

function LedgerDrawer({ path, onClose }: { path: string; onClose: () => void }) {
  const t = useT();
  const { data, error } = useApi<Ledger>(path);
  return (
    <Drawer
      open
      onClose={onClose}
      title={data ? `${data.household} · ${t('points.ledger')}` : t('points.ledger')}
      size={560}
      data-testid="points-ledger-drawer"
    >
      <ErrorAlert error={error} />
      {data && (
        <>
          <Typography.Title level={4} data-testid="points-ledger-balance">
            {t('points.balanceOn', { on: t.date(data.on) })}：{data.balance}
          </Typography.Title>
          <ul className="points-lines">
            {data.lines.map((l) => (
              <li key={l.id} className="points-line">
                <LineFacts line={l} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Drawer>
  );
}
