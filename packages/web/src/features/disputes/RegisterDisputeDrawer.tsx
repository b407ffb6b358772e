import { Button, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { DISPUTE_CATEGORIES } from '@cunzhi/contract/disputes';
import { api } from '../../api/client.ts';
import type { DisputeResponse, RegisterDisputeInput } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { disputesApi } from './parts.tsx';

interface Props {
  villageId: string;
  /** Closed: with the new dispute's id when one was registered. */
  onClose: (id?: string) => void;
}

type Values = Omit<RegisterDisputeInput, 'receivedOn'> & { receivedOn?: string | null };

/**
 * A mediator registers a dispute: brought by a party or taken up by the committee, its kind,
 * what it is about, and the parties (villagers from the register, others by name).
 */
export default function RegisterDisputeDrawer({ villageId, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body: RegisterDisputeInput = {
      ...values,
      parties: values.parties.map((p) => ({
        ...(p.personId ? { personId: p.personId } : { name: p.name ?? '' }),
        ...(p.address ? { address: p.address } : {}),
      })),
      receivedOn: values.receivedOn ?? undefined,
    };
    const res = await api<DisputeResponse>(disputesApi(villageId), { method: 'POST', body });
    onClose(res.dispute.id);
  });
  return (
    <FormDrawer
      title={t('disputes.register')}
      busy={busy}
      onClose={() => onClose()}
      onSubmit={() => void submit()}
      testId="dispute-register-drawer"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ origin: 'application', category: 'neighbour', parties: [{}, {}] }}
      >
        <Form.Item name="origin" label={t('disputes.origin')}>
          <Radio.Group
            options={(['application', 'initiative'] as const).map((o) => ({
              value: o,
              label: t(`disputes.origin.${o}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('disputes.category')}>
          <Select
            data-testid="dispute-category"
            options={DISPUTE_CATEGORIES.map((c) => ({
              value: c,
              label: t(`disputes.category.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="subject" label={t('disputes.subject')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="dispute-subject" />
        </Form.Item>
        <Form.Item name="facts" label={t('disputes.facts')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 3 }} data-testid="dispute-facts" />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('disputes.party.hint')}</Typography.Paragraph>
        <Form.List name="parties">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" wrap data-testid="dispute-party">
                  <Form.Item name={[field.name, 'personId']} label={t('disputes.party.person')}>
                    <PersonSelect villageId={villageId} testId={`dispute-party-${i}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} label={t('disputes.party.name')}>
                    <Input maxLength={50} data-testid={`dispute-party-${i}-name`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'address']} label={t('disputes.party.address')}>
                    <Input maxLength={100} />
                  </Form.Item>
                  {fields.length > 2 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('disputes.party.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({})}
                data-testid="dispute-party-add"
              >
                {t('disputes.party.add')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="receivedOn" label={t('disputes.receivedOn')} extra={t('disputes.on.hint')}>
          <DateInput notAfterToday testId="dispute-received-on" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
