/** Chinese strings of the bodies pages (merged into i18n/zh-CN.ts; i18n.en.ts has the same keys). */
export const bodiesZhCN = {
  'appoint.title': '任命成员：{body}',
  'appoint.person': '人员',
  'appoint.person.placeholder': '输入姓名、手机号或身份证号搜索',
  'appoint.role': '职务',
  'appoint.startsOn': '任职日期',
  'appoint.kinOverride': '仍要任职的理由（记入审计日志）',
  'appoint.kinOverride.hint':
    '仅当户籍登记的亲属关系有误等情形时填写；填写后再次确认即任职，理由与任职一并留痕。',
  'appoint.done': '已任命',
  'endMembership.endedOn': '结束日期',
  'endMembership.done': '已结束任职',
  'term.title': '开启新一届：{body}',
  'term.startsOn': '开始日期',
  'term.endsOn': '结束日期',
  'term.endsOn.hint': '法定任期 {years} 年',
  'term.done': '新一届任期已开启',
  // an office ended before its term, with why (民主评议)
  'home.departed': '本届离任',
  'home.departedText': '{name}（{role}）{date}离任',
} as const;
