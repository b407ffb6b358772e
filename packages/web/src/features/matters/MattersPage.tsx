import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Flex, Input, Progress, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { MatterStatus, MatterSummary, MattersResponse, Tier } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { MatterStatusTag, useTierName } from './parts.tsx';

const NewMatterDrawer = lazy(() => import('./NewMatterDrawer.tsx'));

const STATUSES: MatterStatus[] = ['open', 'decided', 'implemented', 'withdrawn'];
const TIERS: Tier[] = ['assembly', 'representatives', 'council', 'joint'];
const TIER_COLOR: Record<Tier, string> = {
  assembly: 'red',
  representatives: 'volcano',
  council: 'gold',
  joint: 'blue',
};

/** Every matter (议题) of the village with its procedure and next step; cadres propose new ones. */
export default function MattersPage() {
  const t = useT();
  const tierName = useTierName();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { villageId, data: village } = useVillage();
  const base = `/v/${villageId}`;
  const { data, error, loading, reload } = useApi<MattersResponse>(
    `/api/villages/${villageId}/matters`,
  );
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const tier = params.get('tier') ?? '';
  const workflow = params.get('workflow') ?? '';

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (data?.items ?? []).filter(
      (m) =>
        (!status || m.status === status) &&
        (!tier || m.tier === tier) &&
        (!workflow || m.workflow === workflow) &&
        (!needle ||
          m.title.toLowerCase().includes(needle) ||
          String(m.number) === needle.replace(/^第|号$/g, '')),
    );
  }, [data, q, status, tier, workflow]);

  const columns: Column<MatterSummary>[] = [
    {
      key: 'number',
      title: t('matters.number'),
      render: (m) => (
        <span className="tabular">{t('matters.numberText', { number: m.number })}</span>
      ),
      width: 72,
      hideOnPhone: true,
    },
    {
      key: 'title',
      title: t('matters.titleField'),
      primary: true,
      render: (m) => (
        <Link
          to={`${base}/matters/${m.id}`}
          data-testid="matter-link"
          onClick={(e) => e.stopPropagation()}
        >
          {isPhone && (
            <span className="matter-number-inline">
              {t('matters.numberText', { number: m.number })}
            </span>
          )}
          <span className="cell-wrap">{m.title}</span>
        </Link>
      ),
    },
    {
      key: 'category',
      title: t('matters.category'),
      // wrapped so that the table fits a 1366 px office screen
      render: (m) => <span className="cell-wrap cell-narrow">{t.pick(m.categoryName)}</span>,
    },
    {
      key: 'budget',
      title: t('matters.budget'),
      align: 'right',
      render: (m) => (m.budget ? <span className="tabular">{m.budget.text}</span> : ''),
    },
    {
      key: 'tier',
      title: t('matters.tier'),
      render: (m) => <Tag color={TIER_COLOR[m.tier]}>{tierName(m.tier)}</Tag>,
    },
    {
      key: 'workflow',
      title: t('matters.workflow'),
      render: (m) => <span className="cell-wrap cell-narrow">{t.pick(m.workflowName)}</span>,
    },
    {
      key: 'status',
      title: t('matters.statusField'),
      render: (m) => <MatterStatusTag status={m.status} />,
    },
    {
      key: 'next',
      title: t('matters.nextStep'),
      render: (m) => (
        <Flex vertical gap={2} className="matter-next-cell">
          <span data-testid="matter-next-step">
            {m.nextStep ? t.pick(m.nextStep.name) : t('matters.nextStep.none')}
          </span>
          <Progress
            percent={m.stepsTotal ? Math.round((m.stepsDone / m.stepsTotal) * 100) : 0}
            steps={m.stepsTotal}
            size="small"
            showInfo={false}
            aria-label={t('matters.progress', { done: m.stepsDone, total: m.stepsTotal })}
          />
        </Flex>
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
  const canManage = data.abilities.manageMatters;

  return (
    <div className="page" data-testid="matters-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('matters.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('matters.hint', { village: village.village.name })}
          </Typography.Text>
        </div>
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="matter-new"
          >
            {t('matters.new')}
          </Button>
        )}
      </Flex>

      <Space wrap className="filters">
        <Input.Search
          allowClear
          className="search-box"
          placeholder={t('matters.search')}
          defaultValue={q}
          onSearch={(value) => setFilter('q', value)}
          data-testid="matters-search"
        />
        <Select
          allowClear
          className="filter-select"
          placeholder={t('matters.statusField')}
          value={status || undefined}
          onChange={(v?: string) => setFilter('status', v)}
          options={STATUSES.map((s) => ({ value: s, label: t(`matters.status.${s}`) }))}
          data-testid="matters-status"
        />
        <Select
          allowClear
          className="filter-select"
          placeholder={t('matters.tier')}
          value={tier || undefined}
          onChange={(v?: string) => setFilter('tier', v)}
          options={TIERS.map((x) => ({ value: x, label: tierName(x) }))}
          data-testid="matters-tier"
        />
        <Select
          allowClear
          className="filter-select"
          popupMatchSelectWidth={false}
          placeholder={t('matters.workflow')}
          value={workflow || undefined}
          onChange={(v?: string) => setFilter('workflow', v)}
          options={data.workflows.map((w) => ({ value: w.workflow, label: t.pick(w.name) }))}
          data-testid="matters-workflow"
        />
      </Space>

      <DataList
        rows={rows}
        rowKey={(m) => m.id}
        columns={columns}
        loading={loading}
        rowTestId="matter-row"
        testId="matters-list"
        empty={data.items.length === 0 ? t('matters.empty') : t('matters.emptyFiltered')}
        onOpen={(m) => void navigate(`${base}/matters/${m.id}`)}
      />

      {creating && (
        <Suspense fallback={null}>
          <NewMatterDrawer
            villageId={villageId}
            catalogue={data}
            onClose={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              reload();
              void navigate(`${base}/matters/${id}`);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
