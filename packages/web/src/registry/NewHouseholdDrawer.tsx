import { useState } from 'react';
import { App, Col, Divider, Form, Input, Row, Select } from 'antd';
import { api, type FieldError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { useVillage } from '../app/villageContext.ts';
import { applyFieldErrors, ErrorAlert } from '../components/errors.tsx';
import { FormDrawer } from './FormDrawer.tsx';
import { PersonFields, toPersonInput } from './PersonFields.tsx';
import { useGroupsAndGrids } from './useGroupsAndGrids.ts';

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
  const { groups, grids } = useGroupsAndGrids(villageId);
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

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('validate.required', { field }),
  });

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
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="number"
              label={t('household.number')}
              rules={[required(t('household.number')), { max: 30 }]}
            >
              <Input maxLength={30} data-testid="household-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="villagerGroupId"
              label={t('household.villagerGroupId')}
              rules={[required(t('household.villagerGroupId'))]}
            >
              <Select
                data-testid="household-group"
                options={groups.map((g) => ({ value: g.id, label: g.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="gridId" label={t('household.gridId')}>
              <Select
                allowClear
                data-testid="household-grid"
                options={grids.map((g) => ({ value: g.id, label: g.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="address"
              label={t('household.address')}
              rules={[required(t('household.address')), { max: 200 }]}
            >
              <Input maxLength={200} data-testid="household-address" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('household.head')}</Divider>
        <PersonFields prefix={['head']} isHead testPrefix="head" />
      </Form>
    </FormDrawer>
  );
}
