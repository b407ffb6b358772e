import type { ReactNode } from 'react';
import { Alert, Checkbox, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { DisputeAction, DisputeDetail, DisputeResponse, MediationOptions } from './api.ts';
import { useT, type Translator as T } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { disputesApi } from './parts.tsx';

/** Where each step is posted (the contract's routes under the dispute). */
const PATHS: Record<
  Exclude<DisputeAction, 'refuse' | 'takeEffect' | 'townAnswer' | 'townReturn'>,
  string
> = {
  recordConsent: 'consent',
  accept: 'accept',
  assignMediators: 'mediators',
  keepRecord: 'records',
  reachWritten: 'agreement',
  reachOral: 'agreement',
  sign: 'agreement/sign',
  terminate: 'terminate',
  applyConfirmation: 'confirmation',
  recordCourt: 'confirmation/court',
  referToTown: 'refer',
  goToCourt: 'suit',
  recordJudgment: 'judgment',
  close: 'close',
};
export type StepAction = keyof typeof PATHS;
export const isStepAction = (a: DisputeAction): a is StepAction => a in PATHS;

type Values = Record<string, unknown>;

/** The form's values as the route takes them: empty dates left out, mediators as the list. */
function bodyOf(action: StepAction, values: Values): Values {
  const body = Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  );
  if (action === 'assignMediators')
    return {
      mediators: ((values.personIds as string[] | undefined) ?? []).map((personId) => ({
        personId,
        how: values.how,
      })),
    };
  if (action === 'reachWritten' || action === 'reachOral')
    return { ...body, form: action === 'reachWritten' ? 'written' : 'oral' };
  return body;
}

const date = (t: T, name: string, label = t('disputes.on')) => (
  <Form.Item name={name} label={label} extra={t('disputes.on.hint')}>
    <DateInput notAfterToday testId={`dispute-step-${name}`} />
  </Form.Item>
);
const text = (name: string, label: string, long = false) => (
  <Form.Item name={name} label={label} rules={[{ required: true }]}>
    {long ? (
      <Input.TextArea
        autoSize={{ minRows: 3 }}
        maxLength={4000}
        data-testid={`dispute-step-${name}`}
      />
    ) : (
      <Input maxLength={100} data-testid={`dispute-step-${name}`} />
    )}
  </Form.Item>
);
const choice = (name: string, label: string, options: Array<{ value: string; label: string }>) => (
  <Form.Item name={name} label={label} rules={[{ required: true }]}>
    <Radio.Group options={options} data-testid={`dispute-step-${name}`} />
  </Form.Item>
);

/** The fields of one step's form. */
function fieldsOf(
  t: T,
  action: StepAction,
  d: DisputeDetail,
  options: MediationOptions | undefined,
  who: string | undefined,
): ReactNode {
  const parties = d.partyList.map((p) => ({ value: p.id, label: p.name }));
  switch (action) {
    case 'recordConsent':
      return (
        <>
          {choice('partyId', t('disputes.form.party'), parties)}
          {choice(
            'consent',
            t('disputes.consent'),
            (['agreed', 'refused'] as const).map((c) => ({
              value: c,
              label: t(`disputes.consent.${c}`),
            })),
          )}
          {date(t, 'on')}
        </>
      );
    case 'accept':
      return date(t, 'on');
    case 'assignMediators':
      return (
        <>
          <Form.Item name="personIds" label={t('disputes.mediators')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              data-testid="dispute-step-mediators"
              options={(options?.mediators ?? []).map((m) => ({
                value: m.personId,
                label: `${m.name}（${t.pick(m.role)}）`,
              }))}
            />
          </Form.Item>
          {choice(
            'how',
            t('disputes.form.mediatorsHow'),
            (['assigned', 'chosen'] as const).map((h) => ({
              value: h,
              label: t(`disputes.how.${h}`),
            })),
          )}
        </>
      );
    case 'keepRecord':
      return (
        <>
          {date(t, 'heldOn', t('disputes.record.heldOn'))}
          {text('place', t('disputes.record.place'))}
          {text('present', t('disputes.record.present'))}
          {text('content', t('disputes.record.content'), true)}
        </>
      );
    case 'reachWritten':
    case 'reachOral':
      return (
        <>
          {text('terms', t('disputes.agreement.terms'), true)}
          {text('performance', t('disputes.agreement.performance'), true)}
          {choice(
            'mediatorPersonId',
            t('disputes.agreement.mediator'),
            d.mediators.map((m) => ({ value: m.personId, label: m.name })),
          )}
          {date(t, 'reachedOn', t('disputes.agreement.reachedOn'))}
        </>
      );
    case 'sign':
      return (
        <>
          <Alert type="info" showIcon title={t('disputes.form.sign.hint')} className="block-gap" />
          {choice(
            'who',
            t('disputes.form.who'),
            (['party', 'mediator', 'seal'] as const).map((w) => ({
              value: w,
              label: t(`disputes.form.who.${w}`),
            })),
          )}
          {who === 'party' && choice('partyId', t('disputes.form.party'), parties)}
          {who === 'party' &&
            choice(
              'mark',
              t('disputes.form.mark'),
              (['signature', 'fingerprint', 'seal'] as const).map((m) => ({
                value: m,
                label: t(`disputes.mark.${m}`),
              })),
            )}
          {date(t, 'on')}
        </>
      );
    case 'terminate':
      return (
        <>
          <Alert
            type="info"
            showIcon
            title={t('disputes.form.terminate.hint')}
            className="block-gap"
          />
          {text('reason', t('disputes.form.reason'), true)}
          {date(t, 'on')}
        </>
      );
    case 'applyConfirmation':
      return (
        <>
          <Alert
            type="info"
            showIcon
            title={t('disputes.form.confirmation.hint')}
            className="block-gap"
          />
          {text('court', t('disputes.form.court'))}
          <Form.Item
            name="applicantPartyIds"
            label={t('disputes.confirmation.applicants')}
            rules={[{ required: true }]}
          >
            <Checkbox.Group options={parties} data-testid="dispute-step-applicants" />
          </Form.Item>
          {date(t, 'appliedOn', t('disputes.confirmation.appliedOn'))}
        </>
      );
    case 'recordCourt':
      return (
        <>
          {date(t, 'acceptedOn', t('disputes.confirmation.acceptedOn'))}
          <Form.Item
            name="extended"
            label={t('disputes.confirmation.extended')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item name="ruling" label={t('disputes.confirmation.ruling')}>
            <Radio.Group
              data-testid="dispute-step-ruling"
              options={(['confirmed', 'rejected'] as const).map((r) => ({
                value: r,
                label: t(`disputes.confirmation.ruling.${r}`),
              }))}
            />
          </Form.Item>
          {date(t, 'rulingOn', t('disputes.confirmation.rulingOn'))}
          <Form.Item name="caseNumber" label={t('disputes.confirmation.caseNumber')}>
            <Input maxLength={60} data-testid="dispute-step-caseNumber" />
          </Form.Item>
        </>
      );
    case 'referToTown':
      return (
        <>
          <Form.Item
            name="departmentId"
            label={t('disputes.form.department')}
            rules={[{ required: true }]}
          >
            <Select
              data-testid="dispute-step-department"
              options={(options?.departments ?? []).map((x) => ({ value: x.id, label: x.name }))}
            />
          </Form.Item>
          {text('note', t('disputes.form.note'), true)}
          {date(t, 'on')}
        </>
      );
    case 'goToCourt':
      return (
        <>
          {text('court', t('disputes.form.court'))}
          <Form.Item name="caseNumber" label={t('disputes.confirmation.caseNumber')}>
            <Input maxLength={60} />
          </Form.Item>
          {date(t, 'on')}
        </>
      );
    case 'recordJudgment':
    case 'close':
      return (
        <>
          {text('outcome', t('disputes.form.outcome'), true)}
          {date(t, 'on')}
        </>
      );
  }
}

/** One step of a dispute as a small form; the server's refusal (with its article) shows on top. */
export function StepModal({
  action,
  dispute,
  villageId,
  onDone,
  onCancel,
}: {
  action: StepAction;
  dispute: DisputeDetail;
  villageId: string;
  onDone: (d: DisputeDetail) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const who = Form.useWatch('who', form) as string | undefined;
  const needsOptions = action === 'assignMediators' || action === 'referToTown';
  const options = useApi<MediationOptions>(
    needsOptions ? `/api/villages/${villageId}/dispute-mediators` : null,
  );
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const res = await api<DisputeResponse>(
      `${disputesApi(villageId)}/${dispute.id}/${PATHS[action]}`,
      { method: 'POST', body: bodyOf(action, values) },
    );
    onDone(res.dispute);
  });
  return (
    <Modal
      open
      title={t(`disputes.action.${action}`)}
      onCancel={onCancel}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ ...{ 'data-testid': 'dispute-step-submit' } }}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ how: 'assigned', who: 'party', mark: 'signature', consent: 'agreed' }}
        data-testid="dispute-step-form"
      >
        {fieldsOf(t, action, dispute, options.data, who)}
      </Form>
    </Modal>
  );
}
