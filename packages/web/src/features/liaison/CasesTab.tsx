import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Form, Input, Radio, Select, Space, Tag } from 'antd';
import { api as call } from '../../api/client.ts';
import { useApi, type ApiState } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import {
  CATEGORIES,
  ROUTE_BODIES,
  URGENCIES,
  type CaseDetail,
  type CaseReceipt,
  type CaseResponse,
  type CasesResponse,
  type CaseSummary,
  type LiaisonAction,
  type StepCaseInput,
} from './api.ts';
import { StepList } from './steps.tsx';
import { profileText } from '../matters/ruleText.ts';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { useVillage } from '../../app/villageContext.ts';

const OPEN = ['reported', 'acknowledged', 'handling', 'routed'];
const RaiseForDrawer = lazy(() => import('./RaiseForDrawer.tsx'));

/** The 民情 queue, due first, overdue flagged; a case opens in a drawer with its steps. */
export function CasesTab({ api, state }: { api: string; state: ApiState<CasesResponse> }) {
  const t = useT();
  const [openId, setOpenId] = useState<string | null>(null);
  const [raising, setRaising] = useState(false);
  const [receipt, setReceipt] = useState<CaseReceipt | null>(null);
  const { villageId } = useVillage();
  const { data, error, reload } = state;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const columns: Column<CaseSummary>[] = [
    {
      key: 'number',
      title: t('liaison.number'),
      render: (r) => t('liaison.numberText', { number: r.number }),
      width: 80,
      hideOnPhone: true,
    },
    {
      key: 'subject',
      title: t('liaison.subject'),
      primary: true,
      render: (r) => (
        <span className="cell-wrap">
          {r.subject} {r.anonymous && <Tag>{t('liaison.anonymous')}</Tag>}
          {r.followers > 0 && (
            <Tag color="purple">{t('liaison.followers', { n: r.followers })}</Tag>
          )}
        </span>
      ),
    },
    {
      key: 'category',
      title: t('liaison.category'),
      render: (r) => t(`liaison.category.${r.category}`),
    },
    {
      key: 'urgency',
      title: t('liaison.urgency'),
      render: (r) => t(`liaison.urgency.${r.urgency}`),
    },
    { key: 'grid', title: t('liaison.grid'), render: (r) => r.gridName ?? '', hideOnPhone: true },
    { key: 'level', title: t('liaison.level'), render: (r) => t(`liaison.level.${r.level}`) },
    {
      key: 'state',
      title: t('liaison.state'),
      render: (r) => (
        <>
          <Tag color={OPEN.includes(r.state) ? 'blue' : r.state === 'unrated' ? 'orange' : 'green'}>
            {t(`liaison.state.${r.state}`)}
          </Tag>
          {r.overdue && <Tag color="red">{t('liaison.overdue')}</Tag>}
        </>
      ),
    },
    { key: 'dueOn', title: t('liaison.dueOn'), render: (r) => t.date(r.dueOn) },
  ];
  return (
    <>
      {data.abilities.raiseIssuesFor && (
        <Button className="block-gap" onClick={() => setRaising(true)} data-testid="liaison-raise">
          {t('liaison.raiseFor')}
        </Button>
      )}
      {receipt && (
        <Alert
          type="success"
          showIcon
          className="block-gap"
          data-testid="liaison-raise-receipt"
          message={t('liaison.raiseFor.receipt', {
            number: receipt.number,
            code: receipt.trackingCode,
          })}
        />
      )}
      {raising && (
        <Suspense fallback={null}>
          <RaiseForDrawer
            path={`${api}/cases`}
            villageId={villageId}
            canSearchPersons={data.abilities.readRegistry}
            onClose={(r) => {
              setRaising(false);
              if (r) {
                setReceipt(r);
                reload();
              }
            }}
          />
        </Suspense>
      )}
      <DataList
        rows={data.items}
        rowKey={(r) => r.id}
        columns={columns}
        onOpen={(r) => setOpenId(r.id)}
        rowTestId="liaison-case-row"
        testId="liaison-cases"
        empty={t('liaison.empty')}
      />
      {openId && (
        <CaseDrawer
          path={`${api}/cases/${openId}`}
          queue={data}
          onClose={() => {
            setOpenId(null);
            reload();
          }}
        />
      )}
    </>
  );
}

function CaseDrawer({
  path,
  queue,
  onClose,
}: {
  path: string;
  queue: CasesResponse;
  onClose: () => void;
}) {
  const t = useT();
  const { data, error, reload } = useApi<CaseResponse>(path);
  const { villageId } = useVillage();
  const c = data?.case;
  return (
    <Drawer
      open
      width={560}
      onClose={onClose}
      title={c ? `${t('liaison.numberText', { number: c.number })} ${c.subject}` : ''}
    >
      {error && !data && <ErrorAlert error={error} />}
      {c && (
        <>
          <CaseFacts c={c} />
          <StepList steps={c.steps} />
          <AttachmentsPanel villageId={villageId} ownerKind="liaisonCase" ownerId={c.id} />
          {c.can.length > 0 && (
            <StepForm
              key={c.steps.length}
              path={`${path}/steps`}
              c={c}
              queue={queue}
              onDone={reload}
            />
          )}
        </>
      )}
    </Drawer>
  );
}

function CaseFacts({ c }: { c: CaseDetail }) {
  const t = useT();
  const reporter = c.reporter
    ? [c.reporter.name, c.reporter.household, c.reporter.phone].filter(Boolean).join(' · ')
    : t('liaison.reporter.hidden');
  return (
    <Descriptions column={1} size="small" data-testid="liaison-case-facts">
      <Descriptions.Item label={t('liaison.state')}>
        {t(`liaison.state.${c.state}`)} {c.overdue && <Tag color="red">{t('liaison.overdue')}</Tag>}
        {c.reopenCount > 0 && <Tag>{t('liaison.reopened')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('liaison.level')}>
        {t(`liaison.level.${c.level}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('liaison.body')}>{c.body}</Descriptions.Item>
      <Descriptions.Item label={t('liaison.reporter')}>{reporter}</Descriptions.Item>
      <Descriptions.Item label={t('liaison.dueOn')}>{t.date(c.dueOn)}</Descriptions.Item>
      {c.routedTo && (
        <Descriptions.Item label={t('liaison.routedTo')}>
          {c.routedTo.body ? t(`liaison.body.${c.routedTo.body}`) : c.routedTo.department}
        </Descriptions.Item>
      )}
      {c.feedback && (
        <Descriptions.Item label={t('liaison.feedback')}>{c.feedback}</Descriptions.Item>
      )}
      {c.rating && (
        <Descriptions.Item label={t('liaison.action.rate')}>
          {t(`liaison.rating.${c.rating}`)}
        </Descriptions.Item>
      )}
      {c.ratingDueOn && (
        <Descriptions.Item label={t('liaison.ratingDue')}>
          {t.date(c.ratingDueOn)}
        </Descriptions.Item>
      )}
      {c.mergedInto && (
        <Descriptions.Item label={t('liaison.state')}>
          {t('liaison.mergedInto', { number: c.mergedInto })}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('liaison.profile')}>
        {profileOf(t, c.profileVersion)}
      </Descriptions.Item>
    </Descriptions>
  );
}

interface StepValues {
  action: LiaisonAction;
  note?: string;
  category?: CaseDetail['category'];
  urgency?: CaseDetail['urgency'];
  target?: 'body' | 'department';
  body?: (typeof ROUTE_BODIES)[number];
  departmentId?: string;
  intoCaseId?: string;
}

/** The steps the reader may take now (the server's machine answered which), with what each needs. */
function StepForm({
  path,
  c,
  queue,
  onDone,
}: {
  path: string;
  c: CaseDetail;
  queue: CasesResponse;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<StepValues>();
  const action = Form.useWatch('action', form) ?? c.can[0];
  // an issue about a cadre goes to a town department only (the server refuses a village body)
  const townOnly = c.level === 'supervision' || c.category === 'cadreConduct';
  const target = Form.useWatch('target', form) ?? (townOnly ? 'department' : 'body');
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    await call(path, { method: 'POST', body: stepBody(v, c) });
    onDone();
  });
  const needsNote = ['route', 'answerRouted', 'returnRouted', 'feedback'].includes(action ?? '');
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ action: c.can[0], target: townOnly ? 'department' : 'body' }}
      data-testid="liaison-step-form"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form.Item name="action" label={t('liaison.step')}>
        <Radio.Group
          options={c.can.map((a) => ({ value: a, label: t(`liaison.action.${a}`) }))}
          data-testid="liaison-step-action"
        />
      </Form.Item>
      {action === 'acknowledge' && (
        <Space wrap>
          <Form.Item name="category" label={t('liaison.category')} initialValue={c.category}>
            <Select
              style={{ width: 160 }}
              options={CATEGORIES.map((x) => ({ value: x, label: t(`liaison.category.${x}`) }))}
            />
          </Form.Item>
          <Form.Item name="urgency" label={t('liaison.urgency')} initialValue={c.urgency}>
            <Select
              style={{ width: 120 }}
              options={URGENCIES.map((x) => ({ value: x, label: t(`liaison.urgency.${x}`) }))}
            />
          </Form.Item>
        </Space>
      )}
      {action === 'route' && (
        <>
          <Form.Item name="target">
            <Radio.Group
              options={[
                ...(townOnly ? [] : [{ value: 'body', label: t('liaison.routeTo.body') }]),
                { value: 'department', label: t('liaison.routeTo.department') },
              ]}
            />
          </Form.Item>
          {target === 'body' ? (
            <Form.Item
              name="body"
              label={t('liaison.routedTo')}
              rules={[{ required: true, message: t('liaison.routedTo') }]}
            >
              <Select
                options={ROUTE_BODIES.map((b) => ({ value: b, label: t(`liaison.body.${b}`) }))}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="departmentId"
              label={t('liaison.routedTo')}
              rules={[{ required: true, message: t('liaison.routedTo') }]}
            >
              <Select options={queue.departments.map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
          )}
        </>
      )}
      {action === 'merge' && (
        <Form.Item
          name="intoCaseId"
          label={t('liaison.mergeInto')}
          rules={[{ required: true, message: t('liaison.mergeInto') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={queue.items
              .filter((i) => i.id !== c.id && OPEN.includes(i.state))
              .map((i) => ({
                value: i.id,
                label: `${t('liaison.numberText', { number: i.number })} ${i.subject}`,
              }))}
          />
        </Form.Item>
      )}
      {(needsNote || action === 'handle') && (
        <Form.Item
          name="note"
          label={action === 'feedback' ? t('liaison.feedback') : t('liaison.note')}
          rules={
            needsNote
              ? [{ required: true, whitespace: true, message: t('liaison.note.required') }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={4000} data-testid="liaison-step-note" />
        </Form.Item>
      )}
      <Button
        type="primary"
        loading={busy}
        onClick={() => void submit()}
        data-testid="liaison-step-submit"
      >
        {t(`liaison.action.${action ?? 'acknowledge'}`)}
      </Button>
    </Form>
  );
}

function stepBody(v: StepValues, c: CaseDetail): StepCaseInput {
  const note = v.note ?? '';
  switch (v.action) {
    case 'acknowledge':
      return {
        action: 'acknowledge',
        category: v.category ?? c.category,
        urgency: v.urgency ?? c.urgency,
      };
    case 'route':
      return v.target === 'department'
        ? { action: 'route', departmentId: v.departmentId, note }
        : { action: 'route', body: v.body, note };
    case 'answerRouted':
    case 'returnRouted':
    case 'feedback':
      return { action: v.action, note };
    case 'merge':
      return { action: 'merge', intoCaseId: v.intoCaseId ?? '' };
    case 'handle':
      return note ? { action: 'handle', note } : { action: 'handle' };
    case 'close':
    case 'rate':
    case 'reopen':
      return { action: 'close' };
  }
}

/** `national@2025-10-28` as people read it: 国家法律（默认） 2025-10-28 (the id holds no '@'). */
function profileOf(t: ReturnType<typeof useT>, stored: string): string {
  const at = stored.indexOf('@');
  return at < 0
    ? stored
    : profileText(t, { id: stored.slice(0, at), version: stored.slice(at + 1) });
}
