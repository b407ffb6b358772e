import { useState } from 'react';
import { App, Form } from 'antd';
import { api, type FieldError } from '../../api/client.ts';
import type { HouseholdDetail } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { applyFieldErrors, ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from './FormDrawer.tsx';
import { HouseholdFields } from './HouseholdFields.tsx';

interface EditHouseholdDrawerProps {
  household: HouseholdDetail['household'];
  onClose: () => void;
  onSaved: () => void;
}

type Values = Pick<
  HouseholdDetail['household'],
  'number' | 'villagerGroupId' | 'gridId' | 'address'
>;

export default function EditHouseholdDrawer({
  household,
  onClose,
  onSaved,
}: EditHouseholdDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const { villageId } = useVillage();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const changes: Record<string, unknown> = { version: household.version };
      for (const key of ['number', 'villagerGroupId', 'gridId', 'address'] as const) {
        const after =
          typeof values[key] === 'string' ? values[key].trim() || null : (values[key] ?? null);
        if (after !== (household[key] ?? null)) changes[key] = after;
      }
      await api(`/api/villages/${villageId}/households/${household.id}`, {
        method: 'PATCH',
        body: changes,
      });
      void message.success(t('app.saved'));
      onSaved();
    } catch (cause) {
      setError(cause);
      setUnmatched(applyFieldErrors(form, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDrawer
      title={t('household.edit')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => form.submit()}
      testId="household-edit-form"
    >
      <ErrorAlert error={error} unmatched={unmatched} testId="form-error" />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={household}
        onFinish={(v) => void submit(v)}
      >
        <HouseholdFields villageId={villageId} columns={false} />
      </Form>
    </FormDrawer>
  );
}
