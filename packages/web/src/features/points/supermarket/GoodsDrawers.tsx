import { Button, Drawer, Form, Input, InputNumber, Select, Typography } from 'antd';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { DataList, type Column } from '../../../components/DataList.tsx';
import {
  STOCK_SOURCES,
  supermarketApi,
  type CountInput,
  type Goods,
  type GoodsInput,
  type ReceiveInput,
  type StockMove,
  type StockMovesResponse,
} from './api.ts';

export type GoodsAction = 'edit' | 'receive' | 'count' | 'moves';

interface Props {
  villageId: string;
  /** null: a new item. */
  goods: Goods | null;
  action: GoodsAction;
  onClose: (changed: boolean) => void;
}

/** The keeper's drawers on one item: put on the shelf or edit, receive stock, count it, its log. */
export default function GoodsDrawer({ villageId, goods, action, onClose }: Props) {
  const t = useT();
  const title = {
    edit: goods ? t('supermarket.goods.edit') : t('supermarket.goods.add'),
    receive: t('supermarket.receive'),
    count: t('supermarket.count'),
    moves: t('supermarket.moves'),
  }[action];
  return (
    <Drawer
      open
      onClose={() => onClose(false)}
      title={goods ? `${title} · ${goods.name}` : title}
      size={action === 'moves' ? 640 : 480}
      destroyOnHidden
    >
      {action === 'edit' && <EditForm villageId={villageId} goods={goods} onDone={onClose} />}
      {action === 'receive' && goods && (
        <ReceiveForm villageId={villageId} goods={goods} onDone={onClose} />
      )}
      {action === 'count' && goods && (
        <CountForm villageId={villageId} goods={goods} onDone={onClose} />
      )}
      {action === 'moves' && goods && <Moves villageId={villageId} goods={goods} />}
    </Drawer>
  );
}

type Done = (changed: boolean) => void;

/** A stock form's submit: POST the values to the item's `verb`, then close as changed. */
function useStockSubmit<V>(
  villageId: string,
  goods: Goods,
  verb: 'received' | 'counted',
  onDone: Done,
) {
  const [form] = Form.useForm<V>();
  const submitted = useFormSubmit(form, async (values) => {
    await api(`${supermarketApi(villageId)}/goods/${goods.id}/${verb}`, {
      method: 'POST',
      body: values,
    });
    onDone(true);
  });
  return { form, ...submitted };
}

function EditForm({
  villageId,
  goods,
  onDone,
}: {
  villageId: string;
  goods: Goods | null;
  onDone: Done;
}) {
  const t = useT();
  const [form] = Form.useForm<GoodsInput>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const base = `${supermarketApi(villageId)}/goods`;
    await api(goods ? `${base}/${goods.id}` : base, {
      method: goods ? 'PATCH' : 'POST',
      body: values,
    });
    onDone(true);
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={goods ? { name: goods.name, unit: goods.unit, price: goods.price } : {}}
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form.Item name="name" label={t('supermarket.goods.name')} rules={[{ required: true }]}>
        <Input maxLength={60} data-testid="goods-name" />
      </Form.Item>
      <Form.Item name="unit" label={t('supermarket.goods.unit')} rules={[{ required: true }]}>
        <Input maxLength={8} data-testid="goods-unit" />
      </Form.Item>
      <Form.Item name="price" label={t('supermarket.goods.price')} rules={[{ required: true }]}>
        <InputNumber min={1} max={100000} precision={0} data-testid="goods-price" />
      </Form.Item>
      <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="goods-save">
        {t('supermarket.save')}
      </Button>
    </Form>
  );
}

function ReceiveForm({
  villageId,
  goods,
  onDone,
}: {
  villageId: string;
  goods: Goods;
  onDone: Done;
}) {
  const t = useT();
  const { form, busy, error, unmatched, submit } = useStockSubmit<ReceiveInput>(
    villageId,
    goods,
    'received',
    onDone,
  );
  return (
    <Form form={form} layout="vertical" initialValues={{ source: 'purchased' }}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form.Item
        name="quantity"
        label={t('supermarket.receive.quantity')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} precision={0} addonAfter={goods.unit} data-testid="receive-quantity" />
      </Form.Item>
      <Form.Item name="source" label={t('supermarket.receive.source')} rules={[{ required: true }]}>
        <Select
          data-testid="receive-source"
          options={STOCK_SOURCES.map((s) => ({ value: s, label: t(`supermarket.source.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('supermarket.receive.note')} rules={[{ required: true }]}>
        <Input maxLength={500} data-testid="receive-note" />
      </Form.Item>
      <Button
        type="primary"
        loading={busy}
        onClick={() => void submit()}
        data-testid="receive-save"
      >
        {t('supermarket.save')}
      </Button>
    </Form>
  );
}

function CountForm({
  villageId,
  goods,
  onDone,
}: {
  villageId: string;
  goods: Goods;
  onDone: Done;
}) {
  const t = useT();
  const { form, busy, error, unmatched, submit } = useStockSubmit<CountInput>(
    villageId,
    goods,
    'counted',
    onDone,
  );
  return (
    <Form form={form} layout="vertical" initialValues={{ counted: goods.stock }}>
      <Typography.Paragraph type="secondary">
        {t('supermarket.count.expected', { stock: goods.stock, unit: goods.unit })}
      </Typography.Paragraph>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form.Item name="counted" label={t('supermarket.count.counted')} rules={[{ required: true }]}>
        <InputNumber min={0} precision={0} addonAfter={goods.unit} data-testid="count-counted" />
      </Form.Item>
      <Form.Item name="note" label={t('supermarket.count.note')}>
        <Input maxLength={500} data-testid="count-note" />
      </Form.Item>
      <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="count-save">
        {t('supermarket.save')}
      </Button>
    </Form>
  );
}

function Moves({ villageId, goods }: { villageId: string; goods: Goods }) {
  const t = useT();
  const log = useApi<StockMovesResponse>(`${supermarketApi(villageId)}/goods/${goods.id}/moves`);
  if (log.error) return <ErrorAlert error={log.error} />;
  const columns: Column<StockMove>[] = [
    { key: 'at', title: t('supermarket.move.at'), render: (m) => t.dateTime(m.recordedAt) },
    {
      key: 'kind',
      title: t('supermarket.move.change'),
      primary: true,
      render: (m) =>
        `${t(`supermarket.move.${m.kind}`)} ${m.change > 0 ? '+' : ''}${m.change}${
          m.counted === null
            ? ''
            : `（${t('supermarket.move.counted.text', { counted: m.counted })}）`
        }`,
    },
    {
      key: 'note',
      title: t('supermarket.receive.source'),
      render: (m) =>
        [m.source ? t(`supermarket.source.${m.source}`) : null, m.note || null]
          .filter(Boolean)
          .join('：'),
    },
    { key: 'by', title: t('supermarket.move.by'), render: (m) => m.recordedByName },
  ];
  return (
    <DataList
      rows={log.data?.moves ?? []}
      rowKey={(m) => m.id}
      columns={columns}
      testId="stock-moves"
      empty="—"
    />
  );
}
