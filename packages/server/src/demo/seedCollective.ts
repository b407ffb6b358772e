import { calendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { findVillage } from '../platform/tenancy/repository.ts';
import { importReformMembers } from '../features/collective/commands/membership.ts';
import { adoptCharter, createOrg } from '../features/collective/commands/org.ts';
import { residentsOn } from '../features/collective/queries.ts';
import { demoCadres, DemoStory } from './story.ts';

/** Seed 002: the community's 2008 property-rights reform quantified its assets to the persons. */
const REFORMED_ON = calendarDate('2008-09-30');
const FOUNDED_ON = calendarDate('2008-12-26');

/**
 * The showcase community's 集体经济股份合作社 (seed 002), made through the real commands: recorded
 * with its credit code; its first charter, adopted on paper by the 2008 shareholders' meeting
 * before the platform (a 10% reserve first, 公益建设资金 paid to the residents' committee by the
 * charter, 人口股 and 农龄股, static shares — 生不增、死不减 — as the Chengdu reform of 2008 fixed
 * them); and the reform's members entered as confirmed on the reform's day (Art. 66). The yearly
 * members' assembly, its confirmations and the shares are the other parts' chapters.
 */
export async function seedShowcaseCollective(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<{ orgId: string }> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const village = await findVillage(ctx.db, cadres.villageId);
  if (!village) throw new Error('showcase village missing');
  const clerk = (on: CalendarDate) => s.acting(on, cadres.committeeChair);
  const { id: orgId } = await createOrg(clerk(today), {
    level: 'village',
    name: `${village.name}集体经济股份合作社`,
    registeredCode: 'N2510115MF00000016',
    foundedOn: FOUNDED_ON,
    reformedOn: REFORMED_ON,
  });
  await adoptCharter(clerk(today), orgId, {
    terms: {
      reserveRateBp: 1000,
      committeePayment: { kind: 'fixed', fen: 20_000_000 },
      shareClasses: [
        { shareClass: 'population', weight: 10 },
        { shareClass: 'farmingYears', weight: 1 },
      ],
      shareMode: 'static',
      newborn: 'none',
      adjustEveryYears: null,
      partyStudy: 'warn',
      assemblyDecision: { num: 2, den: 3 },
      otherLossReasons: ['自愿放弃集体资产收益权并书面声明退出'],
    },
    paperResolution: '2008年12月20日股东代表大会通过《集体经济股份合作社章程》',
    adoptedOn: '2008-12-20',
    effectiveFrom: FOUNDED_ON,
  });
  const persons = await residentsOn(ctx.db, cadres.villageId, null, REFORMED_ON);
  await importReformMembers(clerk(today), orgId, persons);
  return { orgId };
}
