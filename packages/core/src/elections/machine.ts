import type { CalendarDate } from '../calendarDate.ts';
import { addDays, type HolidayCalendar } from '../rules/dayCount.ts';
import { finding, findingWithCitation, RuleRefusal, type Finding } from '../rules/findings.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import type { RuleParams } from '../rules/profile.ts';
import {
  checkElectionCommittee,
  withdrawForNominees,
  type EcMember,
  type ElectionCommittee,
  type NomineeTies,
} from './committee.ts';
import { underAmendedLaw } from './lawOfDay.ts';
import type { RoundKind, RoundResult } from './count.ts';
import { seatingFindings, type SeatingContext } from './seating.ts';
import type { SeatHolder } from '../rules/composition.ts';
import { checkDaysBefore, checkWithin } from './dates.ts';
import { checkSelfNomination, checkSurplus } from './nomination.ts';
import {
  checkPollingNotice,
  mobileBoxFindings,
  secretBoothFindings,
  tellerFindings,
  type MobileBox,
  type TellerRole,
} from './polling.ts';
import { standing } from './result.ts';
import type { Post } from './sheets.ts';
import { stepName, type StepName } from './steps.ts';

/** Where an election stands: the stages of 村民委员会换届选举 in order. */
export type ElectionStage =
  | 'new'
  | 'committeeChosen'
  | 'rulesAdopted'
  | 'rollPublished'
  | 'nominating'
  | 'candidatesPublished'
  | 'polling'
  | 'counted'
  | 'roundScheduled'
  | 'certified'
  | 'handedOver';

/** Which body the election fills: the villagers' committee, or the supervision committee (seed 002). */
export type ElectedBody = 'villagersCommittee' | 'supervisionCommittee';

/** The record of one election as the rules need it (the server stores it; core never reads a clock). */
export interface ElectionRecord {
  body: ElectedBody;
  /**
   * Who votes: the registered villagers (村民委员会, by VCOL Art. 15), or the
   * representatives' meeting (seed 002's supervision committee): its roll is the
   * meeting's membership, so the 20-day roll and its objections do not apply.
   */
  electorate: 'villagers' | 'representatives';
  stage: ElectionStage;
  /** The day each step was last done. */
  done: Partial<Record<StepName, CalendarDate>>;
  lastActOn: CalendarDate | null;
  /** 选举日: the first round's polling day, announced with the rules. */
  electionDay: CalendarDate | null;
  /** The polling day of the round to hold next (the election day, then a runoff or re-vote day). */
  pollingOn: CalendarDate | null;
  posts: readonly Post[];
  rounds: readonly RoundResult[];
  /** A women's runoff scheduled and not yet counted: its post (one seat, the women). */
  womenRound?: Post | null;
  openObjections: number;
  /** The 村民选举委员会 as chosen, and after withdrawals (its reserves fill seats in order). */
  committee: ElectionCommittee;
}

export function newElection(
  body: ElectedBody,
  electorate: ElectionRecord['electorate'] = 'villagers',
): ElectionRecord {
  return {
    body,
    electorate,
    stage: 'new',
    done: {},
    lastActOn: null,
    electionDay: null,
    pollingOn: null,
    posts: [],
    rounds: [],
    openObjections: 0,
    committee: { members: [], reserves: [] },
  };
}

/** An act on the election, with its date and the facts its rules need. */
export type ElectionAct =
  | {
      step: 'chooseCommittee';
      on: CalendarDate;
      members: readonly EcMember[];
      /** Chosen but not seated, in ranking order (依次递补). */
      reserves?: readonly EcMember[];
      kin: ReadonlyArray<{ name: string; relative: string }>;
    }
  | {
      /** Members nominated, or (from 2026) whose near relatives are, leave; reserves fill in order. */
      step: 'withdrawFromCommittee';
      on: CalendarDate;
      nominees: readonly NomineeTies[];
    }
  | { step: 'adoptRules'; on: CalendarDate; electionDay: CalendarDate }
  | { step: 'publishRoll'; on: CalendarDate }
  | { step: 'fileObjection'; on: CalendarDate }
  | { step: 'decideObjection'; on: CalendarDate; receivedOn: CalendarDate }
  | { step: 'openNominations'; on: CalendarDate }
  | { step: 'selfNomination'; on: CalendarDate; name: string; postIds: readonly string[] }
  | {
      step: 'publishCandidates';
      on: CalendarDate;
      posts: readonly Post[];
      /** Known near-relative ties between election committee members and the candidates. */
      committeeTies?: ReadonlyArray<{
        memberId: string;
        candidateId: string;
        candidateName: string;
      }>;
    }
  | {
      step: 'withdrawCandidate';
      on: CalendarDate;
      postId: string;
      personId: string;
      name: string;
      written: boolean;
      /** The next nominee by votes who takes the place (依次递补), or null when none is left. */
      fillWith: string | null;
    }
  | {
      step: 'publishPollingNotice';
      on: CalendarDate;
      tellers: ReadonlyArray<{ personId: string; name: string; role: TellerRole }>;
      candidates: ReadonlyArray<{ personId: string; name: string }>;
      /** Known ties between tellers and candidates (spouse, parent, child, sibling). */
      relations: ReadonlyArray<{ tellerId: string; candidateId: string; relation: string }>;
    }
  | {
      step: 'openPolling';
      on: CalendarDate;
      secretBoothRecorded: boolean;
      /** The outgoing committee's departure audit published (null: none is due, e.g. the supervision committee). */
      departureAuditPublished: boolean | null;
      mobileBoxes: readonly MobileBox[];
    }
  | {
      step: 'count';
      on: CalendarDate;
      /** The posts the round was counted for (standing(...).next.posts). */
      posts: readonly Post[];
      result: RoundResult;
    }
  | {
      step: 'scheduleRunoff';
      on: CalendarDate;
      pollingOn: CalendarDate;
      /**
       * The women's runoff womenCheck calls for (one seat on its post, the women as
       * candidates), once every other round is done; the caller knows who is a woman.
       */
      women?: Post;
    }
  | {
      step: 'certify';
      on: CalendarDate;
      /** Those the count elected (after the women check's replacement, if any), with their posts as roles. */
      seated: readonly SeatHolder[];
      context: SeatingContext;
    }
  | { step: 'handover'; on: CalendarDate };

/** A step done, with any breach it records (a late decision is still a decision), or refused. */
export type StepOutcome =
  | { ok: true; record: ElectionRecord; findings: readonly Finding[] }
  | { ok: false; refusal: Finding; message: { zh: string; en: string } };

/** The stages an act may be done in, and the step that must come before it. */
const ALLOWED: Record<ElectionAct['step'], { in: readonly ElectionStage[]; after: StepName }> = {
  chooseCommittee: { in: ['new'], after: 'chooseCommittee' },
  adoptRules: { in: ['committeeChosen'], after: 'chooseCommittee' },
  withdrawFromCommittee: {
    in: ['rollPublished', 'nominating', 'candidatesPublished'],
    after: 'openNominations',
  },
  publishRoll: { in: ['rulesAdopted'], after: 'adoptRules' },
  fileObjection: {
    in: ['rollPublished', 'nominating', 'candidatesPublished'],
    after: 'publishRoll',
  },
  decideObjection: {
    in: ['rollPublished', 'nominating', 'candidatesPublished'],
    after: 'publishRoll',
  },
  openNominations: { in: ['rollPublished'], after: 'publishRoll' },
  selfNomination: { in: ['nominating'], after: 'openNominations' },
  publishCandidates: { in: ['nominating'], after: 'openNominations' },
  withdrawCandidate: { in: ['candidatesPublished'], after: 'publishCandidates' },
  // seed 002 announces the day with the rules, before the list; tellers are checked against the candidates known
  publishPollingNotice: { in: ['nominating', 'candidatesPublished'], after: 'openNominations' },
  openPolling: { in: ['candidatesPublished', 'roundScheduled'], after: 'publishPollingNotice' },
  count: { in: ['polling'], after: 'openPolling' },
  scheduleRunoff: { in: ['counted'], after: 'count' },
  certify: { in: ['counted'], after: 'count' },
  handover: { in: ['certified'], after: 'certify' },
};

/** The rule each step's order rests on, cited when a step comes too early. */
const ORDER_RULE = {
  chooseCommittee: 'XJGC-EC',
  adoptRules: 'XJGC-EC',
  withdrawFromCommittee: 'VCOL-12-EC-WITHDRAW',
  publishRoll: 'VCOL-14-LIST',
  fileObjection: 'VCOL-14-APPEAL',
  decideObjection: 'VCOL-14-APPEAL',
  openNominations: 'VCOL-15-SURPLUS',
  selfNomination: 'ZJ-20-SELF-NOMINATION',
  publishCandidates: 'ZJ-18-CAND-LIST',
  withdrawCandidate: 'ZJ-18-CAND-LIST',
  publishPollingNotice: 'ZJ-22-TELLER-RECUSAL',
  openPolling: 'ZJ-22-TELLER-RECUSAL',
  count: 'VCOL-15-SECRET',
  scheduleRunoff: 'VCOL-15-RUNOFF',
  certify: 'VCOL-15-WIN',
  handover: 'VCOL-20-HANDOVER',
} as const;

/**
 * The election's next state after an act, or the refusal citing the article
 * in words by the law of the act's date. `p` is the profile resolved for
 * the act's date (resolveProfile), so a 2025 act is judged by the 2018 text.
 */
export function applyElectionAct(
  record: ElectionRecord,
  act: ElectionAct,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): StepOutcome {
  const order = orderFindings(record, act);
  if (order) return refuse(order);
  const checked = checkAct(record, act, p, cal);
  const refusal = checked.refuse.find((f) => f.severity === 'violation');
  if (refusal) return refuse(refusal);
  const done = { ...record.done, [act.step]: act.on };
  const record2 = { ...advance(record, act), done, lastActOn: act.on };
  return { ok: true, record: record2, findings: [...checked.refuse, ...checked.breaches] };
}

/** Like applyElectionAct, for a command: throws the RuleRefusal the server answers 422 with. */
export function applyElectionActOrThrow(
  record: ElectionRecord,
  act: ElectionAct,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): { record: ElectionRecord; findings: readonly Finding[] } {
  const out = applyElectionAct(record, act, p, cal);
  if (!out.ok) throw new RuleRefusal(out.refusal);
  return out;
}

function refuse(f: Finding): StepOutcome {
  return {
    ok: false,
    refusal: f,
    message: { zh: findingWithCitation(f, 'zh-CN'), en: findingWithCitation(f, 'en') },
  };
}

function orderFindings(record: ElectionRecord, act: ElectionAct): Finding | null {
  const rule = ORDER_RULE[act.step];
  if (record.stage === 'handedOver') {
    const handedOverOn = record.done.handover ?? act.on;
    return finding(act.on, 'VCOL-20-HANDOVER', 'ec_ended', { on: handedOverOn });
  }
  const allowed = ALLOWED[act.step];
  if (!allowed.in.includes(record.stage)) {
    const missing = stepName(allowed.after);
    const done = record.done[act.step] !== undefined && record.stage !== 'new';
    if (done && ['chooseCommittee', 'adoptRules', 'publishRoll', 'certify'].includes(act.step))
      return finding(act.on, rule, 'election_closed', {
        stage: `完成“${stepName(act.step).step}”`,
        stageEn: `past "${stepName(act.step).stepEn}"`,
        ...stepName(act.step),
      });
    return finding(act.on, rule, 'election_step_order', {
      ...stepName(act.step),
      missing: missing.step,
      missingEn: missing.stepEn,
    });
  }
  if (record.lastActOn && act.on < record.lastActOn) {
    const previous = lastStep(record);
    return finding(act.on, rule, 'election_step_date', {
      ...stepName(act.step),
      on: act.on,
      previous: stepName(previous).step,
      previousEn: stepName(previous).stepEn,
      previousOn: record.lastActOn,
    });
  }
  return null;
}

function lastStep(record: ElectionRecord): StepName {
  const entries = Object.entries(record.done) as Array<[StepName, CalendarDate]>;
  return entries.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).at(-1)![0];
}

interface Checked {
  /** Violations refuse the act (warnings pass with it). */
  refuse: Finding[];
  /** Violations the act records without being refused (a late decision or handover). */
  breaches: Finding[];
}

const pass = (refuse: Finding[] = [], breaches: Finding[] = []): Checked => ({ refuse, breaches });

function checkAct(
  record: ElectionRecord,
  act: ElectionAct,
  p: RuleParams,
  cal: HolidayCalendar,
): Checked {
  const day = record.electionDay!;
  switch (act.step) {
    case 'chooseCommittee':
      return pass(checkElectionCommittee(act.on, act.members, act.kin, p));
    case 'withdrawFromCommittee': {
      // the withdrawals stand; a committee left too small is recorded (另行推选 fills it)
      const after = withdrawForNominees(act.on, record.committee, act.nominees);
      const size = checkElectionCommittee(act.on, after.committee.members, [], p);
      return pass([], [...after.withdrawals, ...size]);
    }
    case 'adoptRules': {
      if (record.electorate === 'representatives') return pass();
      // the roll has to be publishable in time: polling at least 20 days after the rules
      const roll = p['VCOL-14-LIST'].listDaysBefore;
      return pass(checkDaysBefore('VCOL-14-LIST', 'publishRoll', act.on, act.electionDay, roll));
    }
    case 'publishRoll':
      if (record.electorate === 'representatives') return pass();
      return pass(
        checkDaysBefore(
          'VCOL-14-LIST',
          'publishRoll',
          act.on,
          day,
          p['VCOL-14-LIST'].listDaysBefore,
        ),
      );
    case 'fileObjection': {
      const days = p['VCOL-14-LIST'].objectionDays;
      return pass(
        checkWithin('VCOL-14-APPEAL', 'fileObjection', record.done.publishRoll!, act.on, days, cal),
      );
    }
    case 'decideObjection': {
      const days = p['VCOL-14-LIST'].decisionDays;
      return pass(
        [],
        checkWithin('VCOL-14-APPEAL', 'decideObjection', act.receivedOn, act.on, days, cal),
      );
    }
    case 'selfNomination':
      return pass(checkSelfNomination(act, day, p));
    case 'publishCandidates':
      return pass([
        ...checkDaysBefore(
          'ZJ-18-CAND-LIST',
          'publishCandidates',
          act.on,
          day,
          p['ZJ-18-CAND-LIST'].listDaysBefore,
        ),
        ...act.posts.flatMap((post) => checkSurplus(act.on, post, post.candidates.length, p)),
        ...committeeConflicts(record, act),
      ]);
    case 'withdrawCandidate': {
      const late = checkDaysBefore(
        'ZJ-18-CAND-LIST',
        'withdrawCandidate',
        act.on,
        day,
        p['ZJ-18-CAND-LIST'].withdrawDaysBefore,
      );
      const written = act.written
        ? []
        : [finding(act.on, 'ZJ-18-CAND-LIST', 'withdrawal_not_written', { name: act.name })];
      // the withdrawal stands even when it leaves the post short: polling then waits for the 差额
      const after = withdrawn(record.posts, act).find((x) => x.id === act.postId);
      const short = after ? checkSurplus(act.on, after, after.candidates.length, p) : [];
      return pass([...written, ...late], short);
    }
    default:
      return checkFromList(record, act, p, cal);
  }
}

/** The acts from the polling notice to the handover. */
function checkFromList(
  record: ElectionRecord,
  act: ElectionAct,
  p: RuleParams,
  cal: HolidayCalendar,
): Checked {
  const day = record.electionDay!;
  switch (act.step) {
    case 'publishPollingNotice': {
      const rel = (t: string, c: string) =>
        act.relations.find((r) => r.tellerId === t && r.candidateId === c)?.relation ?? null;
      return pass([
        ...checkPollingNotice(act.on, day, p),
        ...tellerFindings(act.on, act.tellers, act.candidates, rel),
      ]);
    }
    case 'openPolling':
      return pass(pollingFindings(record, act, p));
    case 'count': {
      // 选举结果应当当场公布: the count is the polling day's, and a void round is recorded as such
      const sameDay =
        act.on === record.done.openPolling
          ? []
          : [
              finding(act.on, 'VCOL-15-SECRET', 'election_wrong_day', {
                ...stepName('count'),
                pollingOn: record.done.openPolling!,
                on: act.on,
              }),
            ];
      return pass([...sameDay, ...roundMismatch(record, act)], [...act.result.findings]);
    }
    case 'scheduleRunoff':
      return pass(runoffFindings(record, act, p, cal));
    case 'certify':
      return certifyFindings(record, act, p);
    case 'handover':
      return pass(
        [],
        checkWithin(
          'VCOL-20-HANDOVER',
          'handover',
          record.done.certify!,
          act.on,
          p['VCOL-20-HANDOVER'].maxDays,
          cal,
        ),
      );
    default:
      return pass();
  }
}

function pollingFindings(
  record: ElectionRecord,
  act: Extract<ElectionAct, { step: 'openPolling' }>,
  p: RuleParams,
): Finding[] {
  const out: Finding[] = [];
  if (!record.done.publishPollingNotice) {
    const missing = stepName('publishPollingNotice');
    out.push(
      finding(act.on, 'ZJ-22-TELLER-RECUSAL', 'election_step_order', {
        ...stepName('openPolling'),
        missing: missing.step,
        missingEn: missing.stepEn,
      }),
    );
  }
  if (act.on !== record.pollingOn)
    out.push(
      finding(act.on, 'ZJ-22-TELLER-RECUSAL', 'election_wrong_day', {
        ...stepName('openPolling'),
        pollingOn: record.pollingOn!,
        on: act.on,
      }),
    );
  out.push(...secretBoothFindings(act.on, act.secretBoothRecorded));
  // a withdrawal may have left a post without more candidates than seats (the first round only)
  if (record.rounds.length === 0)
    for (const post of record.posts)
      out.push(...checkSurplus(act.on, post, post.candidates.length, p));
  if (act.departureAuditPublished === false)
    out.push(finding(act.on, 'VCOL-35-AUDIT', 'polling_before_departure_audit'));
  if (record.openObjections > 0)
    out.push(
      finding(act.on, 'VCOL-14-APPEAL', 'objections_pending', { count: record.openObjections }),
    );
  for (const box of act.mobileBoxes) out.push(...mobileBoxFindings(act.on, box, p));
  return out;
}

function runoffFindings(
  record: ElectionRecord,
  act: Extract<ElectionAct, { step: 'scheduleRunoff' }>,
  p: RuleParams,
  cal: HolidayCalendar,
): Finding[] {
  const next = standing(record.posts, record.rounds).next;
  if (act.women && !next && record.body === 'villagersCommittee')
    return checkWithin(
      'ZJ-RUNOFF-WINDOW',
      'womenRunoff',
      record.electionDay!,
      act.pollingOn,
      p['ZJ-RUNOFF-WINDOW'].maxDaysAfterPolling,
      cal,
    );
  if (!next || act.women)
    return [
      finding(act.on, 'VCOL-15-RUNOFF', 'election_closed', {
        stage: '无须另行选举',
        stageEn: 'not in need of a runoff',
        ...stepName('scheduleRunoff'),
      }),
    ];
  if (next.kind === 'first') return reholdFindings(record, act, p, cal);
  const days = p['ZJ-RUNOFF-WINDOW'].maxDaysAfterPolling;
  return checkWithin(
    'ZJ-RUNOFF-WINDOW',
    'scheduleRunoff',
    record.electionDay!,
    act.pollingOn,
    days,
    cal,
  );
}

/**
 * A void first round (VCOL-15-VALID: not more than half of the registered voted) is held
 * again, with the same list. Neither the statute nor the province's measures as RULES.md
 * records them set its day, so the product takes the profile's numbers: a new polling
 * day is published like the first one, the notice's days ahead (ZJ-22-TELLER-RECUSAL),
 * and falls within the runoff's window (ZJ-RUNOFF-WINDOW) counted from the void poll.
 */
function reholdFindings(
  record: ElectionRecord,
  act: Extract<ElectionAct, { step: 'scheduleRunoff' }>,
  p: RuleParams,
  cal: HolidayCalendar,
): Finding[] {
  const days = p['ZJ-RUNOFF-WINDOW'].maxDaysAfterPolling;
  const notice = p['ZJ-22-TELLER-RECUSAL'].noticeDaysBefore;
  return [
    ...checkDaysBefore('ZJ-22-TELLER-RECUSAL', 'rehold', act.on, act.pollingOn, notice),
    ...checkWithin(
      'ZJ-RUNOFF-WINDOW',
      'rehold',
      record.done.openPolling!,
      act.pollingOn,
      days,
      cal,
    ),
  ];
}

function certifyFindings(
  record: ElectionRecord,
  act: Extract<ElectionAct, { step: 'certify' }>,
  p: RuleParams,
): Checked {
  const order = roundsDone(record, act);
  if (order.length) return pass(order);
  const seating = seatingFindings(act.on, record.body, act.seated, act.context, p);
  return pass(seating.refuse, [...seating.record, ...announceBreach(record, act, p)]);
}

/** A result is certified from a valid round with no tie and no runoff pending. */
function roundsDone(
  record: ElectionRecord,
  act: Extract<ElectionAct, { step: 'certify' }>,
): Finding[] {
  const last = record.rounds.at(-1);
  if (!last || !last.valid) return [finding(act.on, 'VCOL-15-VALID', 'result_invalid')];
  const next = standing(record.posts, record.rounds).next;
  if (next?.kind === 'revote') {
    const tied = next.posts[0]!;
    return [
      finding(act.on, 'VCOL-15-WIN', 'result_tie_pending', {
        post: tied.name.zh,
        postEn: tied.name.en,
        count: tied.candidates.length,
      }),
    ];
  }
  if (next?.kind === 'runoff') {
    const missing = stepName('scheduleRunoff');
    return [
      finding(act.on, 'VCOL-15-RUNOFF', 'election_step_order', {
        ...stepName('certify'),
        missing: missing.step,
        missingEn: missing.stepEn,
      }),
    ];
  }
  return [];
}

/** 投票选举当日或者次日 公布: a late announcement is still made, with the breach recorded. */
function announceBreach(
  record: ElectionRecord,
  act: Extract<ElectionAct, { step: 'certify' }>,
  p: RuleParams,
): Finding[] {
  const polledOn = record.done.openPolling!;
  const days = p['ZJ-32-ANNOUNCE'].maxDays;
  if (act.on <= addDays(polledOn, days)) return [];
  return [
    finding(act.on, 'ZJ-32-ANNOUNCE', 'election_period_over', {
      ...stepName('certify'),
      from: polledOn,
      days,
      deadline: addDays(polledOn, days),
      on: act.on,
    }),
  ];
}

/** The record after an act that passed. */
function advance(
  record: ElectionRecord,
  act: ElectionAct,
): Omit<ElectionRecord, 'done' | 'lastActOn'> {
  switch (act.step) {
    case 'chooseCommittee':
      return {
        ...record,
        stage: 'committeeChosen',
        committee: { members: act.members, reserves: act.reserves ?? [] },
      };
    case 'withdrawFromCommittee':
      return {
        ...record,
        committee: withdrawForNominees(act.on, record.committee, act.nominees).committee,
      };
    case 'adoptRules':
      return {
        ...record,
        stage: 'rulesAdopted',
        electionDay: act.electionDay,
        pollingOn: act.electionDay,
      };
    case 'publishRoll':
      return { ...record, stage: 'rollPublished' };
    case 'fileObjection':
      return { ...record, openObjections: record.openObjections + 1 };
    case 'decideObjection':
      return { ...record, openObjections: Math.max(0, record.openObjections - 1) };
    case 'openNominations':
      return { ...record, stage: 'nominating' };
    case 'publishCandidates':
      return { ...record, stage: 'candidatesPublished', posts: act.posts };
    case 'withdrawCandidate':
      return { ...record, posts: withdrawn(record.posts, act) };
    case 'openPolling':
      return { ...record, stage: 'polling' };
    case 'count':
      return {
        ...record,
        stage: 'counted',
        rounds: [...record.rounds, act.result],
        womenRound: null,
      };
    case 'scheduleRunoff':
      return {
        ...record,
        stage: 'roundScheduled',
        pollingOn: act.pollingOn,
        womenRound: act.women ?? null,
      };
    case 'certify':
      return { ...record, stage: 'certified' };
    case 'handover':
      return { ...record, stage: 'handedOver' };
    default:
      return record;
  }
}

/** The posts after a withdrawal: the candidate off the list, the next nominee at its end. */
function withdrawn(
  posts: readonly Post[],
  act: Extract<ElectionAct, { step: 'withdrawCandidate' }>,
): Post[] {
  return posts.map((post) => {
    if (post.id !== act.postId) return post;
    const rest = post.candidates.filter((c) => c !== act.personId);
    return { ...post, candidates: act.fillWith ? [...rest, act.fillWith] : rest };
  });
}

/**
 * VCOL-12-EC-WITHDRAW at the list: a candidate still on the election committee,
 * or (from 2026) one whose near relative still sits on it, stops the list until
 * the member has withdrawn (act withdrawFromCommittee).
 */
function committeeConflicts(
  record: ElectionRecord,
  act: Extract<ElectionAct, { step: 'publishCandidates' }>,
): Finding[] {
  const candidates = new Set(act.posts.flatMap((post) => post.candidates));
  const members = record.committee.members;
  const out: Finding[] = members
    .filter((m) => candidates.has(m.personId))
    .map((m) => finding(act.on, 'VCOL-12-EC-WITHDRAW', 'ec_withdraw_nominated', { name: m.name }));
  if (!underAmendedLaw(act.on)) return out;
  for (const tie of act.committeeTies ?? []) {
    const m = members.find((x) => x.personId === tie.memberId);
    if (m && candidates.has(tie.candidateId))
      out.push(
        finding(act.on, 'VCOL-12-EC-WITHDRAW', 'ec_withdraw_relative', {
          name: m.name,
          relative: tie.candidateName,
        }),
      );
  }
  return out;
}

/** The round to hold next: a women's runoff scheduled, else what standing gives. */
export function nextRound(record: ElectionRecord): { kind: RoundKind; posts: Post[] } | null {
  if (record.womenRound) return { kind: 'women', posts: [record.womenRound] };
  return standing(record.posts, record.rounds).next;
}

/** The count must be of the round the election is at: its kind, posts, seats and candidates. */
function roundMismatch(
  record: ElectionRecord,
  act: Extract<ElectionAct, { step: 'count' }>,
): Finding[] {
  const next = nextRound(record);
  const shape = (posts: readonly Post[]) =>
    JSON.stringify(posts.map((p) => [p.id, p.seats, [...p.candidates].sort()]));
  const counted = act.result.posts.map((r) => r.postId);
  const expected = next ? next.posts.map((p) => p.id) : [];
  const same =
    next !== null &&
    next.kind === act.result.kind &&
    JSON.stringify(counted) === JSON.stringify(expected) &&
    shape(next.posts) === shape(act.posts);
  if (same) return [];
  const step =
    next?.kind === 'revote'
      ? 'revote'
      : next?.kind === 'runoff'
        ? 'scheduleRunoff'
        : next?.kind === 'women'
          ? 'womenRunoff'
          : 'count';
  return [
    finding(act.on, 'VCOL-15-WIN', 'election_round_mismatch', {
      expected: stepName(step).step,
      expectedEn: stepName(step).stepEn,
    }),
  ];
}
