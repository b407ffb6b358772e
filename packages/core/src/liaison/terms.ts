/**
 * The words of 民情 as data, with no other import: the contract, the server and the phone's pages
 * (which must stay light) all take their lists from here; the rules are in cases.ts.
 */
export const LIAISON_CATEGORIES = [
  'infrastructure',
  'environment',
  'safety',
  'dispute',
  'livelihood',
  'policy',
  'cadreConduct',
  'other',
] as const;
export type LiaisonCategory = (typeof LIAISON_CATEGORIES)[number];

export const LIAISON_URGENCIES = ['urgent', 'normal', 'low'] as const;
export type LiaisonUrgency = (typeof LIAISON_URGENCIES)[number];

export const LIAISON_SOURCES = ['villager', 'gridChief', 'visit'] as const;
export type LiaisonSource = (typeof LIAISON_SOURCES)[number];

export const LIAISON_STATES = [
  'reported',
  'acknowledged',
  'handling',
  'routed',
  'answered',
  'rated',
  'unrated',
  'closed',
  'merged',
] as const;
export type LiaisonState = (typeof LIAISON_STATES)[number];

export const LIAISON_ACTIONS = [
  'acknowledge',
  'handle',
  'route',
  'answerRouted',
  'returnRouted',
  'feedback',
  'rate',
  'reopen',
  'close',
  'merge',
] as const;
export type LiaisonAction = (typeof LIAISON_ACTIONS)[number];

/**
 * reporter: who raised it (and only they rate it); handler: whoever holds it at its level (the
 * grid's chief, the two committees, the supervision committee, the town); assignee: the village
 * body or town department it was handed to.
 */
export const LIAISON_ROLES = ['reporter', 'handler', 'assignee'] as const;
export type LiaisonRole = (typeof LIAISON_ROLES)[number];

export const LIAISON_LEVELS = ['grid', 'village', 'supervision', 'town'] as const;
export type LiaisonLevel = (typeof LIAISON_LEVELS)[number];

export const RATINGS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** The bodies of the village a case may be handed to (已流转), besides a town department. */
export const ROUTE_BODIES = [
  'villagersCommittee',
  'convenienceServiceStation',
  'mediationCommittee',
  'collectiveCouncil',
  'socialOrganization',
] as const;
export type RouteBody = (typeof ROUTE_BODIES)[number];
