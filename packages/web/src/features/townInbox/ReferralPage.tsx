import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Timeline,
  Typography,
} from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { ReferralDetail, ReferralResponse, ReferralStep, ResendResponse } from './api.ts';
import { RevealButton } from '../complaints/parts.tsx';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { townNav } from './nav.tsx';
import { DueCell, ReferralStatusTag } from './TownInboxPage.tsx';

/** The steps taken with a form (what is missing, why it is returned, where it goes). */
const FORM_STEPS = ['askMaterials', 'materialsIn', 'transfer', 'return'] as const;
type FormStep = (typeof FORM_STEPS)[number];
const FORM_FIELD: Record<FormStep, string> = {
  askMaterials: 'materials',
  materialsIn: 'note',
  transfer: 'note',
  return: 'reason',
};
const FORM_URL: Record<FormStep, string> = {
  askMaterials: 'ask-materials',
  materialsIn: 'materials-in',
  transfer: 'transfer',
  return: 'return',
};

/**
 * One referral at the town: what the village reported, whom it names, its due date and steps so
 * far, and the steps the reader may take now (受理 → 办理 → 答复 → 办结; for a department also
 * 要求补正, 转交, 退回), as the server's procedure lists them.
 */
export default function ReferralPage() {
  const t = useT();
  const me = useMe();
  const { villageId = '', referralId = '' } = useParams();
  const path = `/api/town/referrals/${villageId}/${referralId}`;
  const { data: loaded, error: loadError } = useApi<ReferralResponse>(path);
  const [current, setCurrent] = useState<ReferralDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const r = current ?? loaded?.referral;
  const [form, setForm] = useState<FormStep | null>(null);
  const can = (a: ReferralStep) => r?.actions.includes(a) ?? false;
  const step = (verb: 'accept' | 'handle' | 'close') => {
    setBusy(true);
    setError(null);
    api<ReferralResponse>(`${path}/${verb}`, { method: 'POST' })
      .then((res) => setCurrent(res.referral))
      .catch(setError)
      .finally(() => setBusy(false));
  };
  let content;
  if (!r) content = loadError ? <ErrorAlert error={loadError} /> : <PageLoading />;
  else
    content = (
      <>
        <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
          <Typography.Title level={1} className="no-margin page-title">
            {r.subject}
          </Typography.Title>
          <ReferralStatusTag status={r.status} />
        </Flex>
        <ErrorAlert error={error} />
        <Card className="block-gap">
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label={t('townInbox.village')}>
              {r.townName} · {r.villageName}
            </Descriptions.Item>
            <Descriptions.Item label={t('townInbox.addressee')}>
              {r.department?.name ?? t(`townInbox.addressee.${r.addressee}`)}
            </Descriptions.Item>
            {r.dueOn && (
              <Descriptions.Item label={t('townInbox.dueOn')}>
                <DueCell r={r} />
              </Descriptions.Item>
            )}
            {r.returnReason && (
              <Descriptions.Item label={t('townInbox.returnReason')} span={2}>
                <span data-testid="referral-return-reason">{r.returnReason}</span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('townInbox.source')}>
              {t(`townInbox.source.${r.sourceKind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('townInbox.filedOn')}>
              {t.date(r.filedOn)}（{t('townInbox.ageDays', { days: r.ageDays })}）
            </Descriptions.Item>
            {r.complaint && (
              <Descriptions.Item label={t('townInbox.complaint')} span={2}>
                {t('townInbox.complaintFacts', {
                  number: r.complaint.number,
                  date: t.date(r.complaint.receivedOn),
                  channel: t(`complaints.channel.${r.complaint.channel as 'phone'}`),
                  who: r.complaint.anonymous ? t('complaints.anonymous') : t('complaints.named'),
                })}
                {!r.complaint.anonymous && (
                  <RevealButton path={`${path}/complainant`} testId="referral-reveal" />
                )}
              </Descriptions.Item>
            )}
            {r.complaint?.sms && (
              <Descriptions.Item label={t('townInbox.sms')} span={2}>
                <ComplainantSms
                  sms={r.complaint.sms}
                  path={`${path}/resend-sms`}
                  onResent={(next) => setCurrent(next)}
                />
              </Descriptions.Item>
            )}
            {r.concerns.length > 0 && (
              <Descriptions.Item label={t('townInbox.concerns')} span={2}>
                <span data-testid="referral-concerns">
                  {r.concerns
                    .map(
                      (c) =>
                        `${c.name}${c.seats.length ? `（${c.seats.map((s) => t.pick(s)).join('、')}）` : ''}`,
                    )
                    .join('；')}
                </span>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={2} className="section-title">
            {t('townInbox.summary')}
          </Typography.Title>
          <Typography.Paragraph className="pre-wrap" data-testid="referral-summary">
            {r.summary}
          </Typography.Paragraph>
          <Space wrap>
            {can('accept') && (
              <Button
                type="primary"
                loading={busy}
                onClick={() => step('accept')}
                data-testid="referral-accept"
              >
                {t('townInbox.accept')}
              </Button>
            )}
            {can('handle') && (
              <Button loading={busy} onClick={() => step('handle')} data-testid="referral-handle">
                {t('townInbox.handle')}
              </Button>
            )}
            {can('close') && (
              <Button
                type="primary"
                loading={busy}
                onClick={() => step('close')}
                data-testid="referral-close"
              >
                {t('townInbox.close')}
              </Button>
            )}
            {FORM_STEPS.filter(can).map((a) => (
              <Button key={a} onClick={() => setForm(a)} data-testid={`referral-${a}`}>
                {t(`townInbox.${a}`)}
              </Button>
            ))}
          </Space>
          {form && can(form) && (
            <StepForm
              key={form}
              step={form}
              path={`${path}/${FORM_URL[form]}`}
              departments={r.departments}
              onDone={(next) => {
                setCurrent(next);
                setForm(null);
              }}
            />
          )}
        </Card>
        {r.steps.length > 0 && (
          <Card title={t('townInbox.steps')} className="block-gap">
            <Timeline
              data-testid="referral-steps"
              items={r.steps.map((s) => ({
                children: (
                  <>
                    <strong>{t(`townInbox.step.${s.step}`)}</strong> {t.dateTime(s.at)}
                    {s.by && ` · ${s.by}`}
                    {s.department && ` · ${s.department}`}
                    {s.dueOn && ` · ${t('townInbox.step.due', { date: t.date(s.dueOn) })}`}
                    {s.note && <div className="pre-wrap">{s.note}</div>}
                  </>
                ),
              }))}
            />
          </Card>
        )}
        <Card title={t('townInbox.answer')} className="block-gap">
          {r.answer && (
            <Typography.Paragraph className="pre-wrap" data-testid="referral-answer">
              {r.answer}
            </Typography.Paragraph>
          )}
          {can('answer') && (
            <AnswerForm path={`${path}/answer`} initial={r.answer ?? ''} onAnswered={setCurrent} />
          )}
        </Card>
        <Link to="/town/inbox">{t('townInbox.back')}</Link>
      </>
    );
  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="inbox">
      <div className="page" data-testid="referral-page">
        {content}
      </div>
    </Shell>
  );
}

function AnswerForm({
  path,
  initial,
  onAnswered,
}: {
  path: string;
  initial: string;
  onAnswered: (r: ReferralDetail) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ answer: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const res = await api<ReferralResponse>(path, { method: 'POST', body: values });
    onAnswered(res.referral);
  });
  return (
    <Form form={form} layout="vertical" initialValues={{ answer: initial }}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form.Item name="answer" rules={[{ required: true }]} extra={t('townInbox.answer.hint')}>
        <Input.TextArea
          maxLength={4000}
          autoSize={{ minRows: 3 }}
          data-testid="referral-answer-text"
        />
      </Form.Item>
      <Button
        type="primary"
        loading={busy}
        onClick={() => void submit()}
        data-testid="referral-answer-submit"
      >
        {t('townInbox.answer.submit')}
      </Button>
    </Form>
  );
}

/** A step that needs words (and, for a transfer, the department): materials asked for, a return's reason. */
function StepForm({
  step,
  path,
  departments,
  onDone,
}: {
  step: FormStep;
  path: string;
  departments: ReferralDetail['departments'];
  onDone: (r: ReferralDetail) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Record<string, string>>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const res = await api<ReferralResponse>(path, { method: 'POST', body: values });
    onDone(res.referral);
  });
  const field = FORM_FIELD[step];
  const hint =
    step === 'askMaterials'
      ? t('townInbox.askMaterials.hint')
      : step === 'return'
        ? t('townInbox.return.hint')
        : undefined;
  return (
    <Form form={form} layout="vertical" className="block-gap" data-testid={`referral-${step}-form`}>
      <ErrorAlert error={error} unmatched={unmatched} />
      {step === 'transfer' && (
        <Form.Item
          name="departmentId"
          label={t('townInbox.department')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="referral-transfer-department"
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name={field}
        label={t(
          step === 'return'
            ? 'townInbox.returnReason'
            : step === 'askMaterials'
              ? 'townInbox.askMaterials'
              : 'townInbox.note',
        )}
        rules={[{ required: step === 'return' || step === 'askMaterials' }]}
        extra={hint}
      >
        <Input.TextArea
          maxLength={2000}
          autoSize={{ minRows: 2 }}
          data-testid={`referral-${step}-text`}
        />
      </Form.Item>
      <Button
        type="primary"
        loading={busy}
        onClick={() => void submit()}
        data-testid={`referral-${step}-submit`}
      >
        {t(`townInbox.${step}.submit`)}
      </Button>
    </Form>
  );
}

type Sms = NonNullable<NonNullable<ReferralDetail['complaint']>['sms']>;

/**
 * How the SMS telling the complainant of the answer fared (its state and attempts only: the
 * number and the words are the gateway's), with 重发 once it has failed: the village cannot
 * resend it, as it may not know of a discipline complaint.
 */
function ComplainantSms(props: {
  sms: Sms;
  path: string;
  onResent: (next: ReferralDetail) => void;
}) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const resend = () => {
    setBusy(true);
    api<ResendResponse>(props.path, { method: 'POST' })
      .then((res) => {
        void message.success(t('notifications.retried', { count: res.requeued }));
        props.onResent(res.referral);
      })
      .catch((cause: unknown) =>
        message.error(cause instanceof Error ? cause.message : String(cause)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <Space wrap data-testid="referral-sms">
      <span>
        {t(`notifications.status.${props.sms.status}`)}（
        {t('notifications.attempts', { count: props.sms.attempts })}）
      </span>
      {props.sms.status === 'failed' && (
        <Button size="small" loading={busy} onClick={resend} data-testid="referral-sms-resend">
          {t('notifications.failed.retry')}
        </Button>
      )}
      <Typography.Text type="secondary">{t('townInbox.smsHint')}</Typography.Text>
    </Space>
  );
}
