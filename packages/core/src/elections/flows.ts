import type { CalendarDate } from '../calendarDate.ts';
import type { HolidayCalendar } from '../rules/dayCount.ts';
import { finding, findingWithCitation, type Finding } from '../rules/findings.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import type { RuleParams } from '../rules/profile.ts';
import { byElectionWomenListFindings, womenSeatLeftVacant } from './byElectionWomen.ts';
import type { RoundResult } from './count.ts';
import { checkDaysBefore } from './dates.ts';
import { checkSurplus } from './nomination.ts';
import { byElectionTurnout } from './office.ts';
import {
  recallDuty,
  recallOutcome,
  recallReplyFindings,
  recallRequestFindings,
  type RecallRequest,
} from './recall.ts';
import { standing } from './result.ts';
import type { Post } from './sheets.ts';
import { stepName, type StepName } from './steps.ts';

/** An act done, with what it recorded, or refused with the article in words. */
export type FlowOutcome<R> =
  | { ok: true; record: R; findings: readonly Finding[] }
  | { ok: false; refusal: Finding; message: { zh: string; en: string } };

function refused<R>(f: Finding): FlowOutcome<R> {
  return {
    ok: false,
    refusal: f,
    message: { zh: findingWithCitation(f, 'zh-CN'), en: findingWithCitation(f, 'en') },
  };
}

function outOfOrder(
  on: CalendarDate,
  rule: Finding['ruleId'],
  step: StepName,
  missing: StepName,
): Finding {
  const m = stepName(missing);
  return finding(on, rule, 'election_step_order', {
    ...stepName(step),
    missing: m.step,
    missingEn: m.stepEn,
  });
}

/** 罢免 (recall) of one committee member: request → the member's reply → the vote. */
export interface RecallRecord {
  stage: 'requested' | 'replied' | 'voted';
  receivedOn: CalendarDate;
  recalled: boolean | null;
}

export type RecallAct =
  | { step: 'requestRecall'; on: CalendarDate; request: RecallRequest }
  | { step: 'recallReply'; on: CalendarDate }
  | {
      step: 'recallVote';
      on: CalendarDate;
      organiser: 'village' | 'township';
      registered: number;
      voted: number;
      yes: number;
    };

/**
 * The recall flow (VCOL-16-RECALL-INIT, -VOTE, ZJ-35-RECALL-DEADLINE): a request
 * short of signatures or reasons is refused; the vote waits for the member's
 * chance to reply; after 30 days only the township may organise it (within 60
 * more; later is recorded as a breach). The vote's outcome is in the record.
 */
export function applyRecallAct(
  record: RecallRecord | null,
  act: RecallAct,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): FlowOutcome<RecallRecord> {
  if (act.step === 'requestRecall') {
    if (record)
      return refused(outOfOrder(act.on, 'VCOL-16-RECALL-INIT', 'requestRecall', 'requestRecall'));
    const bad = recallRequestFindings(act.request, p);
    if (bad[0]) return refused(bad[0]);
    return {
      ok: true,
      record: { stage: 'requested', receivedOn: act.on, recalled: null },
      findings: [],
    };
  }
  if (!record) return refused(outOfOrder(act.on, 'VCOL-16-RECALL-INIT', act.step, 'requestRecall'));
  if (record.stage === 'voted')
    return refused(
      finding(act.on, 'VCOL-16-RECALL-VOTE', 'election_closed', {
        stage: '完成罢免投票',
        stageEn: 'past its vote',
        ...stepName(act.step),
      }),
    );
  if (act.step === 'recallReply')
    return { ok: true, record: { ...record, stage: 'replied' }, findings: [] };
  const noReply = recallReplyFindings(act.on, record.stage === 'replied');
  if (noReply[0]) return refused(noReply[0]);
  const duty = recallDuty(record.receivedOn, act.on, p, cal);
  if (duty.organiser !== 'village' && act.organiser === 'village')
    return refused(duty.findings[0]!);
  const outcome = recallOutcome(act.on, act, p);
  const breaches = duty.organiser === 'overdue' ? duty.findings : [];
  return {
    ok: true,
    record: { ...record, stage: 'voted', recalled: outcome.recalled },
    findings: [...breaches, ...outcome.findings],
  };
}

/** 补选 (by-election) of vacant seats at the assembly or the representatives' meeting. */
export interface ByElectionRecord {
  stage: 'vacant' | 'candidatesPublished' | 'counted' | 'certified';
  body: 'assembly' | 'representatives';
  pollingOn: CalendarDate;
  /** The current committee's last day: the by-elected serve until it (VCOL-19-BYELECTION). */
  termEndsOn: CalendarDate;
  posts: readonly Post[];
  rounds: readonly RoundResult[];
  /**
   * Opened while no woman served on the villagers' committee: the post whose seat is kept for
   * a woman (byElectionWomen.ts). Absent on by-elections recorded before the rule.
   */
  womenPostId?: string | null;
  /** Certified with no woman elected: the man elected to the seat kept for a woman, not seated. */
  womenSeatLeftVacant?: string | null;
}

/** `women`: the persons among the act's candidates or winners who are women (the registry's). */
export type ByElectionAct =
  | {
      step: 'publishCandidates';
      on: CalendarDate;
      posts: readonly Post[];
      women: ReadonlySet<string>;
    }
  | { step: 'count'; on: CalendarDate; members: number; voting: number; result: RoundResult }
  | { step: 'certify'; on: CalendarDate; women: ReadonlySet<string> };

/**
 * The by-election flow: the Art. 15 procedure (差额 list published in time,
 * count by countRound), 浙江's turnout of the meeting's members (a round short
 * of it is void), certified when no tie or runoff is pending. The term of the
 * by-elected ends with the committee's (`record.termEndsOn`). For the seat kept
 * for a woman (`womenPostId`) the list has women enough for 差额 and no man takes
 * that seat: certifying records it vacant instead (byElectionWomen.ts).
 */
export function applyByElectionAct(
  record: ByElectionRecord,
  act: ByElectionAct,
  p: RuleParams,
): FlowOutcome<ByElectionRecord> {
  const rule = 'VCOL-19-BYELECTION';
  if (act.step === 'publishCandidates') {
    if (record.stage !== 'vacant')
      return refused(outOfOrder(act.on, rule, 'publishCandidates', 'byElection'));
    const days = p['ZJ-18-CAND-LIST'].listDaysBefore;
    const bad = [
      ...checkDaysBefore('ZJ-18-CAND-LIST', 'publishCandidates', act.on, record.pollingOn, days),
      ...act.posts.flatMap((post) => checkSurplus(act.on, post, post.candidates.length, p)),
      ...(record.womenPostId
        ? byElectionWomenListFindings(act.on, act.posts, record.womenPostId, act.women, p)
        : []),
    ];
    if (bad[0]) return refused(bad[0]);
    return {
      ok: true,
      record: { ...record, stage: 'candidatesPublished', posts: act.posts },
      findings: [],
    };
  }
  if (act.step === 'count') {
    if (record.stage !== 'candidatesPublished' && record.stage !== 'counted')
      return refused(outOfOrder(act.on, rule, 'count', 'publishCandidates'));
    const turnout = byElectionTurnout(act.on, record.body, act.members, act.voting, p);
    // a round short of the meeting's turnout is void like one short of the voters'
    const result = turnout.length ? { ...act.result, valid: false, findings: turnout } : act.result;
    return {
      ok: true,
      record: { ...record, stage: 'counted', rounds: [...record.rounds, result] },
      findings: result.findings,
    };
  }
  if (record.stage !== 'counted') return refused(outOfOrder(act.on, rule, 'certify', 'count'));
  const last = record.rounds.at(-1)!;
  if (!last.valid) return refused(finding(act.on, 'VCOL-15-VALID', 'result_invalid'));
  if (standing(record.posts, record.rounds).next)
    return refused(outOfOrder(act.on, 'VCOL-15-RUNOFF', 'certify', 'scheduleRunoff'));
  const vacant = womenSeatLeftVacant(act.on, record, act.women);
  return {
    ok: true,
    record: { ...record, stage: 'certified', womenSeatLeftVacant: vacant?.id ?? null },
    findings: vacant ? [vacant.finding] : [],
  };
}
