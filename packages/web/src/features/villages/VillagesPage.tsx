import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Input, Segmented, Space, Tag, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { useMe } from '../../app/session.tsx';
import type { OversightResponse, OversightVillage, VillageListItem } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { townNav } from '../townInbox/nav.tsx';
import { ErrorAlert } from '../../components/errors.tsx';

type Row = VillageListItem & {
  findings?: OversightVillage['findings'];
  disclosure?: OversightVillage['disclosure'];
};
type Filter =
  | 'all'
  | 'violations'
  | 'meetings'
  | 'demands'
  | 'composition'
  | 'disclosure'
  | 'questions'
  | 'holds';
const FILTERS: Filter[] = [
  'all',
  'violations',
  'meetings',
  'demands',
  'composition',
  'disclosure',
  'questions',
  'holds',
];

const keep = (v: Row, f: Filter) => {
  const findings = v.findings ?? [];
  if (f === 'all') return true;
  if (f === 'violations') return findings.some((x) => x.severity === 'violation');
  // villagers' questions not yet answered, and payments the supervision committee holds
  if (f === 'questions') return (v.disclosure?.unansweredQuestions ?? 0) > 0;
  if (f === 'holds') return (v.disclosure?.openHolds ?? 0) > 0;
  return findings.some((x) => x.area === f);
};

/**
 * Town and county officials choose a village here, and see at a glance what the rules find in
 * each today: meetings overdue, demands to convene unanswered, bodies wrongly composed.
 */
export default function VillagesPage() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const staff = me.account.kind === 'staff';
  const oversight = useApi<OversightResponse>(staff ? '/api/oversight/villages' : null);
  const plain = useApi<{ items: VillageListItem[] }>(staff ? null : '/api/villages');
  const { data, error, loading } = staff ? oversight : plain;
  const [q, setQ] = useState('');
  const [filter, setFilter] = useState<Filter>('all');

  const rows = useMemo(() => {
    const all: Row[] = data?.items ?? [];
    const needle = q.trim();
    return all.filter(
      (v) =>
        keep(v, filter) &&
        (!needle ||
          v.name.includes(needle) ||
          v.townName.includes(needle) ||
          v.countyName.includes(needle)),
    );
  }, [data, q, filter]);

  const count = (f: Filter) => (data?.items ?? []).filter((v: Row) => keep(v, f)).length;

  const columns: Column<Row>[] = [
    {
      key: 'name',
      title: t('villages.name'),
      primary: true,
      render: (v) => (
        <Link to={`/v/${v.id}`} onClick={(e) => e.stopPropagation()}>
          {v.name}
        </Link>
      ),
    },
    { key: 'town', title: t('villages.town'), render: (v) => v.townName },
    { key: 'county', title: t('villages.county'), render: (v) => v.countyName },
    {
      key: 'households',
      title: t('villages.households'),
      align: 'right',
      render: (v) => t.num(v.households),
    },
    {
      key: 'population',
      title: t('villages.population'),
      align: 'right',
      render: (v) => t.num(v.population),
    },
  ];
  if (staff)
    columns.push({
      key: 'disclosure',
      title: t('villages.disclosure'),
      render: (v) => (v.disclosure ? <DisclosureStatus status={v.disclosure} /> : null),
    });
  if (staff)
    columns.push({
      key: 'findings',
      title: t('villages.findings'),
      render: (v) => <Findings findings={v.findings ?? []} />,
    });

  return (
    // town and county staff move between their inbox of referrals and the villages
    <Shell nav={staff ? townNav(t, me.staffUnits) : undefined} selectedKey="villages">
      <div className="page">
        <Typography.Title level={1} className="page-h1">
          {t('villages.title')}
        </Typography.Title>
        <ErrorAlert error={error} />
        <Space wrap className="block-gap">
          <Input.Search
            className="search-box"
            allowClear
            placeholder={t('villages.search')}
            aria-label={t('villages.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid="villages-search"
          />
          {staff && (
            <Segmented<Filter>
              value={filter}
              onChange={setFilter}
              data-testid="villages-filter"
              options={FILTERS.map((f) => ({
                value: f,
                label: `${t(`villages.filter.${f}`)}（${count(f)}）`,
              }))}
            />
          )}
        </Space>
        {oversight.data && (
          <Typography.Paragraph type="secondary">
            {t('villages.findings.asOf', { date: t.date(oversight.data.on) })}
          </Typography.Paragraph>
        )}
        <DataList
          rows={rows}
          rowKey={(v) => v.id}
          columns={columns}
          loading={loading}
          onOpen={(v) => navigate(`/v/${v.id}`)}
          rowTestId="village-row"
          testId="villages-list"
          empty={t('villages.empty')}
        />
      </div>
    </Shell>
  );
}

/** 三务公开 in a village: periods not disclosed, questions waiting and overdue, payments on hold. */
function DisclosureStatus({ status }: { status: NonNullable<Row['disclosure']> }) {
  const t = useT();
  const { overdueDisclosures, unansweredQuestions, overdueAnswers, openHolds } = status;
  const calm = !overdueDisclosures && !unansweredQuestions && !openHolds;
  return (
    <Space size={4} wrap data-testid="village-disclosure">
      {calm ? <Tag color="green">{t('villages.disclosure.ok')}</Tag> : null}
      {overdueDisclosures > 0 && (
        <Tag color="red">{t('villages.disclosure.overdue', { n: overdueDisclosures })}</Tag>
      )}
      {unansweredQuestions > 0 && (
        <Tag>{t('villages.disclosure.questions', { n: unansweredQuestions })}</Tag>
      )}
      {overdueAnswers > 0 && (
        <Tag color="red">{t('villages.disclosure.overdueAnswers', { n: overdueAnswers })}</Tag>
      )}
      {openHolds ? (
        <Tag color="orange">{t('villages.disclosure.holds', { n: openHolds })}</Tag>
      ) : null}
    </Space>
  );
}

/** A village's findings: counts by severity, each finding's message as the law words it. */
function Findings({ findings }: { findings: OversightVillage['findings'] }) {
  const t = useT();
  if (!findings.length)
    return (
      <Tag color="green" data-testid="village-findings-none">
        {t('villages.findings.none')}
      </Tag>
    );
  const violations = findings.filter((f) => f.severity === 'violation').length;
  const warnings = findings.length - violations;
  return (
    <div data-testid="village-findings">
      <Space size={4} wrap>
        {violations > 0 && (
          <Tag color="red">{t('villages.findings.violations', { n: violations })}</Tag>
        )}
        {warnings > 0 && (
          <Tag color="orange">{t('villages.findings.warnings', { n: warnings })}</Tag>
        )}
      </Space>
      <ul className="village-findings">
        {findings.map((f, i) => (
          <li key={i} data-testid="village-finding">
            {f.bodyName ? `${f.bodyName}：` : ''}
            {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
