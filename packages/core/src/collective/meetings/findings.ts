/**
 * The messages of the organisation's assemblies and bodies (joined into rules/findings.ts's
 * catalog): what the law asks, what the case has, what to do next.
 */
export const COLLECTIVE_MEETINGS_FINDING_MESSAGES = {
  collective_assembly_overdue: {
    zh: '{org}成员大会每年至少召开 {count} 次，由理事会召集：{year}年尚未召开',
    en: "{org}'s members' assembly meets at least {count} time(s) a year, convened by the council: none in {year}",
  },
  collective_proxy_not_household: {
    zh: '成员大会只能书面委托本户具有完全民事行为能力的家庭成员代为表决，{name} 不是委托人的同户家庭成员',
    en: "A members' assembly proxy may be held only by an adult family member of the principal's household; {name} is not",
  },
  collective_reps_count: {
    zh: '成员代表人数应当多于 {more} 人，现有 {count} 人',
    en: 'There must be more than {more} members’ representatives; there are {count}',
  },
  collective_reps_households: {
    zh: '成员代表一般每 {min} 至 {max} 户选举一人：{households} 户、{count} 名代表，约每 {per} 户一人',
    en: 'One members’ representative is elected per {min}–{max} households: {households} households and {count} representatives is one per {per}',
  },
  collective_reps_women: {
    zh: '成员代表中应当有适当数量的妇女代表（至少 {min} 名），现有 {count} 名',
    en: 'Members’ representatives must include women (at least {min}); there are {count}',
  },
  collective_reps_power: {
    zh: '“{power}”由成员大会决定，成员代表大会不能决定',
    en: '"{power}" is decided by the members’ assembly; the representatives’ assembly cannot decide it',
  },
  collective_council_size: {
    zh: '理事会一般由 {min} 至 {max} 名单数成员组成，现有 {count} 人',
    en: 'The council has an odd number of {min}–{max} members; it has {count}',
  },
  collective_council_kin: {
    zh: '理事会成员实行近亲属回避：{name} 与 {relative} 是近亲属，不能同时担任理事',
    en: 'Directors’ close relatives may not serve together: {name} and {relative} are close relatives',
  },
  collective_supervisor_ineligible: {
    zh: '{name} 是{post}，不得担任监事会成员或者监事',
    en: '{name} is {post} and may not be a supervisor',
  },
  collective_supervisor_relative: {
    zh: '{name} 是{post} {relative} 的近亲属，不得担任监事会成员或者监事',
    en: '{name} is a close relative of {relative} ({post}) and may not be a supervisor',
  },
  collective_party_first_missing: {
    zh: '需由成员大会审议决定的重要事项，应当先经乡镇党委、街道党工委或者村党组织研究讨论',
    en: 'Important matters for the members’ assembly go first to the township or village Party organisation',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
