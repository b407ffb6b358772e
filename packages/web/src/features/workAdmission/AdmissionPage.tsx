import { lazy, Suspense, useState } from 'react';
import { App as AntApp, Button, Flex, Segmented, Space, Typography } from 'antd';
import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { BarChart } from '../../components/BarChart.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { townNav } from '../townInbox/nav.tsx';
import {
  ADMISSION_API,
  type ByTown,
  type Overview,
  type TasksResponse,
  type WorkTask,
} from './api.ts';
import { CheckCell, DecisionCell, VersionsCollapse } from './parts.tsx';

const SendTaskModal = lazy(() => import('./SendTaskModal.tsx'));
const PublishModal = lazy(() => import('./PublishModal.tsx'));

type Filter = 'all' | 'refused' | 'open';
type TownRow = ByTown['items'][number];

/**
 * 工作事项准入 for the county and the towns: the county's versions of the three lists (its
 * government publishes a new one), the tasks the official's towns sent with the check and each
 * village's decision (the refused ones a click away), and the tasks per town with a chart of the
 * refused ones.
 */
export default function AdmissionPage() {
  const t = useT();
  const me = useMe();
  const { message } = AntApp.useApp();
  const overview = useApi<Overview>(ADMISSION_API);
  const [filter, setFilter] = useState<Filter>('all');
  const tasks = useApi<TasksResponse>(`${ADMISSION_API}/tasks?decision=${filter}`);
  const byTown = useApi<ByTown>(`${ADMISSION_API}/by-town`);
  const [sending, setSending] = useState(false);
  const [publishing, setPublishing] = useState<string | null>(null);
  const data = overview.data;
  const towns = data?.towns ?? [];
  const countyOf = (id: string) => data?.counties.find((c) => c.id === id);
  const inForce = towns[0]
    ? (countyOf(towns[0].countyId)?.versions.find((v) => v.inForce) ?? null)
    : null;

  const taskColumns: Column<WorkTask>[] = [
    {
      key: 'village',
      title: t('workAdmission.village'),
      primary: true,
      width: 120,
      render: (r) => `${r.townName} · ${r.villageName}`,
    },
    {
      key: 'content',
      title: t('workAdmission.send.content'),
      width: 300,
      render: (r) => (
        <div>
          <Typography.Text strong>{r.department}</Typography.Text>：{r.content}
          <Typography.Paragraph type="secondary" className="no-margin">
            {t('workAdmission.send.legalBasis')}：{r.legalBasis} ·{' '}
            {t('workAdmission.send.deadline')}：{t.date(r.deadline)}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      key: 'sentOn',
      title: t('workAdmission.sentOn'),
      width: 110,
      render: (r) => t.date(r.sentOn),
    },
    {
      key: 'check',
      title: t('workAdmission.check'),
      width: 280,
      render: (r) => <CheckCell task={r} t={t} />,
    },
    {
      key: 'decision',
      title: t('workAdmission.decision'),
      width: 220,
      render: (r) => <DecisionCell task={r} t={t} />,
    },
  ];
  const count = (key: keyof Omit<TownRow, 'townId' | 'townName'>) => ({
    key,
    title: t(`workAdmission.byTown.${key}`),
    align: 'right' as const,
    render: (r: TownRow) => t.num(r[key]),
  });
  const townColumns: Column<TownRow>[] = [
    {
      key: 'town',
      title: t('workAdmission.byTown.town'),
      primary: true,
      render: (r) => r.townName,
    },
    count('sent'),
    count('accepted'),
    count('refused'),
    count('returned'),
    count('open'),
  ];

  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="workAdmission">
      <div className="page" data-testid="admission-page">
        <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
          <div>
            <Typography.Title level={1} className="no-margin page-title">
              {t('workAdmission.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('workAdmission.hint')}</Typography.Text>
          </div>
          <Space wrap>
            {towns.length > 0 && (
              <Button
                type="primary"
                icon={<SendOutlined />}
                onClick={() => setSending(true)}
                data-testid="admission-send"
              >
                {t('workAdmission.send')}
              </Button>
            )}
          </Space>
        </Flex>
        <ErrorAlert error={overview.error ?? tasks.error ?? byTown.error} />
        {(data?.counties ?? []).map((county) => (
          <section key={county.id} className="block-gap" data-testid="admission-county">
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Typography.Title level={2}>
                {county.name} · {t('workAdmission.lists')}
              </Typography.Title>
              {county.canPublish && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => setPublishing(county.id)}
                  data-testid="admission-publish"
                >
                  {t('workAdmission.publish')}
                </Button>
              )}
            </Flex>
            <VersionsCollapse versions={county.versions} t={t} />
          </section>
        ))}
        <section className="block-gap">
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Title level={2}>{t('workAdmission.tasks')}</Typography.Title>
            <Segmented<Filter>
              value={filter}
              onChange={setFilter}
              data-testid="admission-filter"
              options={(['all', 'refused', 'open'] as const).map((f) => ({
                value: f,
                label: t(`workAdmission.tasks.${f}`),
              }))}
            />
          </Flex>
          <DataList
            rows={tasks.data?.items ?? []}
            loading={tasks.loading}
            rowKey={(r) => r.id}
            columns={taskColumns}
            rowTestId="admission-task"
            testId="admission-tasks"
            empty={t('workAdmission.tasks.empty')}
          />
        </section>
        {byTown.data && (
          <section className="block-gap">
            <Typography.Title level={2}>
              {t('workAdmission.byTown', { year: byTown.data.year })}
            </Typography.Title>
            <BarChart
              title={t('workAdmission.byTown.chart')}
              horizontal
              bars={byTown.data.items.map((r) => ({ label: r.townName, value: r.refused }))}
              format={(v) => t('workAdmission.unit', { n: v })}
              testId="admission-chart"
            />
            <DataList
              rows={byTown.data.items}
              rowKey={(r) => r.townId}
              columns={townColumns}
              rowTestId="admission-town"
              testId="admission-by-town"
            />
          </section>
        )}
      </div>
      <Suspense>
        {sending && (
          <SendTaskModal
            towns={towns}
            version={inForce}
            onClose={() => setSending(false)}
            onSent={(sent) => {
              setSending(false);
              void message.success(t('workAdmission.send.done', { n: sent.sent }));
              tasks.reload();
              byTown.reload();
            }}
          />
        )}
        {publishing && (
          <PublishModal
            countyId={publishing}
            latest={countyOf(publishing)?.versions.at(-1) ?? null}
            onClose={() => setPublishing(null)}
            onPublished={(v) => {
              setPublishing(null);
              void message.success(t('workAdmission.publish.done', { number: v.number }));
              overview.reload();
            }}
          />
        )}
      </Suspense>
    </Shell>
  );
}
