import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { PartyMemberOn } from '@cunzhi/core/party/members';
import type { Queryable } from '../../platform/db/database.ts';

/**
 * The village's Party members on a day. A party_member row is the record; a person flagged
 * party_member in the registry without a row (entered before the branch kept its roll here, or
 * by the roster import) counts as a formal member whose details are not yet recorded.
 * A row counts from its joined_on (unknown: always) until the day it left; a probationary member
 * converted later (formal_on after `on`) is still probationary on `on`.
 */
export async function partyMembersOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<PartyMemberOn[]> {
  return db.query<PartyMemberOn>(
    `SELECT p.id AS "personId", p.name, p.household_id AS "householdId", m.unit_id AS "unitId",
            CASE WHEN m.person_id IS NULL THEN 'formal'
                 WHEN m.status = 'formal' AND (m.formal_on IS NULL OR m.formal_on <= $2::date) THEN 'formal'
                 ELSE 'probationary' END AS status,
            m.category, m.whereabouts,
            coalesce(m.joined_on, p.party_joined_on)::text AS "joinedOn", m.formal_on::text AS "formalOn"
       FROM person p
       LEFT JOIN party_member m ON m.village_id = p.village_id AND m.person_id = p.id
      WHERE p.village_id = $1
        AND CASE WHEN m.person_id IS NULL
                 THEN p.party_member AND (p.party_joined_on IS NULL OR p.party_joined_on <= $2::date)
                 ELSE (m.joined_on IS NULL OR m.joined_on <= $2::date) AND (m.left_on IS NULL OR m.left_on > $2::date)
            END
      ORDER BY p.name, p.id`,
    [villageId, on],
  );
}
