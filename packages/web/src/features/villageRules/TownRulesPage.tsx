import { Link } from 'react-router-dom';
import { Tag, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { rulesPath, type TownRules } from './api.ts';
import { StateTag } from './parts.tsx';

type Row = TownRules['villages'][number];

/**
 * The township's page of village rules: every village it oversees with its rules in force (a
 * correction ordered shows) and the version on its way — in review with the flags still open,
 * or adopted and due to be filed (a late filing marked). Each opens on the village's own page,
 * where the township reviews clause by clause.
 */
export default function TownRulesPage() {
  const t = useT();
  const { data, error } = useApi<TownRules>('/api/town/village-rules');
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
      title: t('villageRules.town.village'),
      primary: true,
      render: (r) => r.villageName,
    },
    {
      key: 'inForce',
      title: t('villageRules.town.inForce'),
      render: (r) =>
        r.inForce ? (
          <Link to={`${rulesPath(r.villageId)}/${r.inForce.id}`}>
            {r.inForce.title} · {t('villageRules.version', { number: r.inForce.number })}{' '}
            <StateTag state={r.inForce.state} />
          </Link>
        ) : (
          <Tag>{t('villageRules.town.none')}</Tag>
        ),
    },
    {
      key: 'pending',
      title: t('villageRules.town.pending'),
      render: (r) =>
        r.pending ? (
          <Link to={`${rulesPath(r.villageId)}/${r.pending.id}`} data-testid="town-rules-pending">
            {t('villageRules.version', { number: r.pending.number })}{' '}
            <StateTag state={r.pending.state} />
            {r.pending.openFlags > 0 && (
              <Tag color="error">{t('villageRules.openFlags', { count: r.pending.openFlags })}</Tag>
            )}
            {r.pending.filingDueOn && !r.pending.filedOn && (
              <Tag color={r.pending.filingDueOn < data.on ? 'error' : 'warning'}>
                {t('villageRules.timeline.filingDue', { on: t.date(r.pending.filingDueOn) })}
              </Tag>
            )}
            {r.pending.filingLate && <Tag color="warning">{t('villageRules.town.filedLate')}</Tag>}
          </Link>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <div className="page" data-testid="town-rules-page">
      <Typography.Title level={1} className="page-title">
        {t('villageRules.town.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('villageRules.town.hint')}</Typography.Paragraph>
      <DataList
        rows={data.villages}
        rowKey={(r) => r.villageId}
        columns={columns}
        rowTestId="town-rules-village"
        testId="town-rules"
      />
    </div>
  );
}
