import { App, Alert, AutoComplete, Button, Drawer, Form, Input, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { financeBase, type ChartResponse, type VoucherBooked } from './api.ts';
import { fenOf, yuanText } from './money.ts';

interface LineValues {
  accountCode: string;
  debit?: string;
  credit?: string;
  counterparty?: string;
}
interface Values {
  on: string;
  summary: string;
  lines: LineValues[];
}

/** 编制记账凭证: a date, a summary and balanced lines; amounts typed in yuan, sent as fen. */
export function BookVoucherDrawer({
  onClose,
  onBooked,
}: {
  onClose: () => void;
  onBooked: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { villageId } = useVillage();
  const base = financeBase(villageId);
  const chart = useApi<ChartResponse>(`${base}/accounts`);
  const [form] = Form.useForm<Values>();
  const lines = Form.useWatch('lines', form) ?? [];
  const debit = lines.reduce((s, l) => s + (fenOf(l?.debit) ?? 0), 0);
  const credit = lines.reduce((s, l) => s + (fenOf(l?.credit) ?? 0), 0);
  const options = (chart.data?.accounts ?? [])
    .filter((a) => a.postable)
    .map((a) => ({ value: a.code, label: `${a.code} ${t.pick(a.name)}` }));
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const booked = await api<VoucherBooked>(`${base}/vouchers`, {
      method: 'POST',
      body: {
        on: values.on,
        summary: values.summary ?? '',
        lines: (values.lines ?? []).map((l) => ({
          accountCode: (l.accountCode ?? '').trim(),
          debitFen: fenOf(l.debit) ?? -1,
          creditFen: fenOf(l.credit) ?? -1,
          ...(l.counterparty ? { counterparty: l.counterparty } : {}),
        })),
      },
    });
    void message.success(t('finance.form.booked', { number: booked.number }));
    onBooked();
  });
  return (
    <Drawer
      open
      size={760}
      onClose={onClose}
      title={t('finance.form.title')}
      data-testid="finance-book-form"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          on: todayIso(),
          summary: '',
          lines: [{ accountCode: '' }, { accountCode: '' }],
        }}
      >
        <Form.Item name="on" label={t('finance.form.on')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="summary" label={t('finance.form.summary')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'accountCode']} label={t('finance.col.account')}>
                    <AutoComplete options={options} style={{ width: 220 }} filterOption />
                  </Form.Item>
                  <Form.Item name={[field.name, 'debit']} label={t('finance.form.debitYuan')}>
                    <Input style={{ width: 130 }} inputMode="decimal" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'credit']} label={t('finance.form.creditYuan')}>
                    <Input style={{ width: 130 }} inputMode="decimal" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'counterparty']}
                    label={t('finance.col.counterparty')}
                  >
                    <Input style={{ width: 160 }} maxLength={100} />
                  </Form.Item>
                  <MinusCircleOutlined
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 36 }}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ accountCode: '' })}
                className="block-gap"
              >
                {t('finance.form.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Alert
          type={debit === credit && debit > 0 ? 'success' : 'warning'}
          showIcon
          className="block-gap"
          title={`${t('finance.form.totals', { debit: yuanText(debit), credit: yuanText(credit) })}${debit === credit ? '' : `（${t('finance.form.unbalanced')}）`}`}
        />
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="finance-book-submit"
        >
          {t('finance.book')}
        </Button>
      </Form>
    </Drawer>
  );
}
