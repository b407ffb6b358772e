import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { RoutingContext } from '@cunzhi/core/matters/routing';
import type { MatterFacts, TakenStep } from '@cunzhi/core/matters/workflows';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Queryable } from '../../platform/db/database.ts';
import { findPerson } from '../registry/repository/persons.ts';
import { orgsOf } from '../collective/repository.ts';
import { DECIDING_STEPS } from './workflow.ts';
import {
  findDecidingMotionId,
  findMatter,
  findResolution,
  listAuthorisations,
  listResolutions,
  listSteps,
  servingPostHolders,
  toAuthorisation,
  type MatterRow,
  type ResolutionRow,
} from './repository.ts';

/**
 * The facts core's workflow rules need about a matter, gathered from rows:
 * steps taken, authorisations, the revoked decision, who holds which post,
 * the resolution that decided it.
 */

/** A matter a step can be taken on: it exists and was not withdrawn. */
export async function requireMatter(
  db: Queryable,
  villageId: string,
  matterId: string,
  forUpdate = false,
): Promise<MatterRow> {
  const matter = await findMatter(db, villageId, matterId, { forUpdate });
  if (!matter) throw new DomainError('not_found', { what: 'matter' });
  if (matter.status === 'withdrawn') throw new DomainError('matter_withdrawn');
  return matter;
}

/** Steps taken so far (one row per kind). */
export async function takenSteps(
  db: Queryable,
  villageId: string,
  matterId: string,
): Promise<TakenStep[]> {
  return (await listSteps(db, villageId, matterId)).map((s) => ({ kind: s.kind, on: s.on_date }));
}

/** Whether the village has its village-level collective economic organisation (else its committee acts for it). */
export async function hasCollectiveOrganisation(
  db: Queryable,
  villageId: string,
): Promise<boolean> {
  return (await orgsOf(db, villageId)).some((o) => o.level === 'village');
}

/** Routing facts: the village's authorisations and, for a revocation, who made the revoked decision. */
export async function routingFor(
  db: Queryable,
  villageId: string,
  matter: Pick<MatterRow, 'revokes_resolution_id'>,
  on: CalendarDate,
): Promise<RoutingContext> {
  const authorisations = (await listAuthorisations(db, villageId)).map(toAuthorisation);
  let revokedDecisionBy: MeetingKind | null = null;
  if (matter.revokes_resolution_id) {
    const target = await findResolution(db, villageId, matter.revokes_resolution_id);
    revokedDecisionBy = target?.meeting_kind ?? null;
  }
  const collectiveOrganisation = await hasCollectiveOrganisation(db, villageId);
  return { authorisations, on, revokedDecisionBy, collectiveOrganisation };
}

/** What core's checkStep is given about the matter on a date. */
export async function matterFacts(
  db: Queryable,
  villageId: string,
  matter: MatterRow,
  on: CalendarDate,
): Promise<MatterFacts> {
  return {
    category: matter.category,
    workflow: matter.workflow,
    taken: await takenSteps(db, villageId, matter.id),
    routing: await routingFor(db, villageId, matter, on),
  };
}

/**
 * 一肩挑: on that date the serving Party secretary is also the serving
 * villagers' committee chair (SIYI-ORDER lets steps 1 and 2 merge).
 */
export async function concurrentSecretaryChair(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<boolean> {
  const secretaries = await servingPostHolders(db, villageId, 'partyBranch', ['secretary'], on);
  if (secretaries.length === 0) return false;
  const chairs = new Set(
    await servingPostHolders(db, villageId, 'villagersCommittee', ['chair'], on),
  );
  return secretaries.some((id) => chairs.has(id));
}

/**
 * The resolution that decided the matter: the one made by the motion of its
 * deciding step (a joint meeting's deliberation may leave a resolution too),
 * else, before the decision, the latest one on the matter.
 */
export async function resolutionOfMatter(
  db: Queryable,
  villageId: string,
  matterId: string,
): Promise<ResolutionRow | null> {
  const rows = await listResolutions(db, villageId, { matterId });
  const motionId = await findDecidingMotionId(db, villageId, matterId, DECIDING_STEPS);
  const decided = motionId ? rows.find((r) => r.motion_id === motionId) : undefined;
  return decided ?? rows[0] ?? null;
}

/**
 * Whom a notice names for questions and objections: they go to the
 * supervision committee (UX.md), so its chair serving on the day, with the
 * phone in the registry.
 */
export async function objectionsContact(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<{ name: string; phone: string | null } | null> {
  const [chairId] = await servingPostHolders(
    db,
    villageId,
    'villageAffairsSupervisionCommittee',
    ['chair'],
    on,
  );
  const chair = chairId ? await findPerson(db, villageId, chairId) : null;
  return chair ? { name: chair.name, phone: chair.phone } : null;
}
