import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Flex, Select, Table, Tooltip, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useMe } from '../../app/session.tsx';
import { Shell } from '../../app/Shell.tsx';
import { BarChart } from '../../components/BarChart.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT, type Translator } from '../../i18n/index.tsx';
import { toYuanText, type Fen } from '@cunzhi/core/money';
import { townNav } from '../townInbox/nav.tsx';
import { FIGURES, scopeQuery, type Dashboard, type DashboardVillage } from './api.ts';
import { partyShortText } from './partyShort.ts';
import './oversight.css';

/** One figure of one village: a link to the village's page with the records, red when it calls for action. */
function FigureCell({ v, figure }: { v: DashboardVillage; figure: (typeof FIGURES)[number] }) {
  const t = useT();
  const value = v.figures[figure.key];
  if (!value) return <span className="oversight-zero">{value === null ? '—' : 0}</span>;
  const link = (
    <Link
      to={figure.page ? `/v/${v.id}/${figure.page}` : `/v/${v.id}`}
      className={figure.alarm ? 'oversight-alarm' : undefined}
      data-testid={`figure-${figure.key}`}
    >
      {value}
    </Link>
  );
  if (figure.key !== 'partyMeetingsShort') return link;
  // which kinds of 三会一课 are short, and by how many sessions (on hover, and on keyboard focus)
  return (
    <Tooltip title={partyShortText(t, v)} trigger={['hover', 'focus']}>
      {link}
    </Tooltip>
  );
}

function columns(t: Translator, data: Dashboard) {
  return [
    {
      key: 'village',
      title: t('oversight.village'),
      fixed: 'left' as const,
      render: (_: unknown, v: DashboardVillage) => (
        <Link to={`/v/${v.id}`} data-testid="dashboard-village">
          {data.scope.level === 'county' ? `${v.townName} · ${v.name}` : v.name}
        </Link>
      ),
    },
    ...FIGURES.map((f) => ({
      key: f.key,
      title: t(`oversight.figure.${f.key}`),
      align: 'right' as const,
      render: (_: unknown, v: DashboardVillage) => <FigureCell v={v} figure={f} />,
    })),
  ];
}

/**
 * 工作台 of a town (or a county): every village's figures with the total, a chart of what calls
 * for action per village, and the county's points ranking. Every number opens the village's
 * page where the records are; print and Excel give the same tables on paper.
 */
export default function DashboardPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const query = scopeQuery(params.get('level'), params.get('id'));
  const { data, error } = useApi<Dashboard>(`/api/oversight/dashboard${query}`);
  const bars = useMemo(
    () => (data?.villages ?? []).map((v) => ({ label: v.name, value: v.problems })),
    [data],
  );
  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="dashboard">
      <div className="page" data-testid="dashboard-page">
        <Typography.Title level={1} className="page-h1">
          {data ? t('oversight.title', { name: data.scope.name }) : t('oversight.menu')}
        </Typography.Title>
        <ErrorAlert error={error} />
        {data && (
          <>
            <Typography.Paragraph type="secondary">
              {t('oversight.hint', { date: t.date(data.on) })}
            </Typography.Paragraph>
            <Flex wrap gap={8} className="block-gap">
              <Select
                aria-label={t('oversight.scope')}
                className="oversight-scope"
                value={`${data.scope.level}:${data.scope.id}`}
                options={data.scopes.map((s) => ({ value: `${s.level}:${s.id}`, label: s.name }))}
                onChange={(value: string) => {
                  const [level = '', id = ''] = value.split(':');
                  setParams({ level, id });
                }}
                data-testid="dashboard-scope"
              />
              <Link to={`/town/dashboard/print${query}`}>
                <Button icon={<PrinterOutlined />} data-testid="dashboard-print">
                  {t('oversight.print')}
                </Button>
              </Link>
              {/* every finding of the meetings and composition rules, village by village (a yearly assembly not held, a demand unanswered …) */}
              <Link to="/villages">
                <Button data-testid="dashboard-findings">{t('oversight.findings')}</Button>
              </Link>
              <Button
                icon={<DownloadOutlined />}
                href={`/api/oversight/dashboard.xlsx${query}`}
                data-testid="dashboard-export"
              >
                {t('oversight.export')}
              </Button>
            </Flex>
            {bars.length > 0 && (
              <BarChart
                bars={bars}
                title={t('oversight.chart')}
                horizontal
                testId="dashboard-chart"
              />
            )}
            <Table<DashboardVillage>
              rowKey="id"
              size="small"
              scroll={{ x: 'max-content' }}
              pagination={false}
              dataSource={data.villages}
              columns={columns(t, data)}
              locale={{ emptyText: t('oversight.empty') }}
              data-testid="dashboard-table"
              summary={() => (
                <Table.Summary.Row className="oversight-total">
                  <Table.Summary.Cell index={0}>{t('oversight.total')}</Table.Summary.Cell>
                  {FIGURES.map((f, i) => (
                    <Table.Summary.Cell key={f.key} index={i + 1} align="right">
                      {data.total[f.key] ?? '—'}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )}
            />
            <Ranking data={data} />
          </>
        )}
      </div>
    </Shell>
  );
}

/** 积分换项目: where the scope's villages stand in the county's latest ranking. */
function Ranking({ data }: { data: Dashboard }) {
  const t = useT();
  if (!data.ranking)
    return (
      <Typography.Paragraph type="secondary">{t('oversight.ranking.none')}</Typography.Paragraph>
    );
  return (
    <>
      <Typography.Title level={2} className="block-gap">
        <Link to={`/county-points/${data.ranking.schemeId}`}>
          {t('oversight.ranking', { title: data.ranking.title })}
        </Link>
      </Typography.Title>
      <Table
        rowKey="villageId"
        size="small"
        pagination={false}
        dataSource={data.ranking.rows}
        data-testid="dashboard-ranking"
        columns={[
          { key: 'rank', title: t('oversight.ranking.rank'), dataIndex: 'rank' },
          { key: 'village', title: t('oversight.village'), dataIndex: 'villageName' },
          { key: 'total', title: t('oversight.ranking.total'), dataIndex: 'total', align: 'right' },
          {
            key: 'amount',
            title: t('oversight.ranking.amount'),
            align: 'right',
            render: (_: unknown, r) => `${toYuanText(BigInt(r.amount) as Fen)} 元`,
          },
        ]}
      />
    </>
  );
}
