import { defineMachine } from '../cases/machine.ts';
import type { Noun } from '../errors.ts';

/**
 * A dispute's procedure (人民调解法 Arts. 17–33, and 三调联动 beyond it). Registered on a party's
 * application or on the committee's own initiative (Art. 17), it waits for every party's consent;
 * a refusal ends it (不予调解). Accepted, mediators are assigned or chosen and records kept
 * (调解中). An agreement is written (达成协议, effective when all have signed and the seal is on)
 * or oral (in effect at once); performing it (履行中) ends in 结案. Failed mediation is ended
 * (终止) with the other routes explained, and the dispute may go up to a town department for
 * administrative mediation (移交乡镇) or to court (诉讼中) — the same record carries every stage.
 */
export const DISPUTE_STATES = [
  'received',
  'notMediated',
  'mediating',
  'agreed',
  'performing',
  'terminated',
  'atTown',
  'inCourt',
  'closed',
] as const;
export type DisputeState = (typeof DISPUTE_STATES)[number];

export const DISPUTE_ACTIONS = [
  'recordConsent',
  'refuse',
  'accept',
  'assignMediators',
  'keepRecord',
  'reachWritten',
  'reachOral',
  'sign',
  'takeEffect',
  'terminate',
  'applyConfirmation',
  'recordCourt',
  'referToTown',
  'townAnswer',
  'townReturn',
  'goToCourt',
  'recordJudgment',
  'close',
] as const;
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];

/** Who moves a dispute: the committee's mediators, and the town for its own stage. */
export const DISPUTE_ROLES = ['mediator', 'townOfficial'] as const;
export type DisputeRole = (typeof DISPUTE_ROLES)[number];

const M = ['mediator'] as const;
const TOWN = ['townOfficial'] as const;

export const DISPUTE_MACHINE = defineMachine<DisputeState, DisputeAction, DisputeRole>({
  states: DISPUTE_STATES,
  actions: DISPUTE_ACTIONS,
  roles: DISPUTE_ROLES,
  transitions: [
    { from: ['received'], action: 'recordConsent', to: 'received', by: M },
    { from: ['received'], action: 'refuse', to: 'notMediated', by: M },
    { from: ['received'], action: 'accept', to: 'mediating', by: M },
    { from: ['mediating'], action: 'assignMediators', to: 'mediating', by: M },
    { from: ['mediating'], action: 'keepRecord', to: 'mediating', by: M },
    { from: ['mediating'], action: 'reachWritten', to: 'agreed', by: M },
    { from: ['mediating'], action: 'reachOral', to: 'performing', by: M },
    { from: ['agreed'], action: 'sign', to: 'agreed', by: M },
    { from: ['agreed'], action: 'takeEffect', to: 'performing', by: M },
    { from: ['mediating', 'agreed'], action: 'terminate', to: 'terminated', by: M },
    { from: ['performing'], action: 'applyConfirmation', to: 'performing', by: M },
    { from: ['performing'], action: 'recordCourt', to: 'performing', by: M },
    { from: ['terminated'], action: 'referToTown', to: 'atTown', by: M },
    { from: ['atTown'], action: 'townAnswer', to: 'closed', by: TOWN },
    { from: ['atTown'], action: 'townReturn', to: 'terminated', by: TOWN },
    { from: ['terminated', 'atTown'], action: 'goToCourt', to: 'inCourt', by: M },
    { from: ['inCourt'], action: 'recordJudgment', to: 'closed', by: M },
    { from: ['performing', 'terminated'], action: 'close', to: 'closed', by: M },
  ],
  noun: (kind, value) => `dispute${kind[0]!.toUpperCase()}${kind.slice(1)}.${value}` as Noun,
});

/** The stages of 三调联动 a dispute passes through, each with its own body, handler and outcome. */
export const DISPUTE_STAGES = ['people', 'administrative', 'judicial'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];
