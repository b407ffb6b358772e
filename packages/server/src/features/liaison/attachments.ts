import { can } from '@cunzhi/core/policies/village';
import { caseRoles, caseVisible } from '@cunzhi/core/liaison/access';
import { OPEN_STATES } from '@cunzhi/core/liaison/cases';
import { registerAttachmentOwner } from '../../platform/attachments/owners.ts';
import { factsOf } from './commands/stepCase.ts';
import { readerFrom } from './reader.ts';
import { findCase, findVisit } from './repository.ts';

/**
 * A 民情 case's photos (the broken lamp, the rubbish by the river) in the one attachments store:
 * read by whoever may see the case and by its reporter; added by its reporter, its handlers and
 * the body it was handed to while it is open. An anonymous report's photos are added with the
 * case from the phone that raised it (no later path leads back to an anonymous reporter).
 */
registerAttachmentOwner('liaisonCase', {
  async canRead(actor, villageId, id, { db, scope }) {
    const row = await findCase(db, villageId, id);
    if (!row) return false;
    const reader = readerFrom(actor, scope);
    return (
      caseVisible(reader, factsOf(row)) || caseRoles(reader, factsOf(row)).includes('reporter')
    );
  },
  async canAttach(actor, villageId, id, { db, scope }) {
    const row = await findCase(db, villageId, id);
    if (!row || !OPEN_STATES.includes(row.state)) return false;
    return caseRoles(readerFrom(actor, scope), factsOf(row)).length > 0;
  },
});

/** A visit's photos: read by those who read the liaison pages and by the visitor, added by the visitor. */
registerAttachmentOwner('liaisonVisit', {
  async canRead(actor, villageId, id, { db, scope, personId }) {
    const visit = await findVisit(db, villageId, id);
    if (!visit) return false;
    return can(actor, 'readLiaison', scope) || visit.visitor_person_id === personId;
  },
  async canAttach(_actor, villageId, id, { db, personId }) {
    const visit = await findVisit(db, villageId, id);
    return !!visit && visit.visitor_person_id === personId;
  },
});
