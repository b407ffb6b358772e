import { VILLAGE_ROLES } from '../policies/actor.ts';
import { defineAbilities } from '../policies/groups.ts';

/**
 * Attachments are read and added through the case they belong to: the route lets anyone with a
 * role in the village knock, and the case's own kind decides (server platform/attachments/owners.ts),
 * so a villager reaches the photos of their own request and no one else's.
 */
export const ATTACHMENTS_ABILITIES = defineAbilities({
  useAttachments: VILLAGE_ROLES,
});
