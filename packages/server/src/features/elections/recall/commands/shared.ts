import type { OfficeEndReason } from '@cunzhi/contract/bodies';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { applyRecallAct, type RecallAct, type RecallRecord } from '@cunzhi/core/elections/flows';
import { RuleRefusal, type Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import type { Queryable, Tx } from '../../../../platform/db/database.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import {
  endMembershipRow,
  findBody,
  listMemberships,
  type MembershipRow,
} from '../../../bodies/repository.ts';
import { rollPersonIds, servingMembers } from '../../repository.ts';
import { paramsOn } from '../../commands/shared.ts';
import {
  findRecall,
  latestRollElection,
  registryAdultIds,
  updateRecall,
  type RecallColumns,
  type RecallRow,
} from '../repository.ts';

/** The bodies whose members are elected, recalled and by-elected (VCOL Arts. 11–19, 32). */
export const ELECTED_BODIES = ['villagersCommittee', 'villageAffairsSupervisionCommittee'] as const;
export type ElectedBody = (typeof ELECTED_BODIES)[number];

export async function loadRecall(tx: Tx, cmd: CommandContext, id: string): Promise<RecallRow> {
  const row = await findRecall(tx, cmd.villageId, id, 'FOR UPDATE');
  if (!row) throw new DomainError('not_found', { what: 'recall' });
  return row;
}

/** The member facing recall does not run their own recall (they may still give their reply). */
export function refuseOwnCase(cmd: CommandContext, recall: RecallRow): void {
  if (cmd.personId !== null && cmd.personId === recall.person_id)
    throw new DomainError('recall_own_case');
}

/** Signatures are collected until the request is made. */
export function refuseUnlessCollecting(recall: RecallRow): void {
  if (recall.stage !== 'collecting')
    throw new DomainError('recall_signatures_closed', { on: recall.received_on ?? '' });
}

/**
 * Runs one act through core's recall flow (a refusal is thrown citing its article) and writes
 * the record back with the step's columns and the findings it recorded.
 */
export async function applyRecall(
  tx: Tx,
  cmd: CommandContext,
  recall: RecallRow,
  act: RecallAct,
  set: RecallColumns,
): Promise<{ record: RecallRecord; findings: readonly Finding[] }> {
  const p = await paramsOn(tx, cmd, act.on);
  const out = applyRecallAct(recall.record, act, p);
  if (!out.ok) throw new RuleRefusal(out.refusal);
  await updateRecall(tx, cmd.villageId, recall.id, out.record, set, out.findings);
  return out;
}

/**
 * 有选举权的村民 on a day: the latest published roll (core's reading of the law: the last roll),
 * or without one the registry's villagers with hukou here who are 18 by the day.
 */
export async function votersOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<{ basis: 'roll' | 'registry'; ids: Set<string> }> {
  const election = await latestRollElection(db, villageId, on);
  if (election) return { basis: 'roll', ids: await rollPersonIds(db, villageId, election) };
  return { basis: 'registry', ids: await registryAdultIds(db, villageId, on, 'hukouHere') };
}

/**
 * The signatures counted on a day: those of voters against the voters, those of representatives
 * against the representatives serving (VCOL-16-RECALL-INIT's two bases).
 */
export type SignatureCounts = Awaited<ReturnType<typeof signatureCounts>>;

export async function signatureCounts(
  db: Queryable,
  villageId: string,
  signerIds: readonly string[],
  on: CalendarDate,
) {
  const [voters, reps] = await Promise.all([
    votersOn(db, villageId, on),
    representativesOn(db, villageId, on),
  ]);
  return {
    voterBasis: voters.basis,
    voters: voters.ids.size,
    signers: signerIds.filter((id) => voters.ids.has(id)).length,
    representatives: reps.size,
    representativeSigners: signerIds.filter((id) => reps.has(id)).length,
  };
}

/** The representatives serving on a day (村民代表). */
export async function representativesOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<Set<string>> {
  return new Set(await servingMembers(db, villageId, 'representativesMeeting', on));
}

/** A seat of an elected body (ended or not). */
export async function electedSeat(
  db: Queryable,
  villageId: string,
  membershipId: string,
): Promise<MembershipRow & { kind: ElectedBody }> {
  const seat = (await listMemberships(db, villageId)).find((m) => m.id === membershipId);
  const kind = seat && (await findBody(db, villageId, seat.body_id))?.kind;
  if (!seat || !(ELECTED_BODIES as readonly string[]).includes(kind ?? ''))
    throw new DomainError('validation_failed', {}, [
      { field: 'membershipId', error: 'recall_member_not_serving' },
    ]);
  return { ...seat, kind: kind as ElectedBody };
}

/** A seat of an elected body, still held (not ended). */
export async function heldSeat(
  db: Queryable,
  villageId: string,
  membershipId: string,
): Promise<MembershipRow & { kind: ElectedBody }> {
  const seat = await electedSeat(db, villageId, membershipId);
  if (seat.ended_on !== null)
    throw new DomainError('office_already_ended', { name: seat.person_name, on: seat.ended_on });
  return seat;
}

/**
 * Ends a seat on a day with its reason through the bodies feature's writer, and records it on
 * the body's history as the bodies feature does (`membership.ended`), with the act that ended it.
 */
export async function endSeat(
  tx: Tx,
  cmd: CommandContext,
  seat: MembershipRow,
  endedOn: CalendarDate,
  reason: OfficeEndReason,
  because: Record<string, unknown>,
): Promise<void> {
  if (endedOn < seat.starts_on)
    throw new DomainError('validation_failed', {}, [
      { field: 'on', error: 'date_order', params: { other: seat.starts_on } },
    ]);
  await endMembershipRow(tx, cmd.villageId, seat.id, endedOn, reason);
  await recordEvent(
    cmd,
    tx,
    'membership.ended',
    { type: 'body', id: seat.body_id },
    {
      membershipId: seat.id,
      personId: seat.person_id,
      personName: seat.person_name,
      endedOn,
      reason,
      ...because,
    },
  );
}
