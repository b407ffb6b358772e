import { Form, Input, Select, Typography } from 'antd';
import { parseYuan, yuanInCapitals } from '@cunzhi/core/money';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { ResolutionsResponse } from '../matters/api.ts';
import type { SpendingAnswer, SpendingInput } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';

interface Props {
  villageId: string;
  onClose: () => void;
  onCreated: (requestId: string) => void;
}

/** Hands in a spending request: the amount and the resolution relied on decide whether it may go ahead. */
export default function NewSpendingDrawer({ villageId, onClose, onCreated }: Props) {
  const t = useT();
  const [form] = Form.useForm<SpendingInput>();
  const amount = parseYuan(Form.useWatch('amount', form) ?? '');
  const resolutions = useApi<ResolutionsResponse>(`/api/villages/${villageId}/resolutions`);
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const answer = await api<SpendingAnswer>(`/api/villages/${villageId}/spending`, {
      method: 'POST',
      // a cleared date or resolution is null in the form: sent as absent (today, none)
      body: {
        ...values,
        on: values.on ?? undefined,
        scheduledOn: values.scheduledOn ?? undefined,
        resolutionId: values.resolutionId ?? undefined,
      },
    });
    onCreated(answer.request.request.id);
  });
  const standing = (resolutions.data?.items ?? []).filter((r) => r.validity.valid);
  return (
    <FormDrawer
      title={t('spending.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="spending-new-drawer"
    >
      <RefusalAlert error={error} testId="spending-refused" />
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="purpose" label={t('spending.purpose')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="spending-purpose" />
        </Form.Item>
        <Form.Item name="payee" label={t('spending.payee')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="spending-payee" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('spending.amount')}
          rules={[{ required: true }]}
          extra={
            'fen' in amount && amount.fen
              ? t('spending.amountCapitals', { capitals: yuanInCapitals(amount.fen) })
              : undefined
          }
        >
          <Input inputMode="decimal" maxLength={40} data-testid="spending-amount" />
        </Form.Item>
        <Form.Item name="resolutionId" label={t('spending.resolution')}>
          <Select
            allowClear
            placeholder={t('spending.resolution.none')}
            data-testid="spending-resolution"
            options={standing.map((r) => ({
              value: r.id,
              label: `${r.numberText} ${r.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="on" label={t('spending.handedInOn')} extra={t('spending.actOn.hint')}>
          <DateInput notAfterToday testId="spending-on" />
        </Form.Item>
        <Form.Item name="scheduledOn" label={t('spending.scheduledOn')}>
          <DateInput testId="spending-scheduled" />
        </Form.Item>
        <Form.Item name="note" label={t('spending.note')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Typography.Text type="secondary">{t('spending.hint')}</Typography.Text>
      </Form>
    </FormDrawer>
  );
}
