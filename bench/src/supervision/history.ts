import { createHash, randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { complaintDueOn, type ComplaintHandler } from '@cunzhi/core/complaints/complaints';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { addDays, daysFrom, periodEnd } from '@cunzhi/core/rules/dayCount';
import type { ResolvedProfile } from '@cunzhi/core/rules/profile';
import {
  motionOutcome,
  type MotionStatus,
  type SittingMode,
  type VoteChoice,
} from '@cunzhi/core/supervision/committee';
import type { InspectionOutcome, InspectionSubject } from '@cunzhi/core/supervision/inspections';
import type { ReferralAddressee } from '@cunzhi/core/policies/townInbox';
import { weighted, type Rng } from '../random.ts';
import { emptyRecords, type Records, type Row, type TownStaff, type VillageCast } from './cast.ts';
import * as text from './texts.ts';

/** What a motion is about and what it proposes (the stored proposal, as tableMotion stores it). */
interface MotionInput {
  kind: 'agendaReview' | 'plan' | 'inspectionOutcome' | 'report';
  subjectId: string;
  proposal: Record<string, unknown>;
  heldOn: CalendarDate;
  mode: SittingMode;
  /** The outcome wanted: votes are drawn until core's count gives it. */
  want: MotionStatus;
  /** Remote and still open: the members (by index) who have voted, yes each. */
  votedSoFar?: number[];
}

const MOTION_TRIES = 200;
const outcomeOf = weighted<InspectionOutcome>([
  ['noIssue', 72],
  ['correction', 20],
  ['referral', 8],
]);
const subjectOf = weighted<InspectionSubject>([
  ['financePeriod', 60],
  ['project', 15],
  ['work', 15],
  ['partyAffairs', 10],
]);
const channelOf = weighted<'member' | 'paper' | 'portal'>([
  ['member', 40],
  ['paper', 20],
  ['portal', 40],
]);
const handlerOf = weighted<ComplaintHandler>([
  ['villagersCommittee', 60],
  ['partyBranch', 25],
  ['villageAffairsSupervisionCommittee', 15],
]);
/** A complaint's routing columns: referred to the town, or not classed yet. */
const NOT_ANSWERED = { due_on: null, answer: null, answered_on: null, answered_by: null };
const REFERRED = { class: 'discipline', handler: null, status: 'referred', ...NOT_ANSWERED };
const UNCLASSED = { class: null, handler: null, status: 'received', ...NOT_ANSWERED };
const referralAddresseeOf = weighted<ReferralAddressee>([
  ['disciplineCommission', 60],
  ['townGovernment', 30],
  ['supervisoryCommission', 10],
]);

/**
 * One village's records as they accumulate, month by month: the rows of each
 * table as objects (an inspection's row is updated as it is concluded), in
 * the shapes the supervision and complaints repositories write.
 */
export class History {
  readonly records: Records = emptyRecords();
  private numbers = { inspection: 0, report: 0, complaint: 0 };
  private plans = new Map<number, string>();
  /** Inspections concluded since the last report of each kind, for the report's list. */
  private sinceReport = { finance: [] as string[], supervision: [] as string[] };

  constructor(
    private readonly rng: Rng,
    private readonly cast: VillageCast,
    private readonly staff: TownStaff,
    private readonly today: CalendarDate,
    private readonly profileOn: (on: CalendarDate) => ResolvedProfile,
  ) {}

  private add(table: keyof Records, row: Row): Row {
    const full = { village_id: this.cast.villageId, ...row };
    this.records[table].push(full);
    return full;
  }

  private at(on: CalendarDate, time = '10:00'): string {
    return `${on}T${time}:00+08:00`;
  }

  /** Distinct member indexes, `count` of them, in random order. */
  private someMembers(count: number, including: number[] = []): number[] {
    const rest = this.cast.members.map((_, i) => i).filter((i) => !including.includes(i));
    for (let i = rest.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i);
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    return [...including, ...rest].slice(0, count);
  }

  // ------------------------------------------------------------ motions

  /** A sitting with its motion and votes, counted by core's motionOutcome as decide.ts counts it. */
  motion(m: MotionInput): { id: string; decidedOn: CalendarDate | null } {
    const params = this.profileOn(m.heldOn).params;
    for (let attempt = 0; attempt < MOTION_TRIES; attempt++) {
      const drawn = m.mode === 'inPerson' ? this.inPerson(m, params) : this.remote(m, params);
      if (drawn.status === m.want) return this.writeMotion(m, drawn);
    }
    throw new Error(`no ${m.want} ${m.kind} motion drawn in ${MOTION_TRIES} tries`);
  }

  private choice(want: MotionStatus): VoteChoice {
    const yes = want === 'failed' ? 0.3 : 0.88;
    const r = this.rng.float();
    return r < yes ? 'yes' : r < yes + (1 - yes) / 2 ? 'no' : 'abstain';
  }

  private inPerson(m: MotionInput, params: ResolvedProfile['params']): Drawn {
    const attendance = this.someMembers(this.rng.int(5, 7), [0]);
    const votes = attendance.map((i) => ({
      i,
      choice: i === 0 && m.want !== 'failed' ? ('yes' as const) : this.choice(m.want),
      on: m.heldOn,
    }));
    const outcome = motionOutcome(
      {
        mode: 'inPerson',
        members: this.cast.members,
        attendance: attendance.map((i) => this.cast.members[i]!),
        votes: votes.map((v) => ({ personId: this.cast.members[v.i]!, choice: v.choice })),
        closesOn: null,
      },
      m.heldOn,
      params,
    );
    return { ...outcome, attendance, votes, decidedOn: m.heldOn, closesOn: null };
  }

  /** Members vote on their phones one after another; the motion is decided as soon as it can be. */
  private remote(m: MotionInput, params: ResolvedProfile['params']): Drawn {
    const closesOn = addDays(m.heldOn, 7);
    const order = m.votedSoFar ?? this.someMembers(this.cast.members.length, [0]);
    const votes: Drawn['votes'] = [];
    let on = m.heldOn;
    for (const i of order) {
      const choice = m.votedSoFar || i === 0 ? ('yes' as const) : this.choice(m.want);
      votes.push({ i, choice, on });
      const outcome = motionOutcome(
        {
          mode: 'remote',
          members: this.cast.members,
          attendance: [],
          votes: votes.map((v) => ({ personId: this.cast.members[v.i]!, choice: v.choice })),
          closesOn,
        },
        on,
        params,
      );
      if (outcome.status !== 'open' || (m.votedSoFar && votes.length === order.length))
        return { ...outcome, attendance: [], votes, decidedOn: on, closesOn };
      const next = addDays(on, this.rng.int(0, 2));
      on = next > closesOn ? closesOn : next;
    }
    throw new Error('unreachable: a remote vote every member has cast is decided');
  }

  private writeMotion(m: MotionInput, d: Drawn): { id: string; decidedOn: CalendarDate | null } {
    const profile = this.profileOn(m.heldOn);
    const sittingId = randomUUID();
    const id = randomUUID();
    const tabler = this.cast.members[0]!;
    const tablerAccount = this.cast.memberAccounts[0]!;
    this.add('supervision_sitting', {
      id: sittingId,
      mode: m.mode,
      held_on: m.heldOn,
      closes_on: d.closesOn,
      attendance: d.attendance.map((i) => this.cast.members[i]!),
      convened_by: tabler,
      created_by: tablerAccount,
      created_at: this.at(m.heldOn, '09:30'),
    });
    const open = d.status === 'open';
    this.add('supervision_motion', {
      id,
      sitting_id: sittingId,
      kind: m.kind,
      subject_id: m.subjectId,
      proposal: JSON.stringify(m.proposal),
      tabled_by: tabler,
      status: d.status,
      decided_on: open ? null : d.decidedOn,
      decision: open ? null : JSON.stringify({ ...d.count, finding: d.finding }),
      profile_id: profile.id,
      profile_version: profile.version,
      created_at: this.at(m.heldOn, '09:30'),
    });
    d.votes.forEach((v, n) =>
      this.add('supervision_vote', {
        motion_id: id,
        person_id: this.cast.members[v.i]!,
        choice: v.choice,
        // in person the member who tabled records every vote; remotely each member votes on their phone
        recorded_by: m.mode === 'inPerson' ? tablerAccount : this.cast.memberAccounts[v.i]!,
        voted_at: this.at(v.on, `1${n % 10}:0${n % 6}`),
      }),
    );
    return { id, decidedOn: open ? null : d.decidedOn };
  }

  // ------------------------------------------------------------- plans

  /** The year's plan, drafted and adopted at a sitting in January. */
  plan(year: number, on: CalendarDate): void {
    const id = randomUUID();
    const items = Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      subject: i % 3 === 2 ? 'project' : 'financePeriod',
      title: i % 3 === 2 ? text.PROJECT_CHECK : `${i + 1}月财务收支检查`,
    }));
    const plan = this.add('supervision_plan', {
      id,
      year,
      items: JSON.stringify(items),
      status: 'voting',
      adopted_on: null,
      drafted_by: this.cast.memberAccounts[0]!,
      created_at: this.at(addDays(on, -7)),
    });
    const { decidedOn } = this.motion({
      kind: 'plan',
      subjectId: id,
      proposal: { kind: 'plan', planId: id },
      heldOn: on,
      mode: 'inPerson',
      want: 'carried',
    });
    Object.assign(plan, { status: 'adopted', adopted_on: decidedOn });
    this.plans.set(year, id);
  }

  // -------------------------------------------------------- inspections

  inspection(i: {
    startedOn: CalendarDate;
    subject: InspectionSubject;
    ref: string;
    assigned: number[];
  }): Row {
    this.numbers.inspection += 1;
    const year = Number(i.startedOn.slice(0, 4));
    return this.add('supervision_inspection', {
      id: randomUUID(),
      number: this.numbers.inspection,
      title: text.inspectionTitle(i.subject, i.ref, this.rng),
      subject: i.subject,
      subject_ref: i.ref,
      plan_id: this.plans.get(year) ?? null,
      started_on: i.startedOn,
      assigned: i.assigned.map((m) => this.cast.members[m]!),
      // the members who took part on the day (recordInspectionAttendance): those assigned
      present: i.assigned.map((m) => this.cast.members[m]!),
      status: 'open',
      outcome: null,
      concluded_on: null,
      hold_id: null,
      created_by: this.cast.memberAccounts[i.assigned[0]!]!,
      created_at: this.at(i.startedOn, '08:30'),
    });
  }

  finding(inspection: Row, on: CalendarDate, member: number): void {
    const [what, evidence] = this.rng.pick(text.FINDINGS);
    this.add('supervision_finding', {
      id: randomUUID(),
      inspection_id: inspection.id,
      text: what,
      voucher_ids: [],
      evidence,
      recorded_by: this.cast.members[member]!,
      recorded_on: on,
      created_at: this.at(on, '15:00'),
    });
  }

  /** The month's inspection: opened, findings recorded, the outcome voted on (a few fail the first time). */
  monthlyInspection(year: number, month: number): void {
    const subject = subjectOf(this.rng);
    const day = (d: number) =>
      `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}` as CalendarDate;
    const previous =
      month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
    // a finance inspection is the committee's only with more than half the members present
    const assigned = this.someMembers(subject === 'financePeriod' ? this.rng.int(4, 5) : 3);
    const inspection = this.inspection({
      startedOn: day(this.rng.int(3, 8)),
      subject,
      ref: subject === 'financePeriod' ? previous : '',
      assigned,
    });
    const outcome = outcomeOf(this.rng);
    const findings = outcome === 'noIssue' ? this.rng.int(0, 1) : this.rng.int(1, 3);
    for (let f = 0; f < findings; f++)
      this.finding(inspection, day(10 + f), assigned[f % assigned.length]!);
    const on = day(this.rng.int(20, 26));
    if (this.rng.chance(0.06))
      this.motion({
        ...this.outcomeProposal(inspection, 'correction', addDays(on, 30)),
        heldOn: addDays(on, -6),
        mode: 'inPerson',
        want: 'failed',
      });
    this.conclude(inspection, on, outcome, { dueOn: addDays(on, 30), done: true });
  }

  private outcomeProposal(
    inspection: Row,
    outcome: InspectionOutcome,
    dueOn: CalendarDate,
    addressee: ReferralAddressee = 'disciplineCommission',
    what: string = text.CORRECTIONS[0]!,
  ): Pick<MotionInput, 'kind' | 'subjectId' | 'proposal'> {
    const proposal: Record<string, unknown> = {
      kind: 'inspectionOutcome',
      inspectionId: inspection.id,
      outcome,
      note: text.OUTCOME_NOTES[outcome],
    };
    if (outcome === 'correction')
      proposal.correction = { addressee: 'villagersCommittee', what, dueOn };
    if (outcome === 'referral') proposal.referral = { addressee, summary: text.REFERRAL_SUMMARY };
    return { kind: 'inspectionOutcome', subjectId: inspection.id as string, proposal };
  }

  /** The committee's conclusion carried at a sitting: the correction ordered (and done), or the referral filed. */
  conclude(
    inspection: Row,
    on: CalendarDate,
    outcome: InspectionOutcome,
    c: { dueOn: CalendarDate; done: boolean },
  ): void {
    const addressee = referralAddresseeOf(this.rng);
    const what = this.rng.pick(text.CORRECTIONS);
    this.motion({
      ...this.outcomeProposal(inspection, outcome, c.dueOn, addressee, what),
      heldOn: on,
      mode: 'inPerson',
      want: 'carried',
    });
    Object.assign(inspection, { status: 'concluded', outcome, concluded_on: on });
    this.sinceReport.finance.push(inspection.id as string);
    this.sinceReport.supervision.push(inspection.id as string);
    if (outcome === 'correction') this.correction(inspection, on, { ...c, what });
    if (outcome === 'referral')
      this.referral({
        source: { kind: 'inspection', id: inspection.id as string },
        addressee,
        subject: `监督检查第${String(inspection.number)}号：${String(inspection.title)}`,
        summary: text.REFERRAL_SUMMARY,
        concerns: [],
        filedOn: on,
        filedBy: this.cast.memberAccounts[0]!,
      });
  }

  private correction(
    inspection: Row,
    on: CalendarDate,
    c: { dueOn: CalendarDate; done: boolean; what: string },
  ): void {
    const doneOn = addDays(on, this.rng.int(5, 25));
    const done = c.done && doneOn < this.today;
    const verifiedOn = addDays(doneOn, this.rng.int(2, 6));
    const verified = done && verifiedOn < this.today;
    this.add('supervision_correction', {
      id: randomUUID(),
      inspection_id: inspection.id,
      addressee: 'villagersCommittee',
      what: c.what,
      ordered_on: on,
      due_on: c.dueOn,
      done_on: done ? doneOn : null,
      answer: done ? text.CORRECTION_ANSWER : '',
      answered_by: done ? this.cast.cadreAccount : null,
      verified_on: verified ? verifiedOn : null,
      verified_by: verified ? this.cast.members[0]! : null,
    });
  }

  /** Today: the outcome of `inspection` put to a remote vote on `heldOn`; the reader (member 1) has not voted. */
  openOutcomeVote(inspection: Row, heldOn: CalendarDate): void {
    inspection.status = 'voting';
    this.motion({
      ...this.outcomeProposal(inspection, 'correction', addDays(this.today, 30)),
      heldOn,
      mode: 'remote',
      want: 'open',
      votedSoFar: [0, 2],
    });
  }

  // ------------------------------------------------------------ reports

  /** A report drafted and put to the vote at a sitting; carried, it is published as a notice. */
  report(kind: 'finance' | 'supervision', period: string, on: CalendarDate): void {
    const report = this.draftReport(kind, period, addDays(on, -3));
    const want = this.rng.chance(0.03) ? 'failed' : 'carried';
    const { decidedOn } = this.motion({
      kind: 'report',
      subjectId: report.id as string,
      proposal: { kind: 'report', reportId: report.id },
      heldOn: on,
      mode: 'inPerson',
      want,
    });
    if (want === 'failed') {
      report.status = 'rejected';
      return;
    }
    const noticeId = randomUUID();
    this.add('notice', {
      id: noticeId,
      kind: 'supervisionReport',
      title: report.title,
      body: report.body,
      published_on: decidedOn,
      period_ends_on: periodEnd(decidedOn!, 7, CHINA_HOLIDAYS),
      matter_id: null,
      resolution_id: null,
      meeting_id: null,
      published_by: this.cast.memberAccounts[0]!,
      contact_name: this.cast.chair.name,
      contact_phone: this.cast.chair.phone,
      created_at: this.at(decidedOn!, '11:00'),
    });
    Object.assign(report, { status: 'published', published_on: decidedOn, notice_id: noticeId });
  }

  private draftReport(kind: 'finance' | 'supervision', period: string, on: CalendarDate): Row {
    this.numbers.report += 1;
    const inspections = this.sinceReport[kind];
    this.sinceReport[kind] = [];
    return this.add('supervision_report', {
      id: randomUUID(),
      number: this.numbers.report,
      kind,
      title: kind === 'finance' ? `${period}财务监督报告` : `${period}村务监督工作报告`,
      body: text.reportBody(kind, period, inspections.length),
      inspection_ids: inspections,
      status: 'voting',
      published_on: null,
      notice_id: null,
      drafted_by: this.cast.memberAccounts[0]!,
      created_at: this.at(on, '16:00'),
    });
  }

  /** Today: a report put to a remote vote on `heldOn`, only its drafter has voted. */
  openReportVote(heldOn: CalendarDate): void {
    const month = Number(this.today.slice(5, 7));
    const report = this.draftReport('supervision', `${this.today.slice(0, 4)}年${month}月`, heldOn);
    this.motion({
      kind: 'report',
      subjectId: report.id as string,
      proposal: { kind: 'report', reportId: report.id },
      heldOn,
      mode: 'remote',
      want: 'open',
      votedSoFar: [0],
    });
  }

  // ----------------------------------------------------------- meetings

  /** A meeting whose agenda the committee approved by motion before its notice (in person or remotely). */
  meeting(on: CalendarDate, kind: 'representativesMeeting' | 'villagersAssembly'): void {
    const id = randomUUID();
    const noticeOn = addDays(on, -7);
    const remote = this.rng.chance(0.4);
    const meeting = this.add('meeting', {
      id,
      kind,
      title: text.meetingTitle(kind, on),
      meeting_on: on,
      starts_at: '09:00',
      place: '村委会会议室',
      notice_on: noticeOn,
      status: 'closed',
      convened_by: this.cast.cadreAccount,
      agenda: text.AGENDA,
      agenda_review: 'pending',
      agenda_review_note: '',
      agenda_reviewed_by: null,
      agenda_reviewed_on: null,
      check_in_code: String(this.rng.int(100000, 999999)),
      opened_at: this.at(on, '09:05'),
      closed_at: this.at(on, '11:40'),
      profile_id: this.profileOn(on).id,
      profile_version: this.profileOn(on).version,
      created_at: this.at(addDays(noticeOn, -5)),
    });
    const { decidedOn } = this.motion({
      kind: 'agendaReview',
      subjectId: id,
      proposal: { kind: 'agendaReview', meetingId: id, outcome: 'approved', note: '' },
      heldOn: addDays(noticeOn, remote ? -8 : -2),
      mode: remote ? 'remote' : 'inPerson',
      want: 'carried',
    });
    Object.assign(meeting, {
      agenda_review: 'approved',
      agenda_reviewed_by: this.cast.members[0]!,
      agenda_reviewed_on: decidedOn,
    });
  }

  // --------------------------------------------------------- complaints

  /**
   * A complaint: about a cadre (referred to the town at once), else handed to a body and answered
   * within its days; `unclassed`: received, waiting for a member to class it.
   */
  complaint(on: CalendarDate, kind?: 'cadre' | 'unclassed'): void {
    if (on >= this.today) return;
    this.numbers.complaint += 1;
    const id = randomUUID();
    const channel = channelOf(this.rng);
    const anonymous = this.rng.chance(channel === 'portal' ? 0.5 : 0.2);
    const registered = !anonymous && (channel === 'portal' || this.rng.chance(0.6));
    const discipline = kind === 'cadre' || (!kind && this.rng.chance(0.15));
    const enteredBy = channel === 'portal' ? null : this.rng.pick(this.cast.memberAccounts);
    const [subject, body] = this.rng.pick(discipline ? text.DISCIPLINE : text.AFFAIRS);
    this.add('complaint', {
      id,
      number: this.numbers.complaint,
      channel,
      anonymous,
      complainant_person_id: registered ? this.rng.pick(this.cast.residents) : null,
      complainant_name: !anonymous && !registered ? this.rng.pick(text.NAMES) : null,
      complainant_phone: !anonymous && !registered ? `1590000${this.rng.int(1000, 9999)}` : null,
      subject,
      body,
      concerns_person_ids: discipline ? [this.cast.cadre] : [],
      ...(discipline ? REFERRED : kind === 'unclassed' ? UNCLASSED : this.handled(on)),
      received_on: on,
      tracking_hash: createHash('sha256').update(randomUUID()).digest('hex'),
      entered_by: enteredBy,
      created_at: this.at(on, '14:20'),
    });
    if (discipline)
      this.referral({
        source: { kind: 'complaint', id },
        addressee: 'disciplineCommission',
        subject,
        summary: body,
        concerns: [this.cast.cadre],
        filedOn: on,
        filedBy: enteredBy,
      });
  }

  /** An affairs complaint handed to a body the day it came, answered within days (or still due). */
  private handled(on: CalendarDate): Row {
    const answeredOn = addDays(on, this.rng.int(3, 14));
    const answered = answeredOn < this.today;
    return {
      class: 'affairs',
      handler: handlerOf(this.rng),
      status: answered ? 'answered' : 'assigned',
      due_on: complaintDueOn(on, this.profileOn(on).params),
      answer: answered ? text.COMPLAINT_ANSWER : null,
      answered_on: answered ? answeredOn : null,
      answered_by: answered ? this.cast.cadreAccount : null,
    };
  }

  // ---------------------------------------------------------- referrals

  /** A referral in the town's inbox, as far along as its age: closed after a month. */
  private referral(r: {
    source: { kind: 'complaint' | 'inspection'; id: string };
    addressee: ReferralAddressee;
    subject: string;
    summary: string;
    concerns: string[];
    filedOn: CalendarDate;
    filedBy: string | null;
  }): void {
    const age = daysFrom(r.filedOn, this.today);
    const by = r.addressee === 'townGovernment' ? this.staff.government : this.staff.discipline;
    const step = (days: number, time: string) =>
      age > days ? this.at(addDays(r.filedOn, days), time) : null;
    const accepted = step(2, '09:10');
    const answered = step(20, '16:30');
    const closed = step(30, '10:00');
    const handling = age > 8;
    this.add('town_referral', {
      id: randomUUID(),
      town_id: this.cast.townId,
      source_kind: r.source.kind,
      source_id: r.source.id,
      addressee: r.addressee,
      subject: r.subject,
      summary: r.summary,
      concerns_person_ids: r.concerns,
      status: closed
        ? 'closed'
        : answered
          ? 'answered'
          : handling
            ? 'handling'
            : accepted
              ? 'accepted'
              : 'filed',
      filed_on: r.filedOn,
      filed_at: this.at(r.filedOn, '15:00'),
      filed_by: r.filedBy,
      accepted_at: accepted,
      accepted_by: accepted ? by : null,
      answer: answered ? text.REFERRAL_ANSWER : null,
      answered_at: answered,
      answered_by: answered ? by : null,
      closed_at: closed,
      closed_by: closed ? by : null,
    });
  }
}

type Drawn = ReturnType<typeof motionOutcome> & {
  attendance: number[];
  votes: Array<{ i: number; choice: VoteChoice; on: CalendarDate }>;
  decidedOn: CalendarDate;
  closesOn: CalendarDate | null;
};
