import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Segmented, Tag, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import type { InboxResponse, ReferralStatus, ReferralSummary } from './api.ts';
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
};

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(`townInbox.status.${status}`)}</Tag>;
}

/**
 * 镇纪委收件箱: referrals from the villages of the official's town (or county) addressed to their
 * unit, open ones first and oldest first, with how long each has waited.
 */
export default function TownInboxPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('open');
  const { data, error, loading } = useApi<InboxResponse>(`/api/town/referrals?status=${filter}`);
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
      render: (r) => t(`townInbox.addressee.${r.addressee}`),
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
        <Segmented<Filter>
          className="block-gap"
          value={filter}
          onChange={setFilter}
          options={(['open', 'closed', 'all'] as const).map((f) => ({
            value: f,
            label: t(`townInbox.filter.${f}`),
          }))}
          data-testid="town-inbox-filter"
        />
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
