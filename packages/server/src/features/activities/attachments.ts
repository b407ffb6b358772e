import { can } from '@cunzhi/core/policies/village';
import { registerAttachmentOwner } from '../../platform/attachments/owners.ts';
import { findActivity, findNomination, findSelection } from './repository.ts';

/**
 * Photos of a micro-activity, added by those who keep the log; photos of a nomination (the
 * courtyard, the star at work), added by the cadres or the villager who nominated, while the
 * selection takes nominations. Everyone who reads the village's activities sees them.
 */
registerAttachmentOwner('microActivity', {
  async canRead(actor, villageId, id, { db, scope }) {
    return !!(await findActivity(db, villageId, id)) && can(actor, 'readActivities', scope);
  },
  canAttach: (actor, _villageId, _id, { scope }) => can(actor, 'manageActivities', scope),
});

registerAttachmentOwner('selectionNomination', {
  async canRead(actor, villageId, id, { db, scope }) {
    return !!(await findNomination(db, villageId, id)) && can(actor, 'readActivities', scope);
  },
  async canAttach(actor, villageId, id, { db, scope, personId }) {
    const n = await findNomination(db, villageId, id);
    const s = n ? await findSelection(db, villageId, n.selection_id) : null;
    if (!n || !s || s.state === 'published') return false;
    return (
      can(actor, 'runSelections', scope) || (!!personId && n.nominated_by_person_id === personId)
    );
  },
});
