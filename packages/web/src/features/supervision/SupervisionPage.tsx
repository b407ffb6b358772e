import './supervision.css';
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Flex, Tabs, Tag, Typography } from 'antd';
import { MobileOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RuleTag } from '../matters/parts.tsx';
import { supervisionPage, supervisionPath, type SupervisionOverview } from './api.ts';
import { MotionList } from './MotionCard.tsx';
import { CorrectionList } from './Corrections.tsx';

const InspectionsTab = lazy(() => import('./InspectionsTab.tsx'));
const ReportsTab = lazy(() => import('./ReportsTab.tsx'));
const PlansTab = lazy(() => import('./PlansTab.tsx'));

const TABS = ['motions', 'inspections', 'reports', 'corrections', 'plans'] as const;
type TabKey = (typeof TABS)[number];

/**
 * 村务监督: the committee (its members, its composition checked), and its work by tab —
 * motions to vote, inspections, reports, the corrections it ordered, the yearly plan.
 */
export default function SupervisionPage() {
  const t = useT();
  const { villageId } = useVillage();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: TabKey = TABS.includes(asked as TabKey) ? (asked as TabKey) : 'motions';
  const { data, error, reload } = useApi<SupervisionOverview>(supervisionPath(villageId));

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const openMotions = data.motions.filter((m) => m.status === 'open').length;
  const lateCorrections = data.corrections.filter((c) => c.state === 'overdue').length;
  const body = (key: TabKey) => {
    switch (key) {
      case 'motions':
        return (
          <MotionList
            villageId={villageId}
            motions={data.motions}
            onChange={reload}
            empty={t('supervision.motion.empty')}
          />
        );
      case 'inspections':
        return <InspectionsTab data={data} onChange={reload} />;
      case 'reports':
        return <ReportsTab data={data} />;
      case 'corrections':
        return (
          <CorrectionList
            villageId={villageId}
            corrections={data.corrections}
            abilities={data.abilities}
            onChange={reload}
          />
        );
      case 'plans':
        return <PlansTab data={data} onChange={reload} />;
    }
  };

  return (
    <div className="page" data-testid="supervision-page">
      <CommitteeHeader data={data} villageId={villageId} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'motions' ? {} : { tab: key }, { replace: true })}
        items={TABS.map((key) => ({
          key,
          label: (
            <span data-testid={`supervision-tab-${key}`}>
              {t(`supervision.tab.${key}`)}
              {key === 'motions' && openMotions > 0 ? ` (${openMotions})` : ''}
              {key === 'corrections' && lateCorrections > 0 ? (
                <Tag color="red" className="tab-count">
                  {lateCorrections}
                </Tag>
              ) : null}
            </span>
          ),
          children: <Suspense fallback={<PageLoading />}>{body(key)}</Suspense>,
        }))}
      />
    </div>
  );
}

/** The committee's name, its members with the chair marked, and its composition checked today. */
function CommitteeHeader({ data, villageId }: { data: SupervisionOverview; villageId: string }) {
  const t = useT();
  return (
    <div className="page-head">
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {data.committeeName}
          </Typography.Title>
          <Typography.Text type="secondary">{t('supervision.hint')}</Typography.Text>
        </div>
        {data.abilities.supervise && (
          <Link to={`${supervisionPage(villageId)}/me`} data-testid="supervision-inbox-link">
            <Button icon={<MobileOutlined />}>{t('supervision.inbox.open')}</Button>
          </Link>
        )}
      </Flex>
      <Flex gap={4} wrap align="center" className="block-gap-top" data-testid="supervision-members">
        <Typography.Text type="secondary">
          {t('supervision.members', { count: data.members.length })}
        </Typography.Text>
        {data.members.map((m) => (
          <Tag
            key={m.personId}
            color={m.chair ? 'red' : undefined}
            data-testid="supervision-member"
          >
            {m.name}
            {m.chair ? `（${t('supervision.member.chair')}）` : ''}
          </Tag>
        ))}
      </Flex>
      {data.composition.map((f, i) => (
        <Alert
          key={i}
          type={f.severity === 'violation' ? 'error' : 'warning'}
          showIcon
          className="block-gap-top"
          title={f.message}
          data-testid="supervision-composition"
          data-severity={f.severity}
        />
      ))}
      <Flex gap={4} wrap className="block-gap-top">
        <Typography.Text type="secondary">{t('supervision.rules')}</Typography.Text>
        {data.citations.map((c) => (
          <RuleTag key={c.ruleId} rule={c} />
        ))}
      </Flex>
    </div>
  );
}
