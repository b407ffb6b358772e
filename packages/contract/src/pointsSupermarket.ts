import { z } from 'zod';
import {
  MAX_PRICE_POINTS,
  MAX_REDEEM_QUANTITY,
  MAX_STOCK,
  REDEMPTION_CHANNELS,
  REDEMPTION_STATES,
  STOCK_MOVE_KINDS,
  STOCK_SOURCES,
} from '@cunzhi/core/points/supermarket/redemption';
import {
  DateText,
  ImportParams,
  ImportProgress,
  Instant,
  Text,
  Uuid,
  VillageParams,
} from './common.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * The points supermarket (积分超市): goods with a points price and stock, stock received and
 * counted, redemption at the keeper's counter or on the villager's phone, hand-over and
 * cancelling; and the import of a village's existing points ledger from Excel.
 */

const tag = 'points';
const V = '/api/villages/:villageId/points';

export const RedemptionChannel = z.enum(REDEMPTION_CHANNELS);
export const RedemptionState = z.enum(REDEMPTION_STATES);
export const StockMoveKind = z.enum(STOCK_MOVE_KINDS);
export const StockSource = z.enum(STOCK_SOURCES);

export const GoodsParams = VillageParams.extend({ goodsId: Uuid });
export const RedemptionParams = VillageParams.extend({ redemptionId: Uuid });

export const Goods = z.object({
  id: Uuid,
  name: z.string(),
  unit: z.string(),
  price: z.number(),
  stock: z.number(),
  active: z.boolean(),
});

export const Redemption = z.object({
  id: Uuid,
  householdId: Uuid,
  householdNumber: z.string(),
  headName: z.string().nullable(),
  goodsId: Uuid,
  goodsName: z.string(),
  unit: z.string(),
  quantity: z.number(),
  points: z.number(),
  channel: RedemptionChannel,
  state: RedemptionState,
  redeemedByName: z.string(),
  redeemedAt: Instant,
  handedOverAt: Instant.nullable(),
  cancelledAt: Instant.nullable(),
  cancelReason: z.string().nullable(),
});

export const StockMove = z.object({
  id: Uuid,
  kind: StockMoveKind,
  change: z.number(),
  source: StockSource.nullable(),
  counted: z.number().nullable(),
  note: z.string(),
  recordedByName: z.string(),
  recordedAt: Instant,
});

export const HouseholdBalance = z.object({
  householdId: Uuid,
  number: z.string(),
  headName: z.string().nullable(),
  balance: z.number(),
});

const Name = Text.trim().min(1).max(60);
const Unit = Text.trim().min(1).max(8);
const Price = z.number().int().min(1).max(MAX_PRICE_POINTS);
const Note = Text.trim().max(500);

export const GoodsInput = z.object({ name: Name, unit: Unit, price: Price });
export const GoodsPatch = GoodsInput.partial().extend({ active: z.boolean().optional() });
export const ReceiveBody = z.object({
  quantity: z.number().int().min(1).max(MAX_STOCK),
  source: StockSource,
  note: Note.min(1),
});
export const CountBody = z.object({
  counted: z.number().int().min(0).max(MAX_STOCK),
  note: Note.optional(),
});
const Quantity = z.number().int().min(1).max(MAX_REDEEM_QUANTITY);
export const CounterRedeemBody = z.object({ householdId: Uuid, goodsId: Uuid, quantity: Quantity });
export const OwnRedeemBody = z.object({ goodsId: Uuid, quantity: Quantity });
export const CancelBody = z.object({ reason: Note.optional() });

// ---------------------------------------------------------------- console

export const getSupermarket = route({
  method: 'GET',
  url: `${V}/supermarket`,
  summary: '积分超市：商品、库存与兑换记录 / The points supermarket: goods, stock, redemptions',
  tag,
  params: VillageParams,
  response: z.object({
    goods: z.array(Goods),
    redemptions: z.array(Redemption),
    abilities: VillageAbilities,
  }),
});

export const getStockMoves = route({
  method: 'GET',
  url: `${V}/supermarket/goods/:goodsId/moves`,
  summary: '商品的出入库与盘点记录 / An item’s stock log',
  tag,
  params: GoodsParams,
  response: z.object({ goods: Goods, moves: z.array(StockMove) }),
});

export const createGoods = route({
  method: 'POST',
  url: `${V}/supermarket/goods`,
  summary: '上架商品 / Put an item on the shelf',
  tag,
  params: VillageParams,
  body: GoodsInput,
  response: z.object({ goods: Goods }),
  status: 201,
});

export const updateGoods = route({
  method: 'PATCH',
  url: `${V}/supermarket/goods/:goodsId`,
  summary: '修改商品（名称、单位、积分价格、上下架） / Change an item',
  tag,
  params: GoodsParams,
  body: GoodsPatch,
  response: z.object({ goods: Goods }),
});

export const receiveStock = route({
  method: 'POST',
  url: `${V}/supermarket/goods/:goodsId/received`,
  summary: '入库（注明来源） / Stock received, with its source',
  tag,
  params: GoodsParams,
  body: ReceiveBody,
  response: z.object({ goods: Goods }),
});

export const countStock = route({
  method: 'POST',
  url: `${V}/supermarket/goods/:goodsId/counted`,
  summary: '盘点 / Stocktake',
  tag,
  params: GoodsParams,
  body: CountBody,
  response: z.object({ goods: Goods }),
});

export const findHouseholds = route({
  method: 'GET',
  url: `${V}/supermarket/households`,
  summary: '柜台兑换：按户号或户主姓名查户及其可用积分 / Find a household and its balance',
  tag,
  params: VillageParams,
  query: z.object({ q: Text.trim().min(1).max(40) }),
  response: z.object({ households: z.array(HouseholdBalance) }),
});

export const redeemAtCounter = route({
  method: 'POST',
  url: `${V}/supermarket/redemptions`,
  summary: '柜台兑换（当场领取） / Redeem at the counter',
  tag,
  params: VillageParams,
  body: CounterRedeemBody,
  response: z.object({ redemption: Redemption }),
  status: 201,
});

export const handOverRedemption = route({
  method: 'POST',
  url: `${V}/supermarket/redemptions/:redemptionId/hand-over`,
  summary: '手机兑换的商品已领取 / A phone order handed over',
  tag,
  params: RedemptionParams,
  response: z.object({ redemption: Redemption }),
});

export const cancelRedemption = route({
  method: 'POST',
  url: `${V}/supermarket/redemptions/:redemptionId/cancel`,
  summary: '取消兑换（退回积分与库存） / Cancel a redemption (points and stock given back)',
  tag,
  params: RedemptionParams,
  body: CancelBody,
  response: z.object({ redemption: Redemption }),
});

// ---------------------------------------------------------------- the villager's phone

export const getShop = route({
  method: 'GET',
  url: `${V}/shop`,
  summary: '我的积分超市：可兑换商品、本户可用积分与兑换记录 / The shop on the phone',
  tag,
  params: VillageParams,
  response: z.object({
    balance: z.number(),
    today: DateText,
    goods: z.array(Goods),
    redemptions: z.array(Redemption),
  }),
});

export const redeemOwn = route({
  method: 'POST',
  url: `${V}/shop/redemptions`,
  summary: '用本户积分兑换（到超市领取） / Redeem for one’s household',
  tag,
  params: VillageParams,
  body: OwnRedeemBody,
  response: z.object({ redemption: Redemption }),
  status: 201,
});

export const cancelOwnRedemption = route({
  method: 'POST',
  url: `${V}/shop/redemptions/:redemptionId/cancel`,
  summary: '领取前取消兑换 / Cancel one’s order before pick-up',
  tag,
  params: RedemptionParams,
  response: z.object({ redemption: Redemption }),
});

// ---------------------------------------------------------------- importing a paper ledger

export const LedgerFile = z.object({
  id: Uuid,
  fileName: z.string(),
  sha256: z.string(),
  lines: z.number(),
  pointsTotal: z.number(),
  importedByName: z.string(),
  importedAt: Instant,
  publicityStartsOn: DateText,
  publicityEndsOn: DateText,
});

export const LedgerImportStatus = ImportProgress.extend({
  file: LedgerFile.nullable(),
  /** The localised summary of a failed import ("积分台账有 N 处错误，未导入任何数据"). */
  summary: z.string().nullable(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});

export const listLedgerFiles = route({
  method: 'GET',
  url: `${V}/imports`,
  summary: '已导入的积分台账 / Imported points ledgers',
  tag,
  params: VillageParams,
  response: z.object({ files: z.array(LedgerFile), abilities: VillageAbilities }),
});

export const startLedgerImport = route({
  method: 'POST',
  url: `${V}/imports`,
  summary:
    '导入积分台账（multipart/form-data，字段 file 为 .xlsx 或 .csv） / Import a points ledger (part `file`)',
  tag,
  params: VillageParams,
  status: 202,
  response: z.object({ importId: Uuid }),
});

export const getLedgerImport = route({
  method: 'GET',
  url: `${V}/imports/:importId`,
  summary: '积分台账导入进度与错误 / A ledger import’s progress and problems',
  tag,
  params: ImportParams,
  response: LedgerImportStatus,
});
