import { Form, Input, Modal, Typography } from 'antd';
import { ADMISSION_LISTS, type AdmissionList } from '@cunzhi/core/workAdmission/admission';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { ADMISSION_API, type ListVersion, type PublishInput } from './api.ts';

type Values = Omit<PublishInput, AdmissionList> & Record<AdmissionList, string>;

/** The county publishes a new version: a title, its document number, a date, one item a line. */
export default function PublishModal({
  countyId,
  latest,
  onClose,
  onPublished,
}: {
  countyId: string;
  /** The latest version, whose lists the form starts from (a new version usually amends it). */
  latest: ListVersion | null;
  onClose: () => void;
  onPublished: (version: ListVersion) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const lines = (list: AdmissionList) =>
    (latest?.items ?? [])
      .filter((i) => i.list === list)
      .map((i) => i.text)
      .join('\n');
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const split = (text: string | undefined) =>
      (text ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const body: PublishInput = {
      countyId,
      title: values.title,
      documentNo: values.documentNo,
      effectiveOn: values.effectiveOn,
      selfGovernance: split(values.selfGovernance),
      governmentAssistance: split(values.governmentAssistance),
      burdenReduction: split(values.burdenReduction),
    };
    const res = await api<{ version: ListVersion }>(`${ADMISSION_API}/lists`, {
      method: 'POST',
      body,
    });
    onPublished(res.version);
  });
  return (
    <Modal
      open
      title={t('workAdmission.publish')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'publish-submit' }}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('workAdmission.publish.hint')}
      </Typography.Paragraph>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: latest?.title ?? t('workAdmission.publish.title.default'),
          documentNo: '',
          ...Object.fromEntries(ADMISSION_LISTS.map((l) => [l, lines(l)])),
        }}
      >
        <Form.Item
          name="title"
          label={t('workAdmission.publish.title')}
          rules={[{ required: true }]}
        >
          <Input maxLength={100} data-testid="publish-title" />
        </Form.Item>
        <Form.Item name="documentNo" label={t('workAdmission.publish.documentNo')}>
          <Input maxLength={40} data-testid="publish-document-no" />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label={t('workAdmission.publish.effectiveOn')}
          rules={[{ required: true }]}
        >
          <DateInput testId="publish-effective-on" />
        </Form.Item>
        {ADMISSION_LISTS.map((list) => (
          <Form.Item
            key={list}
            name={list}
            label={t(`workAdmission.list.${list}`)}
            extra={t('workAdmission.publish.lines')}
            rules={[{ required: true }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 12 }}
              data-testid={`publish-${list}`}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
