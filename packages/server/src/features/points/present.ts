import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/points';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { lineStatus, type LedgerLine } from '@cunzhi/core/points/ledger';
import type { ContestBody, ReviewerBody } from '@cunzhi/core/points/scheme';
import type { ContestView, AwardView, LineView, NoticeView } from './queries.ts';
import type { ItemRow, SchemeRow } from './repository.ts';

type Scheme = z.infer<typeof contract.Scheme>;
type Award = z.infer<typeof contract.Award>;
type Contest = z.infer<typeof contract.Contest>;
type Line = z.infer<typeof contract.Line>;

/** 〔2026〕第3号 */
export const numbered = (year: number, number: number): string => `〔${year}〕第${number}号`;

export function presentScheme(
  s: SchemeRow,
  items: readonly ItemRow[],
  inForceId: string | null,
): Scheme {
  return {
    id: s.id,
    version: s.version,
    title: s.title,
    partOfVillageRules: s.part_of_village_rules,
    personRollsIntoHousehold: s.person_rolls_into_household,
    publicityDays: s.publicity_days,
    publicityUnit: s.publicity_unit,
    reviewerBody: s.reviewer_body_kind as ReviewerBody,
    contestBody: s.contest_body_kind as ContestBody,
    draftedOn: s.drafted_on,
    adoptedOn: s.adopted_on,
    effectiveFrom: s.effective_from,
    resolution:
      s.resolution_year !== null && s.resolution_number !== null
        ? numbered(s.resolution_year, s.resolution_number)
        : null,
    meetingKind: s.meeting_kind,
    inForce: s.id === inForceId,
    items: items
      .filter((i) => i.scheme_id === s.id)
      .map((i) => ({
        id: i.id,
        position: i.position,
        name: i.name,
        description: i.description,
        points: i.points,
        evidenceRequired: i.evidence_required,
        capPoints: i.cap_points,
        capPeriod: i.cap_period,
        beneficiary: i.beneficiary,
      })),
  };
}

export function presentContest(c: ContestView): Contest {
  return {
    id: c.id,
    awardId: c.award_id,
    channel: c.channel,
    lodgedByName: c.lodged_by_name,
    lodgedOn: c.lodged_on,
    grounds: c.grounds,
    body: c.body_kind as ContestBody,
    state: c.state,
    decidedOn: c.decided_on,
    reason: c.decision_reason,
    correctedPoints: c.corrected_points,
  };
}

const record = (kind: string | null, id: string | null): string | null =>
  kind && id ? `${kind}:${id}` : null;

export function presentAward(a: AwardView, contests: readonly ContestView[]): Award {
  return {
    id: a.id,
    itemName: a.item_name,
    points: a.points,
    schemeVersion: a.scheme_version,
    householdId: a.household_id,
    household: a.household,
    personName: a.person_name,
    occurredOn: a.occurred_on,
    facts: a.facts,
    evidenceRecord: record(a.evidence_record_kind, a.evidence_record_id),
    proposerRole: a.proposer_role,
    proposerOrganization: a.proposer_organization,
    proposerName: a.proposer_name,
    proposedOn: a.proposed_on,
    state: a.state,
    checkerName: a.checker_name,
    checkedOn: a.checked_on,
    returnReason: a.return_reason,
    notice:
      a.notice_year !== null && a.notice_number !== null
        ? numbered(a.notice_year, a.notice_number)
        : null,
    noticeId: a.notice_id,
    publicityStartsOn: a.starts_on,
    publicityEndsOn: a.ends_on,
    contests: contests.filter((c) => c.award_id === a.id).map(presentContest),
  };
}

export function presentNotice(n: NoticeView) {
  return {
    id: n.id,
    number: numbered(n.year, n.number),
    startsOn: n.starts_on,
    endsOn: n.ends_on,
    awards: n.awards,
  };
}

/** The core rule's view of a line (the same fields the SQL balance reads). */
export const ledgerLine = (l: LineView): LedgerLine => ({
  points: l.points,
  kind: l.kind,
  effectiveOn: l.effective_on,
  awardId: l.award_id,
  personId: l.person_id,
  countsForHousehold: l.counts_for_household,
});

/**
 * A line with everything that explains it: item, scheme version, facts, evidence, proposer,
 * checker, publicity dates, and its contest — the one it came from (a reversal or correction)
 * or the open one holding it. `today` decides whether the phone offers a contest on it.
 */
export function presentLine(
  l: LineView,
  contests: readonly ContestView[],
  on: CalendarDate,
  today: CalendarDate,
): Line {
  const spans = contests.map((c) => ({
    awardId: c.award_id,
    lodgedOn: c.lodged_on,
    decidedOn: c.decided_on,
  }));
  const mine = contests.filter((c) => c.award_id === l.award_id);
  const contest =
    (l.contest_id
      ? mine.find((c) => c.id === l.contest_id)
      : mine.find((c) => c.state === 'open')) ?? (l.kind === 'award' ? mine.at(-1) : undefined);
  const inPublicity =
    l.publicity_starts_on !== null &&
    l.publicity_ends_on !== null &&
    l.publicity_starts_on <= today &&
    today <= l.publicity_ends_on;
  return {
    id: l.id,
    kind: l.kind,
    points: l.points,
    effectiveOn: l.effective_on,
    status: lineStatus(ledgerLine(l), spans, on),
    itemName: l.item_name,
    schemeVersion: l.scheme_version,
    awardId: l.award_id,
    personName: l.person_name,
    facts: l.facts,
    evidence: l.evidence,
    evidenceFiles: l.evidence_files,
    proposerName: l.proposer_name,
    checkerName: l.checker_name,
    publicityStartsOn: l.publicity_starts_on,
    publicityEndsOn: l.publicity_ends_on,
    note: l.note,
    source: record(l.source_kind, l.source_id),
    contest: contest ? presentContest(contest) : null,
    // one contest per award: open, or decided by the body
    contestable: l.kind === 'award' && inPublicity && mine.length === 0,
  };
}
