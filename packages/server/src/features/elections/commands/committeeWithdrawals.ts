import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { NomineeTies } from '@cunzhi/core/elections/committee';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { committeeOf, seatReserve, withdrawMember, type ElectionRow } from '../repository.ts';
import { applyAct } from './shared.ts';

/**
 * VCOL-12-EC-WITHDRAW through the machine's withdrawFromCommittee: the members who leave
 * (nominated; from 2026 also a nominee's near relative) and the reserves who take their seats
 * in the ranking, written onto the committee's rows. Nothing happens when no tie exists.
 */
export async function applyCommitteeWithdrawals(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  nominees: readonly NomineeTies[],
  on: CalendarDate,
): Promise<Finding[]> {
  const rows = await committeeOf(tx, cmd.villageId, election.id);
  const seated = rows.filter((m) => m.status === 'seated');
  const touched = seated.some((m) =>
    nominees.some((n) => n.personId === m.person_id || n.relativesOnCommittee.has(m.person_id)),
  );
  if (!touched) return [];
  const out = await applyAct(tx, cmd, election, { step: 'withdrawFromCommittee', on, nominees });
  const after = new Map(out.record.committee.members.map((m) => [m.personId, m]));
  for (const m of seated)
    if (!after.has(m.person_id)) {
      const self = nominees.some((n) => n.personId === m.person_id);
      await withdrawMember(
        tx,
        cmd.villageId,
        election.id,
        m.person_id,
        on,
        self ? 'nominated' : 'relativeNominated',
      );
    }
  for (const m of after.values())
    if (rows.find((r) => r.person_id === m.personId)?.status === 'reserve')
      await seatReserve(tx, cmd.villageId, election.id, m.personId, m.seat, on, m.replaces ?? null);
  return [...out.findings];
}
