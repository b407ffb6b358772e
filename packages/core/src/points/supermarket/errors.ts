import { defineErrors, defineNouns } from '../../errorCatalog.ts';

/**
 * The errors of the points supermarket (积分超市) and of importing a paper points ledger: ids are
 * stable (API, UI, tests); zh-CN first. A refusal names the rule it applies in words.
 */
export const SUPERMARKET_ERRORS = defineErrors({
  points_balance_short: {
    status: 422,
    zh: '积分不足：本户可用积分 {balance} 分，兑换需 {cost} 分。积分兑换以本户已公示生效的积分余额为限，不得透支',
    en: 'Not enough points: the household has {balance} points available and this costs {cost}. Redemption is limited to the household’s balance of publicised points and never overdraws',
  },
  points_stock_short: {
    status: 422,
    zh: '库存不足：该商品现有 {stock}{unit}，不能兑换 {quantity}{unit}',
    en: 'Not enough stock: {stock} {unit} left, {quantity} requested',
  },
  points_goods_inactive: {
    status: 422,
    zh: '该商品已下架，不能兑换',
    en: 'This item is no longer offered',
  },
  points_redemption_not_cancellable: {
    status: 422,
    zh: '该兑换记录{state}，不能再由{roles}取消',
    en: 'This redemption is {state}; {roles} can no longer cancel it',
  },
  points_redemption_not_open: {
    status: 422,
    zh: '该兑换记录{state}，不能再领取',
    en: 'This redemption is {state}: it cannot be handed over',
  },
  points_no_household: {
    status: 422,
    zh: '您的账号未登记在本村的户中，不能兑换积分',
    en: 'Your account is not registered in a household of this village: you cannot redeem points',
  },
  points_goods_name_taken: {
    status: 409,
    zh: '已有名为“{name}”的商品',
    en: 'There is already an item named “{name}”',
  },
  points_stocktake_note_required: {
    status: 400,
    zh: '盘点数与账面库存不符，请写明原因（如损坏、过期、少发）',
    en: 'The count differs from the stock on record: say why (damaged, expired, handed out short …)',
  },
  points_cancel_reason_required: {
    status: 400,
    zh: '请写明取消的原因',
    en: 'Say why the redemption is cancelled',
  },
  points_import_duplicate_file: {
    status: 422,
    zh: '这个文件（SHA-256 {sha256}）已于{on}导入，不能重复导入',
    en: 'This file (SHA-256 {sha256}) was already imported on {on}; it cannot be imported twice',
  },
  points_import_has_errors: {
    status: 422,
    zh: '积分台账有 {count} 处错误，未导入任何数据',
    en: 'the points ledger has {count} errors; nothing was imported',
  },
});

/** What these messages can name: `{what}`, a redemption's `{state}` and who cancels (`{roles}`). */
export const SUPERMARKET_NOUNS = defineNouns({
  pointsGoods: { zh: '兑换商品', en: 'item' },
  pointsRedemption: { zh: '兑换记录', en: 'redemption' },
  pointsImport: { zh: '积分台账导入', en: 'points ledger import' },
  redemption_ordered: { zh: '待领取', en: 'awaiting pick-up' },
  redemption_handedOver: { zh: '已领取', en: 'handed over' },
  redemption_cancelled: { zh: '已取消', en: 'cancelled' },
  redemption_keeper: { zh: '超市管理员', en: 'the keeper' },
  redemption_villager: { zh: '兑换户', en: 'the household' },
});
