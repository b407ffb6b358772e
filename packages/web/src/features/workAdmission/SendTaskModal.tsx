import { Alert, Form, Input, Modal, Select } from 'antd';
import { checkAdmission } from '@cunzhi/core/workAdmission/admission';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import {
  ADMISSION_API,
  type ListVersion,
  type Overview,
  type SendInput,
  type Sent,
} from './api.ts';
import { groundText, VerdictTag } from './parts.tsx';

/** The form's choice for "on no list" (a Select cannot hold null). */
const NONE = 'none';
type Values = Omit<SendInput, 'listItemId'> & { listItemId: string };

/**
 * A town sends a task to some of its villages, naming the list item it relies on; the check's
 * verdict shows as the item is chosen (core's own rule, the same the server applies).
 */
export default function SendTaskModal({
  towns,
  version,
  onClose,
  onSent,
}: {
  towns: Overview['towns'];
  version: ListVersion | null;
  onClose: () => void;
  onSent: (sent: Sent) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const chosen = Form.useWatch('listItemId', form);
  const item = version?.items.find((i) => i.id === chosen) ?? null;
  const check = chosen ? checkAdmission(item) : null;
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body: SendInput = {
      ...values,
      listItemId: values.listItemId === NONE ? null : values.listItemId,
    };
    onSent(await api<Sent>(`${ADMISSION_API}/tasks`, { method: 'POST', body }));
  });
  return (
    <Modal
      open
      title={t('workAdmission.send')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'send-submit' }}
      width={640}
      destroyOnHidden
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="villageIds"
          label={t('workAdmission.send.villages')}
          rules={[{ required: true }]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            data-testid="send-villages"
            options={towns.map((town) => ({
              label: town.name,
              options: town.villages.map((v) => ({ value: v.id, label: v.name })),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="department"
          label={t('workAdmission.send.department')}
          rules={[{ required: true }]}
        >
          <Input maxLength={60} data-testid="send-department" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('workAdmission.send.content')}
          rules={[{ required: true }]}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} data-testid="send-content" />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('workAdmission.send.legalBasis')}
          rules={[{ required: true }]}
        >
          <Input maxLength={300} data-testid="send-legal-basis" />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('workAdmission.send.deadline')}
          rules={[{ required: true }]}
        >
          <DateInput testId="send-deadline" />
        </Form.Item>
        <Form.Item
          name="listItemId"
          label={t('workAdmission.send.item')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="send-item"
            options={[
              ...(['governmentAssistance', 'selfGovernance', 'burdenReduction'] as const).map(
                (list) => ({
                  label: t(`workAdmission.list.${list}`),
                  options: (version?.items ?? [])
                    .filter((i) => i.list === list)
                    .map((i) => ({ value: i.id, label: `${i.seq}. ${i.text}` })),
                }),
              ),
              { value: NONE, label: t('workAdmission.send.item.none') },
            ]}
          />
        </Form.Item>
        {check && version && (
          <Alert
            type={check.verdict === 'admissible' ? 'success' : 'warning'}
            data-testid="send-preview"
            message={
              <span>
                {t('workAdmission.preview')}
                <VerdictTag verdict={check.verdict} t={t} />
                {groundText(t, { ground: check.ground, version: version.number, item })}
              </span>
            }
          />
        )}
      </Form>
    </Modal>
  );
}
