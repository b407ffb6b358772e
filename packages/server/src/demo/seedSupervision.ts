import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import {
  firstDay,
  lastDay,
  periodKey,
  periodOf,
  periodText,
  previousPeriod,
} from '@cunzhi/core/finance/periods';
import { formatYuan } from '@cunzhi/core/money';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { VoteChoice } from '@cunzhi/core/supervision/committee';
import type { DemoAccount } from '@cunzhi/demo/types';
import { systemContext, type CommandContext } from '../platform/command.ts';
import { fixedClock } from '../platform/clock.ts';
import type { AppContext } from '../platform/http/context.ts';
import { answerCorrection } from '../features/supervision/commands/answerCorrection.ts';
import { draftPlan } from '../features/supervision/commands/draftPlan.ts';
import { draftReport } from '../features/supervision/commands/draftReport.ts';
import { openInspection } from '../features/supervision/commands/openInspection.ts';
import { recordFinding } from '../features/supervision/commands/recordFinding.ts';
import { demoEvidencePng } from './evidencePhoto.ts';
import { recordInspectionAttendance } from '../features/supervision/commands/recordInspectionAttendance.ts';
import type { ProposalInput } from '../features/supervision/commands/subjects.ts';
import { tableMotion } from '../features/supervision/commands/tableMotion.ts';
import { verifyCorrection } from '../features/supervision/commands/verifyCorrection.ts';
import { voteOnMotion } from '../features/supervision/commands/voteOnMotion.ts';
import { correctionData, inspectionData } from '../features/supervision/queries.ts';
import { supervisionMembers } from '../features/supervision/repository.ts';
import { largestManualPayment } from './repository.ts';

/** Every member present at the demo's sittings votes in favour. */
const YES: VoteChoice = 'yes';

/** A demo account by phone, or an error naming it. */
function account(accounts: readonly DemoAccount[], phone: string) {
  const a = accounts.find((x) => x.phone === phone);
  if (!a?.villageId || !a.personId) throw new Error(`demo account ${phone} missing`);
  return { id: a.id, villageId: a.villageId, personId: a.personId };
}

/**
 * The showcase community's supervision committee at work (seed 002 figure 4), through the
 * real commands: the year's plan adopted at a sitting; last month's books inspected by five of
 * seven members, the largest hand-booked payment found without its approval, a correction
 * ordered of the residents' committee, answered and verified; the month's 财务监督报告 voted
 * and published on the board; and this quarter's 监督报告 put to the members' phones, two
 * votes in, awaiting the chair's (the demo account 13800000005).
 */
/** Who acts in the story, on which day, and how the committee sits. */
interface Cast {
  ctx: AppContext;
  villageId: string;
  chair: { id: string; personId: string };
  committee: { id: string; personId: string };
  members: string[];
  day: (n: number) => CalendarDate;
  as: (on: CalendarDate, who: { id: string; personId: string }, time?: string) => CommandContext;
  /** A sitting of the committee, the first `present` members there, all in favour. */
  decide: (on: CalendarDate, proposal: ProposalInput, present: number) => Promise<unknown>;
}

export async function seedShowcaseSupervision(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const chair = account(accounts, '13800000005');
  const committee = account(accounts, '13800000002');
  const villageId = chair.villageId;
  const day = (n: number) => addDays(today, -n);
  const as = (
    on: CalendarDate,
    who: { id: string; personId: string },
    time = '09:30',
  ): CommandContext => ({
    ...systemContext(
      { ...ctx, clock: fixedClock(new Date(`${on}T${time}:00+08:00`)) },
      villageId,
      who.id,
    ),
    personId: who.personId,
  });
  const members = (await supervisionMembers(ctx.db, villageId, today)).map((m) => m.person_id);
  if (members.length < 5) throw new Error('demo: the supervision committee is too small');
  /** A sitting of the committee, the first `present` members there, all in favour. */
  const sitting = (on: CalendarDate, present: number) => ({
    mode: 'inPerson' as const,
    heldOn: on,
    attendance: members.slice(0, present),
    votes: members.slice(0, present).map((personId) => ({ personId, choice: YES })),
  });
  const decide = (on: CalendarDate, proposal: ProposalInput, present: number) =>
    tableMotion(as(on, chair, '19:30'), { proposal, sitting: sitting(on, present) });
  const cast: Cast = { ctx, villageId, chair, committee, members, day, as, decide };
  const planId = await adoptPlan(cast);
  const inspectionId = await inspectLastMonth(cast, planId);
  await publishReports(cast, inspectionId, today);
}

/** The month the committee inspects: the one before the inspection's day, 18 days ago. */
const inspectedMonth = (day: Cast['day']) => previousPeriod(periodOf(day(18)));

/** 年度监督计划, adopted by five of seven. */
async function adoptPlan({ chair, day, as, decide }: Cast): Promise<string> {
  const planOn = day(40);
  const { id: planId } = await draftPlan(as(planOn, chair), {
    year: ymd(planOn).year,
    items: [
      { month: 1, subject: 'financePeriod', title: '上年度财务收支和公益建设资金使用检查' },
      { month: 4, subject: 'resolution', title: '居民代表会议决议执行情况检查' },
      { month: 7, subject: 'project', title: '花乡民居三期配套工程检查' },
      { month: 10, subject: 'partyAffairs', title: '党务公开情况检查' },
      { month: 12, subject: 'financePeriod', title: '每月财务收支检查' },
    ],
  });
  await decide(planOn, { kind: 'plan', planId }, 5);

  return planId;
}

/**
 * Last month's books: five members take part, the largest hand-booked payment is found
 * without its approval, a correction ordered, answered by the residents' committee, verified.
 */
async function inspectLastMonth(
  { ctx, villageId, chair, committee, members, day, as, decide }: Cast,
  planId: string,
): Promise<string> {
  const month = inspectedMonth(day);
  const { id: inspectionId } = await openInspection(as(day(18), chair), {
    title: `${periodText(month)}财务收支检查`,
    subject: 'financePeriod',
    subjectRef: periodKey(month),
    assigned: members.slice(0, 3),
    planId,
    // the plan's standing item: 每月财务收支检查
    planItem: 4,
  });
  await recordInspectionAttendance(as(day(18), chair), {
    inspectionId,
    present: members.slice(0, 5),
  });
  const payment = await largestManualPayment(ctx.db, villageId, firstDay(month), lastDay(month));
  await recordFinding(as(day(18), chair, '10:30'), {
    inspectionId,
    text: payment
      ? `${payment.number}号凭证“${payment.summary}”支出${formatYuan(payment.fen)}元，未附经办人、审核人签字的支出审批单。`
      : '部分支出凭证未附支出审批单。',
    voucherNumbers: payment ? [payment.number] : [],
    evidence: '凭证原件及所附票据（居委会财务室）；现金日记账',
    // the photo the member took of the voucher, kept with its SHA-256 on the audit chain
    files: [{ name: '凭证照片-缺支出审批单.png', bytes: demoEvidencePng() }],
  });
  await decide(
    day(16),
    {
      kind: 'inspectionOutcome',
      inspectionId,
      outcome: 'correction',
      note: '支出须按规定补办审批手续',
      correction: {
        addressee: 'villagersCommittee',
        what: '补办该笔支出的审批手续，并将支出审批单附于凭证后；今后每笔支出先审批后支付。',
        dueOn: day(6),
      },
    },
    5,
  );
  const ordered = (await inspectionData(ctx.db, villageId, inspectionId, day(16)))?.correction;
  if (!ordered) throw new Error('demo: the correction was not ordered');
  const correctionId = ordered.id;
  await answerCorrection(as(day(10), committee), {
    correctionId,
    answer: '已补办支出审批单，经办人、审核人、主任签字后附于原凭证后。',
  });
  await verifyCorrection(as(day(8), chair), { correctionId });
  if (!(await correctionData(ctx.db, villageId, correctionId))?.verified_on)
    throw new Error('demo: the correction was not verified');

  return inspectionId;
}

/** The month's 财务监督报告 published by vote; this quarter's 监督报告 on the members' phones. */
async function publishReports(
  { chair, members, day, as, decide }: Cast,
  inspectionId: string,
  today: CalendarDate,
): Promise<void> {
  const month = inspectedMonth(day);
  const { id: financeReport } = await draftReport(as(day(7), chair), {
    kind: 'finance',
    title: `${periodText(month)}财务监督报告`,
    body: [
      `村务监督委员会于${periodText(month)}结账后对当月财务收支进行了检查，参加检查委员5人。`,
      '检查发现一笔支出未附支出审批单，已责成居民委员会补办审批手续，现已整改到位并经验收。',
      '当月其余收支凭证手续齐全，账实相符，公益建设资金按计划使用。',
      '对本报告如有疑问，可向村务监督委员会询问。',
    ].join('\n'),
    inspectionIds: [inspectionId],
  });
  await decide(day(7), { kind: 'report', reportId: financeReport }, 5);

  // this quarter's 监督报告, on the members' phones: two votes in, the chair's awaited
  const { id: quarterReport } = await draftReport(as(day(2), chair), {
    kind: 'supervision',
    title: `${ymd(today).year}年第${Math.ceil(ymd(today).month / 3)}季度监督报告`,
    body: [
      '本季度村务监督委员会审核居民代表会议议程3次，列席会议3次，检查财务3次。',
      '责成居民委员会整改1项，已整改到位。',
      '收到居民投诉3件，其中2件已交有关组织办理。',
    ].join('\n'),
    inspectionIds: [inspectionId],
  });
  const { id: motionId } = await tableMotion(as(day(2), chair), {
    proposal: { kind: 'report', reportId: quarterReport },
    sitting: { mode: 'remote', closesOn: addDays(today, 3) },
    memberId: members[1]!,
  });
  await voteOnMotion(as(day(1), chair, '20:10'), {
    motionId,
    choice: 'yes',
    memberId: members[2]!,
  });
}
