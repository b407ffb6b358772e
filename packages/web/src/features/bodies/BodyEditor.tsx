import { useState, type ReactNode } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import {
  BODY_KIND_INFO,
  MEMBER_ROLES,
  MEMBER_ROLE_NAMES,
  type BodyKind,
  type MemberRole,
} from '@cunzhi/core/bodies/bodyKinds';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { BodyMember, BodyView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { applyFieldErrors, ErrorAlert } from '../../components/errors.tsx';

export type BodyEdit =
  | { kind: 'appoint'; body: BodyView }
  | { kind: 'term'; body: BodyView }
  | { kind: 'end'; body: BodyView; member: BodyMember };

interface BodyEditorProps {
  villageId: string;
  edit: BodyEdit;
  onClose: () => void;
  onDone: () => void;
}

/** Refusals of a near relative that the clerk may override with a recorded reason. */
const KIN_RULES = new Set(['VCOL25-KIN-AVOID', 'VCOL-32-SUPERVISOR-ELIG']);
const kinRefusal = (e: unknown) => e instanceof ApiError && KIN_RULES.has(e.rule?.ruleId ?? '');

const DEFAULT_ROLE: Partial<Record<BodyKind, MemberRole>> = {
  representativesMeeting: 'representative',
  convenienceServiceStation: 'staff',
};

/** Appoint a member, end a membership or open a new term, each in a small dialog. */
export default function BodyEditor({ villageId, edit, onClose, onDone }: BodyEditorProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string>>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const { body } = edit;
  const bodyPath = `/api/villages/${villageId}/bodies/${body.id}`;
  const termYears = BODY_KIND_INFO[body.kind]?.termYears ?? null;

  const send = async (path: string, payload: Record<string, unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await api(path, { method: 'POST', body: payload });
      void message.success(done);
      onDone();
    } catch (cause) {
      setError(cause);
      setUnmatched(applyFieldErrors(form, cause));
    } finally {
      setBusy(false);
    }
  };

  const required = (field: string) => [
    { required: true, message: t('validate.required', { field }) },
  ];

  let title: string;
  let fields: ReactNode;
  let initialValues: Record<string, string>;
  let submit: (values: Record<string, string>) => Promise<void>;

  switch (edit.kind) {
    case 'appoint':
      title = t('appoint.title', { body: body.name });
      initialValues = { role: DEFAULT_ROLE[body.kind] ?? 'member', startsOn: todayIso() };
      fields = (
        <>
          <Form.Item
            name="personId"
            label={t('appoint.person')}
            rules={required(t('appoint.person'))}
          >
            <PersonSelect villageId={villageId} testId="appoint-person" />
          </Form.Item>
          <Form.Item name="role" label={t('appoint.role')} rules={required(t('appoint.role'))}>
            <Select
              data-testid="appoint-role"
              options={MEMBER_ROLES.map((role) => ({
                value: role,
                label: t.pick(MEMBER_ROLE_NAMES[role]),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="startsOn"
            label={t('appoint.startsOn')}
            rules={required(t('appoint.startsOn'))}
          >
            <DateInput testId="appoint-starts-on" />
          </Form.Item>
          {kinRefusal(error) && (
            // the law keeps near relatives off the body; only a wrong kinship record is a reason
            <Form.Item
              name="kinOverrideReason"
              label={t('appoint.kinOverride')}
              extra={t('appoint.kinOverride.hint')}
            >
              <Input.TextArea rows={2} maxLength={500} data-testid="appoint-kin-override" />
            </Form.Item>
          )}
        </>
      );
      submit = (v) =>
        send(
          `${bodyPath}/members`,
          {
            personId: v.personId,
            role: v.role,
            termId: body.term?.id,
            startsOn: v.startsOn,
            ...(v.kinOverrideReason?.trim()
              ? { kinOverride: { reason: v.kinOverrideReason.trim() } }
              : {}),
          },
          t('appoint.done'),
        );
      break;
    case 'end':
      title = t('home.endMembership.confirm', { name: edit.member.name });
      initialValues = { endedOn: todayIso() };
      fields = (
        <Form.Item
          name="endedOn"
          label={t('endMembership.endedOn')}
          rules={required(t('endMembership.endedOn'))}
        >
          <DateInput testId="end-ended-on" />
        </Form.Item>
      );
      submit = (v) =>
        send(
          `${bodyPath}/members/${edit.member.membershipId}/end`,
          { endedOn: v.endedOn },
          t('endMembership.done'),
        );
      break;
    case 'term': {
      const start = todayIso();
      title = t('term.title', { body: body.name });
      initialValues = {
        startsOn: start,
        endsOn: termYears ? dayjs(start).add(termYears, 'year').format('YYYY-MM-DD') : '',
      };
      fields = (
        <>
          <Form.Item
            name="startsOn"
            label={t('term.startsOn')}
            rules={required(t('term.startsOn'))}
          >
            <DateInput testId="term-starts-on" />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('term.endsOn')}
            extra={termYears ? t('term.endsOn.hint', { years: termYears }) : undefined}
            rules={required(t('term.endsOn'))}
          >
            <DateInput testId="term-ends-on" />
          </Form.Item>
        </>
      );
      submit = (v) =>
        send(`${bodyPath}/terms`, { startsOn: v.startsOn, endsOn: v.endsOn }, t('term.done'));
      break;
    }
  }

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('app.confirm')}
      cancelText={t('app.cancel')}
      confirmLoading={busy}
      okButtonProps={{ danger: edit.kind === 'end', 'data-testid': 'body-edit-ok' }}
      destroyOnHidden
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
      >
        {fields}
      </Form>
    </Modal>
  );
}
