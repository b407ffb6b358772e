import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { electionsPage, electionsPath, type ElectionList, type ElectionSummary } from './api.ts';
import { StageTag } from './parts.tsx';

const NewElectionDrawer = lazy(() => import('./NewElectionDrawer.tsx'));

/** 选举: the village's elections, each with the body it elects, its stage and polling day. */
export default function ElectionsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId, data: village } = useVillage();
  const base = electionsPage(villageId);
  const { data, error } = useApi<ElectionList>(electionsPath(villageId));
  const [creating, setCreating] = useState(false);

  const columns: Column<ElectionSummary>[] = [
    {
      key: 'title',
      title: t('elections.title'),
      primary: true,
      render: (e) => (
        <Link
          to={`${base}/${e.id}`}
          data-testid="election-link"
          onClick={(event) => event.stopPropagation()}
        >
          <span className="cell-wrap">{e.title}</span>
        </Link>
      ),
    },
    { key: 'body', title: t('elections.body'), render: (e) => t.pick(e.bodyName) },
    {
      key: 'electorate',
      title: t('elections.electorate'),
      render: (e) => t(`elections.electorate.${e.electorate}`),
      hideOnPhone: true,
    },
    {
      key: 'day',
      title: t('elections.electionDay'),
      render: (e) => (e.electionDay ? t.date(e.electionDay) : t('elections.electionDay.none')),
    },
    { key: 'stage', title: t('elections.stage'), render: (e) => <StageTag stage={e.stage} /> },
  ];

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;

  return (
    <div className="page" data-testid="elections-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('elections.menu')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('elections.hint')}</Typography.Text>
        </div>
        {village.abilities.organiseElections && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="elections-new"
          >
            {t('elections.new')}
          </Button>
        )}
      </Flex>
      <DataList
        rows={data.elections}
        rowKey={(e) => e.id}
        columns={columns}
        onOpen={(e) => void navigate(`${base}/${e.id}`)}
        rowTestId="election-row"
        testId="elections-list"
        empty={t('elections.empty')}
      />
      {creating && (
        <Suspense fallback={null}>
          <NewElectionDrawer
            villageId={villageId}
            onClose={() => setCreating(false)}
            onCreated={(id) => void navigate(`${base}/${id}`)}
          />
        </Suspense>
      )}
    </div>
  );
}
