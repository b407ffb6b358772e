import type { VillageRole } from './actor.ts';

/** Role groups the capabilities' ability slices share. */
export const CADRE: readonly VillageRole[] = [
  'partySecretary',
  'partyCommitteeMember',
  'committeeChair',
  'committeeMember',
];
export const OVERSEERS: readonly VillageRole[] = ['townOfficial', 'countyOfficial'];

/** Declares a capability's slice of the village policy: ability → the roles that hold it. */
export const defineAbilities = <const T extends Record<string, readonly VillageRole[]>>(t: T): T =>
  t;
