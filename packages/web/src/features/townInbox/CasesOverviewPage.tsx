import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { LedgerButton } from '../../components/LedgerButton.tsx';
import type { CaseKind, CaseKindCounts, CasesOverview } from './api.ts';
import { townNav } from './nav.tsx';

type Row = CasesOverview['items'][number];
const KINDS: readonly CaseKind[] = ['service', 'minqing', 'dispute', 'petition'];
/** Each kind's combined 台账 of the official's towns (every village, a village column first). */
const TOWN_LEDGER: Record<CaseKind, string> = {
  service: '/api/town/services.xlsx',
  minqing: '/api/town/liaison.xlsx',
  dispute: '/api/town/disputes.xlsx',
  petition: '/api/petitions/office.xlsx',
};

/** Open cases, the overdue ones in red; then the share rated satisfied or basically satisfied. */
function Counts({ c, t }: { c: CaseKindCounts; t: Translator }) {
  const rated = c.satisfied + c.basicallySatisfied + c.dissatisfied;
  return (
    <span className="tabular">
      {t('townInbox.overview.open', { n: c.open })}
      {c.overdue !== null && c.overdue > 0 && (
        <Tag color="error" data-testid="overview-overdue">
          {t('townInbox.overview.overdue', { n: c.overdue })}
        </Tag>
      )}
      {rated + c.unrated > 0 && (
        <Typography.Paragraph type="secondary" className="no-margin">
          {t('townInbox.overview.rated', {
            good: rated ? Math.round((100 * (c.satisfied + c.basicallySatisfied)) / rated) : 0,
            rated,
            unrated: c.unrated,
          })}
        </Typography.Paragraph>
      )}
    </span>
  );
}

/**
 * 服务与纠纷概况: for the town's (or county's) government, each village's service requests, 民情
 * cases, disputes and petitions — how many are open and how many past their due date — with
 * this year's ratings (满意 and 基本满意 of those rated; 未评价 apart, never counted as satisfied).
 * Counts only: who asked for what stays with each case's handlers.
 */
export default function CasesOverviewPage() {
  const t = useT();
  const me = useMe();
  const { data, error, loading } = useApi<CasesOverview>('/api/town/cases-overview');
  const total = (kind: CaseKind) =>
    (data?.items ?? []).reduce(
      (sum, r) => ({
        open: sum.open + r.kinds[kind].open,
        overdue: sum.overdue + (r.kinds[kind].overdue ?? 0),
      }),
      { open: 0, overdue: 0 },
    );
  const columns: Column<Row>[] = [
    {
      key: 'village',
      title: t('townInbox.village'),
      primary: true,
      render: (r) => (
        <Link to={`/villages/${r.villageId}`}>
          {r.townName} · {r.villageName}
        </Link>
      ),
    },
    ...KINDS.map((kind) => ({
      key: kind,
      title: `${t(`townInbox.source.${kind}`)}（${t('townInbox.overview.total', total(kind))}）`,
      render: (r: Row) => <Counts c={r.kinds[kind]} t={t} />,
    })),
  ];
  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="overview">
      <div className="page" data-testid="cases-overview-page">
        <div className="page-head">
          <Typography.Title level={1} className="no-margin page-title">
            {t('townInbox.overview.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('townInbox.overview.hint', { year: data?.year ?? '' })}
          </Typography.Text>
        </div>
        <Flex wrap gap={8} className="block-gap">
          {KINDS.map((kind) => (
            <LedgerButton
              key={kind}
              href={(from, to) => `${TOWN_LEDGER[kind]}?from=${from}&to=${to}`}
              labels={{
                button: t('townInbox.overview.ledger', { kind: t(`townInbox.source.${kind}`) }),
                from: t('townInbox.overview.ledger.from'),
                to: t('townInbox.overview.ledger.to'),
                download: t('townInbox.overview.ledger.download'),
              }}
              testId={`overview-ledger-${kind}`}
            />
          ))}
        </Flex>
        {error && <ErrorAlert error={error} />}
        <DataList
          rows={data?.items ?? []}
          loading={loading}
          rowKey={(r) => r.villageId}
          columns={columns}
          rowTestId="overview-row"
          testId="cases-overview"
          empty={t('townInbox.overview.empty')}
        />
      </div>
    </Shell>
  );
}
