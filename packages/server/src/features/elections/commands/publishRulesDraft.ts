import { DomainError } from '@cunzhi/core/errors';
import { stepName } from '@cunzhi/core/elections/steps';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { dateField } from '../../../platform/fields.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { updateElection } from '../repository.ts';
import {
  EXTRA_STEPS,
  loadElection,
  refuseEarlier,
  refuseOrder,
  requireCommittee,
} from './shared.ts';

export interface RulesDraftInput {
  electionId: string;
  text: string;
  on?: string | undefined;
  commentsUntil: string;
}

/**
 * The draft 选举办法 published for comment (seed 002: 印发给居民代表，同时在公示栏中公示，
 * 广泛征求群众意见) before the resolution adopts it. A new draft replaces the last one
 * until the rules are adopted.
 */
export async function publishRulesDraft(cmd: CommandContext, input: RulesDraftInput) {
  const on = actDate(cmd, 'on', input.on);
  const until = dateField('commentsUntil', input.commentsUntil);
  if (until < on)
    throw new DomainError('validation_failed', {}, [
      { field: 'commentsUntil', error: 'field_invalid' },
    ]);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    if (election.stage === 'new')
      refuseOrder(on, 'XJGC-EC', EXTRA_STEPS.rulesDraft, 'chooseCommittee');
    if (election.stage !== 'committeeChosen')
      refuseOrder(on, 'XJGC-EC', EXTRA_STEPS.rulesDraft, {
        step: `${stepName('adoptRules').step}之前`,
        stepEn: `before ${stepName('adoptRules').stepEn}`,
      });
    await requireCommittee(tx, cmd, election, 'adoptRules', on);
    const chosenOn = election.committee_chosen_on!;
    if (on < chosenOn)
      refuseEarlier(on, 'XJGC-EC', EXTRA_STEPS.rulesDraft, 'chooseCommittee', chosenOn);
    await updateElection(tx, cmd.villageId, election.id, election.record, {
      rules_draft: input.text.trim(),
      rules_draft_published_on: on,
      rules_comments_until: until,
    });
    await recordEvent(
      cmd,
      tx,
      'election.rulesDrafted',
      { type: 'election', id: election.id },
      {
        on,
        commentsUntil: until,
        text: input.text.trim(),
      },
    );
    return { id: election.id, findings: [] };
  });
}
