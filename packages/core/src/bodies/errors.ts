import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 组织机构与届期（bodies）: ids are stable (API, UI, tests); messages zh-CN first. */
export const BODIES_ERRORS = defineErrors({
  membership_overlap: {
    status: 409,
    zh: '此人在该届期内已是本机构成员',
    en: 'this person already sits in this body in this term',
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
