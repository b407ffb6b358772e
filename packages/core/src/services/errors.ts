import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of the service station (便民服务站): ids are stable (API, UI, tests); zh-CN first. */
export const SERVICES_ERRORS = defineErrors({
  service_days_range: {
    status: 400,
    zh: '承诺时限须为 0 至 {max} 天的整数（0 天为即办）',
    en: 'The promised time must be a whole number of days from 0 to {max} (0: done at once)',
  },
  service_materials_many: {
    status: 400,
    zh: '所需材料不能超过 {max} 项',
    en: 'At most {max} materials may be listed',
  },
  service_window_number_taken: {
    status: 409,
    zh: '窗口编号 {number} 已被使用',
    en: 'Window number {number} is already used',
  },
  service_not_first_contact: {
    status: 403,
    zh: '该申请的首问责任人是{name}，受理后由首问责任人负责到底（首问责任制）',
    en: 'The first-contact staffer of this request is {name}: they carry it until it closes',
  },
  service_item_inactive: {
    status: 422,
    zh: '该服务事项已停办，不能点单',
    en: 'This service is no longer offered',
  },
  service_no_agency: {
    status: 422,
    zh: '该服务事项不提供全程代办，请指导群众到镇相关部门办理',
    en: 'This service is not carried to the town for the villager (no full agency)',
  },
  service_no_department: {
    status: 422,
    zh: '该窗口尚未对应镇职能部门，不能代办；请先在窗口设置中指定',
    en: 'This window is not mapped to a town department yet: set it first',
  },
  service_requester_required: {
    status: 400,
    zh: '请选择登记在册的村民，或填写申请人姓名',
    en: "Choose a registered villager or type the requester's name",
  },
});

/** What these messages can name: `{what}`, and a request's `{state}`, `{action}`, `{roles}`. */
export const SERVICES_NOUNS = defineNouns({
  serviceWindow: { zh: '服务窗口', en: 'service window' },
  serviceItem: { zh: '服务事项', en: 'service' },
  serviceRequest: { zh: '服务申请', en: 'service request' },
  // states, actions and who (prefixed: other cases have states of the same names)
  service_ordered: { zh: '已点单', en: 'ordered' },
  service_accepted: { zh: '已受理', en: 'accepted' },
  service_awaitingMaterials: { zh: '待补正', en: 'awaiting materials' },
  service_processing: { zh: '办理中', en: 'in hand' },
  service_agency: { zh: '代办中', en: 'with the town' },
  service_completed: { zh: '已办结', en: 'completed' },
  service_rated: { zh: '已评价', en: 'rated' },
  service_refused: { zh: '不予受理', en: 'refused' },
  service_withdrawn: { zh: '已撤回', en: 'withdrawn' },
  service_accept: { zh: '受理', en: 'accept' },
  service_askMaterials: { zh: '通知补正材料', en: 'ask for materials' },
  service_supplyMaterials: { zh: '材料已补齐', en: 'materials supplied' },
  service_process: { zh: '开始办理', en: 'start work' },
  service_handToTown: { zh: '交镇部门代办', en: 'hand to the town' },
  service_townAnswer: { zh: '镇部门答复', en: "the town's answer" },
  service_complete: { zh: '办结', en: 'complete' },
  service_rate: { zh: '评价', en: 'rate' },
  service_refuse: { zh: '不予受理', en: 'refuse' },
  service_withdraw: { zh: '撤回', en: 'withdraw' },
  service_villager: { zh: '申请人本人', en: 'the requester' },
  service_stationStaff: { zh: '服务站工作人员', en: 'the station staff' },
  service_town: { zh: '镇职能部门', en: 'the town department' },
});
