import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import { checkResidentId } from '@cunzhi/core/registry/residentIdNumber';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { membersOn, orgsOf } from '../features/collective/repository.ts';
import { issueCertificate } from '../features/collective/shares/commands/certificates.ts';
import { transferShares } from '../features/collective/shares/commands/changes.ts';
import { startShareRegisterImport } from '../features/collective/shares/commands/importRegister.ts';
import { holdingsOn, sharePeople } from '../features/collective/shares/repository.ts';
import { demoCadres, DemoStory } from './story.ts';

/** 农龄: the years a member farmed for the collective by the reform, counted from 16, at most 40. */
const FARMING_FROM_AGE = 16;
const MAX_FARMING_YEARS = 40;
/** How many households the clerk has handed their 股权证 so far. */
const CERTIFIED_HOUSEHOLDS = 12;

/**
 * The showcase cooperative's quantified shares (seed 002: 集体资产…量化到个人), made through the
 * real commands: the 2008 reform's 股东名册 imported as the clerk keeps it in Excel — one line per
 * member matched by ID number, one 人口股 and the 农龄 each had farmed, a totals line at the foot —
 * on the reform's day with the reform's resolution named; a transfer of 农龄股 between two members
 * of a household in 2019; and the first households' 股权证, one reissued after it was lost.
 * Nothing is seeded without an organisation whose reform day is recorded.
 */
export async function seedShowcaseShares(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const villageId = cadres.villageId;
  const org = (await orgsOf(ctx.db, villageId)).find((o) => o.level === 'village');
  if (!org?.reformedOn) return;
  const s = new DemoStory(ctx, cadres, today);
  const clerk = (on: CalendarDate) => s.acting(on, cadres.committeeChair);
  const members = await membersOn(ctx.db, villageId, org.id, org.reformedOn);
  const people = new Map((await sharePeople(ctx.db, villageId)).map((p) => [p.id, p]));
  const lines = members.flatMap((m) => {
    const p = people.get(m.personId);
    const id = p?.residentIdNumber ? checkResidentId(p.residentIdNumber) : null;
    if (!p || !id?.ok) return [];
    const age = ageOn(id.facts.birthDate, org.reformedOn!);
    const years = Math.min(MAX_FARMING_YEARS, Math.max(0, age - FARMING_FROM_AGE));
    return [{ p, years }];
  });
  const csv = [
    `${org.name}股东名册（${org.reformedOn.slice(0, 4)}年产权制度改革）`,
    '序号,户号,姓名,身份证号码,人口股,农龄股',
    ...lines.map(({ p, years }, i) =>
      [i + 1, p.householdNumber, p.name, p.residentIdNumber, 1, years].join(','),
    ),
    ['合计', '', '', '', lines.length, lines.reduce((sum, l) => sum + l.years, 0)].join(','),
  ].join('\n');
  const { done } = await startShareRegisterImport(clerk(s.day(-60)), org.id, {
    fileName: `${org.name}股东名册.csv`,
    bytes: Buffer.from(csv, 'utf8'),
    raw: csv.split('\n').map((line, i) => ({
      rowNumber: i + 1,
      cells: line.split(',').map((text) => ({ text, numeric: false })),
    })),
    reformReference: `${org.reformedOn.slice(0, 4)}年股份合作制改革股东代表大会决议`,
  });
  await done;
  const held = await holdingsOn(ctx.db, villageId, org.id, today);
  if (held.length === 0) throw new Error('the showcase 股东名册 was not imported');

  // a father passes five years of 农龄股 to his son in the same household (2019)
  const households = new Map<string, string[]>();
  for (const h of held)
    households.set(h.householdId, [...(households.get(h.householdId) ?? []), h.personId]);
  const pair = [...households.values()].find((ids) => ids.length >= 2);
  if (pair)
    await transferShares(clerk(s.day(-45)), org.id, {
      fromPersonId: pair[0]!,
      toPersonId: pair[1]!,
      shareClass: 'farmingYears',
      units: 5,
      on: '2019-03-15',
      note: '父子之间内部转让，已签订书面转让协议',
    });

  const certified = [...households.keys()].slice(0, CERTIFIED_HOUSEHOLDS);
  for (const householdId of certified)
    await issueCertificate(clerk(s.day(-30)), org.id, householdId, {});
  if (certified[0])
    await issueCertificate(clerk(s.day(-7)), org.id, certified[0], {
      reason: '原证遗失，登报声明作废后补发',
    });
}
