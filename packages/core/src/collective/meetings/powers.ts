import type { CalendarDate } from '../../calendarDate.ts';
import { finding, type Finding } from '../../rules/findings.ts';
import type { RuleParams } from '../../rules/profile.ts';

/**
 * The members' assembly's powers, 《农村集体经济组织法》 Art. 26 (一)–(十三), in
 * the article's order. The representatives' assembly may exercise them all but
 * the five Art. 28 keeps for the members themselves.
 */
export const COLLECTIVE_POWERS = [
  'charter',
  'internalRules',
  'membership',
  'electBodies',
  'reports',
  'pay',
  'budget',
  'landAndShares',
  'constructionLand',
  'compensation',
  'investment',
  'mergerDivision',
  'other',
] as const;
export type CollectivePower = (typeof COLLECTIVE_POWERS)[number];

export const COLLECTIVE_POWER_NAMES: Record<CollectivePower, { zh: string; en: string }> = {
  charter: { zh: '制定、修改章程', en: 'Adopting or amending the charter' },
  internalRules: { zh: '制定、修改内部管理制度', en: 'Internal management rules' },
  membership: { zh: '确认农村集体经济组织成员', en: 'Confirming membership' },
  electBodies: {
    zh: '选举、罢免理事会成员、监事会成员或者监事',
    en: 'Electing and removing directors and supervisors',
  },
  reports: {
    zh: '审议理事会、监事会或者监事的工作报告',
    en: 'Reports of the council and supervisors',
  },
  pay: {
    zh: '决定理事会成员、监事会成员或者监事的报酬及主要经营管理人员的聘任',
    en: 'Pay of directors and supervisors; hiring managers',
  },
  budget: {
    zh: '批准年度预算和决算、收益分配方案',
    en: 'Budgets, accounts and income distribution',
  },
  landAndShares: {
    zh: '农村土地承包、宅基地使用和集体经营性财产收益权份额量化方案',
    en: 'Land contracting, homesteads and quantifying shares',
  },
  constructionLand: {
    zh: '集体经营性建设用地使用、出让、出租方案',
    en: 'Use, sale or lease of collective construction land',
  },
  compensation: {
    zh: '土地补偿费等的分配、使用办法',
    en: 'Distributing and using land compensation',
  },
  investment: { zh: '对外投资等重大事项', en: 'Investment and other major matters' },
  mergerDivision: { zh: '合并、分立、解散等重大事项', en: 'Merger, division or dissolution' },
  other: { zh: '章程规定的其他职权', en: 'Other powers under the charter' },
};

/** Art. 28: the representatives' assembly may not exercise Art. 26 (一)(三)(八)(十)(十二). */
const MEMBERS_ONLY: ReadonlySet<CollectivePower> = new Set([
  'charter',
  'membership',
  'landAndShares',
  'compensation',
  'mergerDivision',
]);

/** NJJ-28-REPS: a power the representatives' assembly may not decide, as a refusal; null where it may. */
export function checkRepresentativesPower(
  power: CollectivePower,
  on: CalendarDate,
): Finding | null {
  if (!MEMBERS_ONLY.has(power)) return null;
  const name = COLLECTIVE_POWER_NAMES[power];
  return finding(on, 'NJJ-28-REPS', 'collective_reps_power', { power: name.zh, powerEn: name.en });
}

/**
 * NJJ-26-PARTY-FIRST (Art. 26 last para.): a matter for the members' (or
 * representatives') assembly is first studied by the township or village Party
 * organisation. Without that study the vote warns or is refused, as the
 * profile (and the organisation's charter over it) says.
 */
export function checkPartyStudy(
  studiedOn: CalendarDate | null,
  on: CalendarDate,
  p: RuleParams['NJJ-26-PARTY-FIRST'],
): Finding | null {
  if (studiedOn !== null && studiedOn <= on) return null;
  return finding(
    on,
    'NJJ-26-PARTY-FIRST',
    'collective_party_first_missing',
    {},
    p.enforcement === 'refuse' ? 'violation' : 'warning',
  );
}
