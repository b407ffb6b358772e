import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Button,
  Empty,
  Flex,
  List,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
  App as AntApp,
} from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { previousQuarter, quarterName, type Quarter } from '@cunzhi/core/serviceLists/quarters';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import {
  listsApi,
  listsPagePath,
  quarterQuery,
  STATUS_COLOR,
  type ListsPage,
  type NeedCandidate,
  type ProjectAction,
  type ProjectView,
} from './api.ts';
import { NeedDrawer, ResourceDrawer } from './ListDrawers.tsx';
import { DesignDrawer, StepDrawer, STEPS_WITH_FORM } from './ProjectDrawers.tsx';
import { ProjectTimeline } from './parts.tsx';
import './serviceLists.css';

type Need = ListsPage['needs'][number];
type Resource = ListsPage['resources'][number];

/** The quarter in the address, if any. */
function useQuarterParam(): Quarter | null {
  const [params] = useSearchParams();
  const year = Number(params.get('year'));
  const quarter = Number(params.get('quarter'));
  return year && quarter >= 1 && quarter <= 4 ? { year, quarter } : null;
}

/** The quarter shown and the four before it, and the next (lists may be prepared ahead). */
function quarterChoices(shown: Quarter): Quarter[] {
  const next =
    shown.quarter === 4
      ? { year: shown.year + 1, quarter: 1 }
      : { ...shown, quarter: shown.quarter + 1 };
  const out = [next, shown];
  for (let i = 0; i < 4; i++) out.push(previousQuarter(out[out.length - 1]!));
  return out;
}

/**
 * 三清单 (seed 004): the quarter's needs, resources and projects lists. The two committees list
 * needs (drawn from the platform's counted records or said at a 村民说事) and resources, publish
 * the lists, record the projects groups and social organisations design for them and take each
 * project through the joint meeting's review, the town's filing, its running and its result; the
 * town Party committee's officials file or return what is declared.
 */
export default function ServiceListsPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const { villageId } = useVillage();
  const [, setParams] = useSearchParams();
  const asked = useQuarterParam();
  const base = listsApi(villageId);
  const { data, error, reload } = useApi<ListsPage>(`${base}/service-lists${quarterQuery(asked)}`);
  const [needFrom, setNeedFrom] = useState<NeedCandidate | null | undefined>(undefined);
  const [addingResource, setAddingResource] = useState(false);
  // a new design (null) or one amended
  const [designing, setDesigning] = useState<ProjectView | null | undefined>(undefined);
  const [stepping, setStepping] = useState<{ project: ProjectView; action: ProjectAction } | null>(
    null,
  );

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const q = data.quarter;
  const manages = data.abilities.manageServiceLists;
  const open = manages && !q.publishedOn;
  const quarter = { year: q.year, quarter: q.quarter };

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      reload();
    } catch (cause) {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const remove = (list: 'needs' | 'resources', id: string) =>
    act(() => api(`${base}/service-lists/${list}/${id}`, { method: 'DELETE' }));
  const publish = () =>
    act(() => api(`${base}/service-lists/publish`, { method: 'POST', body: quarter }));
  const step = (project: ProjectView, action: ProjectAction) =>
    action === 'amend'
      ? setDesigning(project)
      : STEPS_WITH_FORM.includes(action)
        ? setStepping({ project, action })
        : void act(() =>
            api(`${base}/service-projects/${project.id}/steps`, {
              method: 'POST',
              body: { action, version: project.version },
            }),
          );

  const removeColumn = <T extends { id: string }>(list: 'needs' | 'resources'): Column<T>[] =>
    open
      ? [
          {
            key: 'remove',
            title: '',
            render: (row) => (
              <Popconfirm
                title={t('serviceLists.remove.confirm')}
                okButtonProps={{ ...{ 'data-testid': 'lists-remove-ok' } }}
                onConfirm={() => void remove(list, row.id)}
              >
                <Button size="small" danger data-testid="lists-remove">
                  {t('serviceLists.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : [];

  const needColumns: Column<Need>[] = [
    { key: 'number', title: t('serviceLists.number'), render: (n) => n.number, width: 64 },
    {
      key: 'source',
      title: t('serviceLists.source'),
      render: (n) => (
        <>
          {t.pick(n.sourceName)}
          {n.sourceLabel && ` · ${n.sourceLabel}`}
          {n.recordCount > 0 && (
            <div className="lists-muted">
              {t('serviceLists.recordCount', { count: n.recordCount })}
            </div>
          )}
        </>
      ),
      hideOnPhone: true,
    },
    { key: 'summary', title: t('serviceLists.summary'), primary: true, render: (n) => n.summary },
    ...removeColumn<Need>('needs'),
  ];

  const resourceColumns: Column<Resource>[] = [
    { key: 'number', title: t('serviceLists.number'), render: (r) => r.number, width: 64 },
    { key: 'kind', title: t('serviceLists.kind'), render: (r) => t.pick(r.kindName) },
    {
      key: 'name',
      title: t('serviceLists.name'),
      primary: true,
      render: (r) => (
        <>
          {r.name}
          {r.detail && <div className="lists-muted">{r.detail}</div>}
        </>
      ),
    },
    { key: 'amount', title: t('serviceLists.amount'), render: (r) => r.amount?.text ?? '—' },
    ...removeColumn<Resource>('resources'),
  ];

  const projectColumns: Column<ProjectView>[] = [
    { key: 'number', title: t('serviceLists.number'), render: (p) => p.number, width: 64 },
    {
      key: 'title',
      title: t('serviceLists.project'),
      primary: true,
      render: (p) => (
        <div className="lists-cell">
          <strong>{p.title}</strong>
          <div className="lists-muted">
            {t.pick(p.designerKindName)}：{p.designerName}
          </div>
          <div>
            {t('serviceLists.needsServed')}：
            {p.needs.map((n) => `${n.number}. ${n.summary}`).join('；')}
          </div>
          {p.resources.length > 0 && (
            <div>
              {t('serviceLists.resourcesUsed')}：{p.resources.map((r) => r.name).join('、')}
            </div>
          )}
          <div className="lists-pre">{p.targets}</div>
          <ProjectTimeline project={p} />
        </div>
      ),
    },
    { key: 'budget', title: t('serviceLists.budget'), render: (p) => p.budget.text },
    {
      key: 'state',
      title: t('serviceLists.state'),
      render: (p) => <Tag data-testid="lists-project-state">{t.pick(p.stateName)}</Tag>,
    },
    {
      key: 'steps',
      title: t('serviceLists.steps'),
      render: (p) => (
        <Space wrap>
          {p.actions.map((action) =>
            STEPS_WITH_FORM.includes(action) ? (
              <Button
                key={action}
                size="small"
                type={action === 'return' || action === 'amend' ? 'default' : 'primary'}
                onClick={() => step(p, action)}
                data-testid={`lists-step-${action}`}
              >
                {t(`serviceLists.step.${action}`)}
              </Button>
            ) : (
              <Popconfirm
                key={action}
                title={t('serviceLists.step.confirm', { action: t(`serviceLists.step.${action}`) })}
                okButtonProps={{ ...{ 'data-testid': 'lists-step-ok' } }}
                onConfirm={() => step(p, action)}
              >
                <Button size="small" data-testid={`lists-step-${action}`}>
                  {t(`serviceLists.step.${action}`)}
                </Button>
              </Popconfirm>
            ),
          )}
        </Space>
      ),
    },
  ];

  return (
    <div className="page" data-testid="service-lists-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('serviceLists.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('serviceLists.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            aria-label={t('serviceLists.quarter')}
            value={`${q.year}-${q.quarter}`}
            data-testid="lists-quarter"
            onChange={(value: string) => {
              const [year = '', quarterNumber = ''] = value.split('-');
              setParams({ year, quarter: quarterNumber });
            }}
            options={quarterChoices(quarter).map((c) => ({
              value: `${c.year}-${c.quarter}`,
              label: quarterName(c, t.lang),
            }))}
          />
          <Link to={`${listsPagePath(villageId)}/print${quarterQuery(quarter)}`}>
            <Button icon={<PrinterOutlined />} data-testid="lists-print">
              {t('serviceLists.print')}
            </Button>
          </Link>
        </Space>
      </Flex>
      <Flex align="center" gap={8} wrap className="block-gap">
        <Tag color={STATUS_COLOR[q.status]} data-testid="lists-status">
          {t.pick(q.statusName)}
        </Tag>
        <Typography.Text type="secondary">
          {q.publishedOn
            ? t('serviceLists.publishedOn', { on: t.date(q.publishedOn) })
            : t('serviceLists.dueOn', { due: t.date(q.dueOn) })}
        </Typography.Text>
        {open && (
          <Popconfirm
            title={t('serviceLists.publish.confirm')}
            okButtonProps={{ ...{ 'data-testid': 'lists-publish-ok' } }}
            onConfirm={() => void publish()}
          >
            <Button type="primary" data-testid="lists-publish">
              {t('serviceLists.publish')}
            </Button>
          </Popconfirm>
        )}
      </Flex>

      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="section-title">
          {t('serviceLists.needs')}
        </Typography.Title>
        {open && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setNeedFrom(null)}
            data-testid="lists-add-need"
          >
            {t('serviceLists.addNeed')}
          </Button>
        )}
      </Flex>
      <DataList
        rows={data.needs}
        rowKey={(n) => n.id}
        columns={needColumns}
        rowTestId="lists-need"
        testId="lists-needs"
        empty={t('serviceLists.needs.empty')}
      />
      {open && (
        <div className="block-gap" data-testid="lists-candidates">
          <Typography.Title level={3}>{t('serviceLists.candidates')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('serviceLists.candidates.hint')}
          </Typography.Paragraph>
          {data.candidates.length === 0 ? (
            <Empty description={t('serviceLists.candidates.empty')} />
          ) : (
            <List
              size="small"
              dataSource={data.candidates}
              renderItem={(c) => (
                <List.Item
                  data-testid="lists-candidate"
                  actions={[
                    <Button
                      key="use"
                      size="small"
                      onClick={() => setNeedFrom(c)}
                      data-testid="lists-candidate-use"
                    >
                      {t('serviceLists.candidates.use')}
                    </Button>,
                  ]}
                >
                  {t.pick(c.sourceName)}
                  {c.label && ` · ${c.label}`}：{t('serviceLists.recordCount', { count: c.count })}
                </List.Item>
              )}
            />
          )}
        </div>
      )}

      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="section-title">
          {t('serviceLists.resources')}
        </Typography.Title>
        {open && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setAddingResource(true)}
            data-testid="lists-add-resource"
          >
            {t('serviceLists.addResource')}
          </Button>
        )}
      </Flex>
      <DataList
        rows={data.resources}
        rowKey={(r) => r.id}
        columns={resourceColumns}
        rowTestId="lists-resource"
        testId="lists-resources"
        empty={t('serviceLists.resources.empty')}
      />

      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="section-title">
          {t('serviceLists.projects')}
        </Typography.Title>
        {manages &&
          (q.publishedOn ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDesigning(null)}
              data-testid="lists-design"
            >
              {t('serviceLists.design')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('serviceLists.design.locked')}</Typography.Text>
          ))}
      </Flex>
      <DataList
        rows={data.projects}
        rowKey={(p) => p.id}
        columns={projectColumns}
        rowTestId="lists-project"
        testId="lists-projects"
        empty={t('serviceLists.projects.empty')}
      />

      {needFrom !== undefined && (
        <NeedDrawer
          villageId={villageId}
          quarter={quarter}
          from={needFrom}
          onClose={() => setNeedFrom(undefined)}
          onDone={() => {
            setNeedFrom(undefined);
            reload();
          }}
        />
      )}
      {addingResource && (
        <ResourceDrawer
          villageId={villageId}
          quarter={quarter}
          onClose={() => setAddingResource(false)}
          onDone={() => {
            setAddingResource(false);
            reload();
          }}
        />
      )}
      {designing !== undefined && (
        <DesignDrawer
          villageId={villageId}
          page={data}
          project={designing}
          onClose={() => setDesigning(undefined)}
          onDone={() => {
            setDesigning(undefined);
            reload();
          }}
        />
      )}
      {stepping && (
        <StepDrawer
          villageId={villageId}
          page={data}
          project={stepping.project}
          action={stepping.action}
          onClose={() => setStepping(null)}
          onDone={() => {
            setStepping(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
