import './supervision.css';
import { useState } from 'react';
import { Button, Checkbox, Flex, Form, Radio, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert, applyFieldErrors } from '../../components/errors.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import {
  supervisionPath,
  type Member,
  type MotionAnswer,
  type MotionView,
  type Proposal,
  type SittingInput,
  type SittingMode,
  type VoteChoice,
} from './api.ts';
import { fieldsOutside, fieldsUnder } from './parts.tsx';

const CHOICES: VoteChoice[] = ['yes', 'no', 'abstain'];
/** A remote vote stays open three days unless the tabler says otherwise. */
const REMOTE_DAYS = 3;

interface SittingValues {
  mode: SittingMode;
  closesOn: string | null;
  heldOn: string | null;
  attendance: string[];
  votes: Record<string, VoteChoice>;
}

export interface SittingFormProps {
  villageId: string;
  /** The members serving today (the attendance list). */
  members: readonly Member[];
  /** The server's today: the sitting's day, and where the remote window starts. */
  today: string;
  /** The proposal to put to the vote; null when the form around it is not filled in correctly. */
  proposal: () => Promise<Proposal | null>;
  /** The form around this one: the proposal's field errors are shown on its fields. */
  outer?: FormInstance;
  onTabled: (motion: MotionView) => void;
  submitLabel?: string;
  submitTestId?: string;
  danger?: boolean;
  disabled?: boolean;
}

/** The sitting's values as the API takes them. */
function sittingOf(values: SittingValues): SittingInput {
  if (values.mode === 'remote') return { mode: 'remote', closesOn: values.closesOn ?? '' };
  return {
    mode: 'inPerson',
    heldOn: values.heldOn ?? undefined,
    attendance: values.attendance,
    votes: values.attendance.map((personId) => ({
      personId,
      choice: values.votes?.[personId] ?? 'yes',
    })),
  };
}

/**
 * Puts a proposal to the committee (seed 002: the committee acts by member vote; its chair
 * alone adopts nothing). 网上表决: members vote on their phones until a day, the tabler's own
 * vote is yes. 会议表决: the members present and each one's vote, recorded by name; it is
 * decided at once, and refused when too few are present.
 */
export function SittingForm({
  villageId,
  members,
  today,
  proposal,
  outer,
  onTabled,
  submitLabel,
  submitTestId = 'sitting-submit',
  danger,
  disabled,
}: SittingFormProps) {
  const t = useT();
  const [form] = Form.useForm<SittingValues>();
  const mode = Form.useWatch('mode', form) ?? 'inPerson';
  const attendance = Form.useWatch('attendance', form) ?? [];
  const { busy, error, unmatched, submit } = useTabling(villageId, form, proposal, outer, onTabled);

  return (
    <div className="sitting-form" data-testid="sitting-form">
      <Form<SittingValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          mode: 'inPerson',
          closesOn: dayjs(today).add(REMOTE_DAYS, 'day').format('YYYY-MM-DD'),
          heldOn: today,
          attendance: members.map((m) => m.personId),
          votes: Object.fromEntries(members.map((m) => [m.personId, 'yes'])),
        }}
      >
        <Form.Item name="mode" label={t('supervision.sitting.mode')}>
          <Radio.Group data-testid="sitting-mode">
            {(['inPerson', 'remote'] as const).map((m) => (
              <Radio.Button key={m} value={m}>
                <span data-testid={`sitting-mode-${m}`}>{t(`supervision.sitting.mode.${m}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Typography.Paragraph type="secondary">
          {t(`supervision.sitting.mode.${mode}.hint`)}
        </Typography.Paragraph>
        {mode === 'remote' ? (
          <Form.Item
            name="closesOn"
            label={t('supervision.sitting.closesOn')}
            rules={[{ required: true }]}
          >
            <DateInput testId="sitting-closes-on" />
          </Form.Item>
        ) : (
          <InPersonFields members={members} attendance={attendance} />
        )}
      </Form>
      {error instanceof ApiError && error.fields.length > 0 ? (
        <ErrorAlert error={error} unmatched={unmatched} testId="sitting-refused" />
      ) : (
        <RefusalAlert error={error} testId="sitting-refused" />
      )}
      <Flex justify="flex-end">
        <Button
          type="primary"
          danger={danger}
          loading={busy}
          disabled={disabled}
          onClick={() => void submit()}
          data-testid={submitTestId}
        >
          {submitLabel ?? t('supervision.sitting.submit')}
        </Button>
      </Flex>
    </div>
  );
}

/**
 * Sends the proposal and the sitting; a refusal's field errors go on the fields that show
 * them — the proposal's on the form around, the sitting's on this one — and the rest to
 * the alert.
 */
function useTabling(
  villageId: string,
  form: FormInstance<SittingValues>,
  proposal: () => Promise<Proposal | null>,
  outer: FormInstance | undefined,
  onTabled: (motion: MotionView) => void,
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const submit = async () => {
    let values: SittingValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const p = await proposal();
    if (!p) return;
    setBusy(true);
    setError(null);
    setUnmatched([]);
    try {
      const answer = await api<MotionAnswer>(`${supervisionPath(villageId)}/motions`, {
        method: 'POST',
        body: {
          proposal: p,
          sitting: sittingOf({ ...(form.getFieldsValue(true) as SittingValues), ...values }),
        },
      });
      onTabled(answer.motion);
    } catch (cause) {
      setError(cause);
      const onProposal = outer
        ? applyFieldErrors(outer, fieldsUnder(cause, 'proposal'))
        : (fieldsUnder(cause, 'proposal')?.fields ?? []);
      const onSitting = applyFieldErrors(form, fieldsUnder(cause, 'sitting'));
      setUnmatched([
        ...onProposal.map((f) => ({ ...f, field: `proposal.${f.field}` })),
        ...onSitting.map((f) => ({ ...f, field: `sitting.${f.field}` })),
        ...fieldsOutside(cause, ['proposal', 'sitting']),
      ]);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, unmatched, submit };
}

/** Who came, and each one's vote as they gave it at the table. */
function InPersonFields({
  members,
  attendance,
}: {
  members: readonly Member[];
  attendance: string[];
}) {
  const t = useT();
  const present = new Set(attendance);
  return (
    <>
      <Form.Item name="heldOn" label={t('supervision.sitting.heldOn')}>
        <DateInput notAfterToday testId="sitting-held-on" />
      </Form.Item>
      <Form.Item
        name="attendance"
        label={t('supervision.sitting.attendance', {
          present: present.size,
          members: members.length,
        })}
      >
        <Checkbox.Group className="sitting-members">
          <Flex vertical gap={6}>
            {members.map((m) => (
              <Flex key={m.personId} gap={12} align="center" wrap>
                <Checkbox value={m.personId} data-testid={`sitting-member-present-${m.personId}`}>
                  {m.name}
                  {m.chair ? `（${t('supervision.member.chair')}）` : ''}
                </Checkbox>
              </Flex>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      {attendance.length > 0 && (
        <Form.Item label={t('supervision.sitting.votes')}>
          <Flex vertical gap={6}>
            {members
              .filter((m) => present.has(m.personId))
              .map((m) => (
                <Flex key={m.personId} gap={12} align="center" wrap>
                  <span className="sitting-voter">{m.name}</span>
                  <Form.Item name={['votes', m.personId]} noStyle>
                    <Radio.Group
                      optionType="button"
                      size="small"
                      data-testid={`sitting-vote-${m.personId}`}
                    >
                      {CHOICES.map((c) => (
                        <Radio.Button key={c} value={c}>
                          <span data-testid={`sitting-vote-${m.personId}-${c}`}>
                            {t(`supervision.vote.${c}`)}
                          </span>
                        </Radio.Button>
                      ))}
                    </Radio.Group>
                  </Form.Item>
                </Flex>
              ))}
          </Flex>
        </Form.Item>
      )}
    </>
  );
}
