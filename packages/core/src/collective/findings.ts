/**
 * The messages of the collective economic organisation's membership findings (joined into
 * rules/findings.ts's catalog): what the law asks, what the case has, and what to do next.
 */
export const COLLECTIVE_FINDING_MESSAGES = {
  collective_birth_refused: {
    zh: '因成员生育而增加的人员，农村集体经济组织应当确认为成员，不能不予确认',
    en: 'A person born to a member must be confirmed as a member; the assembly cannot refuse',
  },
  collective_reform_refused: {
    zh: '已在农村集体产权制度改革中确认的成员无需重新确认，不能不予确认',
    en: 'Members confirmed in the property-rights reform need no new confirmation and cannot be refused',
  },
  collective_refusal_reason: {
    zh: '因结婚、收养或政策性移民增加的人员，一般应当确认为成员；不予确认的，须写明理由',
    en: 'A person who came by marriage, adoption or policy migration is normally confirmed: a refusal must state its reason',
  },
  collective_loss_art18: {
    zh: '农村集体经济组织成员不因{ground}而丧失成员身份，不能以此取消其成员身份',
    en: 'Membership is not lost by {ground}: it cannot be removed for this',
  },
  collective_loss_other_art18: {
    zh: '所填“其他情形”“{reason}”实为{ground}，成员不因此丧失成员身份，不能取消',
    en: 'The "other" reason "{reason}" is {ground}, which does not end membership',
  },
  collective_loss_other_unlisted: {
    zh: '“{reason}”不是本组织章程列明的丧失成员身份的其他情形；其他情形须由章程规定',
    en: '"{reason}" is not a reason the charter lists for losing membership; other reasons must be in the charter',
  },
  collective_loss_contracted: {
    zh: '聘任制公务员不因此丧失成员身份',
    en: 'A contracted (聘任制) civil servant keeps membership',
  },
  collective_exit_partition: {
    zh: '成员自愿退出的，可以与本组织协商获得适当补偿，但不得要求分割集体财产',
    en: 'A member who leaves may negotiate compensation but may not demand a partition of collective property',
  },
  collective_exit_unwritten: {
    zh: '成员自愿退出须提交书面申请，请先登记书面申请',
    en: 'A member leaves only by a written application: record it first',
  },
  collective_exit_unconsented: {
    zh: '成员自愿退出须经本农村集体经济组织同意，请先取得同意的决议',
    en: 'A member leaves only with the organisation’s consent: obtain the resolution first',
  },
  collective_nonmember_votes: {
    zh: '非成员享有部分成员权利，须经成员大会全体成员四分之三以上同意：全体成员{members}人，至少须{required}人同意，实有{yes}人同意',
    en: 'Rights for a non-member need at least 3/4 of ALL members: {members} members need {required} in favour; {yes} were',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
