import { defineErrors, defineNouns } from '../errorCatalog.ts';

/**
 * The errors of work-item admission (工作事项准入, 三张清单): ids are stable; zh-CN first. The
 * refusals name the list, its version and item, and the article of 村民委员会组织法 (2025) in words.
 */
export const WORK_ADMISSION_ERRORS = defineErrors({
  admission_burden_reduction: {
    status: 422,
    zh: '该事项属于减负工作事项清单（第{version}版）第{seq}项，不得交由村级组织承担，只能拒绝（村民委员会组织法第四十三条：地方各级人民政府应当建立健全为基层减负长效机制）',
    en: 'This task is item {seq} of the burden-reduction list (version {version}): it may not be put on the village, only refused (Organic Law Art. 43: a standing mechanism to lighten the load on the grassroots)',
  },
  admission_self_governance: {
    status: 422,
    zh: '该事项属于依法自治事项清单（第{version}版）第{seq}项，由村依法自主决定，乡镇不得指派，只能退回（村民委员会组织法第六条：乡镇人民政府不得干预依法属于村民自治范围内的事项）',
    en: 'This task is item {seq} of the self-governance list (version {version}): the village decides it itself and the town may not assign it, so it can only be returned (Organic Law Art. 6: the town may not interfere in matters of village self-governance)',
  },
  admission_unlisted: {
    status: 422,
    zh: '该事项未列入依法协助政府工作事项清单（第{version}版），按工作事项准入制度不得交由村级组织承担，只能拒绝（村民委员会组织法第四十三条：委托村民委员会协助开展工作的事项应当符合法律、法规规定）',
    en: 'This task is not on the list of work assisting the government (version {version}): under work-item admission it may not be put on the village, only refused (Organic Law Art. 43: work asked of the committee must rest on law)',
  },
  admission_no_lists: {
    status: 422,
    zh: '本县尚未公布施行中的村级组织工作事项清单（三张清单），不能派发工作事项',
    en: 'The county has no work-admission lists in force yet: no task can be sent to a village',
  },
  admission_decided: {
    status: 409,
    zh: '该工作事项已于{on}登记处理结果，不能更改',
    en: 'The outcome of this task was recorded on {on} and cannot be changed',
  },
  admission_version_order: {
    status: 400,
    zh: '须晚于上一版清单的施行日期 {other}（各版清单不修改，只发布新版）',
    en: 'must be later than the last version’s effective date {other} (versions are never edited)',
  },
  admission_items_many: {
    status: 400,
    zh: '每张清单不能超过 {max} 项',
    en: 'a list may hold at most {max} items',
  },
  admission_item_not_in_force: {
    status: 400,
    zh: '不是今天施行的第{version}版清单中的事项',
    en: 'is not an item of the lists in force today (version {version})',
  },
  admission_village_not_yours: {
    status: 400,
    zh: '只能派发给本乡镇的村（社区）',
    en: 'must be villages of your own town',
  },
});

export const WORK_ADMISSION_NOUNS = defineNouns({
  workTask: { zh: '工作事项', en: 'task' },
  admissionLists: { zh: '工作事项清单', en: 'admission lists' },
});
