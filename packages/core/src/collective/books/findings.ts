/** The messages of the books' and remedies' findings (joined into rules/findings.ts's catalog). */
export const COLLECTIVE_BOOKS_FINDING_MESSAGES = {
  collective_account_personal: {
    zh: '集体所有的资金不得存入以个人名义开立的账户；“{holder}”是个人名义，请以“{org}”的名义开立账户',
    en: 'Collective funds may not be kept in an account in a person’s name; “{holder}” is a person: open the account in the name of “{org}”',
  },
  collective_account_other_name: {
    zh: '账户户名“{holder}”不是本集体经济组织的名称“{org}”，集体资金只能存入以本组织名义开立的账户',
    en: 'The account holder “{holder}” is not the organisation “{org}”: collective funds go only into accounts in its own name',
  },
  collective_derivative_too_few: {
    zh: '书面请求监事会（监事）提起诉讼须有十名以上具有完全民事行为能力的本组织成员，{on}符合条件的只有{count}名',
    en: 'A written request to the supervisors to sue needs ten or more members with full civil capacity; on {on} only {count} qualify',
  },
  collective_derivative_not_member: {
    zh: '{name}在{on}不是本组织具有完全民事行为能力的成员，不能作为请求人',
    en: '{name} is not a member with full civil capacity on {on} and cannot be a requester',
  },
  collective_matter_proxy_assembly: {
    zh: '本村未设立农村集体经济组织，由村民委员会依法代行其职能：“{category}”参照农村集体经济组织法由村民会议讨论决定，不能由{body}决定',
    en: 'The village has no collective economic organisation and the committee acts for it: “{category}” goes to the villagers’ assembly under the collective law, not to the {body}',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
