import { fromYmd, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { PartyMemberOn } from '@cunzhi/core/party/members';
import {
  cadenceFindings,
  cadenceRows,
  committeeMeetingCounts,
  hasCommittee,
  kindsOwed,
  type CadenceRow,
  type HeldMeeting,
} from '@cunzhi/core/party/cadence';
import {
  branchFindings,
  isBranchLike,
  organisationFindings,
  type PartyOrganisationKind,
} from '@cunzhi/core/party/structure';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../platform/db/database.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import {
  meetingFacts,
  partyMembersOn,
  registerPartyMeetings,
  seatHistory,
  seatsOn,
  unitsOn,
  type PartyUnitRow,
  type SeatHistory,
  type SeatRow,
} from './repository.ts';

/** A unit as of a day: who belongs (its own members and those of the units under it), its seats. */
export interface UnitState {
  unit: PartyUnitRow;
  memberIds: ReadonlySet<string>;
  formal: number;
  probationary: number;
  seats: SeatRow[];
  hasSubBranches: boolean;
}

export interface PartyStructure {
  units: UnitState[];
  members: PartyMemberOn[];
  top: UnitState | null;
}

/**
 * The organisation on a day. A member not yet assigned to a unit belongs to the village
 * organisation itself, so its base (PARTY-BRANCH) is every formal member of the village.
 */
export async function structureOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<PartyStructure> {
  const [units, members, seats] = await Promise.all([
    unitsOn(db, villageId, on),
    partyMembersOn(db, villageId, on),
    seatsOn(db, villageId, on),
  ]);
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const top = units.find((u) => u.parent_id === null) ?? null;
  const within = (unitId: string | null, ancestor: string): boolean => {
    for (let at = unitId ?? top?.id ?? null; at !== null; at = parent.get(at) ?? null)
      if (at === ancestor) return true;
    return false;
  };
  const states = units.map((unit): UnitState => {
    const own = members.filter((m) => within(m.unitId, unit.id));
    return {
      unit,
      memberIds: new Set(own.map((m) => m.personId)),
      formal: own.filter((m) => m.status === 'formal').length,
      probationary: own.filter((m) => m.status === 'probationary').length,
      seats: seats.filter((s) => s.unit_id === unit.id),
      hasSubBranches: units.some((u) => u.parent_id === unit.id && u.kind === 'subBranch'),
    };
  });
  return { units: states, members, top: states.find((s) => s.unit.parent_id === null) ?? null };
}

/** PARTY-BRANCH and PARTY-COMMITTEE for one unit on a day. */
export function structureFindings(s: UnitState, on: CalendarDate, params: RuleParams): Finding[] {
  const { unit } = s;
  const own =
    unit.parent_id === null
      ? organisationFindings(
          unit.kind as PartyOrganisationKind,
          s.formal,
          unit.approval_ref,
          on,
          params,
        )
      : [];
  return isBranchLike(unit.kind)
    ? [...own, ...branchFindings(unit.kind, s.formal, s.seats.length, on, params)]
    : own;
}

export const seatedOn = (seats: SeatHistory, unitId: string, d: CalendarDate): number =>
  seats.filter((s) => s.unit_id === unitId && s.since <= d && (s.until === null || s.until > d))
    .length;

/** The window the cadence looks at: from the start of last year, or the unit's founding. */
export const cadenceSince = (unit: PartyUnitRow, today: CalendarDate): CalendarDate => {
  const start = fromYmd(ymd(today).year - 1, 1, 1);
  return unit.founded_on > start ? unit.founded_on : start;
};

/**
 * PARTY-3H1K for every unit: its meetings in the window, a 支委会 counted only with half its
 * committee (seated on the meeting's day) present. The village organisation's 党员大会 also
 * counts those convened in the meetings register (四议两公开's 党员大会审议), never twice.
 */
export async function cadenceOf(
  db: Queryable,
  villageId: string,
  structure: PartyStructure,
  today: CalendarDate,
  params: RuleParams,
): Promise<Map<string, { rows: CadenceRow[]; findings: Finding[] }>> {
  const from = fromYmd(ymd(today).year - 1, 1, 1);
  const [facts, seats, register] = await Promise.all([
    meetingFacts(db, villageId, from, today),
    seatHistory(db, villageId),
    registerPartyMeetings(db, villageId, from, today),
  ]);
  const out = new Map<string, { rows: CadenceRow[]; findings: Finding[] }>();
  for (const s of structure.units) {
    const held: HeldMeeting[] = facts
      .filter((f) => f.unit_id === s.unit.id)
      .map((f) => ({
        kind: f.kind,
        heldOn: f.held_on,
        counted:
          f.kind !== 'committeeMeeting' ||
          committeeMeetingCounts(f.present, seatedOn(seats, s.unit.id, f.held_on), params),
      }));
    if (s === structure.top)
      held.push(
        ...register.map((r) => ({
          kind: 'membersMeeting' as const,
          heldOn: r.meeting_on,
          counted: true,
        })),
      );
    const kinds = kindsOwed(s.unit.kind, s.hasSubBranches, hasCommittee(s.seats.length, params));
    const rows = cadenceRows(kinds, held, cadenceSince(s.unit, today), today, params);
    out.set(s.unit.id, { rows, findings: cadenceFindings(s.unit.name, rows, today) });
  }
  return out;
}

/**
 * A village's organisation today with its rule profile and every unit's 三会一课 cadence: what
 * the town's Party view and the town's dashboard read, as the village's Party page reads it.
 */
export async function cadenceToday(db: Queryable, villageId: string, today: CalendarDate) {
  const [structure, { profile }] = await Promise.all([
    structureOn(db, villageId, today),
    loadVillageProfile(db, villageId, today),
  ]);
  const cadence = await cadenceOf(db, villageId, structure, today, profile.params);
  return { structure, profile, cadence };
}
