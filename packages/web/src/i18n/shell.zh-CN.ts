/**
 * The shell's Chinese words (app, header, menu) and the sign-in form's checks: with the sign-in
 * page's own (features/auth), all the first screen needs. They are in the first chunk; the rest
 * of the dictionary (zh-CN.ts) loads with the first page that needs it (i18n/index.tsx).
 */
export const shellZhCN = {
  'app.name': '村治',
  'app.tagline': '新型村级治理平台',
  'app.loading': '正在加载…',
  'app.retry': '重试',
  'app.back': '返回',
  'app.cancel': '取消',
  'app.save': '保存',
  'app.submit': '提交',
  'app.confirm': '确定',
  'app.close': '关闭',
  'app.edit': '修改',
  'app.add': '添加',
  'app.search': '搜索',
  'app.none': '无',
  'app.notFound': '页面不存在',
  'app.notFound.hint': '您要找的页面不存在或已被移除。',
  'app.home': '回到首页',
  'app.error': '出错了',
  'app.networkError': '无法连接服务器，请检查网络后重试',
  'app.total': '共 {total} 条',
  'app.yes': '是',
  'app.no': '否',
  'app.saved': '已保存',

  'header.language': '语言',
  'header.largeType': '长辈模式',
  'header.largeType.hint': '大字号、高对比度',
  'header.menu': '菜单',
  'header.account': '我的账号',
  'header.changePassword': '修改密码',
  'header.signOut': '退出',
  'header.villages': '村(社区)列表',

  'menu.grids': '网格',
  'menu.home': '村务概况',
  'menu.myHousehold': '我的家庭',
  'menu.households': '户籍登记',
  'menu.roster': '花名册导入导出',
  'menu.audit': '操作记录与校验',

  // the sign-in and password forms' checks, used before the rest is loaded
  'validate.required': '请填写{field}',
  'validate.phone': '手机号码应为 11 位，以 1 开头',
  // the menu's entries for console-only capabilities: the phone's frame draws the menu too
  'spending.menu': '支出审批',
  'audits.menu': '经济责任审计',
  'archive.menu': '村务档案',
  'finance.menu': '财务',
  'recall.menu': '罢免与补选',
} as const;
