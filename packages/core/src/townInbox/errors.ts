import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The town inbox's refusals and the names its messages use (referral states, steps, sides). */
export const TOWN_INBOX_ERRORS = defineErrors({
  referral_return_reason_required: {
    status: 400,
    zh: '退回须写明理由（为什么不属于本部门职责，应由谁办理）',
    en: 'A return needs its reason (why it is not this department’s, and whose it is)',
  },
  referral_department_unknown: {
    status: 400,
    zh: '所选部门不是本镇的部门',
    en: 'The department chosen is not one of this town’s',
  },
  referral_transfer_same: {
    status: 400,
    zh: '不能转给本部门',
    en: 'A referral cannot be transferred to the department it is in',
  },
});

export const TOWN_INBOX_NOUNS = defineNouns({
  townDepartment: { zh: '乡镇部门', en: 'town department' },
  'referral.state.filed': { zh: '待受理', en: 'filed' },
  'referral.state.accepted': { zh: '已受理', en: 'accepted' },
  'referral.state.awaitingMaterials': { zh: '待补正材料', en: 'waiting for materials' },
  'referral.state.handling': { zh: '办理中', en: 'being handled' },
  'referral.state.answered': { zh: '已答复', en: 'answered' },
  'referral.state.closed': { zh: '已办结', en: 'closed' },
  'referral.state.returned': { zh: '已退回', en: 'returned' },
  'referral.action.accept': { zh: '受理', en: 'accept' },
  'referral.action.askMaterials': { zh: '要求补正材料', en: 'ask for materials' },
  'referral.action.materialsIn': { zh: '补正材料', en: 'hand in the materials' },
  'referral.action.handle': { zh: '开始办理', en: 'start handling' },
  'referral.action.answer': { zh: '答复', en: 'answer' },
  'referral.action.close': { zh: '办结', en: 'close' },
  'referral.action.transfer': { zh: '转交其他部门', en: 'transfer to another department' },
  'referral.action.return': { zh: '退回（非本部门职责）', en: 'return as not ours' },
  'referral.action.refile': { zh: '重新报送', en: 'hand up again' },
  'referral.role.town': { zh: '承办部门的工作人员', en: 'the staff of the department handling it' },
  'referral.role.village': { zh: '报送的村（社区）', en: 'the village that handed it up' },
});
