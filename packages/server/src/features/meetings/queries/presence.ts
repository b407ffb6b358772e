import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Queryable } from '../../../platform/db/database.ts';
import {
  presenceOf,
  SEAT_ROLES,
  sheetRowsOf,
  takesHouseholdRepresentatives,
  voterOf,
  VOTING_CAPACITIES,
  type EligibleVoter,
  type MeetingFacts,
  type MeetingPresence,
  type SheetHousehold,
  type SheetRow,
  type VoterRow,
} from '../presence.ts';

/**
 * The bodies whose serving members are due at a body meeting. The
 * representatives' meeting is the representatives plus the villagers'
 * committee (VCOL Art. 25); the joint meeting is both committees.
 */
const BODY_MEETINGS: Partial<Record<MeetingKind, BodyKind[]>> = {
  representativesMeeting: ['representativesMeeting', 'villagersCommittee'],
  villagersDeliberationCouncil: ['villagersDeliberationCouncil'],
  twoCommitteesJointMeeting: ['partyBranch', 'villagersCommittee'],
};

/**
 * SQL selecting `(id, name, household_id, is_rep)` of everyone due to attend a
 * meeting on its date, computed live from the registry and the bodies: adults
 * (18 on the meeting date) of the village or the group, serving members of
 * the bodies, or Party members. `only` narrows it to some persons.
 */
function eligibleSql(
  m: MeetingFacts,
  villageId: string,
  params: unknown[],
  only?: readonly string[],
): string {
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const narrow = only ? ` AND p.id = ANY(${p(only)}::uuid[])` : '';
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
    case 'representativesMeeting':
    case 'villagersDeliberationCouncil':
    case 'twoCommitteesJointMeeting': {
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
 * Everyone due at the meeting with their check-in and proxy, in one query
 * (a 1,000-person assembly is one round trip, no per-person lookups); who
 * counts is `voterOf`'s rule.
 */
export async function loadVoters(
  db: Queryable,
  villageId: string,
  m: MeetingFacts,
  only?: readonly string[],
  options: { holdersAmongThem?: boolean } = {},
): Promise<EligibleVoter[]> {
  const params: unknown[] = [];
  const eligible = eligibleSql(m, villageId, params, only);
  params.push(villageId, m.id, VOTING_CAPACITIES);
  const v = `$${params.length - 2}`;
  const mid = `$${params.length - 1}`;
  const caps = `$${params.length}`;
  // with `only`, holders of the selected principals are looked up beyond them, unless the
  // caller knows the holders it cares about are among them (a holder casting a vote)
  const holderEligible =
    only && !options.holdersAmongThem
      ? eligibleSql(m, villageId, params)
      : 'SELECT id FROM eligible';
  const rows = await db.query<VoterRow>(
    `WITH eligible AS (${eligible}), holder_eligible AS (${holderEligible})
     SELECT e.id, e.name, e.household_id, e.is_rep, a.capacity, x.holder_id,
       (ha.capacity = ANY(${caps}::text[]) AND he.id IS NOT NULL) AS holder_present
     FROM eligible e
     LEFT JOIN attendance a ON a.village_id = ${v}::uuid AND a.meeting_id = ${mid}::uuid AND a.person_id = e.id
     LEFT JOIN meeting_proxy x ON x.village_id = ${v}::uuid AND x.meeting_id = ${mid}::uuid AND x.principal_id = e.id
     LEFT JOIN attendance ha ON ha.village_id = ${v}::uuid AND ha.meeting_id = ${mid}::uuid AND ha.person_id = x.holder_id
     LEFT JOIN holder_eligible he ON he.id = x.holder_id
     ORDER BY e.name, e.id`,
    params,
  );
  return rows.map((r) => voterOf(m.kind, r));
}

/** Households of the village (assembly) or of the group (group meeting): the base of the households path. */
async function householdBase(db: Queryable, villageId: string, m: MeetingFacts): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM household WHERE village_id = $1 AND ($2::uuid IS NULL OR villager_group_id = $2)`,
    [villageId, m.kind === 'villagerGroupMeeting' ? m.villagerGroupId : null],
  );
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
  return { presence: presenceOf(m.kind, voters, households), voters };
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
