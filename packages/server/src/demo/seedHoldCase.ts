import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { ApprovalStep } from '@cunzhi/core/spending/chain';
import { recordManualStep } from '../features/matters/commands/recordManualStep.ts';
import { servingMembers } from '../features/rules/queries/composition.ts';
import { approveStep } from '../features/spending/commands/approveStep.ts';
import { createSpendingRequest } from '../features/spending/commands/createSpendingRequest.ts';
import { executePayment } from '../features/spending/commands/executePayment.ts';
import { recordInspection } from '../features/spending/commands/recordInspection.ts';
import { referHoldToRepresentatives } from '../features/spending/commands/referHoldToRepresentatives.ts';
import { releaseHold } from '../features/spending/commands/releaseHold.ts';
import { tableMotion } from '../features/supervision/commands/tableMotion.ts';
import { voteOnMotion } from '../features/supervision/commands/voteOnMotion.ts';
import type { VoteChoice } from '@cunzhi/core/supervision/committee';
import { actingAs, type Act, type FinanceCast } from './financeStory.ts';
import { cadresOn, DemoStory } from './story.ts';
import { resolutionOnMatter } from './repository.ts';

export const PROPERTY_COMPANY = '花乡民居物业管理公司';
export const PROPERTY_FEE = '450,000';
/** The line the fee is booked to (公益支出: the estate's services for its residents). */
export const PROPERTY_FEE_ACCOUNT = '5103';

/**
 * Seed 002's days (2008-12-28 resolved, 2009-01-10 hold proposed, 01-15 due, 01-23
 * inspected, 01-24 paid) on the demo's calendar: the representatives resolved on the day
 * seedDecisions held their meeting (45 days ago); the fee is paid on the last day of last
 * month — so its month is closed and its statement published — but at least 18 days ago
 * (the fee's implementation result, published 12 days ago, reports it paid) and at most 29
 * (after the resolution: on the 30th and 31st it falls on the 1st or 2nd of this month, still
 * open); the hold five days before the due day, the inspection the day before paying.
 */
export function holdCaseDates(today: CalendarDate, resolvedOn: CalendarDate) {
  const back = Math.min(Math.max(18, ymd(today).day), 29);
  const paidOn = addDays(today, -back);
  const dueOn = addDays(paidOn, -9);
  const holdOn = addDays(dueOn, -5);
  const requestedOn = addDays(resolvedOn, 1) < holdOn ? addDays(resolvedOn, 1) : holdOn;
  const signedOn = addDays(requestedOn, 1) < holdOn ? addDays(requestedOn, 1) : holdOn;
  return {
    resolvedOn,
    requestedOn,
    signedOn,
    holdOn,
    dueOn,
    representativesOn: addDays(holdOn, 8),
    inspectedOn: addDays(paidOn, -1),
    paidOn,
  };
}

/**
 * Who signs and votes on a day (the posts may have changed hands since): the committee's
 * chair and two members who hand in and check a request, the supervision committee's chair
 * and its other members.
 */
export async function members(cast: FinanceCast, on: CalendarDate) {
  const serving = await servingMembers(cast.story.base.db, cast.villageId, on, {
    kinds: ['villagersCommittee', 'villageAffairsSupervisionCommittee'],
  });
  const chairOf = (kind: string, fallback: string) =>
    serving.find((m) => m.bodyKind === kind && m.role === 'chair')?.personId ?? fallback;
  const chair = chairOf('villagersCommittee', cast.committeeChair.personId);
  const supervisionChair = chairOf(
    'villageAffairsSupervisionCommittee',
    cast.supervisionChair.personId,
  );
  const others = (kind: string, but: string) =>
    serving.filter((m) => m.bodyKind === kind && m.personId !== but).map((m) => m.personId);
  const [handler, checker] = others('villagersCommittee', chair);
  const supervisors = others('villageAffairsSupervisionCommittee', supervisionChair);
  if (!handler || !checker || supervisors.length < 5)
    throw new Error('demo: the showcase committees are too small for the spending story');
  return { chair, handler, checker, supervisionChair, supervisors };
}

export type People = Awaited<ReturnType<typeof members>>;

/** The chain of signatures after the handler's, each recorded from the paper voucher. */
export async function signChain(
  cast: FinanceCast,
  requestId: string,
  upTo: ApprovalStep,
  days: { checked: CalendarDate; reviewed: CalendarDate },
  people: People,
) {
  const steps: Array<
    [ApprovalStep, CalendarDate, { accountId: string; personId: string | null }, string | undefined]
  > = [
    ['checked', days.checked, cast.committeeChair, people.checker],
    ['chairApproved', days.checked, cast.committeeChair, people.chair],
    ['supervisionReviewed', days.reviewed, cast.supervisionChair, people.supervisionChair],
    ['townAccountantChecked', days.reviewed, cast.townAccountant, undefined],
  ];
  for (const [step, on, who, signerId] of steps) {
    await approveStep(actingAs(cast, on, who), { requestId, step, on, signerId });
    if (step === upTo) return;
  }
}

/** Members' votes on their phones, by name (委员票决制), each in their own name. */
export async function vote(
  cast: FinanceCast,
  on: CalendarDate,
  motionId: string,
  votes: ReadonlyArray<readonly [string, VoteChoice]>,
) {
  for (const [memberId, choice] of votes)
    await voteOnMotion(actingAs(cast, on, cast.supervisionChair, '19:30'), {
      motionId,
      choice,
      memberId,
    });
}

/**
 * 联名提出暂缓支付: a member tables a hold motion with the members who sign it; at a
 * sitting in person (`inPerson`: who came and how each voted) it is decided at once,
 * remotely the tabler votes yes and the others vote on their phones. Returns the motion
 * and the hold.
 */
export async function proposeHold(
  cast: FinanceCast,
  on: CalendarDate,
  at: string,
  hold: { requestId: string; reason: string; proposer: string; coProposerIds: string[] },
  inPerson?: ReadonlyArray<readonly [string, VoteChoice]>,
): Promise<{ motionId: string; holdId: string }> {
  const { id, subjectId } = await tableMotion(actingAs(cast, on, cast.supervisionChair, at), {
    proposal: {
      kind: 'hold',
      requestId: hold.requestId,
      reason: hold.reason,
      coProposerIds: hold.coProposerIds,
    },
    sitting: inPerson
      ? {
          mode: 'inPerson',
          heldOn: on,
          attendance: inPerson.map(([p]) => p),
          votes: inPerson.map(([personId, choice]) => ({ personId, choice })),
        }
      : { mode: 'remote', closesOn: addDays(on, 7) },
    memberId: hold.proposer,
  });
  return { motionId: id, holdId: subjectId };
}

/** The case being told: who acts, its days, and what earlier acts made (ids). */
interface FeeCase {
  cast: FinanceCast;
  d: ReturnType<typeof holdCaseDates>;
  people: People;
  /** The cadres who convened the meetings on the hold (the posts of its day). */
  meetings: DemoStory;
  resolutionId: string;
  made: { requestId: string; holdId: string; matterId: string; consentId: string };
  at: (on: CalendarDate, run: () => Promise<void>) => void;
}

/**
 * Seed 002's ¥450,000 through the spending commands, on the resolution seedDecisions made:
 * the request and its chain of signatures; four supervision members propose the hold five
 * days before the due day and the committee adopts it by member vote; it is referred to the
 * representatives' meeting as a matter of 四议两公开 (the Party branch proposes, the two
 * committees deliberate, the Party members review, the representatives consent: pay once
 * the estate passes inspection); the estate is inspected, the hold released by that
 * resolution and the fee paid the next day, booked as the month's voucher.
 */
export async function propertyFeeActs(
  cast: FinanceCast,
  today: CalendarDate,
): Promise<{ acts: Act[]; paidOn: CalendarDate }> {
  const { story } = cast;
  const resolution = await resolutionOnMatter(
    story.base.db,
    cast.villageId,
    '%物业管理费%',
    'representativesMeeting',
  );
  if (!resolution) throw new Error('demo: the property fee resolution (seedDecisions) is missing');
  const d = holdCaseDates(today, resolution.adoptedOn);
  const cadres = await cadresOn(story.base, story.cadres, d.holdOn, [
    'partySecretary',
    'committeeChair',
    'supervisionChair',
  ]);
  const acts: Act[] = [];
  const c: FeeCase = {
    cast,
    d,
    people: await members(cast, d.holdOn),
    meetings: cadres ? new DemoStory(story.base, cadres, today) : story,
    resolutionId: resolution.id,
    made: { requestId: '', holdId: '', matterId: '', consentId: '' },
    at: (on, run) => acts.push({ on, rank: 3, run }),
  };
  requestAndHold(c);
  referToRepresentatives(c);
  inspectReleaseAndPay(c);
  return { acts, paidOn: d.paidOn };
}

/** The request signed through; five days before it is due, the hold proposed, adopted and referred. */
function requestAndHold({ cast, d, people, resolutionId, made, at }: FeeCase) {
  const { committeeChair, supervisionChair } = cast;
  const [proposer, ...others] = people.supervisors;
  const coProposers = others.slice(0, 3);
  at(d.requestedOn, async () => {
    const { id } = await createSpendingRequest(actingAs(cast, d.requestedOn, committeeChair), {
      purpose: '花乡民居物业管理费（按物业服务合同）',
      payee: PROPERTY_COMPANY,
      amount: PROPERTY_FEE,
      resolutionId,
      scheduledOn: d.dueOn,
      expenseAccount: PROPERTY_FEE_ACCOUNT,
      on: d.requestedOn,
      handlerId: people.handler,
      note: '按居民代表会议决议：物管公司完成整改并经验收后，于约定日期支付。',
    });
    made.requestId = id;
    const days = { checked: d.requestedOn, reviewed: d.signedOn };
    await signChain(cast, id, 'townAccountantChecked', days, people);
  });
  at(d.holdOn, async () => {
    // the committee sits that evening: six of its seven members come, five vote for the hold
    const { holdId: id } = await proposeHold(
      cast,
      d.holdOn,
      '20:00',
      {
        requestId: made.requestId,
        reason:
          '物管公司整治行动并不彻底，小区卫生、车辆停放问题仍未解决，居民仍有意见，建议暂缓支付物管费，待整改验收后再付。',
        proposer: proposer!,
        coProposerIds: coProposers,
      },
      [
        [proposer!, 'yes'],
        ...coProposers.map((p) => [p, 'yes'] as const),
        [people.supervisionChair, 'yes'],
        [others[3]!, 'no'],
      ],
    );
    made.holdId = id;
    const { matterId } = await referHoldToRepresentatives(
      actingAs(cast, d.holdOn, supervisionChair, '21:10'),
      { holdId: id, on: d.holdOn },
    );
    made.matterId = matterId;
  });
}

/** The referred matter by 四议两公开 to the representatives' consent, and its notice. */
function referToRepresentatives({ cast, d, meetings, made, at }: FeeCase) {
  const proposeOn = addDays(d.holdOn, 1);
  at(proposeOn, async () => {
    await recordManualStep(actingAs(cast, proposeOn, cast.partySecretary), {
      matterId: made.matterId,
      kind: 'partyProposal',
      on: proposeOn,
      note: '党总支听取监督委员会意见后提议：暂缓支付物管费，责成物管公司限期整改。',
    });
  });
  const motion = (title: string, body: string, yesPercent = 90) => ({
    title,
    body,
    matterId: made.matterId,
    yesPercent,
    noPercent: 2,
  });
  const jointOn = addDays(d.holdOn, 2);
  at(jointOn, async () => {
    await meetings.hold({
      kind: 'twoCommitteesJointMeeting',
      title: '社区两委联席会议：暂缓支付物业管理费',
      on: jointOn,
      noticeDays: 1,
      turnoutPercent: 100,
      motions: [motion('暂缓支付物业管理费（商议稿）', '同意暂缓支付，提交党员大会审议。', 100)],
      minutes: '两委会议商议监督委员会暂缓支付物业管理费的决定，同意提交党员大会审议。',
    });
  });
  const partyOn = addDays(d.holdOn, 4);
  at(partyOn, async () => {
    await meetings.hold({
      kind: 'partyMembersMeeting',
      title: '社区党员大会：暂缓支付物业管理费',
      on: partyOn,
      noticeDays: 2,
      turnoutPercent: 85,
      motions: [motion('暂缓支付物业管理费（审议稿）', '同意提交居民代表会议决定。')],
      minutes: '党员大会审议暂缓支付物业管理费的意见，同意提交居民代表会议决定。',
    });
  });
  at(d.representativesOn, async () => {
    const meeting = await meetings.hold({
      kind: 'representativesMeeting',
      title: '居民代表会议：暂缓支付物业管理费',
      on: d.representativesOn,
      noticeDays: 5,
      turnoutPercent: 81,
      motions: [
        motion(
          '关于暂缓支付花乡民居物业管理费的决议（草案）',
          '同意监督委员会暂缓支付物业管理费450,000.00元；物管公司完成小区环境和车辆停放整治，经监督委员会成员、居民代表检查验收合格后，解除暂停，由居委会支付。',
        ),
      ],
      minutes: '会议同意暂缓支付物业管理费，验收合格后支付，表决通过。',
    });
    const consent = meeting.results[0]?.resolution;
    if (!consent) throw new Error('demo: the representatives did not resolve on the hold');
    made.consentId = consent.id;
  });
  const noticeOn = addDays(d.representativesOn, 1);
  at(noticeOn, async () => {
    await recordManualStep(actingAs(cast, noticeOn, cast.committeeChair), {
      matterId: made.matterId,
      kind: 'resolutionPublished',
      on: noticeOn,
      notice: {
        title: '关于暂缓支付花乡民居物业管理费的决议公告',
        body: '社区居民代表会议表决通过：暂缓支付物业管理费450,000.00元；物管公司整改完成并经监督委员会成员、居民代表检查验收合格后支付。',
      },
    });
  });
}

/** The inspection; the next day the hold released by the representatives' resolution and the fee paid; the result made public. */
function inspectReleaseAndPay({ cast, d, made, at }: FeeCase) {
  const { committeeChair, supervisionChair } = cast;
  at(d.inspectedOn, async () => {
    await recordInspection(actingAs(cast, d.inspectedOn, supervisionChair, '14:00'), {
      holdId: made.holdId,
      on: d.inspectedOn,
      note: '监督委员会成员、居民代表共同检查验收：物管公司增聘保洁人员和治安巡逻保安，小区环境和车辆停放专项整治完成，小区面貌焕然一新，同意支付。',
    });
  });
  at(d.paidOn, async () => {
    await releaseHold(actingAs(cast, d.paidOn, supervisionChair, '09:00'), {
      holdId: made.holdId,
      on: d.paidOn,
      resolutionId: made.consentId,
    });
    await executePayment(actingAs(cast, d.paidOn, committeeChair, '10:00'), {
      requestId: made.requestId,
      on: d.paidOn,
    });
  });
  const resultOn = addDays(d.paidOn, 2);
  const { month, day } = ymd(d.paidOn);
  at(resultOn, async () => {
    await recordManualStep(actingAs(cast, resultOn, committeeChair), {
      matterId: made.matterId,
      kind: 'implementationPublished',
      on: resultOn,
      notice: {
        title: '暂缓支付物业管理费实施结果公开',
        body: `物管公司完成整改，经监督委员会成员、居民代表检查验收合格，暂停支付已解除，居委会已于${month}月${day}日支付物业管理费450,000.00元（肆拾伍万元整）。`,
      },
    });
  });
}
