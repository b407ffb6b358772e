import { can } from '@cunzhi/core/policies/village';
import { registerAttachmentOwner } from '../../platform/attachments/owners.ts';
import { meetingUnit } from './repository.ts';

/**
 * A 三会一课 record's photos (the sign-in sheet, the meeting): Party records, so read by those who
 * read the branch's records and added by those who record its meetings.
 */
registerAttachmentOwner('partyMeeting', {
  async canRead(actor, villageId, id, { db, scope }) {
    return can(actor, 'readParty', scope) && (await meetingUnit(db, villageId, id)) !== null;
  },
  async canAttach(actor, villageId, id, { db, scope }) {
    return can(actor, 'manageParty', scope) && (await meetingUnit(db, villageId, id)) !== null;
  },
});
