import { Link } from 'react-router-dom';
import { Tag, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { useT } from '../../i18n/index.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { townNav } from '../townInbox/nav.tsx';
import { listsPagePath, quarterQuery, STATUS_COLOR, type TownLists } from './api.ts';
import './serviceLists.css';

type VillageRow = TownLists['villages'][number];
type Declared = TownLists['declared'][number];

/**
 * The town's view of the three lists: each village's lists this quarter and last (a quarter
 * without lists is overdue to the town), and the projects declared to the town Party committee,
 * each opening the village's lists where it is filed or returned.
 */
export default function TownListsPage() {
  const t = useT();
  const me = useMe();
  const { data, error } = useApi<TownLists>('/api/town/service-lists');
  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="service-lists">
      {error && !data ? (
        <div className="page">
          <ErrorAlert error={error} />
        </div>
      ) : data ? (
        <TownListsView data={data} />
      ) : (
        <PageLoading />
      )}
    </Shell>
  );
}

/** The villages' statuses and the declared projects. */
function TownListsView({ data }: { data: TownLists }) {
  const t = useT();
  const status = (s: VillageRow['status'], name: VillageRow['statusName']) => (
    <Tag color={STATUS_COLOR[s]}>{t.pick(name)}</Tag>
  );
  const villageColumns: Column<VillageRow>[] = [
    {
      key: 'village',
      title: t('serviceLists.town.village'),
      primary: true,
      render: (v) => <Link to={listsPagePath(v.villageId)}>{v.villageName}</Link>,
    },
    {
      key: 'current',
      title: t('serviceLists.town.current', {
        quarter: t.pick(data.quarter.name),
        due: t.date(data.quarter.dueOn),
      }),
      render: (v) => (
        <span data-testid="town-lists-status">
          {status(v.status, v.statusName)}
          {v.publishedOn && t.date(v.publishedOn)}
        </span>
      ),
    },
    {
      key: 'previous',
      title: t('serviceLists.town.previous'),
      render: (v) => status(v.previousStatus, v.previousStatusName),
    },
  ];
  const declaredColumns: Column<Declared>[] = [
    { key: 'village', title: t('serviceLists.town.village'), render: (p) => p.villageName },
    {
      key: 'project',
      title: t('serviceLists.project'),
      primary: true,
      render: (p) => (
        <>
          {p.title}
          <div className="lists-muted">
            {t.pick(p.quarterName)} · {p.designerName}
          </div>
        </>
      ),
    },
    { key: 'budget', title: t('serviceLists.budget'), render: (p) => p.budget.text },
    {
      key: 'declaredOn',
      title: t('serviceLists.town.declaredOn'),
      render: (p) => t.date(p.declaredOn),
    },
    {
      key: 'open',
      title: '',
      render: (p) => (
        <Link to={`${listsPagePath(p.villageId)}${quarterQuery(p)}`} data-testid="town-lists-open">
          {t('serviceLists.town.open')}
        </Link>
      ),
    },
  ];
  return (
    <div className="page" data-testid="town-lists-page">
      <Typography.Title level={1} className="page-title">
        {t('serviceLists.town.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('serviceLists.town.hint')}</Typography.Paragraph>
      <DataList
        rows={data.villages}
        rowKey={(v) => v.villageId}
        columns={villageColumns}
        rowTestId="town-lists-village"
        testId="town-lists-villages"
      />
      <Typography.Title level={2} className="section-title">
        {t('serviceLists.town.declared')}
      </Typography.Title>
      <DataList
        rows={data.declared}
        rowKey={(p) => p.projectId}
        columns={declaredColumns}
        rowTestId="town-lists-declared"
        testId="town-lists-declared-list"
        empty={t('serviceLists.town.declared.empty')}
      />
    </div>
  );
}
