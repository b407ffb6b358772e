import { Button, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { PETITION_FORMS } from '@cunzhi/core/petitions/petitions';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/petitions';
import { petitionsApi, type PetitionResponse, type RegisterPetitionInput } from './api.ts';

interface Props {
  villageId: string;
  onClose: () => void;
  onDone: (petitionId: string) => void;
}

type Values = Omit<RegisterPetitionInput, 'receivedOn'> & { receivedOn?: string | null };
type Earlier = ResponseOf<typeof contract.earlierPetitions>;

/**
 * A cadre registers a petition in the petitioner's real name (a group visit: its representatives,
 * at most 5), and forwards it to the town's petition office at once unless told not to. The
 * petitioner's earlier petitions are found by ID number, to name one raising the same facts.
 */
export default function RegisterPetitionDrawer({ villageId, onClose, onDone }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('form', form) ?? 'visit';
  const firstId = (Form.useWatch(['people', 0, 'idNumber'], form) ?? '').trim();
  const earlier = useApi<Earlier>(
    firstId.length === 18
      ? `${petitionsApi(villageId)}/earlier?idNumber=${encodeURIComponent(firstId)}`
      : null,
  );
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body: RegisterPetitionInput = { ...values, receivedOn: values.receivedOn ?? undefined };
    const res = await api<PetitionResponse>(petitionsApi(villageId), { method: 'POST', body });
    onDone(res.petition.id);
  });
  const group = kind === 'groupVisit';
  return (
    <FormDrawer
      title={t('petitions.register')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="petition-register-drawer"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ form: 'visit', forward: true, people: [{}] }}
      >
        <Form.Item name="form" label={t('petitions.form')}>
          <Radio.Group
            data-testid="petition-form"
            options={PETITION_FORMS.map((f) => ({ value: f, label: t(`petitions.form.${f}`) }))}
          />
        </Form.Item>
        <Form.List name="people">
          {(fields, { add, remove }) => (
            <Form.Item
              label={group ? t('petitions.people.representatives') : t('petitions.people')}
            >
              {fields.map((field, i) => (
                <Space key={field.key} wrap align="baseline" data-testid="petition-person">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true }]}
                    noStyle={false}
                  >
                    <Input
                      placeholder={t('petitions.people.name')}
                      maxLength={50}
                      data-testid={`petition-person-name-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'idNumber']} rules={[{ required: true }]}>
                    <Input
                      placeholder={t('petitions.people.idNumber')}
                      maxLength={18}
                      data-testid={`petition-person-id-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']}>
                    <Input
                      placeholder={t('petitions.people.phone')}
                      inputMode="tel"
                      maxLength={20}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'address']}>
                    <Input placeholder={t('petitions.people.address')} maxLength={200} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('petitions.people.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Space>
              ))}
              {group && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  data-testid="petition-person-add"
                >
                  {t('petitions.people.add')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
        {group && (
          <Form.Item name="participants" label={t('petitions.participants')}>
            <InputNumber min={1} max={10000} data-testid="petition-participants" />
          </Form.Item>
        )}
        <Form.Item name="subject" label={t('petitions.subject')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="petition-subject" />
        </Form.Item>
        <Form.Item name="request" label={t('petitions.request')} rules={[{ required: true }]}>
          <Input.TextArea
            maxLength={4000}
            autoSize={{ minRows: 2 }}
            data-testid="petition-request"
          />
        </Form.Item>
        <Form.Item name="facts" label={t('petitions.facts')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 3 }} data-testid="petition-facts" />
        </Form.Item>
        {(earlier.data?.items.length ?? 0) > 0 && (
          <Form.Item
            name="sameFactsAs"
            label={t('petitions.sameFactsAs')}
            extra={t('petitions.sameFactsAs.hint')}
          >
            <Select
              allowClear
              data-testid="petition-same-facts"
              options={(earlier.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${t('petitions.numberText', { number: p.number })} ${p.subject}（${t(`petitions.status.${p.status}`)}${p.reReviewed ? `，${t('petitions.sameFactsAs.reReviewed')}` : ''}）`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="receivedOn" label={t('petitions.receivedOn')}>
          <DateInput notAfterToday testId="petition-received-on" />
        </Form.Item>
        <Form.Item name="forward" label={t('petitions.forward')} valuePropName="checked">
          <Switch data-testid="petition-forward" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
