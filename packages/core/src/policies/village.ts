import { rolesIn, type Actor, type VillageRole, type VillageScope } from './actor.ts';

/**
 * Who may do what in a village, as one declarative table. Each ability lists
 * the roles that hold it; the server checks a route's ability before running
 * its command, and sends the evaluated table to the UI with the data so the
 * UI shows only what the user may do.
 */
const cadre: VillageRole[] = [
  'partySecretary',
  'partyCommitteeMember',
  'committeeChair',
  'committeeMember',
];
const overseers: VillageRole[] = ['townOfficial', 'countyOfficial'];

export const VILLAGE_POLICY = {
  /** The village home page: bodies and their current members (public within the village). */
  readVillage: ['villager', ...cadre, 'supervisionMember', ...overseers],
  /** Browse and search every household and person (ID numbers masked). */
  readRegistry: [...cadre, 'supervisionMember', 'councilMember', ...overseers],
  /**
   * Add and edit households and persons, import rosters. The town official who looks after the
   * village (包村干部) can too: a new village's first roster and cadre accounts are set up by the town.
   */
  writeRegistry: ['committeeChair', 'committeeMember', 'partySecretary', 'townOfficial'],
  /** See full 身份证 numbers: those who keep the register and the town that checks it. */
  viewResidentIdNumbers: ['committeeChair', 'committeeMember', 'townOfficial'],
  exportRoster: ['committeeChair', 'committeeMember', 'partySecretary', ...overseers],
  /** Appoint members and open terms of bodies. */
  writeBodies: ['partySecretary', 'committeeChair', 'townOfficial'],
  /** Verify the audit chain and read the audit log. */
  readAudit: [...cadre, 'supervisionMember', ...overseers],
  /** Open a villager's account or reset its password (at the service station, or by the town). */
  resetPasswords: ['committeeChair', 'committeeMember', 'partySecretary', 'townOfficial'],
  /**
   * Matters, meetings, resolutions and notices: public within the village (every step is
   * public, dated and checkable); the town and county see them to oversee.
   */
  readDecisions: [
    'villager',
    ...cadre,
    'councilMember',
    'representative',
    'supervisionMember',
    ...overseers,
  ],
  /** Propose matters, record procedure steps, publish notices, record authorisations. */
  manageMatters: cadre,
  /**
   * Convene and run meetings: motions, the clerk's check-in from the paper sheet, counts by
   * show of hands. Which cadre may convene which meeting is checked by the convening rule.
   */
  runMeetings: cadre,
  /** Review a meeting's agenda beforehand and record whether it was valid (seed 002). */
  superviseMeetings: ['supervisionChair', 'supervisionMember'],
  /** Check in, vote and sign a demand for a meeting: one's own voice, as a villager. */
  takePart: ['villager'],
} as const satisfies Record<string, readonly VillageRole[]>;

export type VillageAbility = keyof typeof VILLAGE_POLICY;
export type VillageAbilities = Record<VillageAbility, boolean>;

export function villageAbilities(actor: Actor, scope: VillageScope): VillageAbilities {
  const roles = rolesIn(actor, scope);
  const result = {} as VillageAbilities;
  for (const [ability, allowed] of Object.entries(VILLAGE_POLICY) as [
    VillageAbility,
    readonly VillageRole[],
  ][]) {
    result[ability] = allowed.some((r) => roles.has(r));
  }
  return result;
}

export function can(actor: Actor, ability: VillageAbility, scope: VillageScope): boolean {
  const roles = rolesIn(actor, scope);
  return VILLAGE_POLICY[ability].some((r) => roles.has(r));
}

/** A villager may always read their own household, masked ID numbers aside. */
export function canReadHousehold(
  actor: Actor,
  scope: VillageScope,
  household: { id: string; memberIds: readonly string[] },
): boolean {
  if (can(actor, 'readRegistry', scope)) return true;
  return (
    actor.home?.villageId === scope.villageId && household.memberIds.includes(actor.home.personId)
  );
}
