import { DomainError } from '@cunzhi/core/errors';
import {
  answerDeadline,
  listingExpiresOn,
  MORAL_LISTING,
  requireHeard,
  type MoralListingAction,
  type MoralListingRole,
} from '@cunzhi/core/moralList/rules';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  findListing,
  findRules,
  updateListing,
  type ListingChange,
  type ListingRow,
  type RulesRow,
} from '../repository.ts';
import { bodyDecision, type VoteInput } from './shared.ts';

export type StepInput =
  | { action: 'notify'; channel: 'inPerson' | 'paper' | 'phone'; on?: string | undefined }
  | { action: 'answer'; answer: string; on?: string | undefined }
  | ({ action: 'list' | 'reject' } & VoteInput)
  | ({ action: 'remove'; reason: string } & VoteInput);

const EVENTS: Record<MoralListingAction, string> = {
  notify: 'moralListing.notified',
  answer: 'moralListing.answered',
  list: 'moralListing.listed',
  reject: 'moralListing.rejected',
  remove: 'moralListing.removed',
};

/** What one step writes, after core's table allowed it. */
async function changeFor(
  tx: Tx,
  cmd: CommandContext,
  row: ListingRow,
  rules: RulesRow,
  input: StepInput,
  role: MoralListingRole,
): Promise<Omit<ListingChange, 'state'>> {
  switch (input.action) {
    case 'notify': {
      const on = actDate(cmd, 'on', input.on);
      const due = answerDeadline(on, rules.answer_days, CHINA_HOLIDAYS);
      return { notified_on: on, notice_channel: input.channel, answer_due_on: due };
    }
    case 'answer': {
      const on = role === 'subject' ? cmd.clock.today() : actDate(cmd, 'on', input.on);
      return {
        answer: input.answer,
        answered_on: on,
        answer_source: role === 'subject' ? 'phone' : 'paper',
      };
    }
    case 'list':
    case 'reject': {
      const d = await bodyDecision(tx, cmd, rules, input, input.action === 'list');
      requireHeard(
        { notifiedOn: row.notified_on, answeredOn: row.answered_on },
        rules.answer_days,
        d.on,
        CHINA_HOLIDAYS,
      );
      const decided = {
        decided_on: d.on,
        decided_by_body: d.body,
        resolution_id: d.resolutionId,
        council_vote: d.councilVote,
      };
      if (input.action === 'reject') return decided;
      const months = row.kind === 'red' ? rules.red_months : rules.black_months;
      return { ...decided, published_on: d.on, expires_on: listingExpiresOn(d.on, months) };
    }
    case 'remove': {
      const d = await bodyDecision(tx, cmd, rules, input, true);
      return {
        removed_on: d.on,
        removal_reason: input.reason,
        removal_resolution_id: d.resolutionId,
        removal_vote: d.councilVote,
      };
    }
  }
}

/**
 * One step of a listing in one transaction: core's table says whether the step exists from the
 * listing's state and for whom; the step's own rule (heard first, the body's vote) decides the
 * rest; the act goes on the audit chain. The listing keeps the rules it was proposed under.
 */
export async function stepListing(
  cmd: CommandContext,
  listingId: string,
  input: StepInput,
  role: MoralListingRole,
) {
  return cmd.db.transaction(async (tx) => {
    const row = await findListing(tx, cmd.villageId, listingId, true);
    // someone else's listing answers as no listing: a villager learns nothing of others' from it
    if (!row || (role === 'subject' && row.person_id !== cmd.personId))
      throw new DomainError('not_found', { what: 'moralListing' });
    const state = MORAL_LISTING.step(row.state, input.action, [role]);
    const rules = await findRules(tx, cmd.villageId, row.rules_id);
    if (!rules) throw new Error('listing without its rules');
    const change = await changeFor(tx, cmd, row, rules, input, role);
    await updateListing(tx, cmd.villageId, row.id, { state, ...change });
    await recordEvent(
      cmd,
      tx,
      EVENTS[input.action],
      { type: 'moralListing', id: row.id },
      {
        from: row.state,
        to: state,
        ...change,
      },
    );
    const after = await findListing(tx, cmd.villageId, row.id);
    if (!after) throw new Error('listing vanished');
    return after;
  });
}
