import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { Button } from '../../../light/Button.tsx';
import { Card, Tag } from '../../../light/Card.tsx';
import { ErrorAlert } from '../../../light/ErrorAlert.tsx';
import { Spinner } from '../../../light/Spinner.tsx';
import {
  shopApi,
  type Goods,
  type Redemption,
  type RedemptionResponse,
  type RedemptionState,
  type ShopResponse,
} from './api.ts';
import './supermarket.css';

const COLOURS: Record<RedemptionState, 'blue' | 'green' | 'default'> = {
  ordered: 'blue',
  handedOver: 'green',
  cancelled: 'default',
};

/**
 * 积分兑换 on the villager's phone (light kit): the household's balance as it counts today, the
 * goods it can redeem (what it cannot afford or what is sold out said so), its redemptions with
 * the ones still waiting at the shop cancellable.
 */
export default function ShopPage() {
  const t = useT();
  const { villageId } = useVillage();
  const base = shopApi(villageId);
  const shop = useApi<ShopResponse>(base);
  const [done, setDone] = useState<Redemption | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (shop.error && !shop.data) return <ErrorAlert error={shop.error} />;
  if (!shop.data) return <Spinner />;
  const { balance, today, goods, redemptions } = shop.data;
  const act = async (call: () => Promise<RedemptionResponse>, show: boolean) => {
    setError(null);
    try {
      const { redemption } = await call();
      setDone(show ? redemption : null);
    } catch (cause) {
      setError(cause);
    }
    shop.reload();
  };
  return (
    <div className="page villager-home" data-testid="shop-page">
      <h1 className="villager-h1">{t('supermarket.shop.title')}</h1>
      <Card className="block-gap">
        <div className="l-secondary">{t('supermarket.shop.balance')}</div>
        <div className="shop-balance" data-testid="shop-balance">
          {balance}
        </div>
        <div className="l-secondary">
          {t('supermarket.shop.balanceHint', { date: t.date(today) })}
        </div>
      </Card>
      {done && (
        <Card className="block-gap" data-testid="shop-done">
          <p role="status">
            {t('supermarket.shop.ordered', { goods: done.goodsName, quantity: done.quantity })}
          </p>
        </Card>
      )}
      <ErrorAlert error={error} />
      <Card className="block-gap" title={<h2>{t('supermarket.shop.goods')}</h2>}>
        <ul className="shop-list" data-testid="shop-goods">
          {goods.map((g) => (
            <GoodsRow
              key={g.id}
              goods={g}
              balance={balance}
              onRedeem={(quantity) =>
                void act(
                  () =>
                    api<RedemptionResponse>(`${base}/redemptions`, {
                      method: 'POST',
                      body: { goodsId: g.id, quantity },
                    }),
                  true,
                )
              }
            />
          ))}
        </ul>
      </Card>
      <Card className="block-gap" title={<h2>{t('supermarket.shop.mine')}</h2>}>
        {redemptions.length === 0 ? (
          <p className="l-secondary">{t('supermarket.shop.none')}</p>
        ) : (
          <ul className="shop-list" data-testid="shop-redemptions">
            {redemptions.map((r) => (
              <li key={r.id} className="shop-item" data-testid="shop-redemption">
                <span>
                  <strong>
                    {r.goodsName} × {r.quantity}
                  </strong>{' '}
                  <span className="l-secondary">
                    −{r.points} · {t.dateTime(r.redeemedAt)}
                  </span>
                </span>
                <span>
                  <Tag color={COLOURS[r.state]}>{t(`supermarket.state.${r.state}`)}</Tag>
                  {r.state === 'ordered' && (
                    <Button
                      kind="link"
                      data-testid="shop-cancel"
                      onClick={() =>
                        void act(
                          () =>
                            api<RedemptionResponse>(`${base}/redemptions/${r.id}/cancel`, {
                              method: 'POST',
                            }),
                          false,
                        )
                      }
                    >
                      {t('supermarket.shop.cancel')}
                    </Button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function GoodsRow({
  goods: g,
  balance,
  onRedeem,
}: {
  goods: Goods;
  balance: number;
  onRedeem: (quantity: number) => void;
}) {
  const t = useT();
  const [quantity, setQuantity] = useState<number | null>(null);
  const affordable = balance >= g.price;
  return (
    <li className="shop-item" data-testid="shop-item">
      <span>
        <strong>{g.name}</strong>{' '}
        <span className="l-secondary">
          {t('supermarket.priceText', { price: g.price, unit: g.unit })} ·{' '}
          {t('supermarket.shop.stock', { stock: g.stock, unit: g.unit })}
        </span>
      </span>
      {g.stock === 0 ? (
        <Tag>{t('supermarket.shop.soldOut')}</Tag>
      ) : !affordable ? (
        <Tag>{t('supermarket.shop.short')}</Tag>
      ) : quantity === null ? (
        <Button onClick={() => setQuantity(1)} data-testid="shop-redeem">
          {t('supermarket.shop.redeem')}
        </Button>
      ) : (
        <span>
          <input
            className="l-input shop-quantity"
            type="number"
            min={1}
            max={Math.min(g.stock, 99)}
            value={quantity}
            aria-label={t('supermarket.counter.quantity')}
            onChange={(e) => setQuantity(Math.max(1, Math.floor(Number(e.target.value) || 1)))}
            data-testid="shop-quantity"
          />{' '}
          <Button
            kind="primary"
            onClick={() => {
              onRedeem(quantity);
              setQuantity(null);
            }}
            data-testid="shop-confirm"
          >
            {t('supermarket.shop.confirm', { cost: g.price * quantity })}
          </Button>
        </span>
      )}
    </li>
  );
}
