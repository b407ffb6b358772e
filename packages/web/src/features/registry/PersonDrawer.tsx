import { useState } from 'react';
import { App, Form } from 'antd';
import { api, type FieldError } from '../../api/client.ts';
import type { PersonView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { applyFieldErrors, ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from './FormDrawer.tsx';
import { PersonFields, toPersonInput } from './PersonFields.tsx';

type PersonDrawerProps = { onClose: () => void; onSaved: () => void } & (
  { mode: 'add'; householdId: string } | { mode: 'edit'; person: PersonView }
);

const EDITABLE = [
  'name',
  'gender',
  'birthDate',
  'residentIdNumber',
  'phone',
  'relationToHead',
  'residenceStatus',
  'residenceSince',
  'partyMember',
  'partyJoinedOn',
] as const;

/** Add a member to a household, or edit a person (only changed fields are sent, with the version read). */
export default function PersonDrawer(props: PersonDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const { villageId } = useVillage();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const original = props.mode === 'edit' ? props.person : null;
  const maskedId = original?.residentIdMasked ? (original.residentIdNumber ?? null) : null;

  const initialValues: Record<string, unknown> = original
    ? Object.fromEntries(EDITABLE.map((key) => [key, original[key] ?? undefined]))
    : { residenceStatus: 'resident', partyMember: false };

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      const input = toPersonInput(values);
      if (props.mode === 'add') {
        await api(`/api/villages/${villageId}/households/${props.householdId}/persons`, {
          method: 'POST',
          body: input,
        });
        void message.success(t('person.added', { name: String(input.name) }));
      } else {
        const changes: Record<string, unknown> = { version: props.person.version };
        for (const key of EDITABLE) {
          const before = props.person[key] ?? null;
          const after = input[key] ?? null;
          if (key === 'residentIdNumber' && maskedId !== null && after === maskedId) continue;
          if (before !== after) changes[key] = after;
        }
        await api(`/api/villages/${villageId}/persons/${props.person.id}`, {
          method: 'PATCH',
          body: changes,
        });
        void message.success(t('app.saved'));
      }
      props.onSaved();
    } catch (cause) {
      setError(cause);
      setUnmatched(applyFieldErrors(form, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDrawer
      title={original ? t('person.edit.title', { name: original.name }) : t('person.add.title')}
      busy={busy}
      onClose={props.onClose}
      onSubmit={() => form.submit()}
      testId="person-form"
    >
      <ErrorAlert error={error} unmatched={unmatched} testId="form-error" />
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        <PersonFields
          isHead={original?.relationToHead === 'head'}
          maskedId={maskedId}
          idFieldsLocked={original !== null && original.birthDate === null}
        />
      </Form>
    </FormDrawer>
  );
}
