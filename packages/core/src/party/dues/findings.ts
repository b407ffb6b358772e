/** The messages of the dues findings (joined into rules/findings.ts's catalog). */
export const PARTY_DUES_FINDING_MESSAGES = {
  party_dues_lapsed: {
    zh: '{name}已连续{run}个月未交纳党费（满{months}个月无正当理由不交纳党费的，按自行脱党处理）；请党支部了解原因，无正当理由的提交党员大会讨论除名',
    en: '{name} has paid no dues for {run} months in a row (after {months} months without proper reason a member is regarded as having left the Party): the branch looks into it and, without a proper reason, puts the removal to its members’ meeting',
  },
  party_dues_underpaid: {
    zh: '{month}党费按标准应交{due}，本次登记{paid}，少于标准；党员可以多交，不能少交',
    en: 'The standard for {month} is {due}; {paid} is less. A member may pay more, never less',
  },
  party_dues_no_basis: {
    zh: '{month}尚未核定该党员的党费基数（在职、离退休、农民或减免类别及月收入），请先登记基数',
    en: 'No dues basis is recorded for {month} (salaried, retired, farmer or reduced, and the monthly income): record it first',
  },
  party_dues_not_owed: {
    zh: '{month}不在该党员应交党费的月份内（自{from}起交纳党费）',
    en: '{month} is not a month this member owes dues for (dues are owed from {from})',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
