/**
 * What the three lists (三清单, seed 004: 每季度梳理公示"需求清单""资源清单""项目清单") hold.
 *
 * A need comes from the platform's records of the quarter — service requests at the station,
 * grid visits and 民情 cases — counted, never named (the list is posted on the board), or from
 * what villagers said at a 村民说事 / 民情恳谈 evening. A resource is what the village can draw
 * on: people (volunteers, 乡土人才), venues (微阵地), funds (the 孵化基金, public money) and
 * donors (乡贤捐赠).
 */
export const NEED_SOURCES = [
  'serviceRequests',
  'liaisonCases',
  'gridVisits',
  'villagersSay',
  'other',
] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

export const NEED_SOURCE_NAMES: Record<NeedSource, { zh: string; en: string }> = {
  serviceRequests: { zh: '便民服务点单', en: 'Service requests' },
  liaisonCases: { zh: '民情反映', en: '民情 cases' },
  gridVisits: { zh: '网格走访', en: 'Grid visits' },
  villagersSay: { zh: '村民说事', en: 'Villagers say' },
  other: { zh: '其他', en: 'Other' },
};

export const RESOURCE_KINDS = ['people', 'venue', 'fund', 'donor'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_KIND_NAMES: Record<ResourceKind, { zh: string; en: string }> = {
  people: { zh: '人力', en: 'People' },
  venue: { zh: '场地', en: 'Venue' },
  fund: { zh: '资金', en: 'Funds' },
  donor: { zh: '捐赠', en: 'Donor' },
};

/** Funds and donations carry an amount; people and venues do not. */
export const hasAmount = (kind: ResourceKind): boolean => kind === 'fund' || kind === 'donor';

/** Who designs a service project (seed 004: 群众组织和社会组织根据村民需求和可借助资源设计服务项目). */
export const DESIGNER_KINDS = ['villagerGroup', 'socialOrganisation'] as const;
export type DesignerKind = (typeof DESIGNER_KINDS)[number];

export const DESIGNER_KIND_NAMES: Record<DesignerKind, { zh: string; en: string }> = {
  villagerGroup: { zh: '群众组织', en: "Villagers' group" },
  socialOrganisation: { zh: '社会组织', en: 'Social organisation' },
};
