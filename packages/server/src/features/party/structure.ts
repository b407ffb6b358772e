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
import type { ResolvedProfile, RuleParams } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../platform/db/database.ts';
import { loadVillageProfiles, type VillageProfile } from '../../platform/rules/villageProfile.ts';
import {
  meetingFactsIn,
  partyMembersOn,
  registerPartyMeetingsIn,
  seatHistoryIn,
  seatsIn,
  seatsOn,
  unitsIn,
  unitsOn,
  type PartyUnitRow,
  type SeatHistory,
  type SeatRow,
} from './repository.ts';

/** A unit as of a day: who belongs (its own members and those of the units under it), its seats. */
export interface UnitState extends UnitShape {
  memberIds: ReadonlySet<string>;
  formal: number;
  probationary: number;
}

/** A unit as the cadence sees it: its committee's seats and whether sub-branches stand under it. */
export interface UnitShape {
  unit: PartyUnitRow;
  seats: SeatRow[];
  hasSubBranches: boolean;
}

/** The units of one village with their seats, in the units' order. */
const unitShapes = (units: readonly PartyUnitRow[], seats: readonly SeatRow[]): UnitShape[] =>
  units.map((unit) => ({
    unit,
    seats: seats.filter((s) => s.unit_id === unit.id),
    hasSubBranches: units.some((u) => u.parent_id === unit.id && u.kind === 'subBranch'),
  }));

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
  const states = unitShapes(units, seats).map((shape): UnitState => {
    const own = members.filter((m) => within(m.unitId, shape.unit.id));
    return {
      ...shape,
      memberIds: new Set(own.map((m) => m.personId)),
      formal: own.filter((m) => m.status === 'formal').length,
      probationary: own.filter((m) => m.status === 'probationary').length,
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

/** Rows looked up by a key: every row with that key, in their order (none: an empty list). */
function groupedBy<T>(rows: readonly T[], key: (row: T) => string): (k: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const group = groups.get(key(r));
    if (group) group.push(r);
    else groups.set(key(r), [r]);
  }
  return (k) => groups.get(k) ?? [];
}

/** The window the cadence looks at: from the start of last year, or the unit's founding. */
export const cadenceSince = (unit: PartyUnitRow, today: CalendarDate): CalendarDate => {
  const start = fromYmd(ymd(today).year - 1, 1, 1);
  return unit.founded_on > start ? unit.founded_on : start;
};

export type UnitCadence = Map<string, { rows: CadenceRow[]; findings: Finding[] }>;

export interface VillageCadence {
  profile: ResolvedProfile;
  /** The units standing today, the village organisation (no parent) first. */
  units: UnitShape[];
  cadence: UnitCadence;
}

/**
 * PARTY-3H1K for every unit of some villages today: each unit's meetings in the window, a 支委会
 * counted only with half its committee (seated on the meeting's day) present. The village
 * organisation's 党员大会 also counts those convened in the meetings register (四议两公开's
 * 党员大会审议), never twice. The village's Party page, the town's Party view and the town's
 * dashboard all read this: the facts of every village in a handful of statements, whatever their
 * number, then core's cadence per unit in memory.
 */
export async function cadenceIn(
  db: Queryable,
  villageIds: readonly string[],
  today: CalendarDate,
  /** The villages' profiles today, when the caller reads them once for several readers. */
  profilesRead: Promise<ReadonlyMap<string, VillageProfile>> = loadVillageProfiles(
    db,
    villageIds,
    today,
  ),
): Promise<Map<string, VillageCadence>> {
  const from = fromYmd(ymd(today).year - 1, 1, 1);
  const [units, seats, profiles, facts, history, register] = await Promise.all([
    unitsIn(db, villageIds, today),
    seatsIn(db, villageIds, today),
    profilesRead,
    meetingFactsIn(db, villageIds, from, today),
    seatHistoryIn(db, villageIds),
    registerPartyMeetingsIn(db, villageIds, from, today),
  ]);
  // the rows grouped once by village and unit: filtered over the whole scope for each unit and
  // each committee meeting, a county's 300 villages cost ~150 ms of the server's time per read
  const unitsOf = groupedBy(units, (u) => u.village_id);
  const seatsOf = groupedBy(seats, (s) => s.village_id);
  const factsOf = groupedBy(facts, (f) => f.unit_id);
  const historyOf = groupedBy(history, (h) => h.unit_id);
  const registerOf = groupedBy(register, (r) => r.village_id);
  const out = new Map<string, VillageCadence>();
  for (const villageId of villageIds) {
    const { profile } = profiles.get(villageId)!;
    const shapes = unitShapes(unitsOf(villageId), seatsOf(villageId));
    const top = shapes.find((s) => s.unit.parent_id === null);
    const cadence: UnitCadence = new Map();
    for (const s of shapes) {
      const held: HeldMeeting[] = factsOf(s.unit.id).map((f) => ({
        kind: f.kind,
        heldOn: f.held_on,
        counted:
          f.kind !== 'committeeMeeting' ||
          committeeMeetingCounts(
            f.present,
            seatedOn(historyOf(s.unit.id), s.unit.id, f.held_on),
            profile.params,
          ),
      }));
      if (s === top)
        for (const r of registerOf(villageId))
          held.push({ kind: 'membersMeeting', heldOn: r.meeting_on, counted: true });
      const kinds = kindsOwed(
        s.unit.kind,
        s.hasSubBranches,
        hasCommittee(s.seats.length, profile.params),
      );
      const rows = cadenceRows(kinds, held, cadenceSince(s.unit, today), today, profile.params);
      cadence.set(s.unit.id, { rows, findings: cadenceFindings(s.unit.name, rows, today) });
    }
    out.set(villageId, { profile, units: shapes, cadence });
  }
  return out;
}

/**
 * A village's organisation today with its rule profile and every unit's 三会一课 cadence: what
 * the village's Party page and the town's Party view read.
 */
export async function cadenceToday(db: Queryable, villageId: string, today: CalendarDate) {
  const [structure, village] = await Promise.all([
    structureOn(db, villageId, today),
    cadenceIn(db, [villageId], today),
  ]);
  const { profile, cadence } = village.get(villageId)!;
  return { structure, profile, cadence };
}
