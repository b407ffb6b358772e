import type { AssistedAct } from '@cunzhi/core/assistance/consent';

/**
 * The SQL of one column that marks a record as done for the villager by 代办: the name of the
 * account that did it, or null when the villager did it themselves. The surfaces that show an
 * act (the meeting's attendance list, a service request, a question) select it beside their
 * own columns, so the mark comes from the one table of assisted acts.
 *
 * @param village, subject, person SQL expressions of the record's village, id and villager
 * @param also a further condition on `x` (assisted_act), if any
 */
export function assistedBySql(
  act: AssistedAct,
  village: string,
  subject: string,
  person: string,
  also = '',
): string {
  return `(SELECT ac.display_name FROM assisted_act x JOIN account ac ON ac.id = x.agent_account_id
    WHERE x.village_id = ${village} AND x.act = '${act}' AND x.subject_id = ${subject}
      AND x.person_id = ${person}${also ? ` AND ${also}` : ''})`;
}
