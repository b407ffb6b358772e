import type { Actor, StaffUnit, VillageScope } from './actor.ts';

/**
 * Who reads the town's inbox of referrals (issue 11 item 4; seed 002: "对社区干部违纪的，直接向镇纪委
 * 反映"). A referral is addressed to the discipline commission (镇纪委), the supervisory
 * commission (监察机关, 2025 law Art. 37: in practice the same office, 纪委监委合署办公) or the
 * town government. Staff read the referrals addressed to their unit from the villages they
 * serve: a town's staff from the town's villages, a county's from every village of the county.
 * A government official of the same town never reads a referral to the discipline commission.
 * A referral to one of the town's departments (issue 13) is read by the officials of that
 * department, and by the town's government officials who serve in no department (its leaders).
 */
export const REFERRAL_ADDRESSEES = [
  'disciplineCommission',
  'supervisoryCommission',
  'townGovernment',
  'department',
] as const;
export type ReferralAddressee = (typeof REFERRAL_ADDRESSEES)[number];

const UNIT_OF: Record<ReferralAddressee, StaffUnit> = {
  disciplineCommission: 'discipline',
  supervisoryCommission: 'discipline',
  townGovernment: 'government',
  department: 'government',
};

/**
 * The addressees an actor reads for a village at this place in the hierarchy (none for
 * villagers). An official in a department reads that department's referrals only; the town
 * government's own (from the supervision committee) go to the officials in no department.
 */
export function inboxAddressees(
  actor: Actor,
  scope: Pick<VillageScope, 'townId' | 'countyId'>,
): ReferralAddressee[] {
  const read = new Set<ReferralAddressee>();
  for (const s of actor.staffScopes) {
    const covers =
      (s.level === 'town' && s.id === scope.townId) ||
      (s.level === 'county' && s.id === scope.countyId);
    if (covers) for (const a of addresseesOf(s)) read.add(a);
  }
  return REFERRAL_ADDRESSEES.filter((a) => read.has(a));
}

function addresseesOf(s: Actor['staffScopes'][number]): ReferralAddressee[] {
  if (s.unit === 'government' && s.departmentId) return ['department'];
  return REFERRAL_ADDRESSEES.filter((a) => UNIT_OF[a] === s.unit);
}

/**
 * Whether the actor may read (and handle) a referral of this addressee from this village; for a
 * department's referral, `departmentId` is the department it is in.
 */
export function canReadReferral(
  actor: Actor,
  scope: Pick<VillageScope, 'townId' | 'countyId'>,
  addressee: ReferralAddressee,
  departmentId: string | null = null,
): boolean {
  if (!inboxAddressees(actor, scope).includes(addressee)) return false;
  if (addressee !== 'department') return true;
  return actor.staffScopes.some(
    (s) =>
      s.unit === 'government' &&
      ((s.level === 'town' && s.id === scope.townId) ||
        (s.level === 'county' && s.id === scope.countyId)) &&
      (!s.departmentId || s.departmentId === departmentId),
  );
}

/** Whether the actor may read a town's discipline inbox at all (the menu's link, the list). */
export function readsDisciplineInbox(actor: Actor): boolean {
  return actor.staffScopes.some((s) => s.unit === 'discipline');
}

/** Whether the actor has any inbox: every town or county official reads their unit's. */
export function hasTownInbox(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.staffScopes.length > 0;
}

/** The unit's referrals the actor reads, as filters for the inbox's query. */
export function inboxFilters(actor: Actor): Array<{
  level: 'town' | 'county';
  id: string;
  addressees: ReferralAddressee[];
  /** Only this department's referrals (the official works in it); null: every department's. */
  departmentId: string | null;
}> {
  return actor.staffScopes.map((s) => ({
    level: s.level,
    id: s.id,
    addressees: addresseesOf(s),
    departmentId: s.departmentId ?? null,
  }));
}
