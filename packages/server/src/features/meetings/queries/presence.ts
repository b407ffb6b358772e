import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Queryable } from '../../../platform/db/database.ts';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import type { Presence } from '@cunzhi/core/meetings/quorum';
import {
  countsOf,
  presenceOf,
  SEAT_ROLES,
  sheetRowsOf,
  takesHouseholdRepresentatives,
  voterOf,
  VOTING_CAPACITIES,
  type EligibleVoter,
  type MeetingFacts,
  type MeetingPresence,
  type PresenceCounts,
  type SheetHousehold,
  type SheetRow,
  type VoterRow,
} from '../presence.ts';
import { memberIdsOnSql } from '../../collective/meetings/queries.ts';

/**
 * The bodies whose serving members are due at a body meeting. The
 * representatives' meeting is the representatives plus the villagers'
 * committee (VCOL Art. 25); the joint meeting is both committees.
 */
const BODY_MEETINGS: Partial<Record<MeetingKind, BodyKind[]>> = {
  representativesMeeting: ['representativesMeeting', 'villagersCommittee'],
  villagersDeliberationCouncil: ['villagersDeliberationCouncil'],
  twoCommitteesJointMeeting: ['partyBranch', 'villagersCommittee'],
  membersRepresentativesAssembly: ['collectiveRepresentatives'],
  collectiveCouncilMeeting: ['collectiveCouncil'],
};

/**
 * Persons to narrow those due to: listed, or selected by a subquery of
 * person ids (`among`, given the statement's parameter binder).
 */
export type Only = readonly string[] | { among: (p: (value: unknown) => string) => string };

/** Binds a value as the next parameter of a statement being built; returns its placeholder. */
function bind(params: unknown[]): (value: unknown) => string {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

/**
 * SQL selecting `(id, name, household_id, is_rep)` of everyone due to attend a
 * meeting on its date, computed live from the registry and the bodies: adults
 * (18 on the meeting date) of the village or the group, serving members of
 * the bodies, or Party members. `only` narrows it to some persons: listed,
 * or those a subquery selects (`{ among }`).
 */
function eligibleSql(m: MeetingFacts, villageId: string, params: unknown[], only?: Only): string {
  const p = bind(params);
  const narrow = !only
    ? ''
    : 'among' in only
      ? ` AND p.id IN (${only.among(p)})`
      : ` AND p.id = ANY(${p(only)}::uuid[])`;
  const adultBorn = () => p(latestBirthDateForAge(m.meetingOn, ADULT_AGE));
  switch (m.kind) {
    case 'villagersAssembly':
      return `SELECT p.id, p.name, p.household_id, false AS is_rep FROM person p
        WHERE p.village_id = ${p(villageId)}::uuid AND p.birth_date <= ${adultBorn()}::date${narrow}`;
    case 'villagerGroupMeeting':
      return `SELECT p.id, p.name, p.household_id, false AS is_rep FROM person p
        JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
        WHERE p.village_id = ${p(villageId)}::uuid AND h.villager_group_id = ${p(m.villagerGroupId)}::uuid
          AND p.birth_date <= ${adultBorn()}::date${narrow}`;
    case 'partyMembersMeeting':
      return `SELECT p.id, p.name, p.household_id, false AS is_rep FROM person p
        WHERE p.village_id = ${p(villageId)}::uuid AND p.party_member${narrow}`;
    case 'membersAssembly': {
      // the organisation's members on the day with full civil capacity (Art. 26): minors are
      // members, not of the assembly
      const v = p(villageId);
      return `SELECT p.id, p.name, p.household_id, false AS is_rep FROM person p
        WHERE p.village_id = ${v}::uuid AND p.birth_date <= ${adultBorn()}::date
          AND p.id IN (${memberIdsOnSql(v, p(m.collectiveOrgId), p(m.meetingOn))})${narrow}`;
    }
    case 'representativesMeeting':
    case 'villagersDeliberationCouncil':
    case 'twoCommitteesJointMeeting':
    case 'membersRepresentativesAssembly':
    case 'collectiveCouncilMeeting': {
      const on = p(m.meetingOn);
      return `SELECT p.id, p.name, p.household_id, bool_or(b.kind = 'representativesMeeting') AS is_rep
        FROM body_membership s
        JOIN body_term t ON t.village_id = s.village_id AND t.id = s.term_id
        JOIN body b ON b.village_id = s.village_id AND b.id = s.body_id
        JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
        WHERE s.village_id = ${p(villageId)}::uuid AND b.kind = ANY(${p(BODY_MEETINGS[m.kind])}::text[])
          AND s.role = ANY(${p(SEAT_ROLES)}::text[])
          AND t.starts_on <= ${on}::date AND ${on}::date <= t.ends_on
          AND s.starts_on <= ${on}::date AND (s.ended_on IS NULL OR ${on}::date < s.ended_on)${narrow}
        GROUP BY p.id, p.name, p.household_id`;
    }
  }
}

/**
 * `WITH … voters AS (…)`: everyone due at the meeting with their check-in and
 * proxy, and whether they count — the rule, in one place: in person with a
 * voting capacity, or (at meetings that accept proxies) through their proxy
 * when they did not come themselves and their holder, due at the meeting
 * too, is checked in with a voting capacity. Supervisors and observers
 * never count (seed 002).
 */
function votersSql(
  m: MeetingFacts,
  villageId: string,
  params: unknown[],
  only?: Only,
  options: { holdersAmongThem?: boolean } = {},
): string {
  const eligible = eligibleSql(m, villageId, params, only);
  // with `only`, holders of the selected principals are looked up beyond them, unless the
  // caller knows the holders it cares about are among them (a holder casting a vote)
  const holderEligible =
    only && !options.holdersAmongThem
      ? eligibleSql(m, villageId, params)
      : 'SELECT id FROM eligible';
  const p = bind(params);
  const [v, mid, caps] = [p(villageId), p(m.id), p(VOTING_CAPACITIES)];
  const proxies = p(MEETING_KIND_INFO[m.kind].proxies);
  return `WITH eligible AS (${eligible}), holder_eligible AS (${holderEligible}),
    joined AS (
      SELECT e.id, e.name, e.household_id, e.is_rep, a.capacity, x.holder_id,
        (a.capacity = ANY(${caps}::text[])) IS TRUE AS in_person,
        (${proxies}::boolean AND a.capacity IS NULL
          AND (ha.capacity = ANY(${caps}::text[]) AND he.id IS NOT NULL) IS TRUE) AS by_proxy
      FROM eligible e
      LEFT JOIN attendance a ON a.village_id = ${v}::uuid AND a.meeting_id = ${mid}::uuid AND a.person_id = e.id
      LEFT JOIN meeting_proxy x ON x.village_id = ${v}::uuid AND x.meeting_id = ${mid}::uuid AND x.principal_id = e.id
      LEFT JOIN attendance ha ON ha.village_id = ${v}::uuid AND ha.meeting_id = ${mid}::uuid AND ha.person_id = x.holder_id
      LEFT JOIN holder_eligible he ON he.id = x.holder_id),
    voters AS (SELECT j.*, j.in_person OR j.by_proxy AS counted FROM joined j)`;
}

/**
 * Everyone due at the meeting with their check-in and proxy, in one query
 * (a 1,000-person assembly is one round trip, no per-person lookups); who
 * counts is `votersSql`'s rule.
 */
export async function loadVoters(
  db: Queryable,
  villageId: string,
  m: MeetingFacts,
  only?: Only,
  options: { holdersAmongThem?: boolean } = {},
): Promise<EligibleVoter[]> {
  const params: unknown[] = [];
  const voters = votersSql(m, villageId, params, only, options);
  const rows = await db.query<VoterRow>(
    `${voters} SELECT id, name, household_id, is_rep, capacity, holder_id, counted, by_proxy
     FROM voters ORDER BY name, id`,
    params,
  );
  return rows.map(voterOf);
}

/** Households of the village (assembly) or of the group (group meeting): the base of the households path. */
const HOUSEHOLD_BASE = (village: string, group: string) =>
  `SELECT count(*) AS n FROM household WHERE village_id = ${village}::uuid AND (${group}::uuid IS NULL OR villager_group_id = ${group}::uuid)`;

const baseGroup = (m: MeetingFacts) =>
  m.kind === 'villagerGroupMeeting' ? m.villagerGroupId : null;

async function householdBase(db: Queryable, villageId: string, m: MeetingFacts): Promise<number> {
  const [row] = await db.query<{ n: number }>(HOUSEHOLD_BASE('$1', '$2'), [
    villageId,
    baseGroup(m),
  ]);
  return row?.n ?? 0;
}

/** Core's `Presence` for a meeting, computed live on the meeting date, with everyone due. */
export async function meetingPresence(
  db: Queryable,
  villageId: string,
  m: MeetingFacts,
): Promise<MeetingPresence> {
  const voters = await loadVoters(db, villageId, m);
  const households = takesHouseholdRepresentatives(m.kind)
    ? await householdBase(db, villageId, m)
    : null;
  return { presence: presenceOf(m.kind, countsOf(voters), households), voters };
}

/** Presence counted in the database, and who checked in without being due. */
export interface CountedPresence {
  presence: Presence;
  attendeesNotDue: string[];
}

/**
 * `meetingPresence`'s figures without loading everyone due, in one
 * statement: those due are counted, and the rule of who counts is applied
 * only to those who could count — who checked in or lodged a proxy (a
 * holder counts for a principal only while checked in, so holders are
 * among them) — not to every adult of a 5,000-person village.
 */
export async function countedPresence(
  db: Queryable,
  villageId: string,
  m: MeetingFacts,
): Promise<CountedPresence> {
  const params: unknown[] = [];
  const p = bind(params);
  const [v, mid] = [p(villageId), p(m.id)];
  const attendees = `SELECT person_id FROM attendance WHERE village_id = ${v}::uuid AND meeting_id = ${mid}::uuid`;
  const among = `${attendees} UNION SELECT principal_id FROM meeting_proxy WHERE village_id = ${v}::uuid AND meeting_id = ${mid}::uuid`;
  const voters = votersSql(
    m,
    villageId,
    params,
    { among: () => among },
    { holdersAmongThem: true },
  );
  const due = eligibleSql(m, villageId, params);
  const [withHouseholds, group] = [p(takesHouseholdRepresentatives(m.kind)), p(baseGroup(m))];
  const [row] = await db.query<PresenceCounts & { households: number; attendeesNotDue: string[] }>(
    `${voters}
     SELECT d.members, d.representatives, c."present", c."householdsPresent",
       CASE WHEN ${withHouseholds}::boolean THEN (${HOUSEHOLD_BASE(v, group)}) END AS households,
       ARRAY(${attendees} AND person_id NOT IN (SELECT id FROM eligible) ORDER BY person_id) AS "attendeesNotDue"
     FROM (SELECT count(*) AS members, count(*) FILTER (WHERE is_rep) AS representatives FROM (${due}) e) d,
       (SELECT count(*) FILTER (WHERE counted) AS "present",
          count(DISTINCT household_id) FILTER (WHERE counted) AS "householdsPresent" FROM voters) c`,
    params,
  );
  if (!row) throw new Error('counting presence returned no row');
  return {
    presence: presenceOf(m.kind, row, row.households),
    attendeesNotDue: row.attendeesNotDue,
  };
}

/** Is the person serving on the village affairs supervision committee on a date? */
export async function isServingSupervisor(
  db: Queryable,
  villageId: string,
  personId: string,
  on: CalendarDate,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM body_membership s
     JOIN body_term t ON t.village_id = s.village_id AND t.id = s.term_id
     JOIN body b ON b.village_id = s.village_id AND b.id = s.body_id
     WHERE s.village_id = $1 AND s.person_id = $2 AND b.kind = 'villageAffairsSupervisionCommittee'
       AND s.role = ANY($4::text[])
       AND t.starts_on <= $3::date AND $3::date <= t.ends_on
       AND s.starts_on <= $3::date AND (s.ended_on IS NULL OR $3::date < s.ended_on)`,
    [villageId, personId, on, SEAT_ROLES],
  );
  return rows.length > 0;
}

/** Everyone due at the meeting in sheet order (group, household, name): one query for the voters, one for their households. */
export async function sheetRows(
  db: Queryable,
  villageId: string,
  m: MeetingFacts,
): Promise<SheetRow[]> {
  const voters = await loadVoters(db, villageId, m);
  const households = await db.query<SheetHousehold>(
    `SELECT h.id, h.number, g.number AS group_number, g.name AS group_name
     FROM household h JOIN villager_group g ON g.village_id = h.village_id AND g.id = h.villager_group_id
     WHERE h.village_id = $1 AND h.id = ANY($2::uuid[])`,
    [villageId, [...new Set(voters.map((v) => v.householdId))]],
  );
  return sheetRowsOf(voters, households);
}
