import type { CalendarDate } from '../calendarDate.ts';
import { defineMachine } from '../cases/machine.ts';
import { DomainError, type Noun } from '../errors.ts';
import type { MeetingKind } from '../meetings/meetingKinds.ts';
import type { Actor, VillageScope } from '../policies/actor.ts';
import { can } from '../policies/village.ts';

/**
 * A service project (服务项目) of the three lists, seed 004: designed by a group or social
 * organisation for needs on the quarter's list → 村"两委"审议 (a resolution of the two committees'
 * joint meeting) → 申报 to the town → 乡镇党委评估备案 (filed), or returned with the reason and
 * revised → 项目化开展服务 (running) → its result published. Withdrawn by the committees while
 * still in the village's hands.
 */
export const PROJECT_STATES = [
  'designed',
  'reviewed',
  'declared',
  'filed',
  'returned',
  'running',
  'completed',
  'withdrawn',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

export const PROJECT_ACTIONS = [
  'amend',
  'review',
  'declare',
  'file',
  'return',
  'revise',
  'start',
  'complete',
  'withdraw',
] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

/** What villagers see of the projects list: the projects the town filed, running and done. */
export const PUBLIC_PROJECT_STATES: ReadonlySet<ProjectState> = new Set([
  'filed',
  'running',
  'completed',
]);

/** The village's two committees (their cadres) and the town Party committee (its officials). */
export const PROJECT_ACTORS = ['committees', 'town'] as const;
export type ProjectActor = (typeof PROJECT_ACTORS)[number];

/**
 * Who the reader is to a project's procedure: the two committees (their cadres), and the town
 * Party committee — the town's government officials; its discipline commission supervises the
 * village and does not file its projects.
 */
export function projectActors(actor: Actor, scope: VillageScope): ProjectActor[] {
  const roles: ProjectActor[] = [];
  if (can(actor, 'manageServiceLists', scope)) roles.push('committees');
  const governs = actor.staffScopes.some(
    (s) => s.level === 'town' && s.id === scope.townId && s.unit === 'government',
  );
  if (governs && can(actor, 'evaluateServiceProjects', scope)) roles.push('town');
  return roles;
}

export const PROJECT_MACHINE = defineMachine({
  states: PROJECT_STATES,
  actions: PROJECT_ACTIONS,
  roles: PROJECT_ACTORS,
  transitions: [
    // the design changed before its review, or after the town returned it (it stays where it is)
    { from: ['designed'], action: 'amend', to: 'designed', by: ['committees'] },
    { from: ['returned'], action: 'amend', to: 'returned', by: ['committees'] },
    { from: ['designed'], action: 'review', to: 'reviewed', by: ['committees'] },
    { from: ['reviewed'], action: 'declare', to: 'declared', by: ['committees'] },
    { from: ['declared'], action: 'file', to: 'filed', by: ['town'] },
    { from: ['declared'], action: 'return', to: 'returned', by: ['town'] },
    // a returned design, changed, goes through the joint meeting again
    { from: ['returned'], action: 'revise', to: 'designed', by: ['committees'] },
    { from: ['filed'], action: 'start', to: 'running', by: ['committees'] },
    { from: ['running'], action: 'complete', to: 'completed', by: ['committees'] },
    {
      from: ['designed', 'reviewed', 'returned'],
      action: 'withdraw',
      to: 'withdrawn',
      by: ['committees'],
    },
  ],
  noun: (kind, value): Noun => `serviceProject_${value}` as Noun,
});

/** The resolution a review cites, as the decisions capability recorded it. */
export interface ReviewResolution {
  meetingKind: MeetingKind;
  adoptedOn: CalendarDate;
  revokedOn: CalendarDate | null;
}

/**
 * The two committees' review is a resolution of their joint meeting (村"两委"联席会议), in force,
 * adopted on or after the design it approves was recorded (a resolution older than the design
 * cannot have reviewed it).
 */
export function checkReviewResolution(r: ReviewResolution, designedOn: CalendarDate): void {
  if (r.revokedOn) throw new DomainError('service_project_resolution_revoked');
  if (r.meetingKind !== 'twoCommitteesJointMeeting')
    throw new DomainError('service_project_not_joint_meeting');
  if (r.adoptedOn < designedOn)
    throw new DomainError('service_project_resolution_early', { designedOn });
}

/** A project serves at least one need of its own quarter's list; its resources are that list's too. */
export function checkDesignRefs(
  needIds: readonly string[],
  resourceIds: readonly string[],
  listed: { needs: ReadonlySet<string>; resources: ReadonlySet<string> },
): void {
  if (needIds.length === 0)
    throw new DomainError('validation_failed', {}, [
      { field: 'needIds', error: 'service_project_needs_required' },
    ]);
  if (needIds.some((id) => !listed.needs.has(id)))
    throw new DomainError('validation_failed', {}, [
      { field: 'needIds', error: 'service_project_need_unlisted' },
    ]);
  if (resourceIds.some((id) => !listed.resources.has(id)))
    throw new DomainError('validation_failed', {}, [
      { field: 'resourceIds', error: 'service_project_resource_unlisted' },
    ]);
}
