import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Presence } from '@cunzhi/core/meetings/quorum';
import type { Capacity, SheetRow } from '@cunzhi/core/meetings/attendance';
import type { MeetingRow } from './repository/meetings.ts';

export type { SheetRow };

/**
 * Who is due at a meeting and who counts, as rules over loaded rows: no
 * database here (the loading is in queries/presence.ts).
 */

/** The facts of a meeting that decide who is due to attend it. */
export interface MeetingFacts {
  id: string;
  kind: MeetingKind;
  meetingOn: CalendarDate;
  villagerGroupId: string | null;
  collectiveOrgId: string | null;
}

export function facts(m: MeetingRow): MeetingFacts {
  return {
    id: m.id,
    kind: m.kind,
    meetingOn: m.meeting_on,
    villagerGroupId: m.villager_group_id,
    collectiveOrgId: m.collective_org_id,
  };
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
 * A person due at the meeting as loaded, with whether they count: the SQL
 * (queries/presence.ts) applies the rule, so the page's figures can be
 * counted there without loading everyone.
 */
export interface VoterRow {
  id: string;
  name: string;
  household_id: string;
  is_rep: boolean;
  capacity: Capacity | null;
  holder_id: string | null;
  counted: boolean;
  by_proxy: boolean;
}

export function voterOf(r: VoterRow): EligibleVoter {
  return {
    personId: r.id,
    name: r.name,
    householdId: r.household_id,
    isRepresentative: r.is_rep,
    capacity: r.capacity,
    proxyHolderId: r.holder_id,
    counted: r.counted,
    byProxy: r.by_proxy,
  };
}

/** Presence as counted over everyone due (in SQL for a page, or over loaded voters). */
export interface PresenceCounts {
  members: number;
  present: number;
  /** Distinct households of those counted present. */
  householdsPresent: number;
  representatives: number;
}

export function countsOf(voters: EligibleVoter[]): PresenceCounts {
  const counted = voters.filter((x) => x.counted);
  return {
    members: voters.length,
    present: counted.length,
    householdsPresent: new Set(counted.map((x) => x.householdId)).size,
    representatives: voters.filter((x) => x.isRepresentative).length,
  };
}

/**
 * Core's `Presence` for a meeting: who is due (members), who is counted
 * present, and for the assembly and the group meeting the households and
 * households represented. Supervisors (capacity `supervisor`) and observers
 * never count (seed 002).
 */
export function presenceOf(
  kind: MeetingKind,
  c: PresenceCounts,
  households: number | null,
): Presence {
  const presence: Presence = { members: c.members, present: c.present };
  // where households send representatives, quorum may also be reached through households
  if (takesHouseholdRepresentatives(kind)) {
    presence.households = households ?? 0;
    presence.householdsPresent = c.householdsPresent;
  }
  if (kind === 'representativesMeeting') presence.representatives = c.representatives;
  return presence;
}

/**
 * Seed 002: supervisors attend to supervise and have no vote, except at
 * meetings they attend in their own right: as villagers (the assembly and
 * the group meeting), as Party members (the Party members' meeting, which
 * they do not supervise) or as the cooperative's members (its members'
 * assembly: the village's supervision committee does not supervise it).
 */
export function supervisorsVoteAsVillagers(kind: MeetingKind): boolean {
  return (
    kind === 'villagersAssembly' ||
    kind === 'villagerGroupMeeting' ||
    kind === 'partyMembersMeeting' ||
    kind === 'membersAssembly'
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

/** A household on the sign-in sheet: its number and group. */
export interface SheetHousehold {
  id: string;
  number: string;
  group_number: number;
  group_name: string;
}

/** Everyone due at the meeting in sheet order: group, household, name. */
export function sheetRowsOf(voters: EligibleVoter[], households: SheetHousehold[]): SheetRow[] {
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
        representative: v.isRepresentative,
      };
    })
    .sort(
      (a, b) =>
        a.groupNumber - b.groupNumber ||
        a.householdNumber.localeCompare(b.householdNumber) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
}

/** Principals whose written proxy a person holds, among those loaded. */
export function representedBy(voters: EligibleVoter[], holderId: string): EligibleVoter[] {
  return voters.filter((v) => v.proxyHolderId === holderId);
}
