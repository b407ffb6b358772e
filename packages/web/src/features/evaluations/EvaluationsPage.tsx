import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { roundsPath, type RoundList, type RoundSummary } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RuleTag } from '../matters/parts.tsx';
import { RoundStatusTag } from './parts.tsx';

const NewRoundDrawer = lazy(() => import('./NewRoundDrawer.tsx'));

/** 民主评议: the village's rounds, each with its turnout, status and offices ended. */
export default function EvaluationsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const base = `/v/${villageId}/evaluations`;
  const { data, error } = useApi<RoundList>(roundsPath(villageId));
  const [creating, setCreating] = useState(false);

  const columns: Column<RoundSummary>[] = [
    {
      key: 'year',
      title: t('evaluations.year'),
      render: (r) => t('evaluations.yearText', { year: r.year }),
      width: 80,
      hideOnPhone: true,
    },
    {
      key: 'title',
      title: t('evaluations.roundTitle'),
      primary: true,
      render: (r) => (
        <Link to={`${base}/${r.id}`} data-testid="round-link" onClick={(e) => e.stopPropagation()}>
          <span className="cell-wrap">{r.title}</span>
        </Link>
      ),
    },
    { key: 'heldOn', title: t('evaluations.heldOn'), render: (r) => t.date(r.heldOn) },
    {
      key: 'evaluators',
      title: t('evaluations.evaluators'),
      render: (r) => t.pick(r.evaluatorsName),
    },
    {
      key: 'turnout',
      title: t('evaluations.turnout'),
      render: (r) => (
        <span className="tabular">
          {t('evaluations.turnoutText', { in: r.sheetsIn, due: r.evaluatorsDue })}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('evaluations.status'),
      render: (r) => <RoundStatusTag status={r.status} />,
    },
    {
      key: 'ended',
      title: t('evaluations.officesEnded'),
      render: (r) =>
        r.officesEnded > 0 ? (
          <Tag color="red">{t('evaluations.officesEndedText', { n: r.officesEnded })}</Tag>
        ) : (
          ''
        ),
    },
  ];

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;

  return (
    <div className="page" data-testid="evaluations-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('evaluations.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('evaluations.hint')}</Typography.Text>{' '}
          {data.citations.map((c) => (
            <RuleTag key={c.ruleId} rule={c} />
          ))}
        </div>
        {data.abilities.hostEvaluations && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="evaluations-new"
          >
            {t('evaluations.new')}
          </Button>
        )}
      </Flex>
      {data.yearsWithout.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          data-testid="evaluations-missing"
          title={t('evaluations.missingYears', { years: data.yearsWithout.join('、') })}
        />
      )}
      <DataList
        rows={data.rounds}
        rowKey={(r) => r.id}
        columns={columns}
        onOpen={(r) => void navigate(`${base}/${r.id}`)}
        rowTestId="round-row"
        testId="rounds-list"
        empty={t('evaluations.empty')}
      />
      {creating && (
        <Suspense fallback={null}>
          <NewRoundDrawer
            villageId={villageId}
            onClose={() => setCreating(false)}
            onCreated={(id) => void navigate(`${base}/${id}`)}
          />
        </Suspense>
      )}
    </div>
  );
}
