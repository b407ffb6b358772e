import { Link } from 'react-router-dom';
import { Tag, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import type { TownParty } from './api.ts';

type Row = TownParty['villages'][number];

/**
 * The town Party committee's page: every village it oversees with its units and formal members,
 * each period of 三会一课 that ended short (red), and what the structure's rules find. A village
 * opens on its own Party page.
 */
export default function TownPartyPage() {
  const t = useT();
  const { data, error } = useApi<TownParty>('/api/town/party');
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const columns: Column<Row>[] = [
    {
      key: 'village',
      title: t('party.town.village'),
      primary: true,
      render: (r) => <Link to={`/v/${r.villageId}/party`}>{r.villageName}</Link>,
    },
    { key: 'units', title: t('party.town.units'), render: (r) => r.units },
    { key: 'formal', title: t('party.formal'), render: (r) => r.formal },
    {
      key: 'overdue',
      title: t('party.town.overdue'),
      render: (r) =>
        r.overdue.length === 0 ? (
          <Tag color="success">{t('party.town.noneOverdue')}</Tag>
        ) : (
          <div data-testid="town-party-overdue">
            {r.overdue.map((o) => (
              <Tag color="error" key={`${o.unitName}-${o.kind}-${o.period}`}>
                {o.unitName} {t(`party.kind.${o.kind}`)} {o.period}
              </Tag>
            ))}
          </div>
        ),
    },
    {
      key: 'findings',
      title: t('party.town.findings'),
      // the messages wrap in a column of their own width, the table stays within the page
      width: '40%',
      render: (r) =>
        r.findings.length === 0
          ? '—'
          : r.findings.map((f) => <div key={f.message}>{f.message}</div>),
    },
  ];
  return (
    <div className="page" data-testid="town-party-page">
      <Typography.Title level={1} className="page-title">
        {t('party.town.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('party.town.hint')}</Typography.Paragraph>
      <DataList
        rows={data.villages}
        rowKey={(r) => r.villageId}
        columns={columns}
        testId="town-party"
      />
    </div>
  );
}
