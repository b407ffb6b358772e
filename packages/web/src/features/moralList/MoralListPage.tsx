import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { MIN_COUNCIL_MEMBERS } from '@cunzhi/core/moralList/rules';
import { api } from '../../api/client.ts';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import {
  moralApi,
  moralPagePath,
  type Listing,
  type ListingAction,
  type MoralListPageData,
} from './api.ts';
import { ProposeDrawer, RulesDrawer, StepDrawer } from './Drawers.tsx';
import { StateTag } from './parts.tsx';
import { ListingSteps } from './steps.tsx';

/**
 * 道德红黑榜 for those who run it: the rules in force (recorded from the resolution that adopted
 * them), every listing with its steps so far, and the step each may take now — tell the person,
 * record their written answer, record the body's vote, remove by vote. The A4 board prints what
 * is on the board today.
 */
export default function MoralListPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error, reload } = useApi<MoralListPageData>(moralApi(villageId));
  const [drawer, setDrawer] = useState<
    'rules' | 'propose' | { listing: Listing; action: ListingAction } | null
  >(null);
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { rules, abilities } = data;
  const done = () => {
    setDrawer(null);
    reload();
  };
  const columns: Column<Listing>[] = [
    { key: 'number', title: t('moralList.number'), render: (l) => l.number, width: 110 },
    {
      key: 'kind',
      title: t('moralList.kind'),
      render: (l) => (
        <Tag color={l.kind === 'red' ? 'red' : 'default'}>{t(`moralList.kind.${l.kind}`)}</Tag>
      ),
      width: 72,
    },
    { key: 'person', title: t('moralList.person'), render: (l) => l.personName, primary: true },
    { key: 'facts', title: t('moralList.facts'), render: (l) => l.facts },
    { key: 'state', title: t('moralList.state'), render: (l) => <StateTag listing={l} /> },
    { key: 'steps', title: t('moralList.dates'), render: (l) => <ListingSteps listing={l} /> },
    {
      key: 'actions',
      title: '',
      render: (l) => (
        <Space direction="vertical" size={4}>
          {l.notifiedOn && !l.decidedOn && (
            <Link to={`${moralPagePath(villageId)}/${l.id}/notice`}>
              <Button size="small" icon={<PrinterOutlined />} data-testid="moral-notice-print">
                {t('moralList.notice.print')}
              </Button>
            </Link>
          )}
          {l.actions.map((action) => (
            <Button
              key={action}
              size="small"
              onClick={() => setDrawer({ listing: l, action })}
              data-testid={`moral-action-${action}`}
            >
              {t(`moralList.action.${action}`)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <div className="page" data-testid="moral-list-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('moralList.title')}</Typography.Title>
        <Space wrap>
          <Link to={`${moralPagePath(villageId)}/print`}>
            <Button icon={<PrinterOutlined />} data-testid="moral-print">
              {t('moralList.print')}
            </Button>
          </Link>
          {abilities.proposeMoralListing && rules && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer('propose')}
              data-testid="moral-propose"
            >
              {t('moralList.propose')}
            </Button>
          )}
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary">{t('moralList.hint')}</Typography.Paragraph>
      <Card
        size="small"
        title={t('moralList.rules')}
        extra={
          abilities.recordMoralListing && (
            <Button
              size="small"
              onClick={() => setDrawer('rules')}
              data-testid="moral-rules-record"
            >
              {t('moralList.rules.record')}
            </Button>
          )
        }
        data-testid="moral-rules"
      >
        {rules ? (
          <>
            <div>
              {t('moralList.rules.version', {
                version: rules.version,
                on: t.date(rules.adoptedOn),
                resolution: rules.resolutionLabel,
              })}
            </div>
            <div>
              {t('moralList.rules.body')}：{t(`moralList.body.${rules.decidingBody}`)}
              {rules.decidingBody === 'moralEvaluationCouncil' &&
                `（${t('moralList.council', { n: data.councilMembers })}）`}
            </div>
            {rules.decidingBody === 'moralEvaluationCouncil' && (
              <CouncilHint data={data} onFormed={reload} />
            )}
            <div>
              {t('moralList.rules.terms', {
                red: rules.redMonths,
                black: rules.blackMonths,
                days: rules.answerDays,
              })}
            </div>
            <div>
              {t('moralList.rules.consequences')}：{rules.consequences}
            </div>
          </>
        ) : (
          <>
            <Alert type="warning" showIcon message={t('moralList.rules.none')} />
            <CouncilHint data={data} onFormed={reload} />
          </>
        )}
      </Card>
      <DataList
        rows={data.listings}
        rowKey={(l) => l.id}
        columns={columns}
        rowTestId="moral-listing"
        empty={t('moralList.listings.empty')}
      />
      {drawer === 'rules' && (
        <RulesDrawer villageId={villageId} onClose={() => setDrawer(null)} onDone={done} />
      )}
      {drawer === 'propose' && (
        <ProposeDrawer villageId={villageId} onClose={() => setDrawer(null)} onDone={done} />
      )}
      {drawer && typeof drawer === 'object' && (
        <StepDrawer
          villageId={villageId}
          listing={drawer.listing}
          action={drawer.action}
          decidingBody={rules?.decidingBody ?? 'moralEvaluationCouncil'}
          onClose={() => setDrawer(null)}
          onDone={done}
        />
      )}
    </div>
  );
}

/**
 * The council decides only with three seated members or more: until it is formed, a button
 * forms it; until it has three, where its members are appointed (组织机构 on the village's home).
 */
function CouncilHint({ data, onFormed }: { data: MoralListPageData; onFormed: () => void }) {
  const t = useT();
  const { villageId } = useVillage();
  const { message } = AntApp.useApp();
  if (data.councilMembers >= MIN_COUNCIL_MEMBERS) return null;
  const form = () =>
    api(`${moralApi(villageId)}/council`, { method: 'POST' }).then(onFormed, (cause: unknown) => {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    });
  return (
    <Alert
      type="info"
      showIcon
      className="moral-council-hint"
      message={t('moralList.council.hint', { min: MIN_COUNCIL_MEMBERS })}
      action={
        data.councilBodyId ? (
          <Link to={`/v/${villageId}`}>
            <Button size="small">{t('moralList.council.members')}</Button>
          </Link>
        ) : (
          data.abilities.recordMoralListing && (
            <Button size="small" onClick={() => void form()} data-testid="moral-council-form">
              {t('moralList.council.form')}
            </Button>
          )
        )
      }
    />
  );
}
