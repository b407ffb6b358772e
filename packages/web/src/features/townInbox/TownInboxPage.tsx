import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Flex, Segmented, Select, Tag, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import type { DepartmentsResponse, InboxResponse, ReferralStatus, ReferralSummary } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { inboxLabel, townNav } from './nav.tsx';

type Filter = 'open' | 'closed' | 'all';

const STATUS_COLOR: Record<ReferralStatus, string> = {
  filed: 'warning',
  accepted: 'processing',
  handling: 'processing',
  answered: 'success',
  closed: 'default',
  awaitingMaterials: 'default',
  returned: 'default',
};

/** The due date, and whether it has passed (the clock stopped while materials are awaited). */
export function DueCell({ r }: { r: Pick<ReferralSummary, 'dueOn' | 'overdue' | 'status'> }) {
  const t = useT();
  if (!r.dueOn) return null;
  return (
    <span className="tabular">
      {t.date(r.dueOn)}
      {r.overdue && (
        <Tag color="error" data-testid="referral-overdue">
          {t('townInbox.overdue')}
        </Tag>
      )}
      {r.status === 'awaitingMaterials' && <Tag>{t('townInbox.paused')}</Tag>}
    </span>
  );
}

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(`townInbox.status.${status}`)}</Tag>;
}

/**
 * 乡镇收件箱 / 镇纪委收件箱: referrals from the villages of the official's town (or county) addressed
 * to their unit (a department's to that department), open ones first, the earliest due first,
 * overdue ones flagged; a town leader in no department may narrow it to one department.
 */
export default function TownInboxPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('open');
  const [department, setDepartment] = useState<string>('');
  const { data, error, loading } = useApi<InboxResponse>(
    `/api/town/referrals?status=${filter}${department ? `&departmentId=${department}` : ''}`,
  );
  const departments = useApi<DepartmentsResponse>('/api/town/departments').data?.items ?? [];
  const to = (r: ReferralSummary) => `/town/inbox/${r.villageId}/${r.id}`;
  const columns: Column<ReferralSummary>[] = [
    {
      key: 'subject',
      title: t('townInbox.subject'),
      primary: true,
      render: (r) => (
        <Link to={to(r)} data-testid="referral-link" onClick={(e) => e.stopPropagation()}>
          <span className="cell-wrap">{r.subject}</span>
        </Link>
      ),
    },
    {
      key: 'village',
      title: t('townInbox.village'),
      render: (r) => `${r.townName} · ${r.villageName}`,
    },
    {
      key: 'source',
      title: t('townInbox.source'),
      render: (r) => t(`townInbox.source.${r.sourceKind}`),
    },
    {
      key: 'addressee',
      title: t('townInbox.addressee'),
      render: (r) => r.department?.name ?? t(`townInbox.addressee.${r.addressee}`),
    },
    {
      key: 'status',
      title: t('townInbox.status'),
      render: (r) => <ReferralStatusTag status={r.status} />,
    },
    { key: 'filedOn', title: t('townInbox.filedOn'), render: (r) => t.date(r.filedOn) },
    {
      key: 'age',
      title: t('townInbox.age'),
      align: 'right',
      render: (r) => <span className="tabular">{t('townInbox.ageDays', { days: r.ageDays })}</span>,
    },
    { key: 'due', title: t('townInbox.dueOn'), render: (r) => <DueCell r={r} /> },
  ];
  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="inbox">
      <div className="page" data-testid="town-inbox-page">
        <div className="page-head">
          <Typography.Title level={1} className="no-margin page-title">
            {inboxLabel(t, me.staffUnits)}
          </Typography.Title>
          <Typography.Text type="secondary">
            {me.staffUnits.includes('discipline')
              ? t('townInbox.hint')
              : t('townInbox.hint.government')}
          </Typography.Text>
        </div>
        <Flex wrap gap={12} className="block-gap">
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={(['open', 'closed', 'all'] as const).map((f) => ({
              value: f,
              label: t(`townInbox.filter.${f}`),
            }))}
            data-testid="town-inbox-filter"
          />
          {departments.length > 1 && (
            <Select
              aria-label={t('townInbox.department')}
              value={department}
              onChange={setDepartment}
              className="filter-select"
              data-testid="town-inbox-department"
              options={[
                { value: '', label: t('townInbox.department.all') },
                ...departments.map((d) => ({ value: d.id, label: `${d.townName} · ${d.name}` })),
              ]}
            />
          )}
        </Flex>
        {error && <ErrorAlert error={error} />}
        <DataList
          rows={data?.items ?? []}
          loading={loading}
          rowKey={(r) => r.id}
          columns={columns}
          onOpen={(r) => void navigate(to(r))}
          rowTestId="referral-row"
          testId="town-inbox-list"
          empty={t('townInbox.empty')}
        />
      </div>
    </Shell>
  );
}
