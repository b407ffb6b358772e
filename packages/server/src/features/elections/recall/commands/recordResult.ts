import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { findingViews } from '../../commands/shared.ts';
import { applyRecall, electedSeat, endSeat, loadRecall, refuseOwnCase } from './shared.ts';

/** The tally's numbers in order: those voting no more than registered, yes no more than voting. */
function checkTally(t: { registered: number; voted: number; yes: number }): void {
  const fields = [];
  if (t.voted > t.registered)
    fields.push({
      field: 'voted',
      error: 'recall_count_exceeds' as const,
      params: { what: '登记选民数', whatEn: 'the registered voters', max: t.registered },
    });
  if (t.yes > t.voted)
    fields.push({
      field: 'yes',
      error: 'recall_count_exceeds' as const,
      params: { what: '参加投票人数', whatEn: 'those voting', max: t.voted },
    });
  if (fields.length) throw new DomainError('validation_failed', {}, fields);
}

/**
 * The vote's result from the tally (VCOL-16-RECALL-VOTE): recalled only when more than half of
 * the registered voters vote and more than half of those voting say yes. Core refuses a vote
 * before the member's chance to reply, or the village's vote after its 30 days. A recall that
 * passes ends the member's seat on the vote's day.
 */
export async function recordResult(
  cmd: CommandContext,
  input: {
    recallId: string;
    registered: number;
    voted: number;
    yes: number;
    on?: string | undefined;
  },
) {
  checkTally(input);
  return cmd.db.transaction(async (tx) => {
    const recall = await loadRecall(tx, cmd, input.recallId);
    refuseOwnCase(cmd, recall);
    if (!recall.vote_on || !recall.organiser) throw new DomainError('recall_not_scheduled');
    const on = actDate(cmd, 'on', input.on ?? recall.vote_on);
    const tally = { registered: input.registered, voted: input.voted, yes: input.yes };
    const { record, findings } = await applyRecall(
      tx,
      cmd,
      recall,
      { step: 'recallVote', on, organiser: recall.organiser, ...tally },
      { ...tally, vote_on: on },
    );
    const recalled = record.recalled === true;
    await recordEvent(
      cmd,
      tx,
      'recall.voted',
      { type: 'recall', id: recall.id },
      {
        on,
        organiser: recall.organiser,
        ...tally,
        recalled,
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    // a seat that ended meanwhile (a sentence, a death) stays ended as it was
    const seat = await electedSeat(tx, cmd.villageId, recall.membership_id);
    if (recalled && seat.ended_on === null)
      await endSeat(tx, cmd, seat, on, 'recall', { recallId: recall.id });
    return { id: recall.id, findings };
  });
}
