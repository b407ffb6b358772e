import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { periodKey } from '@cunzhi/core/finance/periods';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import { DEFAULT_DEMO_SEED } from '@cunzhi/demo/county';
import type { DemoAccount } from '@cunzhi/demo/types';
import { fromYuanText } from '@cunzhi/core/money';
import type { AppContext } from '../platform/http/context.ts';
import { planBooks } from './booksPlan.ts';
import { runInOrder, type FinanceCast } from './financeStory.ts';
import { booksActs } from './seedBooks.ts';
import { PROPERTY_FEE, PROPERTY_FEE_ACCOUNT, propertyFeeActs } from './seedHoldCase.ts';
import { liveSpendingActs } from './seedLiveSpending.ts';
import { DemoStory } from './story.ts';

export interface SeedFinanceResult {
  vouchers: number;
  /** Wall-clock time the seeding took. */
  ms: number;
}

/**
 * The showcase community's 三资 through the finance and spending commands (after its
 * decisions and this quarter's disclosure): the year's books from the opening balances to
 * today — about 130 vouchers a month, the budget, the public-service fund's grants and uses —
 * each month closed by the town's agency accountant, reviewed by the supervision committee
 * and published; seed 002's ¥450,000 held, released and paid within them; and today's live
 * requests. Every act runs on its own day, in date order, so the audit chain tells the year
 * as it happened. Deterministic from the demo seed and `today`.
 */
export async function seedShowcaseFinance(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
  seed: number = ctx.config.DEMO_SEED ?? DEFAULT_DEMO_SEED,
): Promise<SeedFinanceResult> {
  const started = performance.now();
  const holder = (role: VillageRole) => {
    const a = accounts.find((x) => x.role === role);
    if (!a?.villageId || !a.personId) throw new Error(`demo account for ${role} missing`);
    return { villageId: a.villageId, accountId: a.id, personId: a.personId };
  };
  const town = accounts.find((a) => a.role === 'townOfficial');
  if (!town) throw new Error('demo account for townOfficial missing');
  const partySecretary = holder('partySecretary');
  const committeeChair = holder('committeeChair');
  const supervisionChair = holder('supervisionChair');
  const cast: FinanceCast = {
    story: new DemoStory(
      ctx,
      { villageId: partySecretary.villageId, partySecretary, committeeChair, supervisionChair },
      today,
    ),
    villageId: partySecretary.villageId,
    partySecretary,
    committeeChair,
    supervisionChair,
    townAccountant: { accountId: town.id, personId: null },
  };

  const fee = await propertyFeeActs(cast, today);
  const plan = planBooks(seed, today, [
    {
      year: ymd(fee.paidOn).year,
      accountCode: PROPERTY_FEE_ACCOUNT,
      fen: Number(fromYuanText(PROPERTY_FEE.replace(/,/g, ''))),
    },
  ]);
  const opinions = new Map([
    [
      periodKey(ymd(fee.paidOn)),
      '经审核，本月支付花乡民居物业管理费450,000.00元，经居民代表会议决议、监督委员会和居民代表检查验收后支付，手续完备，凭证齐全，同意公开。',
    ],
  ]);
  await runInOrder([
    ...booksActs(cast, plan, today, seed, opinions),
    ...fee.acts,
    ...(await liveSpendingActs(cast, today)),
  ]);
  return { vouchers: plan.vouchers.length + 1, ms: performance.now() - started };
}
