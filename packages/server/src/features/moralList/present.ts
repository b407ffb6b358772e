import type { z } from 'zod';
import type { BoardLine, MoralListing, MoralListRules } from '@cunzhi/contract/moralList';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { MORAL_LISTING, onBoard, type MoralListingRole } from '@cunzhi/core/moralList/rules';
import { resolutionLabel } from '../meetings/present.ts';
import type { ListingRow, RulesRow } from './repository.ts';

/** 〔2026〕第3号: a listing's number on the board. */
const numberText = (year: number, number: number) => `〔${year}〕第${number}号`;

export function presentRules(r: RulesRow): z.input<typeof MoralListRules> {
  return {
    id: r.id,
    version: r.version,
    decidingBody: r.deciding_body,
    redMonths: r.red_months,
    blackMonths: r.black_months,
    answerDays: r.answer_days,
    consequences: r.consequences,
    resolutionId: r.resolution_id,
    resolutionLabel: `${resolutionLabel(r.resolution_year, r.resolution_number)} ${r.resolution_title}`,
    adoptedOn: r.adopted_on,
  };
}

/** A listing as the console or its person sees it, with the steps `roles` may take now. */
export function presentListing(
  l: ListingRow,
  consequences: string,
  today: CalendarDate,
  roles: MoralListingRole[],
  fingerprint: { seq: number; hash: string } | null = null,
): z.input<typeof MoralListing> {
  return {
    id: l.id,
    number: numberText(l.year, l.number),
    kind: l.kind,
    personId: l.person_id,
    personName: l.person_name,
    facts: l.facts,
    state: l.state,
    onBoard: onBoard(
      { state: l.state, publishedOn: l.published_on, expiresOn: l.expires_on },
      today,
    ),
    proposedOn: l.proposed_on,
    proposedByName: l.proposed_by_name,
    notifiedOn: l.notified_on,
    noticeChannel: l.notice_channel,
    answerDueOn: l.answer_due_on,
    answer: l.answer,
    answeredOn: l.answered_on,
    decidedOn: l.decided_on,
    decidedByBody: l.decided_by_body,
    resolutionLabel:
      l.resolution_year !== null && l.resolution_number !== null
        ? resolutionLabel(l.resolution_year, l.resolution_number)
        : null,
    councilVote: l.council_vote,
    publishedOn: l.published_on,
    expiresOn: l.expires_on,
    removedOn: l.removed_on,
    removalReason: l.removal_reason,
    consequences,
    actions: MORAL_LISTING.actionsFor(l.state, roles),
    fingerprint,
  };
}

/** A line of the printed board: name, facts, who decided and the term; nothing more. */
export function presentBoardLine(l: ListingRow): z.input<typeof BoardLine> {
  return {
    number: numberText(l.year, l.number),
    kind: l.kind,
    personName: l.person_name,
    facts: l.facts,
    publishedOn: l.published_on!,
    expiresOn: l.expires_on!,
    decidedByBody: l.decided_by_body!,
    decidedOn: l.decided_on!,
  };
}
