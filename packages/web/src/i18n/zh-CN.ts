/**
 * The Chinese dictionary: the source of every visible string. `en.ts` must
 * have exactly the same keys. Placeholders are `{name}`. The shell's strings
 * are here; each capability keeps its own in `features/<capability>/i18n.zh-CN.ts`
 * (and `i18n.en.ts`), joined below with one line each.
 */
import { registryZhCN } from '../features/registry/i18n.zh-CN.ts';
import { rosterZhCN } from '../features/roster/i18n.zh-CN.ts';
import { auditZhCN } from '../features/audit/i18n.zh-CN.ts';
import { authZhCN } from '../features/auth/i18n.zh-CN.ts';
import { villagesZhCN } from '../features/villages/i18n.zh-CN.ts';
import { bodiesZhCN } from '../features/bodies/i18n.zh-CN.ts';
import { mattersZhCN } from '../features/matters/i18n.zh-CN.ts';
import { meetingsZhCN } from '../features/meetings/i18n.zh-CN.ts';
import { disclosureZhCN } from '../features/disclosure/i18n.zh-CN.ts';
import { financeZhCN } from '../features/finance/i18n.zh-CN.ts';
import { spendingZhCN } from '../features/spending/i18n.zh-CN.ts';
import { complaintsZhCN } from '../features/complaints/i18n.zh-CN.ts';
import { townInboxZhCN } from '../features/townInbox/i18n.zh-CN.ts';
import { evaluationsZhCN } from '../features/evaluations/i18n.zh-CN.ts';
import { archiveZhCN } from '../features/archive/i18n.zh-CN.ts';
import { responsibilityAuditsZhCN } from '../features/responsibilityAudits/i18n.zh-CN.ts';
import { supervisionZhCN } from '../features/supervision/i18n.zh-CN.ts';
import { supervisionEvidenceZhCN } from '../features/supervision/i18n.evidence.zh-CN.ts';

export const zhCN = {
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

  ...registryZhCN,
  ...rosterZhCN,
  ...auditZhCN,
  ...authZhCN,
  ...villagesZhCN,
  ...bodiesZhCN,
  ...mattersZhCN,
  ...meetingsZhCN,
  ...disclosureZhCN,
  ...financeZhCN,
  ...spendingZhCN,
  ...complaintsZhCN,
  ...townInboxZhCN,
  ...evaluationsZhCN,
  ...archiveZhCN,
  ...responsibilityAuditsZhCN,
  ...supervisionZhCN,
  ...supervisionEvidenceZhCN,
} as const;

export type MessageKey = keyof typeof zhCN;
