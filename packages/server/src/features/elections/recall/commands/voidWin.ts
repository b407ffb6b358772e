import { fraudVoidsWin, type ImproperMeans } from '@cunzhi/core/elections/office';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { findingViews } from '../../commands/shared.ts';
import { endSeat, heldSeat } from './shared.ts';

/**
 * The town or county finds a win was by violence, threats, deceit, bribery, forged ballots or a
 * false count (VCOL-17-FRAUD): the election of that person is void (当选无效) and the seat is
 * vacant from the finding's day, for a by-election.
 */
export async function voidWin(
  cmd: CommandContext,
  input: { membershipId: string; means: readonly ImproperMeans[]; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const seat = await heldSeat(tx, cmd.villageId, input.membershipId);
    const means = [...new Set(input.means)];
    const { findings } = fraudVoidsWin(on, seat.person_name, means);
    await recordEvent(
      cmd,
      tx,
      'office.winVoided',
      { type: 'body', id: seat.body_id },
      {
        on,
        membershipId: seat.id,
        personId: seat.person_id,
        means,
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    await endSeat(tx, cmd, seat, on, 'fraud', { means });
    return {
      membershipId: seat.id,
      personId: seat.person_id,
      name: seat.person_name,
      endedOn: on,
      reason: 'fraud' as const,
      findings,
    };
  });
}
