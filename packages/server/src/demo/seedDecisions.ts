import { addDays } from '@cunzhi/core/rules/dayCount';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { AppContext } from '../platform/http/context.ts';
import { fixedClock } from '../platform/clock.ts';
import { appendAuditEvent } from '../platform/audit/appendAuditEvent.ts';
import { insertAttendanceRows } from './repository.ts';
import { systemContext, type CommandContext } from '../platform/command.ts';
import { createAuthorisation } from '../features/matters/commands/createAuthorisation.ts';
import { createMatter } from '../features/matters/commands/createMatter.ts';
import { recordManualStep } from '../features/matters/commands/recordManualStep.ts';
import { conveneMeeting } from '../features/meetings/commands/conveneMeeting.ts';
import { reviewAgenda } from '../features/meetings/commands/reviewAgenda.ts';
import { openMeeting } from '../features/meetings/commands/openMeeting.ts';
import { proposeMotion } from '../features/meetings/commands/proposeMotion.ts';
import { openMotion } from '../features/meetings/commands/openMotion.ts';
import { closeMotion } from '../features/meetings/commands/closeMotion.ts';
import { recordVerdict } from '../features/meetings/commands/recordVerdict.ts';
import { saveMinutes } from '../features/meetings/commands/saveMinutes.ts';
import { closeMeeting } from '../features/meetings/commands/closeMeeting.ts';
import { loadVoters } from '../features/meetings/queries/presence.ts';

/**
 * The showcase community's decisions of the last half year, made through the
 * same commands the UI uses (so every rule is checked and every step is in
 * the audit chain): an assembly authorising the representatives' meeting, the
 * property-fee matter of seed 002 through "1+3", a general matter decided by
 * the council, a routine matter of the joint meeting, a 四议两公开 matter
 * still under way, a representatives' meeting every quarter, and one
 * convened for next week. Attendance comes from the paper sign-in sheet
 * (the clerk's entry), as in most village meetings.
 */
export interface DemoCadres {
  villageId: string;
  partySecretary: { accountId: string; personId: string };
  committeeChair: { accountId: string; personId: string };
  supervisionChair: { accountId: string; personId: string };
}

interface MeetingPlan {
  kind: MeetingKind;
  title: string;
  on: CalendarDate;
  noticeDays: number;
  /** Share of those due who sign the sheet, as a fraction of 100. */
  turnoutPercent: number;
  motions: Array<{
    title: string;
    body: string;
    matterId?: string;
    /** Show-of-hands counts as shares of those present (yes, no; the rest abstain). */
    yesPercent: number;
    noPercent: number;
  }>;
  minutes: string;
}

export async function seedDemoDecisions(base: AppContext, cadres: DemoCadres, today: CalendarDate) {
  const at = (day: CalendarDate): AppContext => ({
    ...base,
    clock: fixedClock(new Date(`${day}T10:00:00+08:00`)),
  });
  const day = (offset: number) => addDays(today, offset);
  /** A cadre acting on a day, as the commands take it. */
  const acting = (
    on: CalendarDate,
    p: { accountId: string; personId: string },
  ): CommandContext => ({
    ...systemContext(at(on), cadres.villageId, p.accountId),
    personId: p.personId,
  });

  /** A public notice that is also the matter's step (topic, resolution, implementation result). */
  const publish = (
    matterId: string,
    kind: 'topicPublished' | 'resolutionPublished' | 'implementationPublished',
    offset: number,
    title: string,
    body: string,
  ) =>
    recordManualStep(acting(day(offset), cadres.committeeChair), {
      matterId,
      kind,
      on: day(offset),
      notice: { title, body, periodDays: 7 },
    });

  async function hold(plan: MeetingPlan) {
    const convenor =
      plan.kind === 'twoCommitteesJointMeeting' || plan.kind === 'partyMembersMeeting'
        ? cadres.partySecretary
        : cadres.committeeChair;
    const noticeOn = addDays(plan.on, -plan.noticeDays);
    const { id: meetingId } = await conveneMeeting(acting(noticeOn, convenor), {
      kind: plan.kind,
      title: plan.title,
      meetingOn: plan.on,
      startsAt: '19:30',
      place: '社区活动中心二楼会议室',
      noticeOn,
      agenda: plan.motions.map((m, i) => `${i + 1}. ${m.title}`).join('\n'),
    });
    await reviewAgenda(acting(noticeOn, cadres.supervisionChair), {
      meetingId,
      outcome: 'approved',
      note: '',
    });
    const ctx = acting(plan.on, convenor);
    const supervisor = acting(plan.on, cadres.supervisionChair);
    await openMeeting(ctx, { meetingId });
    const present = await signSheet(ctx, meetingId, plan);
    const results = [];
    for (const m of plan.motions) {
      const { id: motionId } = await proposeMotion(ctx, {
        meetingId,
        title: m.title,
        body: m.body,
        voting: 'showOfHands',
        matterId: m.matterId ?? null,
      });
      await openMotion(ctx, { motionId });
      const yes = Math.floor((present * m.yesPercent) / 100);
      const no = Math.floor((present * m.noPercent) / 100);
      results.push(await closeMotion(ctx, { motionId, yes, no, abstain: present - yes - no }));
    }
    await recordVerdict(supervisor, {
      meetingId,
      attendanceValid: true,
      procedureValid: true,
      countValid: true,
      note: '到会人数符合规定，程序规范，表决结果真实有效。',
    });
    await saveMinutes(ctx, { meetingId, minutes: plan.minutes });
    await closeMeeting(ctx, { meetingId });
    return { meetingId, results };
  }

  /** The clerk's entry of the paper sheet: the first so many of those due, one audit event for the sheet. */
  async function signSheet(ctx: CommandContext, meetingId: string, plan: MeetingPlan) {
    const voters = await loadVoters(ctx.db, cadres.villageId, {
      id: meetingId,
      kind: plan.kind,
      meetingOn: plan.on,
      villagerGroupId: null,
    });
    const assembly = plan.kind === 'villagersAssembly';
    // at the assembly one adult signs for each household that comes (户的代表)
    // the supervision chair sits apart, without a vote (seed 002)
    const due = voters.filter((v) => v.personId !== cadres.supervisionChair.personId);
    const pool = assembly ? [...new Map(due.map((v) => [v.householdId, v])).values()] : due;
    const chosen = pool.slice(0, Math.ceil((pool.length * plan.turnoutPercent) / 100));
    const row = (personId: string, capacity: string) => [
      cadres.villageId,
      meetingId,
      personId,
      capacity,
      'clerk',
      ctx.actorAccountId,
      ctx.clock.now().toISOString(),
    ];
    await ctx.db.transaction(async (tx) => {
      await insertAttendanceRows(tx, [
        ...chosen.map((v) => row(v.personId, assembly ? 'householdRepresentative' : 'member')),
        row(cadres.supervisionChair.personId, 'supervisor'),
      ]);
      await appendAuditEvent(tx, {
        chainId: cadres.villageId,
        actorAccountId: ctx.actorAccountId,
        action: 'attendance.sheetRecorded',
        targetType: 'meeting',
        targetId: meetingId,
        data: { persons: chosen.map((v) => v.personId), method: 'clerk' },
        occurredAt: ctx.clock.now(),
      });
    });
    return chosen.length;
  }

  const quarterly = (on: CalendarDate, title: string) =>
    hold({
      kind: 'representativesMeeting',
      title,
      on,
      noticeDays: 5,
      turnoutPercent: 82,
      motions: [
        {
          title: '审议上季度村务、财务公开情况',
          body: '居委会报告上季度村务、财务公开情况，村务监督委员会报告审核意见。',
          yesPercent: 90,
          noPercent: 2,
        },
      ],
      minutes: '会议听取并审议了上季度村务、财务公开情况的报告，经表决通过。',
    });

  // The assembly hands the representatives' meeting the Art. 24 matters it meets on every month.
  const assembly = await hold({
    kind: 'villagersAssembly',
    title: '2026年度社区居民会议',
    on: day(-175),
    noticeDays: 12,
    turnoutPercent: 72,
    motions: [
      {
        title: '关于授权居民代表会议讨论决定部分事项的决定',
        body: '授权社区居民代表会议在本届任期内讨论决定：集体经济所得收益的使用；公益事业的兴办和筹资筹劳方案及建设承包方案；宅基地的使用方案。',
        yesPercent: 88,
        noPercent: 3,
      },
    ],
    minutes: '会议由居委会召集，户的代表到会超过三分之二，表决通过授权决定。',
  });
  const authorising = assembly.results[0]?.resolution;
  if (authorising)
    await createAuthorisation(acting(day(-174), cadres.committeeChair), {
      resolutionId: authorising.id,
      categories: ['collectiveIncomeUse', 'publicWelfareProject', 'homesteadPlan'],
      startsOn: day(-175),
      endsOn: addDays(day(-175), 365 * 3),
    });

  await quarterly(day(-170), '第二季度居民代表会议');
  await quarterly(day(-100), '第三季度居民代表会议');

  // Seed 002: paying the property company ¥450,000 — "1+3" with the council consulting first.
  const fee = await createMatter(acting(day(-62), cadres.committeeChair), {
    title: '关于支付花乡民居物业管理费45万元的议题',
    description:
      '按照物业服务合同，拟向花乡民居物业管理公司支付物业管理费450,000.00元（肆拾伍万元整）。居民对小区卫生、车辆停放有意见，先经协商议事会协商。',
    budget: '450000',
    category: 'collectiveIncomeUse',
    workflow: 'onePlusThree',
  });
  await publish(
    fee.id,
    'topicPublished',
    -60,
    '关于支付花乡民居物业管理费的议题公示',
    '社区居委会拟向花乡民居物业管理公司支付物业管理费45万元，现将议题予以公示，征求居民意见。',
  );
  const consultation = await hold({
    kind: 'villagersDeliberationCouncil',
    title: '协商议事会：物业管理费支付议题协商',
    on: day(-53),
    noticeDays: 3,
    turnoutPercent: 90,
    motions: [],
    minutes: '协商议事会成员代表居民提出小区卫生、车辆停放等意见，物管公司经理到会，表示整改。',
  });
  await recordManualStep(acting(day(-53), cadres.committeeChair), {
    matterId: fee.id,
    kind: 'councilConsultation',
    on: day(-53),
    meetingId: consultation.meetingId,
    note: '邀请物管公司经理列席。',
  });
  const routine = await createMatter(acting(day(-52), cadres.partySecretary), {
    title: '调整社区活动中心冬季开放时间',
    description: '冬季开放时间调整为每日8:30至20:30。',
    category: 'routineMatter',
  });
  await hold({
    kind: 'twoCommitteesJointMeeting',
    title: '社区两委联席会议',
    on: day(-50),
    noticeDays: 1,
    turnoutPercent: 100,
    motions: [
      {
        title: '物业管理费支付议决草案',
        body: '物管公司完成小区环境和车辆停放整改、经监督委员会和居民代表验收后，支付物业管理费45万元。',
        matterId: fee.id,
        yesPercent: 100,
        noPercent: 0,
      },
      {
        title: '调整社区活动中心冬季开放时间',
        body: '冬季开放时间调整为每日8:30至20:30。',
        matterId: routine.id,
        yesPercent: 100,
        noPercent: 0,
      },
    ],
    minutes: '会议对物业管理费支付议决草案进行修改，增加整改要求；同意调整活动中心开放时间。',
  });
  await publish(
    routine.id,
    'resolutionPublished',
    -49,
    '社区活动中心冬季开放时间调整公告',
    '经社区两委联席会议议定，社区活动中心冬季开放时间调整为每日8:30至20:30。',
  );
  await publish(
    routine.id,
    'implementationPublished',
    -40,
    '社区活动中心开放时间调整落实情况',
    '新的开放时间已于本月起执行。',
  );

  await hold({
    kind: 'representativesMeeting',
    title: '第四季度居民代表会议',
    on: day(-45),
    noticeDays: 5,
    turnoutPercent: 80,
    motions: [
      {
        title: '关于支付花乡民居物业管理费的决议（草案）',
        body: '物管公司完成整改并经验收后，于约定日期支付物业管理费450,000.00元（肆拾伍万元整）。',
        matterId: fee.id,
        yesPercent: 85,
        noPercent: 5,
      },
    ],
    minutes: '会议讨论修改并表决通过物业管理费支付决议。',
  });
  await publish(
    fee.id,
    'resolutionPublished',
    -44,
    '关于支付花乡民居物业管理费的决议公告',
    '社区居民代表会议表决通过：物管公司完成整改并经验收后，支付物业管理费450,000.00元（肆拾伍万元整）。',
  );
  await publish(
    fee.id,
    'implementationPublished',
    -12,
    '物业管理费支付实施结果公开',
    '物管公司完成小区环境和车辆停放专项整治，经监督委员会成员、居民代表检查验收满意后，居委会已支付物业管理费450,000.00元。',
  );

  // A general matter: the council shares out the public-service funds.
  const funds = await createMatter(acting(day(-35), cadres.committeeChair), {
    title: '2026年度公共服务资金使用方案',
    description: '公共服务资金用于小区路灯维修、老年活动室设备和环境卫生。',
    budget: '186500',
    category: 'generalMatter',
  });
  await hold({
    kind: 'villagersDeliberationCouncil',
    title: '协商议事会：公共服务资金使用方案',
    on: day(-30),
    noticeDays: 3,
    turnoutPercent: 85,
    motions: [
      {
        title: '2026年度公共服务资金使用方案',
        body: '路灯维修、老年活动室设备、环境卫生三项。',
        matterId: funds.id,
        yesPercent: 80,
        noPercent: 10,
      },
    ],
    minutes: '议事会成员逐项讨论，表决通过使用方案。',
  });
  await publish(
    funds.id,
    'resolutionPublished',
    -29,
    '2026年度公共服务资金使用方案公告',
    '经社区协商议事会讨论决定，2026年度公共服务资金用于路灯维修、老年活动室设备和环境卫生。',
  );

  await quarterly(day(-10), '居民代表会议（专题）');

  // 四议两公开 under way: the parking lot, proposed by the Party branch, deliberated by the two committees.
  const parking = await createMatter(acting(day(-6), cadres.partySecretary), {
    title: '花乡民居停车场改造及筹资筹劳方案',
    description: '小区车辆停放矛盾突出，拟改造停车场，增加车位120个。',
    budget: '1280000',
    category: 'publicWelfareProject',
    workflow: 'fourDeliberationsTwoDisclosures',
  });
  await recordManualStep(acting(day(-5), cadres.partySecretary), {
    matterId: parking.id,
    kind: 'partyProposal',
    on: day(-5),
    note: '党总支征求党员、居民代表和居民意见后提出初步方案。',
  });
  await hold({
    kind: 'twoCommitteesJointMeeting',
    title: '社区两委联席会议：停车场改造方案',
    on: day(-3),
    noticeDays: 1,
    turnoutPercent: 100,
    motions: [
      {
        title: '花乡民居停车场改造及筹资筹劳方案（商议稿）',
        body: '同意提交党员大会审议。',
        matterId: parking.id,
        yesPercent: 100,
        noPercent: 0,
      },
    ],
    minutes: '两委会议商议停车场改造方案，同意提交党员大会审议。',
  });

  // Next week's representatives' meeting: convened, agenda waiting for the supervision committee.
  await conveneMeeting(acting(today, cadres.committeeChair), {
    kind: 'representativesMeeting',
    title: '居民代表会议：停车场改造方案',
    meetingOn: day(7),
    startsAt: '19:30',
    place: '社区活动中心二楼会议室',
    noticeOn: today,
    agenda: '1. 花乡民居停车场改造及筹资筹劳方案',
  });
}

/** Seeds the decisions of the showcase community whose cadres hold the demo accounts. */
export async function seedShowcaseDecisions(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const holder = (role: VillageRole) => {
    const a = accounts.find((x) => x.role === role);
    if (!a?.villageId || !a.personId) throw new Error(`demo account for ${role} missing`);
    return { villageId: a.villageId, accountId: a.id, personId: a.personId };
  };
  const secretary = holder('partySecretary');
  await seedDemoDecisions(
    ctx,
    {
      villageId: secretary.villageId,
      partySecretary: secretary,
      committeeChair: holder('committeeChair'),
      supervisionChair: holder('supervisionChair'),
    },
    today,
  );
}
