import { useState } from 'react';
import { App, Divider, Form } from 'antd';
import { api, type FieldError } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { applyFieldErrors, ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from './FormDrawer.tsx';
import { PersonFields, toPersonInput } from './PersonFields.tsx';
import { HouseholdFields } from './HouseholdFields.tsx';

interface NewHouseholdDrawerProps {
  onClose: () => void;
  onCreated: (householdId: string) => void;
}

interface HouseholdForm {
  number: string;
  villagerGroupId: string;
  gridId?: string;
  address: string;
  head: Record<string, unknown>;
}

/** 新增户: the household and its head, in one request. */
export default function NewHouseholdDrawer({ onClose, onCreated }: NewHouseholdDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const { villageId } = useVillage();
  const [form] = Form.useForm<HouseholdForm>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (values: HouseholdForm) => {
    setBusy(true);
    setError(null);
    try {
      const { household } = await api<{ household: { id: string; number: string } }>(
        `/api/villages/${villageId}/households`,
        {
          method: 'POST',
          body: {
            number: values.number.trim(),
            villagerGroupId: values.villagerGroupId,
            gridId: values.gridId || null,
            address: values.address.trim(),
            head: toPersonInput({ ...values.head, relationToHead: 'head' }),
          },
        },
      );
      void message.success(t('household.created', { number: household.number }));
      onCreated(household.id);
    } catch (cause) {
      setError(cause);
      setUnmatched(applyFieldErrors(form, cause, [[], ['head']]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDrawer
      title={t('household.new.title')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => form.submit()}
      testId="household-form"
    >
      <ErrorAlert error={error} unmatched={unmatched} testId="form-error" />
      <Form<HouseholdForm>
        form={form}
        layout="vertical"
        initialValues={{
          head: { relationToHead: 'head', residenceStatus: 'resident', partyMember: false },
        }}
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        <HouseholdFields villageId={villageId} columns />
        <Divider titlePlacement="start">{t('household.head')}</Divider>
        <PersonFields prefix={['head']} isHead testPrefix="head" />
      </Form>
    </FormDrawer>
  );
}
