import { useState } from 'react';
import { App, Form, Input, Select } from 'antd';
import { api, type FieldError } from '../api/client.ts';
import type { HouseholdDetail } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';
import { useVillage } from '../app/villageContext.ts';
import { applyFieldErrors, ErrorAlert } from '../components/errors.tsx';
import { FormDrawer } from './FormDrawer.tsx';
import { useGroupsAndGrids } from './useGroupsAndGrids.ts';

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
  const { groups, grids } = useGroupsAndGrids(villageId);
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

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('validate.required', { field }),
  });

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
        <Form.Item
          name="number"
          label={t('household.number')}
          rules={[required(t('household.number')), { max: 30 }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="villagerGroupId"
          label={t('household.villagerGroupId')}
          rules={[required(t('household.villagerGroupId'))]}
        >
          <Select options={groups.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Form.Item name="gridId" label={t('household.gridId')}>
          <Select allowClear options={grids.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('household.address')}
          rules={[required(t('household.address')), { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
