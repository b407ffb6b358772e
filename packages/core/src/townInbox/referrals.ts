import { defineMachine } from '../cases/machine.ts';
import { DomainError, type Noun } from '../errors.ts';

/**
 * A referral's life at the town (issue 11 item 4, issue 13 item 7): what a village hands up — a
 * complaint about a cadre, a service done by a department for the villager (代办), a 民情 case,
 * a dispute for administrative mediation, a petition forwarded — is accepted, may wait for
 * materials (the clock stops), is handled and answered, and closed; or the department transfers
 * it to the right one, or returns it as "not ours" with a reason, and the village hands it on
 * again. The answer flows back to the village and the villager through the source's feature.
 */
export const REFERRAL_STATUSES = [
  'filed',
  'accepted',
  'awaitingMaterials',
  'handling',
  'answered',
  'closed',
  'returned',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_STEPS = [
  'accept',
  'askMaterials',
  'materialsIn',
  'handle',
  'answer',
  'close',
  'transfer',
  'return',
  'refile',
] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

/** Who takes a step: the addressee's staff at the town, or the village that handed it up. */
export type ReferralSide = 'town' | 'village';

/** Statuses in which the referral is the town's to move (its due date runs unless paused). */
export const REFERRAL_OPEN_AT_TOWN: readonly ReferralStatus[] = ['filed', 'accepted', 'handling'];

export const referralMachine = defineMachine({
  states: REFERRAL_STATUSES,
  actions: REFERRAL_STEPS,
  roles: ['town', 'village'] as const,
  transitions: [
    { from: ['filed'], action: 'accept', to: 'accepted', by: ['town'] },
    {
      from: ['accepted', 'handling'],
      action: 'askMaterials',
      to: 'awaitingMaterials',
      by: ['town'],
    },
    // the materials may come to the village's counter or straight to the department
    { from: ['awaitingMaterials'], action: 'materialsIn', to: 'handling', by: ['town', 'village'] },
    { from: ['accepted'], action: 'handle', to: 'handling', by: ['town'] },
    // an answer may be corrected while the referral is open
    { from: ['accepted', 'handling', 'answered'], action: 'answer', to: 'answered', by: ['town'] },
    { from: ['answered'], action: 'close', to: 'closed', by: ['town'] },
    { from: ['filed', 'accepted'], action: 'transfer', to: 'filed', by: ['town'] },
    { from: ['filed', 'accepted'], action: 'return', to: 'returned', by: ['town'] },
    { from: ['returned'], action: 'refile', to: 'filed', by: ['village'] },
  ],
  noun: (kind, value) => `referral.${kind}.${value}` as Noun,
});

/**
 * Steps only a department's referral takes: a referral to the discipline commission or the town
 * government is accepted, handled and answered by its unit, never bounced between departments.
 */
export const DEPARTMENT_ONLY_STEPS: ReadonlySet<ReferralStep> = new Set([
  'askMaterials',
  'materialsIn',
  'transfer',
  'return',
  'refile',
]);

/** The steps a side may take on a referral now, for its buttons. */
export function referralActions(
  status: ReferralStatus,
  side: ReferralSide,
  toDepartment: boolean,
): ReferralStep[] {
  return referralMachine
    .actionsFor(status, [side])
    .filter((a) => toDepartment || !DEPARTMENT_ONLY_STEPS.has(a));
}

/** The state a step leads to (throws as the machine does), department-only steps refused elsewhere. */
export function referralNext(
  status: ReferralStatus,
  step: ReferralStep,
  side: ReferralSide,
  toDepartment: boolean,
): ReferralStatus {
  if (!toDepartment && DEPARTMENT_ONLY_STEPS.has(step))
    throw new DomainError('case_step_refused', {
      state: `referral.state.${status}`,
      action: `referral.action.${step}`,
    });
  return referralMachine.step(status, step, [side]);
}

/** A town's departments are data; their kind lets a village's window or form name the right one. */
export const DEPARTMENT_KINDS = [
  'civilAffairs',
  'socialSecurity',
  'health',
  'construction',
  'culture',
  'lawEnforcement',
  'petitionOffice',
  'justice',
  'agriculture',
  'comprehensive',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
