import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Flex, Input, Popconfirm, Space, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined, ShoppingCartOutlined, UploadOutlined } from '@ant-design/icons';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { DataList, type Column } from '../../../components/DataList.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import {
  supermarketApi,
  type Goods,
  type Redemption,
  type RedemptionState,
  type SupermarketResponse,
} from './api.ts';
import type { GoodsAction } from './GoodsDrawers.tsx';

const GoodsDrawer = lazy(() => import('./GoodsDrawers.tsx'));
const CounterDrawer = lazy(() => import('./CounterDrawer.tsx'));

const COLOURS: Record<RedemptionState, string> = {
  ordered: 'blue',
  handedOver: 'green',
  cancelled: 'default',
};

/** 积分超市 in the console: the goods and their stock, the counter, the redemption log. */
export default function SupermarketPage() {
  const t = useT();
  const { villageId } = useVillage();
  const shop = useApi<SupermarketResponse>(supermarketApi(villageId));
  const [tab, setTab] = useState('goods');
  const [drawer, setDrawer] = useState<{ goods: Goods | null; action: GoodsAction } | null>(null);
  const [counter, setCounter] = useState(false);
  if (shop.error && !shop.data) return <ErrorAlert error={shop.error} />;
  if (!shop.data) return <PageLoading />;
  const { abilities, goods, redemptions } = shop.data;
  const keeps = abilities.keepPointsSupermarket;
  return (
    <div className="page" data-testid="supermarket-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('supermarket.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('supermarket.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {keeps && (
            <Button
              type="primary"
              icon={<ShoppingCartOutlined />}
              onClick={() => setCounter(true)}
              data-testid="supermarket-counter"
            >
              {t('supermarket.counter')}
            </Button>
          )}
          {keeps && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ goods: null, action: 'edit' })}
              data-testid="goods-add"
            >
              {t('supermarket.goods.add')}
            </Button>
          )}
          {abilities.importPointsLedger && (
            <Link to={`/v/${villageId}/points/import`}>
              <Button icon={<UploadOutlined />} data-testid="supermarket-import">
                {t('supermarket.import')}
              </Button>
            </Link>
          )}
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'goods', label: t('supermarket.tab.goods') },
          { key: 'redemptions', label: t('supermarket.tab.redemptions') },
        ]}
      />
      {tab === 'goods' ? (
        <GoodsList
          goods={goods}
          keeps={keeps}
          onAct={(g, action) => setDrawer({ goods: g, action })}
        />
      ) : (
        <RedemptionLog
          villageId={villageId}
          rows={redemptions}
          keeps={keeps}
          onChanged={shop.reload}
        />
      )}
      <Suspense fallback={null}>
        {drawer && (
          <GoodsDrawer
            villageId={villageId}
            goods={drawer.goods}
            action={drawer.action}
            onClose={(changed) => {
              setDrawer(null);
              if (changed) shop.reload();
            }}
          />
        )}
        {counter && (
          <CounterDrawer
            villageId={villageId}
            goods={goods}
            onClose={(changed) => {
              setCounter(false);
              if (changed) shop.reload();
            }}
          />
        )}
      </Suspense>
    </div>
  );
}

function GoodsList({
  goods,
  keeps,
  onAct,
}: {
  goods: Goods[];
  keeps: boolean;
  onAct: (g: Goods, action: GoodsAction) => void;
}) {
  const t = useT();
  const columns: Column<Goods>[] = [
    { key: 'name', title: t('supermarket.goods.name'), primary: true, render: (g) => g.name },
    {
      key: 'price',
      title: t('supermarket.goods.price'),
      render: (g) => t('supermarket.priceText', { price: g.price, unit: g.unit }),
    },
    {
      key: 'stock',
      title: t('supermarket.goods.stock'),
      align: 'right',
      render: (g) => (
        <span className="tabular" data-testid="goods-stock">
          {g.stock}
          {g.unit}
        </span>
      ),
    },
    {
      key: 'active',
      title: t('supermarket.goods.active'),
      render: (g) => (g.active ? '' : <Tag>{t('supermarket.goods.off')}</Tag>),
    },
    {
      key: 'acts',
      title: '',
      hideOnPhone: true,
      render: (g) => (
        <Space size={4} wrap>
          {keeps && (
            <>
              <Button size="small" onClick={() => onAct(g, 'receive')} data-testid="goods-receive">
                {t('supermarket.receive')}
              </Button>
              <Button size="small" onClick={() => onAct(g, 'count')} data-testid="goods-count">
                {t('supermarket.count')}
              </Button>
              <Button size="small" onClick={() => onAct(g, 'edit')} data-testid="goods-edit">
                {t('supermarket.goods.edit')}
              </Button>
            </>
          )}
          <Button
            size="small"
            type="link"
            onClick={() => onAct(g, 'moves')}
            data-testid="goods-moves"
          >
            {t('supermarket.moves')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <DataList
      rows={goods}
      rowKey={(g) => g.id}
      columns={columns}
      rowTestId="goods-row"
      testId="goods-list"
      empty={t('supermarket.goods.none')}
    />
  );
}

function RedemptionLog({
  villageId,
  rows,
  keeps,
  onChanged,
}: {
  villageId: string;
  rows: Redemption[];
  keeps: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const act = async (r: Redemption, verb: 'hand-over' | 'cancel') => {
    setError(null);
    try {
      await api(`${supermarketApi(villageId)}/redemptions/${r.id}/${verb}`, {
        method: 'POST',
        body: verb === 'cancel' ? { reason } : {},
      });
      setReason('');
      onChanged();
    } catch (cause) {
      setError(cause);
    }
  };
  const columns: Column<Redemption>[] = [
    { key: 'at', title: t('supermarket.redemption.at'), render: (r) => t.dateTime(r.redeemedAt) },
    {
      key: 'household',
      title: t('supermarket.redemption.household'),
      primary: true,
      render: (r) => `${r.householdNumber} ${r.headName ?? ''}`,
    },
    {
      key: 'goods',
      title: t('supermarket.redemption.goods'),
      render: (r) => `${r.goodsName} × ${r.quantity}${r.unit}`,
    },
    {
      key: 'points',
      title: t('supermarket.redemption.points'),
      align: 'right',
      render: (r) => `−${r.points}`,
    },
    {
      key: 'channel',
      title: t('supermarket.redemption.channel'),
      render: (r) => `${t(`supermarket.redemption.channel.${r.channel}`)} · ${r.redeemedByName}`,
    },
    {
      key: 'state',
      title: t('supermarket.redemption.state'),
      render: (r) => (
        <span title={r.cancelReason ?? undefined}>
          <Tag color={COLOURS[r.state]}>{t(`supermarket.state.${r.state}`)}</Tag>
          {r.cancelReason && <Typography.Text type="secondary">{r.cancelReason}</Typography.Text>}
        </span>
      ),
    },
    {
      key: 'acts',
      title: '',
      render: (r) =>
        keeps && r.state !== 'cancelled' ? (
          <Space size={4}>
            {r.state === 'ordered' && (
              <Button
                size="small"
                onClick={() => void act(r, 'hand-over')}
                data-testid="redemption-hand-over"
              >
                {t('supermarket.handOver')}
              </Button>
            )}
            <Popconfirm
              title={
                <Input
                  maxLength={500}
                  placeholder={t('supermarket.cancel.reason')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  data-testid="redemption-cancel-reason"
                />
              }
              onConfirm={() => void act(r, 'cancel')}
            >
              <Button size="small" danger data-testid="redemption-cancel">
                {t('supermarket.cancel')}
              </Button>
            </Popconfirm>
          </Space>
        ) : null,
    },
  ];
  return (
    <>
      <ErrorAlert error={error} />
      <DataList
        rows={rows}
        rowKey={(r) => r.id}
        columns={columns}
        rowTestId="redemption-row"
        testId="redemption-log"
        empty={t('supermarket.redemption.none')}
      />
    </>
  );
}
