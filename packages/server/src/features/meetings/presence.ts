import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { MEETING_KIND_INFO, type MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Presence } from '@cunzhi/core/meetings/quorum';
import type { Queryable } from '../../platform/db/database.ts';
import type { Capacity } from './repository.ts';
import type { SheetRow } from '@cunzhi/core/meetings/attendance';

export type { SheetRow };

/** The facts of a meeting that decide who is due to attend it. */
export interface MeetingFacts {
  id: string;
  kind: MeetingKind;
  meetingOn: CalendarDate;
  villagerGroupId: string | null;
}

/** One person due to attend (and entitled to vote), with how they are there, if at all. */
export interface EligibleVoter {
  personId: string;
  name: string;
  householdId: string;
  /** Serving in the representatives' meeting body (the base of VCOL-22-SPECIAL there). */
  isRepresentative: boolean;
  /** Their own check-in, if any. */
  capacity: Capacity | null;
  /** Holder of their written proxy, if one was lodged. */
  proxyHolderId: string | null;
  /** Counted present: checked in with a voting capacity, or (proxy meetings) their holder is. */
  counted: boolean;
  /** Counted through their proxy holder rather than in person. */
  byProxy: boolean;
}

export interface MeetingPresence {
  presence: Presence;
  voters: EligibleVoter[];
}

/** Capacities that count towards quorum and carry a vote. */
export const VOTING_CAPACITIES: readonly Capacity[] = ['member', 'householdRepresentative'];

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

/** Roles that are seats of a body; staff of a body (工作人员) are not its members. */
export const SEAT_ROLES = [
  'secretary',
  'deputySecretary',
  'chair',
  'viceChair',
  'member',
  'representative',
];

/**
 * SQL selecting `(id, name, household_id, is_rep)` of everyone due to attend a
 * meeting on its date, computed live from the registry and the bodies: adults
 * (18 on the meeting date) of the village or the group, serving members of
 * the bodies, or Party members. `only` narrows it to some persons.
 */
export function eligibleSql(
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

interface VoterRow {
  id: string;
  name: string;
  household_id: string;
  is_rep: boolean;
  capacity: Capacity | null;
  holder_id: string | null;
  holder_present: boolean | null;
}

/**
 * Everyone due at the meeting with their check-in and proxy, in one query
 * (a 1,000-person assembly is one round trip, no per-person lookups).
 * A principal counts through their proxy only at meetings that accept
 * proxies, only if they did not come themselves, and only while their
 * holder — due at the meeting too — is checked in with a voting capacity.
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
  const proxies = MEETING_KIND_INFO[m.kind].proxies;
  return rows.map((r) => {
    const inPerson = r.capacity !== null && VOTING_CAPACITIES.includes(r.capacity);
    const byProxy = proxies && r.capacity === null && r.holder_present === true;
    return {
      personId: r.id,
      name: r.name,
      householdId: r.household_id,
      isRepresentative: r.is_rep,
      capacity: r.capacity,
      proxyHolderId: r.holder_id,
      counted: inPerson || byProxy,
      byProxy,
    };
  });
}

/** Households of the village (assembly) or of the group (group meeting): the base of the households path. */
async function householdBase(db: Queryable, villageId: string, m: MeetingFacts): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM household WHERE village_id = $1 AND ($2::uuid IS NULL OR villager_group_id = $2)`,
    [villageId, m.kind === 'villagerGroupMeeting' ? m.villagerGroupId : null],
  );
  return row?.n ?? 0;
}

/**
 * Core's `Presence` for a meeting, computed live on the meeting date: who is
 * due (members), who is counted present, and for the assembly and the group
 * meeting the households and households represented. Supervisors (capacity
 * `supervisor`) and observers never count (seed 002).
 */
export async function meetingPresence(
  db: Queryable,
  villageId: string,
  m: MeetingFacts,
): Promise<MeetingPresence> {
  const voters = await loadVoters(db, villageId, m);
  const counted = voters.filter((x) => x.counted);
  const presence: Presence = { members: voters.length, present: counted.length };
  if (m.kind === 'villagersAssembly' || m.kind === 'villagerGroupMeeting') {
    presence.households = await householdBase(db, villageId, m);
    presence.householdsPresent = new Set(counted.map((x) => x.householdId)).size;
  }
  if (m.kind === 'representativesMeeting')
    presence.representatives = voters.filter((x) => x.isRepresentative).length;
  return { presence, voters };
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

/**
 * Seed 002: supervisors attend to supervise and have no vote, except at
 * meetings they attend in their own right: as villagers (the assembly and
 * the group meeting) or as Party members (the Party members' meeting, which
 * they do not supervise).
 */
export function supervisorsVoteAsVillagers(kind: MeetingKind): boolean {
  return (
    kind === 'villagersAssembly' ||
    kind === 'villagerGroupMeeting' ||
    kind === 'partyMembersMeeting'
  );
}

/**
 * The capacities a person may check themselves in with (by phone), the
 * default first: as a member if they are due at the meeting (a serving
 * supervisor only where they attend in their own right), and as a supervisor
 * if they serve on the supervision committee. Both at the assembly for a
 * supervisor who is a villager there: the choice is theirs.
 */
export function selfCheckInCapacities(
  kind: MeetingKind,
  due: boolean,
  supervisor: boolean,
): Array<'member' | 'supervisor'> {
  const out: Array<'member' | 'supervisor'> = [];
  if (due && (!supervisor || supervisorsVoteAsVillagers(kind))) out.push('member');
  if (supervisor) out.push('supervisor');
  return out;
}

/** Meetings where a household may send one adult to speak for it (户的代表, VCOL Arts. 22 and 28). */
export function takesHouseholdRepresentatives(kind: MeetingKind): boolean {
  return kind === 'villagersAssembly' || kind === 'villagerGroupMeeting';
}

/** Everyone due at the meeting in sheet order (group, household, name): one query for the voters, one for their households. */
export async function sheetRows(
  db: Queryable,
  villageId: string,
  m: MeetingFacts,
): Promise<SheetRow[]> {
  const voters = await loadVoters(db, villageId, m);
  const households = await db.query<{
    id: string;
    number: string;
    group_number: number;
    group_name: string;
  }>(
    `SELECT h.id, h.number, g.number AS group_number, g.name AS group_name
     FROM household h JOIN villager_group g ON g.village_id = h.village_id AND g.id = h.villager_group_id
     WHERE h.village_id = $1 AND h.id = ANY($2::uuid[])`,
    [villageId, [...new Set(voters.map((v) => v.householdId))]],
  );
  const byId = new Map(households.map((h) => [h.id, h]));
  return voters
    .map((v) => {
      const h = byId.get(v.householdId);
      return {
        personId: v.personId,
        name: v.name,
        householdId: v.householdId,
        householdNumber: h?.number ?? '',
        groupNumber: h?.group_number ?? 0,
        groupName: h?.group_name ?? '',
        capacity: v.capacity,
        counted: v.counted,
        byProxy: v.byProxy,
      };
    })
    .sort(
      (a, b) =>
        a.groupNumber - b.groupNumber ||
        a.householdNumber.localeCompare(b.householdNumber) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
}
