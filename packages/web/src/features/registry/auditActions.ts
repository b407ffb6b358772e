/** What each audit action means, for people reading the log (the code stays visible beside it). */
export const AUDIT_ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  'demo.seeded': { zh: '载入演示数据', en: 'Demo data loaded' },
  'village.created': { zh: '建立村（社区）', en: 'Village created' },
  'household.created': { zh: '立户', en: 'Household created' },
  'household.updated': { zh: '修改户信息', en: 'Household changed' },
  'person.added': { zh: '登记人员', en: 'Person added' },
  'person.updated': { zh: '修改人员信息', en: 'Person changed' },
  'kinTie.recorded': { zh: '登记亲属关系', en: 'Family tie recorded' },
  'roster.imported': { zh: '导入花名册', en: 'Roster imported' },
  'bodyTerm.opened': { zh: '开启新一届', en: 'Term opened' },
  'membership.appointed': { zh: '任命成员', en: 'Member appointed' },
  'membership.ended': { zh: '成员离任', en: 'Member left' },
  'account.opened': { zh: '开通账号', en: 'Account opened' },
  'account.passwordReset': { zh: '重置密码', en: 'Password reset' },
  'account.passwordChanged': { zh: '修改密码', en: 'Password changed' },
  'account.locked': { zh: '账号锁定（密码多次错误）', en: 'Account locked (failed sign-ins)' },
};
