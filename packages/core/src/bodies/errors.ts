import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 组织机构与届期（bodies）: ids are stable (API, UI, tests); messages zh-CN first. */
export const BODIES_ERRORS = defineErrors({
  membership_overlap: {
    status: 409,
    zh: '此人在该届期内已是本机构成员',
    en: 'this person already sits in this body in this term',
  },
  bodies_elected_by_village: {
    status: 403,
    zh: '本村已有在任的村民委员会，成员任免和换届由村里依选举结果或会议决议办理，乡镇不能直接任命成员或开启新一届（《村民委员会组织法》：村民委员会成员由村民直接选举产生，任何组织或者个人不得指定、委派或者撤换）',
    en: "this village has a serving villagers' committee: seating members and opening terms is the village's act, recorded with the election or resolution that decided it; the town may not appoint members or open a term (Organic Law: the committee is elected directly by the villagers, and no organisation or person may appoint, assign or remove its members)",
  },
  term_invalid: {
    status: 400,
    zh: '届期结束日期须晚于开始日期',
    en: 'a term must end after it starts',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const BODIES_NOUNS = defineNouns({
  body: { zh: '机构', en: 'body' },
  membership: { zh: '任职记录', en: 'membership' },
});
