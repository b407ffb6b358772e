/**
 * The messages of the shares rules' findings (joined into rules/findings.ts's catalog): what the
 * rule asks, what the case has, and what to do next.
 */
export const SHARES_FINDING_MESSAGES = {
  shares_wrong_body: {
    zh: '股权量化须由本集体经济组织成员大会讨论决定，{body}不能决定（成员代表大会也不能行使这项职权）；请提交成员大会表决',
    en: "Quantifying shares is decided by the organisation's members' assembly; the {body} cannot decide it (nor can the members' representatives' assembly): put it to the members' assembly",
  },
  shares_transfer_outside: {
    zh: '股权只能在本集体经济组织内部转让：{name}在{on}不是本组织成员',
    en: 'Shares are transferred only inside the organisation: {name} is not a member on {on}',
  },
  shares_inherit_outside_household: {
    zh: '股权由同户的继承人继承：{heir}与{deceased}不在同一户',
    en: 'Shares pass to an heir in the same household: {heir} is not in {deceased}’s household',
  },
  shares_heir_not_member: {
    zh: '继承人{heir}在{on}不是本组织成员；股权在本组织成员之间继承',
    en: 'The heir {heir} is not a member on {on}: shares pass between members of the organisation',
  },
  shares_static_no_newborn: {
    zh: '本组织章程规定股权实行静态管理（生不增、死不减），{name}出生后不再配股',
    en: 'The charter keeps shares static (none added at birth, none taken at death): {name} is given no shares',
  },
  shares_no_population_class: {
    zh: '本组织章程没有设人口股，{name}作为新增成员无从配股；如需配股，请先由成员大会修改章程',
    en: 'The charter sets no population shares, so {name} has none to be given: the members’ assembly must amend the charter first',
  },
  shares_newborn_unconfirmed: {
    zh: '{name}在{on}尚未经成员大会确认为本组织成员，不能配股；请先确认成员身份',
    en: '{name} is not a confirmed member on {on}: confirm the membership first',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
