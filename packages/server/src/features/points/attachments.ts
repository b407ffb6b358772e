import { can } from '@cunzhi/core/policies/village';
import { registerAttachmentOwner } from '../../platform/attachments/owners.ts';
import { findAward, findPerson } from './repository.ts';

/**
 * An award's evidence (photos of the deed, a certificate) in the one attachments store: read by
 * those who read the points ledger and by the household it benefits; added by those who propose
 * awards while the award still waits for its check — what was checked is what stays.
 */
registerAttachmentOwner('pointsAward', {
  async canRead(actor, villageId, id, { db, scope, personId }) {
    const award = await findAward(db, villageId, id);
    if (!award) return false;
    if (can(actor, 'readPoints', scope)) return true;
    const person = personId ? await findPerson(db, villageId, personId) : null;
    return person?.household_id === award.household_id;
  },
  async canAttach(actor, villageId, id, { db, scope }) {
    const award = await findAward(db, villageId, id);
    return !!award && award.state === 'proposed' && can(actor, 'proposePointsAwards', scope);
  },
});
