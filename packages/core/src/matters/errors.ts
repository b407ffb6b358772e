import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 议题与决策（matters）: ids are stable (API, UI, tests); messages zh-CN first. */
export const MATTERS_ERRORS = defineErrors({
  matter_withdrawn: {
    status: 409,
    zh: '该议题已撤回，不能再办理',
    en: 'This matter has been withdrawn',
  },
  matter_not_open: {
    status: 409,
    zh: '该议题已作出决定或已实施，不能撤回',
    en: 'This matter has already been decided or carried out; it cannot be withdrawn',
  },
  meeting_not_held: {
    status: 400,
    zh: '该会议尚未召开或已取消',
    en: 'this meeting has not been held or was cancelled',
  },
  category_not_delegable: {
    status: 400,
    zh: '只有法律允许村民会议授权的事项（《村民委员会组织法》第二十三条、第二十四条）可以授权村民代表会议决定',
    en: "only matters the law lets the assembly delegate (VCOL Arts. 23, 24) can be delegated to the representatives' meeting",
  },
  resolution_not_assembly: {
    status: 400,
    zh: '授权须由村民会议决议作出',
    en: "an authorisation must be made by a villagers' assembly resolution",
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const MATTERS_NOUNS = defineNouns({
  matter: { zh: '议题', en: 'matter' },
  resolution: { zh: '决议', en: 'resolution' },
  notice: { zh: '公告', en: 'notice' },
  authorisation: { zh: '授权', en: 'authorisation' },
});
