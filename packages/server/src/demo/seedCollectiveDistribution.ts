import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { orgsOf } from '../features/collective/repository.ts';
import { holdingsOn } from '../features/collective/shares/repository.ts';
import { adoptPlan } from '../features/collective/distribution/commands/adoptPlan.ts';
import { draftPlan } from '../features/collective/distribution/commands/draftPlan.ts';
import { payDividend } from '../features/collective/distribution/commands/payDividend.ts';
import { publishPlan } from '../features/collective/distribution/commands/publishPlan.ts';
import { dividendsOf } from '../features/collective/distribution/repository.ts';
import { demoCadres, DemoStory } from './story.ts';

/** Last year's distributable income: rents, the parking contract and 金川公司's return. */
const INCOME = '1,686,420.35';

/**
 * The showcase cooperative's dividend for last year (seed 002's 二次分配), made through the real
 * commands: the plan drafted per household from the charter (10% reserve first, ¥200,000 公益建设
 * 资金 to the residents' committee, the rest by the shares held on the year's last day), the
 * reports made available eleven days before the members' assembly held three days ago adopting
 * it, and every household paid — by transfer, a few in cash against a signature or thumbprint —
 * but one, whose dividend stays listed as unclaimed. Nothing is seeded when the village has no
 * organisation or no shares yet.
 */
export async function seedShowcaseDistribution(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const villageId = cadres.villageId;
  const org = (await orgsOf(ctx.db, villageId)).find((o) => o.level === 'village');
  const year = Number(today.slice(0, 4)) - 1;
  const yearEnd = `${year}-12-31` as CalendarDate;
  if (!org || (await holdingsOn(ctx.db, villageId, org.id, yearEnd)).length === 0) return;
  const s = new DemoStory(ctx, cadres, today);
  const clerk = (on: CalendarDate) => s.acting(on, cadres.committeeChair);
  // the assembly three days ago, but in this month: the months before are closed with the
  // village's books (村账乡代管) and the adoption books the reserve and the payables on its day
  const monthStart = `${today.slice(0, 8)}01` as CalendarDate;
  const meetingOn = s.day(-3) < monthStart ? monthStart : s.day(-3);
  const publishedOn = addDays(meetingOn, -11);
  const { id: planId } = await draftPlan(clerk(publishedOn), org.id, {
    year,
    income: INCOME,
    payeeKind: 'household',
    note: '商铺租金、停车场承包费和金川公司上交的投资收益，扣除当年经营成本后的可分配收益。',
  });
  await publishPlan(clerk(publishedOn), planId, { on: publishedOn });
  const { results } = await s.hold({
    kind: 'membersAssembly',
    collectiveOrgId: org.id,
    title: `${year}年度成员大会`,
    on: meetingOn,
    noticeDays: 12,
    turnoutPercent: 80,
    motions: [
      {
        title: `审议${year}年度收益分配方案`,
        body: '理事会报告年度经营情况和财务会计报告，提请审议按章程先提取公积公益金、向居民委员会支付公益建设资金、其余按股分红的方案。',
        // 审议批准年度预算、决算和收益分配方案, studied first by the Party general branch
        collective: { power: 'budget', partyStudiedOn: addDays(meetingOn, -14) },
        yesPercent: 92,
        noPercent: 3,
      },
    ],
    minutes: `会议审议了理事会的年度报告、财务会计报告和${year}年度收益分配方案，经表决通过。`,
  });
  const resolutionId = results[0]?.resolution?.id;
  if (!resolutionId) throw new Error('the members’ assembly adopted no resolution');
  await adoptPlan(clerk(meetingOn), planId, { resolutionId });
  const dividends = await dividendsOf(ctx.db, villageId, planId);
  const payOn = meetingOn < today ? addDays(meetingOn, 1) : today;
  // the last household has not come for its dividend: it stays listed as unclaimed
  for (const [i, d] of dividends.slice(0, -1).entries()) {
    await payDividend(clerk(payOn), d.id, {
      ...(i % 5 === 4
        ? { method: 'cash', acknowledged: i % 10 === 9 ? 'thumbprint' : 'signature' }
        : {
            method: 'transfer',
            bankReference: `HX${payOn.replace(/-/g, '')}${String(i + 1).padStart(4, '0')}`,
          }),
      ...(d.headId ? { paidTo: d.headId } : {}),
      on: payOn,
    });
  }
}
