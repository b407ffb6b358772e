import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 支出审批与暂停支付（spending）: ids are stable (API, UI, tests); messages zh-CN first. */
export const SPENDING_ERRORS = defineErrors({
  spending_closed: {
    status: 409,
    zh: '该支出申请已经办结（已支付或已退回），不能再办理',
    en: 'This spending request is closed (paid or refused)',
  },
  spending_paid: {
    status: 409,
    zh: '该笔款项已经支付，不能再暂停',
    en: 'This payment has already been made; it can no longer be held',
  },
  hold_open: {
    status: 409,
    zh: '该支出已有尚未解除的暂停支付建议或决定',
    en: 'This request already has a hold that is proposed or in force',
  },
  hold_not_proposed: {
    status: 409,
    zh: '该暂停支付建议已经表决，不能再投票或表决',
    en: 'This hold has already been decided',
  },
  hold_not_in_force: {
    status: 409,
    zh: '该暂停支付未获通过或已经解除',
    en: 'This hold was not adopted or has been released',
  },
  hold_referred: {
    status: 409,
    zh: '该暂停支付已提请村民代表会议，不能重复提请',
    en: "This hold has already been referred to the representatives' meeting",
  },
  not_supervision_member: {
    status: 403,
    zh: '只有村务监督委员会在任委员可以进行此项操作',
    en: 'Only a serving member of the supervision committee may do this',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const SPENDING_NOUNS = defineNouns({
  spendingRequest: { zh: '支出申请', en: 'spending request' },
  spendingHold: { zh: '暂停支付', en: 'payment hold' },
});
