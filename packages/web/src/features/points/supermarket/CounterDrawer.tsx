import { useState } from 'react';
import { Button, Drawer, Form, InputNumber, Select, Typography } from 'antd';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import {
  supermarketApi,
  type Goods,
  type HouseholdsResponse,
  type RedemptionResponse,
} from './api.ts';

interface CounterForm {
  householdId: string;
  goodsId: string;
  quantity: number;
}

/** The keeper redeems for a household at the counter: its balance shown, the cost counted, handed over at once. */
export default function CounterDrawer({
  villageId,
  goods,
  onClose,
}: {
  villageId: string;
  goods: Goods[];
  onClose: (changed: boolean) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CounterForm>();
  const [query, setQuery] = useState('');
  const found = useApi<HouseholdsResponse>(
    query ? `${supermarketApi(villageId)}/households?q=${encodeURIComponent(query)}` : null,
  );
  const [done, setDone] = useState<string | null>(null);
  const goodsId = Form.useWatch('goodsId', form);
  const quantity = Form.useWatch('quantity', form) ?? 1;
  const chosen = goods.find((g) => g.id === goodsId);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const { redemption: r } = await api<RedemptionResponse>(
      `${supermarketApi(villageId)}/redemptions`,
      { method: 'POST', body: values },
    );
    setDone(
      t('supermarket.counter.done', { goods: r.goodsName, quantity: r.quantity, points: r.points }),
    );
    form.resetFields();
    setQuery('');
  });
  return (
    <Drawer
      open
      onClose={() => onClose(done !== null)}
      title={t('supermarket.counter')}
      size={520}
      destroyOnHidden
    >
      {done && (
        <Typography.Paragraph type="success" data-testid="counter-done">
          {done}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" initialValues={{ quantity: 1 }}>
        <Form.Item
          name="householdId"
          label={t('supermarket.redemption.household')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQuery}
            placeholder={t('supermarket.counter.search')}
            data-testid="counter-household"
            options={(found.data?.households ?? []).map((h) => ({
              value: h.householdId,
              label: `${h.number} ${h.headName ?? ''} · ${t('supermarket.counter.balance', { balance: h.balance })}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="goodsId"
          label={t('supermarket.counter.goods')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="counter-goods"
            options={goods
              .filter((g) => g.active)
              .map((g) => ({
                value: g.id,
                label: `${g.name} · ${t('supermarket.priceText', { price: g.price, unit: g.unit })} · ${t('supermarket.shop.stock', { stock: g.stock, unit: g.unit })}`,
              }))}
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={t('supermarket.counter.quantity')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={99} precision={0} data-testid="counter-quantity" />
        </Form.Item>
        {chosen && (
          <Typography.Paragraph data-testid="counter-cost">
            {t('supermarket.counter.cost', { cost: chosen.price * quantity })}
          </Typography.Paragraph>
        )}
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="counter-redeem"
        >
          {t('supermarket.counter.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
