import '../elections.css';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { DataList, type Column } from '../../../components/DataList.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import {
  byElectionPage,
  byElectionsPath,
  recallPage,
  recallsPath,
  type ByElectionList,
  type ByElectionSummary,
  type RecallList,
  type RecallSummary,
} from './api.ts';
import { ByElectionStageTag, OutcomeTag, RecallStageTag } from './parts.tsx';
import { OfficesCard } from './OfficesCard.tsx';

const NewRecallDrawer = lazy(() => import('./NewRecallDrawer.tsx'));
const NewByElectionDrawer = lazy(() => import('./NewByElectionDrawer.tsx'));

/**
 * 罢免与补选: the recall requests against members of the two committees, the offices that ended
 * during the term, and the by-elections filling the seats left vacant.
 */
export default function RecallsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId, data: village } = useVillage();
  const recalls = useApi<RecallList>(recallsPath(villageId));
  const byElections = useApi<ByElectionList>(byElectionsPath(villageId));
  const [opening, setOpening] = useState<'recall' | 'byElection' | null>(null);
  const can = village.abilities;

  const recallColumns: Column<RecallSummary>[] = [
    {
      key: 'member',
      title: t('recall.member'),
      primary: true,
      render: (r) => (
        <Link
          to={recallPage(villageId, r.id)}
          data-testid="recall-link"
          onClick={(event) => event.stopPropagation()}
        >
          {r.member.name}
        </Link>
      ),
    },
    {
      key: 'seat',
      title: t('recall.seat'),
      render: (r) => `${t.pick(r.member.bodyName)} ${t.pick(r.member.role)}`,
    },
    { key: 'opened', title: t('recall.openedOn'), render: (r) => t.date(r.openedOn) },
    { key: 'vote', title: t('recall.voteOn'), render: (r) => t.date(r.voteOn) },
    {
      key: 'stage',
      title: t('recall.stage'),
      render: (r) => (
        <>
          <RecallStageTag stage={r.stage} /> <OutcomeTag recalled={r.recalled} />
        </>
      ),
    },
  ];

  const byColumns: Column<ByElectionSummary>[] = [
    {
      key: 'body',
      title: t('recall.by.body'),
      primary: true,
      render: (b) => (
        <Link
          to={byElectionPage(villageId, b.id)}
          data-testid="by-election-link"
          onClick={(event) => event.stopPropagation()}
        >
          {t(`recall.by.body.${b.body.kind}`)}
        </Link>
      ),
    },
    {
      key: 'meeting',
      title: t('recall.by.meeting'),
      render: (b) => t(`recall.by.meeting.${b.meeting}`),
    },
    { key: 'polling', title: t('recall.by.pollingOn'), render: (b) => t.date(b.pollingOn) },
    {
      key: 'term',
      title: t('recall.by.termEndsOn'),
      render: (b) => t.date(b.termEndsOn),
      hideOnPhone: true,
    },
    {
      key: 'stage',
      title: t('recall.stage'),
      render: (b) => <ByElectionStageTag stage={b.stage} />,
    },
  ];

  const error = recalls.error ?? byElections.error;
  if (error && !recalls.data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!recalls.data || !byElections.data) return <PageLoading />;

  return (
    <div className="page" data-testid="recalls-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('recall.menu')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('recall.hint')}</Typography.Text>
        </div>
      </Flex>
      <Card
        className="block-gap"
        title={t('recall.list')}
        extra={
          can.requestRecall && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpening('recall')}
              data-testid="recall-new"
            >
              {t('recall.new')}
            </Button>
          )
        }
      >
        <DataList
          rows={recalls.data.recalls}
          rowKey={(r) => r.id}
          columns={recallColumns}
          onOpen={(r) => void navigate(recallPage(villageId, r.id))}
          rowTestId="recall-row"
          testId="recalls-list"
          empty={t('recall.empty')}
        />
      </Card>
      <OfficesCard />
      <Card
        className="block-gap"
        title={t('recall.by')}
        extra={
          can.organiseElections && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setOpening('byElection')}
              data-testid="by-election-new"
            >
              {t('recall.by.new')}
            </Button>
          )
        }
      >
        <DataList
          rows={byElections.data.byElections}
          rowKey={(b) => b.id}
          columns={byColumns}
          onOpen={(b) => void navigate(byElectionPage(villageId, b.id))}
          rowTestId="by-election-row"
          testId="by-elections-list"
          empty={t('recall.by.empty')}
        />
      </Card>
      <Suspense fallback={null}>
        {opening === 'recall' && (
          <NewRecallDrawer
            onClose={() => setOpening(null)}
            onOpened={(id) => void navigate(recallPage(villageId, id))}
          />
        )}
        {opening === 'byElection' && (
          <NewByElectionDrawer
            onClose={() => setOpening(null)}
            onOpened={(id) => void navigate(byElectionPage(villageId, id))}
          />
        )}
      </Suspense>
    </div>
  );
}
