import { rolesIn, type Actor, type VillageRole, type VillageScope } from './actor.ts';
import { ACCOUNT_ABILITIES } from './accountAbilities.ts';
import { VILLAGES_ABILITIES } from '../villages/abilities.ts';
import { REGISTRY_ABILITIES } from '../registry/abilities.ts';
import { ROSTER_ABILITIES } from '../roster/abilities.ts';
import { BODIES_ABILITIES } from '../bodies/abilities.ts';
import { AUDIT_ABILITIES } from '../audit/abilities.ts';
import { MATTERS_ABILITIES } from '../matters/abilities.ts';
import { MEETINGS_ABILITIES } from '../meetings/abilities.ts';
import { DISCLOSURE_ABILITIES } from '../disclosure/abilities.ts';
import { FINANCE_ABILITIES } from '../finance/abilities.ts';
import { SPENDING_ABILITIES } from '../spending/abilities.ts';
import { ARCHIVE_ABILITIES } from '../archive/abilities.ts';
import { ATTACHMENTS_ABILITIES } from '../attachments/abilities.ts';
import { RESPONSIBILITY_AUDITS_ABILITIES } from '../responsibilityAudits/abilities.ts';
import { EVALUATIONS_ABILITIES } from '../evaluations/abilities.ts';
import { SUPERVISION_ABILITIES } from '../supervision/abilities.ts';
import { COMPLAINTS_ABILITIES } from '../complaints/abilities.ts';
import { PETITIONS_ABILITIES } from '../petitions/abilities.ts';
import { DISPUTES_ABILITIES } from '../disputes/abilities.ts';
import { MORAL_LIST_ABILITIES } from '../moralList/abilities.ts';
import { ACTIVITIES_ABILITIES } from '../activities/abilities.ts';
import { ELECTIONS_ABILITIES } from '../elections/abilities.ts';
import { LIAISON_ABILITIES } from '../liaison/abilities.ts';
import { SERVICES_ABILITIES } from '../services/abilities.ts';
import { VILLAGE_RULES_ABILITIES } from '../villageRules/abilities.ts';
import { WORK_ADMISSION_ABILITIES } from '../workAdmission/abilities.ts';
import { POINTS_ABILITIES } from '../points/abilities.ts';
import { PARTY_ABILITIES } from '../party/abilities.ts';
import { PARTY_DUES_ABILITIES } from '../party/dues/abilities.ts';
import { SHARES_ABILITIES } from '../collective/shares/abilities.ts';
import { DISTRIBUTION_ABILITIES } from '../collective/distribution/abilities.ts';
import { COLLECTIVE_BOOKS_ABILITIES } from '../collective/books/abilities.ts';
import { COLLECTIVE_ABILITIES } from '../collective/abilities.ts';
import { SUPERMARKET_ABILITIES } from '../points/supermarket/abilities.ts';
import { SERVICE_LISTS_ABILITIES } from '../serviceLists/abilities.ts';
import { NOTIFICATIONS_ABILITIES } from '../notifications/abilities.ts';
import { ASSISTANCE_ABILITIES } from '../assistance/abilities.ts';

/**
 * Who may do what in a village, as one declarative table. Each ability lists
 * the roles that hold it; the server checks a route's ability before running
 * its command, and sends the evaluated table to the UI with the data so the
 * UI shows only what the user may do. Each capability declares its abilities
 * in `<capability>/abilities.ts`; this table only joins them.
 */
export const VILLAGE_POLICY = {
  ...VILLAGES_ABILITIES,
  ...REGISTRY_ABILITIES,
  ...ROSTER_ABILITIES,
  ...BODIES_ABILITIES,
  ...AUDIT_ABILITIES,
  ...ACCOUNT_ABILITIES,
  ...MATTERS_ABILITIES,
  ...MEETINGS_ABILITIES,
  ...DISCLOSURE_ABILITIES,
  ...FINANCE_ABILITIES,
  ...SPENDING_ABILITIES,
  ...ARCHIVE_ABILITIES,
  ...ATTACHMENTS_ABILITIES,
  ...RESPONSIBILITY_AUDITS_ABILITIES,
  ...EVALUATIONS_ABILITIES,
  ...SUPERVISION_ABILITIES,
  ...COMPLAINTS_ABILITIES,
  ...PETITIONS_ABILITIES,
  ...DISPUTES_ABILITIES,
  ...MORAL_LIST_ABILITIES,
  ...ACTIVITIES_ABILITIES,
  ...ELECTIONS_ABILITIES,
  ...SERVICES_ABILITIES,
  ...VILLAGE_RULES_ABILITIES,
  ...WORK_ADMISSION_ABILITIES,
  ...POINTS_ABILITIES,
  ...PARTY_ABILITIES,
  ...PARTY_DUES_ABILITIES,
  ...SHARES_ABILITIES,
  ...DISTRIBUTION_ABILITIES,
  ...COLLECTIVE_BOOKS_ABILITIES,
  ...COLLECTIVE_ABILITIES,
  ...SUPERMARKET_ABILITIES,
  ...SERVICE_LISTS_ABILITIES,
  ...NOTIFICATIONS_ABILITIES,
  ...LIAISON_ABILITIES,
  ...ASSISTANCE_ABILITIES,
};

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
