import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MemberEventKind } from '@cunzhi/core/collective/membership';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Fingerprint } from '../../platform/audit/repository.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { MemberStatus } from './repository.ts';

/** The reads of the organisation's pages: the register with the registry's facts, events, options. */

export interface RegisterLine {
  personId: string;
  registerNo: number;
  name: string;
  gender: 'male' | 'female';
  birthDate: CalendarDate;
  residentIdNumber: string | null;
  householdNumber: string;
  headName: string | null;
  status: MemberStatus;
  since: CalendarDate;
}

/** Every person ever on the register, by number, with the registry's facts. */
export async function registerLines(
  db: Queryable,
  villageId: string,
  orgId: string,
): Promise<RegisterLine[]> {
  return db.query<RegisterLine>(
    `SELECT m.person_id AS "personId", m.register_no AS "registerNo", p.name, p.gender,
       p.birth_date AS "birthDate", p.resident_id_number AS "residentIdNumber",
       h.number AS "householdNumber", head.name AS "headName", m.status, m.since
     FROM collective_member m
     JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     LEFT JOIN person head ON head.village_id = h.village_id AND head.household_id = h.id
       AND head.relation_to_head = 'head'
     WHERE m.village_id = $1 AND m.org_id = $2
     ORDER BY m.register_no`,
    [villageId, orgId],
  );
}

export interface EventLine {
  id: string;
  personId: string;
  name: string;
  kind: MemberEventKind;
  ground: string;
  occurredOn: CalendarDate;
  reason: string;
  evidence: string;
  resolutionYear: number | null;
  resolutionNumber: number | null;
  appliedOn: CalendarDate | null;
  recordedBy: string | null;
}

/** The latest membership acts, newest first (the reform's entries are one line each). */
export async function eventLines(
  db: Queryable,
  villageId: string,
  orgId: string,
  limit: number,
): Promise<EventLine[]> {
  return db.query<EventLine>(
    `SELECT e.id, e.person_id AS "personId", p.name, e.kind, e.ground, e.occurred_on AS "occurredOn",
       e.reason, e.evidence, r.year AS "resolutionYear", r.number AS "resolutionNumber",
       e.applied_on AS "appliedOn", a.display_name AS "recordedBy"
     FROM collective_member_event e
     JOIN person p ON p.village_id = e.village_id AND p.id = e.person_id
     LEFT JOIN resolution r ON r.village_id = e.village_id AND r.id = e.resolution_id
     LEFT JOIN account a ON a.id = e.recorded_by
     WHERE e.village_id = $1 AND e.org_id = $2
     ORDER BY e.occurred_on DESC, e.recorded_at DESC LIMIT $3`,
    [villageId, orgId, limit],
  );
}

/** When each member on the register was last confirmed (or restored), and on what ground. */
export async function confirmations(
  db: Queryable,
  villageId: string,
  orgId: string,
  on: CalendarDate,
): Promise<Map<string, { on: CalendarDate; ground: string }>> {
  const rows = await db.query<{ personId: string; on: CalendarDate; ground: string }>(
    `SELECT DISTINCT ON (e.person_id) e.person_id AS "personId", e.occurred_on AS on, e.ground
     FROM collective_member_event e
     WHERE e.village_id = $1 AND e.org_id = $2 AND e.kind = 'confirm' AND e.occurred_on <= $3
     ORDER BY e.person_id, e.occurred_on DESC`,
    [villageId, orgId, on],
  );
  return new Map(rows.map((r) => [r.personId, { on: r.on, ground: r.ground }]));
}

/** Registry persons not on the register as members today, for the assembly's confirmations. */
export async function candidates(
  db: Queryable,
  villageId: string,
  orgId: string,
  groupId: string | null,
): Promise<Array<{ id: string; name: string; householdNumber: string; birthDate: CalendarDate }>> {
  return db.query(
    `SELECT p.id, p.name, h.number AS "householdNumber", p.birth_date AS "birthDate"
     FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     WHERE p.village_id = $1 AND ($3::uuid IS NULL OR h.villager_group_id = $3)
       AND NOT EXISTS (SELECT 1 FROM collective_member m WHERE m.village_id = p.village_id
         AND m.org_id = $2 AND m.person_id = p.id AND m.status = 'member')
     ORDER BY h.number, p.birth_date`,
    [villageId, orgId, groupId],
  );
}

/** Resolutions of the organisation's meetings of these kinds, newest first. */
export async function collectiveResolutions(
  db: Queryable,
  villageId: string,
  orgId: string,
  kinds: readonly MeetingKind[],
): Promise<
  Array<{
    id: string;
    year: number;
    number: number;
    title: string;
    meetingKind: MeetingKind;
    power: string | null;
    adoptedOn: CalendarDate;
  }>
> {
  return db.query(
    `SELECT r.id, r.year, r.number, r.title, m.kind AS "meetingKind", mo.collective_power AS power,
       r.adopted_on AS "adoptedOn"
     FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id
     JOIN motion mo ON mo.village_id = r.village_id AND mo.id = r.motion_id
     WHERE r.village_id = $1 AND m.collective_org_id = $2 AND m.kind = ANY($3::text[])
       AND r.revoked_on IS NULL AND m.invalid_reason IS NULL
     ORDER BY r.adopted_on DESC, r.number DESC LIMIT 200`,
    [villageId, orgId, kinds],
  );
}

/** The latest act on the organisation's audit record: the register's print is of this state. */
export async function registerFingerprint(
  db: Queryable,
  villageId: string,
  orgId: string,
): Promise<Fingerprint | null> {
  const [row] = await db.query<Fingerprint>(
    `SELECT seq, hash FROM audit_event
     WHERE chain_id = $1 AND target_type = 'collectiveOrg' AND target_id = $2
     ORDER BY seq DESC LIMIT 1`,
    [villageId, orgId],
  );
  return row ?? null;
}

/** The village's villager groups, by number. */
export async function groupsOf(
  db: Queryable,
  villageId: string,
): Promise<Array<{ id: string; name: string }>> {
  return db.query(`SELECT id, name FROM villager_group WHERE village_id = $1 ORDER BY number`, [
    villageId,
  ]);
}

/**
 * Registry persons who were of the village on a day: born by then, and not moved in after it
 * (the reform's members are those its register confirmed; the registry is how a village that
 * kept no separate list finds them), by household and birth.
 */
export async function residentsOn(
  db: Queryable,
  villageId: string,
  groupId: string | null,
  on: CalendarDate,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT p.id FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     WHERE p.village_id = $1 AND ($2::uuid IS NULL OR h.villager_group_id = $2) AND p.birth_date <= $3
       AND NOT (p.residence_status = 'movedIn' AND coalesce(p.residence_since, $3) > $3)
     ORDER BY h.number, p.relation_to_head <> 'head', p.birth_date`,
    [villageId, groupId, on],
  );
  return rows.map((r) => r.id);
}
