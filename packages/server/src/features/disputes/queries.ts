import { departmentsOfVillageTown } from '../townInbox/queries.ts';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DisputeStage, DisputeState } from '@cunzhi/core/disputes/machine';
import { checkMediationCommittee } from '@cunzhi/core/disputes/rules';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { Queryable } from '../../platform/db/database.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { servingMembers, type ServingMember } from '../rules/queries/composition.ts';
import {
  agreementOf,
  confirmationOf,
  findDispute,
  partiesOf,
  stagesOf,
  type AgreementRow,
  type ConfirmationRow,
  type DisputeRow,
  type PartyRow,
} from './repository.ts';

/** A line of the register: the dispute, its parties' names, its stage now and its window. */
export interface DisputeListRow {
  id: string;
  number: number;
  year: number;
  category: string;
  subject: string;
  status: DisputeState;
  received_on: CalendarDate;
  closed_on: CalendarDate | null;
  parties: string[];
  stage: DisputeStage;
  confirm_last_day: CalendarDate | null;
  confirmation_applied: boolean;
}

const LIST = `SELECT d.id, d.number, d.year, d.category, d.subject, d.status, d.received_on,
    d.closed_on,
    ARRAY(SELECT p.name FROM dispute_party p
          WHERE p.village_id = d.village_id AND p.dispute_id = d.id ORDER BY p.seq) AS parties,
    (SELECT s.stage FROM dispute_stage s WHERE s.village_id = d.village_id AND s.dispute_id = d.id
      ORDER BY s.seq DESC LIMIT 1) AS stage,
    a.confirm_last_day,
    EXISTS (SELECT 1 FROM dispute_confirmation c
            WHERE c.village_id = d.village_id AND c.dispute_id = d.id) AS confirmation_applied
  FROM dispute d
  LEFT JOIN dispute_agreement a ON a.village_id = d.village_id AND a.dispute_id = d.id`;

/** States in which a dispute is over (结案, 不予调解): the register's second view. */
const ENDED = `('closed', 'notMediated')`;

/**
 * The register: every dispute (the demo's check), or one view of it — those still open, or the
 * latest 500 ended — newest first.
 */
export async function disputeList(
  { db }: { db: Queryable },
  villageId: string,
  view?: 'open' | 'ended',
): Promise<DisputeListRow[]> {
  const filter =
    view === 'open'
      ? `AND d.status NOT IN ${ENDED}`
      : view === 'ended'
        ? `AND d.status IN ${ENDED}`
        : '';
  return db.query<DisputeListRow>(
    `${LIST} WHERE d.village_id = $1 ${filter}
     ORDER BY d.year DESC, d.number DESC ${view === 'ended' ? 'LIMIT 500' : ''}`,
    [villageId],
  );
}

/** How many disputes of the village are open and ended. */
export async function disputeCounts(
  { db }: { db: Queryable },
  villageId: string,
): Promise<{ open: number; ended: number }> {
  const [row] = await db.query<{ open: number; ended: number }>(
    `SELECT count(*) FILTER (WHERE status NOT IN ${ENDED})::int AS open,
       count(*) FILTER (WHERE status IN ${ENDED})::int AS ended
     FROM dispute WHERE village_id = $1`,
    [villageId],
  );
  return { open: Number(row?.open ?? 0), ended: Number(row?.ended ?? 0) };
}

export interface DisputeDetailRows {
  row: DisputeRow;
  list: DisputeListRow;
  parties: PartyRow[];
  mediators: Array<{
    person_id: string;
    name: string;
    how: 'assigned' | 'chosen';
    since: CalendarDate;
  }>;
  records: Array<{
    seq: number;
    held_on: CalendarDate;
    place: string;
    present: string;
    content: string;
  }>;
  agreement: (AgreementRow & { mediator_name: string | null }) | null;
  confirmation: ConfirmationRow | null;
  stages: Array<
    Awaited<ReturnType<typeof stagesOf>>[number] & {
      referral_status: string | null;
      referral_due_on: CalendarDate | null;
    }
  >;
  villageName: string;
  fingerprint: { seq: number; hash: string } | null;
}

/** Everything a dispute's page and its 调解协议书 show. */
export async function disputeDetail(
  { db }: { db: Queryable },
  villageId: string,
  id: string,
): Promise<DisputeDetailRows | null> {
  const row = await findDispute(db, villageId, id);
  if (!row) return null;
  const [list] = await db.query<DisputeListRow>(`${LIST} WHERE d.village_id = $1 AND d.id = $2`, [
    villageId,
    id,
  ]);
  const mediators = await db.query<DisputeDetailRows['mediators'][number]>(
    `SELECT m.person_id, p.name, m.how, m.since FROM dispute_mediator m
     JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE m.village_id = $1 AND m.dispute_id = $2 ORDER BY m.since, p.name`,
    [villageId, id],
  );
  const records = await db.query<DisputeDetailRows['records'][number]>(
    `SELECT seq, held_on, place, present, content FROM dispute_record
     WHERE village_id = $1 AND dispute_id = $2 ORDER BY seq`,
    [villageId, id],
  );
  const agreement = await agreementOf(db, villageId, id);
  const stages = await db.query<DisputeDetailRows['stages'][number]>(
    `SELECT s.seq, s.stage, s.body, s.handler, s.department_id, s.referral_id, s.started_on,
       s.ended_on, s.outcome, r.status AS referral_status, r.due_on AS referral_due_on
     FROM dispute_stage s
     LEFT JOIN town_referral r ON r.village_id = s.village_id AND r.id = s.referral_id
     WHERE s.village_id = $1 AND s.dispute_id = $2 ORDER BY s.seq`,
    [villageId, id],
  );
  const [village] = await db.query<{ name: string }>('SELECT name FROM village WHERE id = $1', [
    villageId,
  ]);
  const mediatorName = agreement?.mediator_person_id
    ? (mediators.find((m) => m.person_id === agreement.mediator_person_id)?.name ?? null)
    : null;
  return {
    row,
    list: list!,
    parties: await partiesOf(db, villageId, id),
    mediators,
    records,
    agreement: agreement && { ...agreement, mediator_name: mediatorName },
    confirmation: await confirmationOf(db, villageId, id),
    stages,
    villageName: village?.name ?? '',
    fingerprint: await lastDisputeFingerprint(db, villageId, id),
  };
}

/** The latest act on the dispute (any `dispute.*` event), printed on its papers. */
async function lastDisputeFingerprint(db: Queryable, villageId: string, id: string) {
  const [row] = await db.query<{ seq: number; hash: string }>(
    `SELECT seq, hash FROM audit_event
     WHERE chain_id = $1 AND target_type = 'dispute' AND target_id = $2
     ORDER BY seq DESC LIMIT 1`,
    [villageId, id],
  );
  return row ?? null;
}

/** The village's serving mediators today, and its town's departments (for a referral). */
export async function mediationOptions(
  { db }: { db: Queryable },
  villageId: string,
  on: CalendarDate,
): Promise<{ mediators: ServingMember[]; departments: Array<{ id: string; name: string }> }> {
  const mediators = await servingMembers(db, villageId, on, { kinds: ['mediationCommittee'] });
  const departments = await departmentsOfVillageTown(db, villageId);
  return { mediators, departments };
}

/**
 * The mediation committee as the law judges it today (RMTJ-08-SIZE), under the village's
 * profile: the disputes register shows it above the list.
 */
export async function committeeFindings(
  { db }: { db: Queryable },
  villageId: string,
  on: CalendarDate,
): Promise<{ members: number; findings: Finding[] }> {
  const members = await servingMembers(db, villageId, on, { kinds: ['mediationCommittee'] });
  const params = (await loadVillageProfile(db, villageId, on)).profile.params;
  return {
    members: members.length,
    findings: checkMediationCommittee({ on, members }, params['RMTJ-08-SIZE']),
  };
}

/** A line of the mediation 台账: a dispute received in the period, as it stands. */
export interface LedgerRow extends DisputeListRow {
  village_id: string;
  village_name: string;
  origin: string;
  accepted_on: CalendarDate | null;
  mediators: string[];
  agreement_form: 'written' | 'oral' | null;
  agreement_number: number | null;
  effective_on: CalendarDate | null;
  ruling: 'confirmed' | 'rejected' | null;
  outcome: string | null;
  stages: string[];
}

/** The disputes of some villages registered in a period, village by village, for the 台账. */
export async function ledgerRows(
  db: Queryable,
  villageIds: readonly string[],
  from: CalendarDate,
  to: CalendarDate,
): Promise<LedgerRow[]> {
  return db.query<LedgerRow>(
    `SELECT l.*, v.name AS village_name, d.origin, d.accepted_on, d.outcome,
       ARRAY(SELECT p.name FROM dispute_mediator m
             JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
             WHERE m.village_id = d.village_id AND m.dispute_id = d.id ORDER BY p.name) AS mediators,
       a.form AS agreement_form, a.number AS agreement_number, a.effective_on,
       c.ruling,
       ARRAY(SELECT s.stage FROM dispute_stage s
             WHERE s.village_id = d.village_id AND s.dispute_id = d.id ORDER BY s.seq) AS stages
     FROM (${LIST.replace('SELECT d.id', 'SELECT d.village_id, d.id')}
           WHERE d.village_id = ANY($1::uuid[]) AND d.received_on BETWEEN $2 AND $3) l
     JOIN dispute d ON d.village_id = l.village_id AND d.id = l.id
     JOIN village v ON v.id = d.village_id
     LEFT JOIN dispute_agreement a ON a.village_id = d.village_id AND a.dispute_id = d.id
     LEFT JOIN dispute_confirmation c ON c.village_id = d.village_id AND c.dispute_id = d.id
     ORDER BY v.name, l.year, l.number`,
    [[...villageIds], from, to],
  );
}

/** The villages of the towns and counties an official serves in (the combined 台账). */
export async function villagesOfStaff(
  { db }: { db: Queryable },
  scopes: ReadonlyArray<{ level: 'town' | 'county'; id: string }>,
): Promise<Array<{ id: string; town_name: string }>> {
  const towns = scopes.filter((s) => s.level === 'town').map((s) => s.id);
  const counties = scopes.filter((s) => s.level === 'county').map((s) => s.id);
  return db.query(
    `SELECT v.id, t.name AS town_name FROM village v JOIN town t ON t.id = v.town_id
     WHERE t.id = ANY($1::uuid[]) OR t.county_id = ANY($2::uuid[])
     ORDER BY t.name, v.name`,
    [towns, counties],
  );
}

/**
 * Adult residents of a village, one per household, from households where nobody holds a seat
 * (so no mediator is a party's relative), in a stable order: the demo's parties.
 */
export async function residentsWithoutSeats(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
  count: number,
): Promise<Array<{ id: string; name: string }>> {
  return db.query(
    `SELECT id, name FROM (
       SELECT DISTINCT ON (p.household_id) p.id, p.name, p.household_id FROM person p
       WHERE p.village_id = $1 AND p.residence_status = 'resident'
         AND p.birth_date <= ($2::date - interval '25 years')
         AND NOT EXISTS (SELECT 1 FROM body_membership m
                         JOIN person q ON q.village_id = m.village_id AND q.id = m.person_id
                         WHERE m.village_id = p.village_id AND q.household_id = p.household_id)
       ORDER BY p.household_id, p.birth_date, p.id) one
     ORDER BY household_id LIMIT $3`,
    [villageId, on, count],
  );
}
