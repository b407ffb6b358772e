import { can } from '@cunzhi/core/policies/village';
import { registerAttachmentOwner } from '../../platform/attachments/owners.ts';
import { CONSENT_FORM_KIND, findConsent } from './repository.ts';

/**
 * The photo of a villager's signed consent form, kept with the consent in the one attachments
 * store: read by the cadres, the villager and the relative it names; added by the cadres and
 * that relative while the consent is not revoked (the consent holds once a photo is there).
 */
registerAttachmentOwner(CONSENT_FORM_KIND, {
  async canRead(actor, villageId, id, { db, scope, personId }) {
    const c = await findConsent(db, villageId, id);
    if (!c) return false;
    const own = !!personId && (c.person_id === personId || c.agent_person_id === personId);
    return own || can(actor, 'assistVillagers', scope);
  },
  async canAttach(actor, villageId, id, { db, scope, personId }) {
    const c = await findConsent(db, villageId, id);
    if (!c || c.evidence !== 'paper' || c.revoked_on !== null) return false;
    return (!!personId && c.agent_person_id === personId) || can(actor, 'assistVillagers', scope);
  },
});
