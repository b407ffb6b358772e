import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Indicator } from '@cunzhi/core/countyPoints/indicators';
import type { Actor } from '@cunzhi/core/policies/actor';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { awardScheme } from '../features/countyPoints/commands/award.ts';
import { computeScheme } from '../features/countyPoints/commands/compute.ts';
import { decideContest, fileContest } from '../features/countyPoints/commands/contests.ts';
import { createScheme } from '../features/countyPoints/commands/createScheme.ts';
import { reportFact, verifyFact } from '../features/countyPoints/commands/facts.ts';
import { stepScheme } from '../features/countyPoints/commands/publicity.ts';
import type { SchemeActor } from '../features/countyPoints/commands/shared.ts';
import {
  contestsOf,
  countyVillages,
  findScheme,
  townsOfCounty,
} from '../features/countyPoints/repository.ts';
import { createStaffAccount } from '../features/villages/commands/createStaffAccount.ts';
import { account, on } from './seedComplaints.ts';

const SIX = [
  'zeroAccidents',
  'zeroIrregularPetitions',
  'zeroCrimes',
  'zeroIllegalBuildings',
  'zeroPollution',
  'zeroEpidemics',
] as const satisfies readonly Indicator[];
type Target = (typeof SIX)[number];

/** What happened in the demo county's villages last year, by the village's place in the county. */
function eventsOf(index: number, indicator: Target): number {
  if (indicator === 'zeroAccidents') return index % 4 === 1 ? 1 : 0;
  if (indicator === 'zeroIllegalBuildings') return index % 3 === 0 ? 1 : 0;
  if (indicator === 'zeroPollution') return index === 5 ? 1 : 0;
  if (indicator === 'zeroIrregularPetitions') return index === 7 ? 2 : 0;
  return 0;
}

const EVIDENCE: Record<Target, string> = {
  zeroAccidents: '县应急管理局安全生产事故统计表',
  zeroIrregularPetitions: '县信访局非正常上访登记情况通报',
  zeroCrimes: '派出所刑事案件立案情况证明',
  zeroIllegalBuildings: '县自然资源局违法建设查处台账',
  zeroPollution: '市生态环境局县分局环境污染事件记录',
  zeroEpidemics: '县疾病预防控制中心突发公共卫生事件报告',
};

const staff = (accountId: string, level: 'town' | 'county', id: string): Actor => ({
  accountId,
  kind: 'staff',
  home: null,
  posts: [],
  staffScopes: [{ level, id, unit: 'government', departmentId: null }],
});

/** Each town's reporting official: the demo's own, or one opened for a town that has none. */
async function townReporters(
  ctx: AppContext,
  countyId: string,
  openedOn: CalendarDate,
): Promise<Map<string, string>> {
  const reporters = new Map<string, string>();
  for (const [i, t] of (await townsOfCounty(ctx.db, countyId)).entries()) {
    const opened = t.official
      ? null
      : await createStaffAccount(ctx.db, {
          phone: `138000000${31 + i}`,
          name: `${t.name}综治办干部`,
          town: t.code,
          title: '综治办干部',
          now: new Date(`${openedOn}T09:00:00+08:00`),
        });
    reporters.set(t.id, t.official ?? opened!.accountId);
  }
  return reporters;
}

/**
 * 积分换项目 in the demo county (seed 003), through the real commands. Last year's scheme runs to
 * the end: every town reports its villages' six targets with evidence, the county verifies, the
 * ranking is published, the showcase community contests an illegal building that had been
 * legalised and the county upholds it, the ranking is published again, made final, and the
 * projects are awarded (a public-welfare matter in each winning village). This year's scheme is
 * collecting, the showcase town's figures in. The demo county has nine villages, so its top N is
 * five, not seed 003's hundred; the fund is the seed's ¥10,000,000.
 */
export async function seedShowcaseCountyPoints(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const countyAccount = account(accounts, '13800000008');
  const countyId = countyAccount.staffScope!.id;
  const day = (ago: number) => addDays(today, -ago);
  const as = (actor: Actor, ago: number): SchemeActor => ({
    app: on(ctx, day(ago), '10:00'),
    actor,
    accountId: actor.accountId,
    locale: 'zh-CN',
  });
  const county = (ago: number) => as(staff(countyAccount.id, 'county', countyId), ago);
  const reporters = await townReporters(ctx, countyId, day(330));
  const villages = await countyVillages(ctx.db, countyId);
  const year = ymd(today).year - 1;
  const lastYear = await createScheme(county(320), {
    countyId,
    year,
    topN: 5,
    tiers: [
      { fromRank: 1, toRank: 2, weight: 3 },
      { fromRank: 3, toRank: 5, weight: 2 },
    ],
  });
  const showcase = account(accounts, '13800000001');
  for (const [i, v] of villages.entries()) {
    const town = staff(reporters.get(v.town_id)!, 'town', v.town_id);
    const scope = { villageId: v.id, townId: v.town_id, countyId };
    for (const indicator of SIX) {
      // the showcase community's building was legalised: the town still reported it
      const legalised = v.id === showcase.villageId && indicator === 'zeroIllegalBuildings';
      const evidence = `${EVIDENCE[indicator]}（${year}年度）`;
      const count = legalised ? 1 : eventsOf(i, indicator);
      await reportFact(as(town, 315), lastYear, scope, { indicator, count, evidence });
      await verifyFact(county(312), lastYear, scope, { indicator });
    }
  }
  await computeScheme(county(310), lastYear);
  await stepScheme(county(310), lastYear, 'publish');
  const secretary: Actor = {
    accountId: showcase.id,
    kind: 'villager',
    home: { villageId: showcase.villageId!, personId: showcase.personId! },
    posts: [{ villageId: showcase.villageId!, bodyKind: 'partyBranch', role: 'secretary' }],
    staffScopes: [],
  };
  const home = villages.find((v) => v.id === showcase.villageId)!;
  await fileContest(
    as(secretary, 308),
    lastYear,
    { villageId: home.id, townId: home.town_id, countyId },
    {
      indicator: 'zeroIllegalBuildings',
      claimedCount: 0,
      reason: '所报违建系社区居民自建房，已于当年补办乡村建设规划许可证，不属违法建设',
    },
  );
  const [contest] = await contestsOf(ctx.db, (await findScheme(ctx.db, lastYear))!);
  await decideContest(county(306), lastYear, contest!.id, {
    decision: 'upheld',
    reason: '经县自然资源局核实，该建筑已补办规划许可，更正为 0 件',
  });
  await stepScheme(county(305), lastYear, 'publish');
  await stepScheme(county(290), lastYear, 'finalise');
  await awardScheme(county(288), lastYear);
  await seedThisYear(as, county, villages, reporters, today, home.town_id);
}

/** This year's scheme, collecting: the showcase community's town has reported its villages' figures, verified. */
async function seedThisYear(
  as: (actor: Actor, ago: number) => SchemeActor,
  county: (ago: number) => SchemeActor,
  villages: Awaited<ReturnType<typeof countyVillages>>,
  reporters: ReadonlyMap<string, string>,
  today: CalendarDate,
  townId: string,
): Promise<void> {
  const countyId = county(0).actor.staffScopes[0]!.id;
  const id = await createScheme(county(10), {
    countyId,
    year: ymd(today).year,
    topN: 5,
    tiers: [
      { fromRank: 1, toRank: 2, weight: 3 },
      { fromRank: 3, toRank: 5, weight: 2 },
    ],
  });
  for (const v of villages.filter((x) => x.town_id === townId)) {
    const scope = { villageId: v.id, townId: v.town_id, countyId };
    const town = staff(reporters.get(v.town_id)!, 'town', v.town_id);
    for (const indicator of SIX) {
      const evidence = `${EVIDENCE[indicator]}（本年度截至11月）`;
      await reportFact(as(town, 3), id, scope, { indicator, count: 0, evidence });
      await verifyFact(county(2), id, scope, { indicator });
    }
  }
}
