/**
 * The words of the three lists a phone page draws (i18n/phone.zh-CN.ts): the village and town
 * menus' entries, and the villager's page of what was published.
 */
export const serviceListsPhoneZhCN = {
  'serviceLists.menu': '三清单',
  'serviceLists.town.menu': '各村三清单',
  'serviceLists.our.menu': '三清单公示',
  'serviceLists.our.title': '本村三清单',
  'serviceLists.our.hint':
    '每季度公示村民的需求、可借助的资源和经乡镇党委备案的服务项目；对清单有意见，可向村“两委”或村务监督委员会反映。',
  'serviceLists.our.unpublished': '{quarter}的清单尚未公示（应于 {due} 前公示）',
  'serviceLists.our.published': '{quarter} · {on} 公示',
  'serviceLists.our.needs': '需求清单',
  'serviceLists.our.resources': '资源清单',
  'serviceLists.our.projects': '服务项目',
  'serviceLists.our.projects.none': '本季度还没有经乡镇党委备案的服务项目',
  'serviceLists.our.by': '{designer}实施 · 预算 {budget}',
  'serviceLists.our.result': '实施结果：{result}',
  'serviceLists.our.previous': '看上一季度',
};
