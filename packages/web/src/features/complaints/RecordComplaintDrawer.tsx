import { useState } from 'react';
import { Alert, Form, Input, Radio, Select, Switch, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { CadresResponse, ComplaintReceipt, RecordComplaintInput } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { COMPLAINT_HANDLERS } from '@cunzhi/core/complaints/complaints';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';

interface Props {
  villageId: string;
  onClose: () => void;
}

type Values = Omit<RecordComplaintInput, 'receivedOn'> & { receivedOn?: string | null };

/**
 * A supervision member records a complaint received in person or on paper, and may class and
 * hand it on at once. The answer's 查询码 is shown once, for the complainant's receipt.
 */
export default function RecordComplaintDrawer({ villageId, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const anonymous = Form.useWatch('anonymous', form) ?? false;
  const cls = Form.useWatch('class', form);
  const concerns = Form.useWatch('concernsPersonIds', form) ?? [];
  const cadres = useApi<CadresResponse>(`/api/villages/${villageId}/complaint-cadres`);
  const [receipt, setReceipt] = useState<ComplaintReceipt | null>(null);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body: RecordComplaintInput = {
      ...values,
      receivedOn: values.receivedOn ?? undefined,
      concernsPersonIds: values.concernsPersonIds ?? [],
    };
    setReceipt(
      await api<ComplaintReceipt>(`/api/villages/${villageId}/complaints`, {
        method: 'POST',
        body,
      }),
    );
  });
  if (receipt)
    return (
      <FormDrawer
        title={t('complaints.record')}
        busy={false}
        onClose={onClose}
        onSubmit={onClose}
        testId="complaint-receipt"
      >
        <Alert
          type="success"
          showIcon
          message={t('complaints.receipt.title', { number: receipt.number })}
          description={
            <>
              <Typography.Paragraph
                copyable={{ text: receipt.trackingCode }}
                strong
                data-testid="complaint-tracking-code"
              >
                {t('complaints.receipt.code', { code: receipt.trackingCode })}
              </Typography.Paragraph>
              <Typography.Paragraph>{t('complaints.receipt.hint')}</Typography.Paragraph>
              {receipt.routed === 'discipline' && (
                <Typography.Paragraph type="warning">
                  {t('complaints.receipt.referred')}
                </Typography.Paragraph>
              )}
            </>
          }
        />
      </FormDrawer>
    );
  return (
    <FormDrawer
      title={t('complaints.record')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="complaint-record-drawer"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ channel: 'paper', anonymous: false }}
      >
        <Form.Item name="channel" label={t('complaints.channel')}>
          <Radio.Group
            options={(['paper', 'member'] as const).map((c) => ({
              value: c,
              label: t(`complaints.channel.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="anonymous" label={t('complaints.anonymous')} valuePropName="checked">
          <Switch data-testid="complaint-anonymous" />
        </Form.Item>
        {!anonymous && (
          <>
            <Form.Item
              name="complainantName"
              label={t('complaints.complainantName')}
              rules={[{ required: true }]}
            >
              <Input maxLength={50} data-testid="complaint-name" />
            </Form.Item>
            <Form.Item name="complainantPhone" label={t('complaints.complainantPhone')}>
              <Input inputMode="tel" maxLength={20} data-testid="complaint-phone" />
            </Form.Item>
          </>
        )}
        <Form.Item name="subject" label={t('complaints.subject')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="complaint-subject" />
        </Form.Item>
        <Form.Item name="body" label={t('complaints.body')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 3 }} data-testid="complaint-body" />
        </Form.Item>
        <Form.Item
          name="concernsPersonIds"
          label={t('complaints.concerns')}
          extra={t('complaints.concerns.hint')}
        >
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            data-testid="complaint-concerns"
            options={(cadres.data?.items ?? []).map((c) => ({
              value: c.personId,
              label: `${c.name}（${c.seats.map((s) => t.pick(s)).join('、')}）`,
            }))}
          />
        </Form.Item>
        {concerns.length === 0 && (
          <Form.Item name="class" label={t('complaints.class')}>
            <Radio.Group
              data-testid="complaint-class"
              options={(['affairs', 'discipline'] as const).map((c) => ({
                value: c,
                label: t(`complaints.class.${c}`),
              }))}
            />
          </Form.Item>
        )}
        {concerns.length === 0 && cls === 'affairs' && (
          <Form.Item name="handler" label={t('complaints.handler')} rules={[{ required: true }]}>
            <Select
              data-testid="complaint-handler"
              options={COMPLAINT_HANDLERS.map((h) => ({
                value: h,
                label: t.pick(BODY_KIND_INFO[h]),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="receivedOn" label={t('complaints.receivedOn')}>
          <DateInput notAfterToday testId="complaint-received-on" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
