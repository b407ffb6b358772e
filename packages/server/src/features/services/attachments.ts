import { can } from '@cunzhi/core/policies/village';
import { CLOSED_STATES } from '@cunzhi/core/services/requests';
import { registerAttachmentOwner } from '../../platform/attachments/owners.ts';
import { findRequest } from './repository.ts';

/**
 * A request's photos and papers (a copy of the 户口簿, a photo of the house to be rebuilt) in the
 * one attachments store: read by those who read the station's requests and by the requester;
 * added by the station's staff and the requester while the request is open.
 */
registerAttachmentOwner('serviceRequest', {
  async canRead(actor, villageId, id, { db, scope, personId }) {
    const row = await findRequest(db, villageId, id);
    if (!row) return false;
    return (
      can(actor, 'readServices', scope) || (!!personId && row.requester_person_id === personId)
    );
  },
  async canAttach(actor, villageId, id, { db, scope, personId }) {
    const row = await findRequest(db, villageId, id);
    if (!row || CLOSED_STATES.includes(row.state)) return false;
    return (
      can(actor, 'handleServiceRequests', scope) ||
      (!!personId && row.requester_person_id === personId)
    );
  },
});
