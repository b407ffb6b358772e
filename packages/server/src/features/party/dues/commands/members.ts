import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { PartyMemberOn } from '@cunzhi/core/party/members';
import type { Queryable } from '../../../../platform/db/database.ts';
import { partyMembersOn } from '../../repository.ts';
import { personName } from '../../../services/repository.ts';

/** The member a dues command is about, on the day: refused when they are not a Party member here. */
export async function memberOn(
  db: Queryable,
  villageId: string,
  personId: string,
  on: CalendarDate,
): Promise<PartyMemberOn> {
  const member = (await partyMembersOn(db, villageId, on)).find((m) => m.personId === personId);
  if (member) return member;
  const name = await personName(db, villageId, personId);
  if (name === null) throw new DomainError('not_found', { what: 'person' });
  throw new DomainError('party_dues_not_member', { name });
}
