import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { councilOutcome, type MoralDecidingBody } from '@cunzhi/core/moralList/rules';
import type { Tx } from '../../../platform/db/database.ts';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { findResolution } from '../../matters/repository.ts';
import { councilMembersOn, type RulesRow } from '../repository.ts';

export interface VoteInput {
  on?: string | undefined;
  resolutionId?: string | undefined;
  vote?: { present: number; yes: number; no: number; abstain: number } | undefined;
}

/** The body's decision as it is stored: who decided, when, and the resolution or the counts. */
export interface BodyDecision {
  on: CalendarDate;
  body: MoralDecidingBody;
  resolutionId: string | null;
  councilVote: string | null;
}

/**
 * The vote of the body the rules name, never one person's say: the representatives' meeting
 * decides by a resolution (its day is the decision's day), the council by its counts on the day
 * entered, checked against its seats that day. `wanted` is what the cadre records: the vote
 * must say the same (a listing the council did not carry is not listed).
 */
export async function bodyDecision(
  tx: Tx,
  cmd: CommandContext,
  rules: RulesRow,
  input: VoteInput,
  wanted: boolean,
): Promise<BodyDecision> {
  if (rules.deciding_body === 'representativesMeeting') {
    if (input.vote)
      throw new DomainError('moral_wrong_body', { what: 'moral_representativesMeeting' });
    if (!input.resolutionId) fieldError('resolutionId', 'field_required');
    const r = await findResolution(tx, cmd.villageId, input.resolutionId);
    if (!r) fieldError('resolutionId', 'not_found', { what: 'resolution' });
    if (r.meeting_kind !== 'representativesMeeting')
      throw new DomainError('moral_wrong_body', { what: 'moral_representativesMeeting' });
    if (r.revoked_on || r.meeting_invalid_reason)
      fieldError('resolutionId', 'moral_rules_resolution');
    return { on: r.adopted_on, body: rules.deciding_body, resolutionId: r.id, councilVote: null };
  }
  if (input.resolutionId)
    throw new DomainError('moral_wrong_body', { what: 'moral_moralEvaluationCouncil' });
  if (!input.vote) fieldError('vote', 'field_required');
  const on = actDate(cmd, 'on', input.on);
  const members = await councilMembersOn(tx, cmd.villageId, on);
  const counts = { members, ...input.vote };
  const outcome = councilOutcome(counts);
  if (!outcome.quorate) throw new DomainError('moral_no_quorum');
  if (outcome.passed !== wanted) throw new DomainError('moral_vote_mismatch');
  return { on, body: rules.deciding_body, resolutionId: null, councilVote: JSON.stringify(counts) };
}
