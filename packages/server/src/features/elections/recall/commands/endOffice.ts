import { DomainError } from '@cunzhi/core/errors';
import { automaticEnd } from '@cunzhi/core/elections/office';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { findResolution } from '../../repository.ts';
import { findingViews } from '../../commands/shared.ts';
import { endSeat, heldSeat } from './shared.ts';

/**
 * An office that ends without a vote: on the day of a criminal sentence or the loss of legal
 * capacity by law (VCOL-18-AUTO-END: 职务自行终止), on a death, or on the day the assembly or the
 * representatives' meeting accepted a resignation (2025 text Art. 20), which is that
 * resolution's day. The seat is then vacant for a by-election.
 */
export async function endOffice(
  cmd: CommandContext,
  input: {
    membershipId: string;
    reason: 'sentence' | 'incapacity' | 'death' | 'resignation';
    on?: string | undefined;
    resolutionId?: string | undefined;
  },
) {
  let on = actDate(cmd, 'on', input.on);
  if (input.reason === 'resignation' && !input.resolutionId)
    throw new DomainError('validation_failed', {}, [
      { field: 'resolutionId', error: 'field_required' },
    ]);
  return cmd.db.transaction(async (tx) => {
    const seat = await heldSeat(tx, cmd.villageId, input.membershipId);
    let findings: Finding[] = [];
    if (input.resolutionId) {
      const resolution = await findResolution(tx, cmd.villageId, input.resolutionId);
      if (!resolution || resolution.revoked_on)
        throw new DomainError('validation_failed', {}, [
          { field: 'resolutionId', error: 'election_resolution_unknown' },
        ]);
      on = resolution.adopted_on;
    }
    if (input.reason === 'sentence' || input.reason === 'incapacity') {
      const ended = automaticEnd({
        name: seat.person_name,
        sentencedOn: input.reason === 'sentence' ? on : null,
        incapacitatedOn: input.reason === 'incapacity' ? on : null,
      });
      findings = ended.findings;
    }
    await endSeat(tx, cmd, seat, on, input.reason, {
      ...(input.resolutionId ? { resolutionId: input.resolutionId } : {}),
      findings: findingViews(findings, 'zh-CN'),
    });
    return {
      membershipId: seat.id,
      personId: seat.person_id,
      name: seat.person_name,
      endedOn: on,
      reason: input.reason,
      findings,
    };
  });
}
