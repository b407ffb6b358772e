import type { CalendarDate } from '../calendarDate.ts';
import type { HolidayCalendar } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets, required, thresholdWording } from '../rules/threshold.ts';
import { recallDeadlines } from './dates.ts';

export interface RecallRequest {
  on: CalendarDate;
  /** 有选举权的村民 (the last roll) and how many of them signed. */
  voters: number;
  signers: number;
  /** 村民代表 and how many of them signed. */
  representatives: number;
  representativeSigners: number;
  reasons: string;
}

/**
 * VCOL-16-RECALL-INIT: at least a fifth of the voters, or at least a third of
 * the representatives, sign (inclusive: 以上); the reasons are stated.
 */
export function recallRequestFindings(r: RecallRequest, p: RuleParams): Finding[] {
  const t = p['VCOL-16-RECALL-INIT'];
  const out: Finding[] = [];
  const enough =
    meets(r.signers, r.voters, t.voters) ||
    (r.representatives > 0 && meets(r.representativeSigners, r.representatives, t.representatives));
  if (!enough)
    out.push(
      finding(r.on, 'VCOL-16-RECALL-INIT', 'recall_insufficient', {
        votersBasis: thresholdWording(t.voters).zh,
        votersBasisEn: thresholdWording(t.voters).en,
        voters: r.voters,
        votersRequired: required(r.voters, t.voters),
        signers: r.signers,
        repsBasis: thresholdWording(t.representatives).zh,
        repsBasisEn: thresholdWording(t.representatives).en,
        reps: r.representatives,
        repsRequired: required(r.representatives, t.representatives),
        repSigners: r.representativeSigners,
      }),
    );
  if (r.reasons.trim() === '') out.push(finding(r.on, 'VCOL-16-RECALL-INIT', 'recall_no_reasons'));
  return out;
}

/**
 * The recall vote's timing (ZJ-35-RECALL-DEADLINE): the election committee
 * holds it within 30 days of the request; after that the township must
 * organise it within 60 more. Returns who is due and by when on `today`.
 */
export function recallDuty(
  receivedOn: CalendarDate,
  today: CalendarDate,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): {
  organiser: 'village' | 'township' | 'overdue';
  voteBy: CalendarDate;
  townshipBy: CalendarDate;
  findings: Finding[];
} {
  const { voteBy, townshipBy } = recallDeadlines(receivedOn, p, cal);
  if (today <= voteBy) return { organiser: 'village', voteBy, townshipBy, findings: [] };
  const duty = finding(today, 'ZJ-35-RECALL-DEADLINE', 'recall_township_duty', {
    receivedOn,
    voteBy,
    townshipBy,
  });
  return {
    organiser: today <= townshipBy ? 'township' : 'overdue',
    voteBy,
    townshipBy,
    findings: [duty],
  };
}

/** Before the vote the member must have had the chance to reply (申辩). */
export function recallReplyFindings(on: CalendarDate, replyOffered: boolean): Finding[] {
  return replyOffered ? [] : [finding(on, 'VCOL-16-RECALL-INIT', 'recall_no_reply')];
}

/**
 * VCOL-16-RECALL-VOTE: recalled only if more than half of the registered
 * voters vote and more than half of those voting say yes (both strict).
 */
export function recallOutcome(
  on: CalendarDate,
  v: { registered: number; voted: number; yes: number },
  p: RuleParams,
): { recalled: boolean; turnoutMet: boolean; yesRequired: number; findings: Finding[] } {
  const t = p['VCOL-16-RECALL-VOTE'];
  const turnoutMet = meets(v.voted, v.registered, t.turnout);
  const yesRequired = required(v.voted, t.yes);
  const findings = turnoutMet
    ? []
    : [
        finding(on, 'VCOL-16-RECALL-VOTE', 'election_turnout', {
          voted: v.voted,
          registered: v.registered,
          required: required(v.registered, t.turnout),
        }),
      ];
  return {
    recalled: turnoutMet && meets(v.yes, v.voted, t.yes),
    turnoutMet,
    yesRequired,
    findings,
  };
}
