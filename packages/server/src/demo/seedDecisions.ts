import { addDays } from '@cunzhi/core/rules/dayCount';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../platform/http/context.ts';
import { createAuthorisation } from '../features/matters/commands/createAuthorisation.ts';
import { createMatter } from '../features/matters/commands/createMatter.ts';
import { recordManualStep } from '../features/matters/commands/recordManualStep.ts';
import { conveneMeeting } from '../features/meetings/commands/conveneMeeting.ts';
import { DemoStory, type DemoCadres } from './story.ts';

export type { DemoCadres };

/**
 * The showcase community's decisions of the last half year, made through the
 * same commands the UI uses (so every rule is checked and every step is in
 * the audit chain): an assembly authorising the representatives' meeting, the
 * property-fee matter of seed 002 through "1+3", a general matter decided by
 * the council, a routine matter of the joint meeting, a 四议两公开 matter
 * still under way, a representatives' meeting every quarter, and one
 * convened for next week. Attendance comes from the paper sign-in sheet
 * (the clerk's entry), as in most village meetings. The chapters run in the
 * order they happened, so the audit chain records them so.
 */
export async function seedDemoDecisions(base: AppContext, cadres: DemoCadres, today: CalendarDate) {
  const s = new DemoStory(base, cadres, today);
  await authoriseTheRepresentatives(s);
  await payThePropertyFee(s);
  await shareThePublicFunds(s);
  await beginTheParkingLot(s);
}

/**
 * The assembly hands the representatives' meeting the matters it may decide
 * (authorisation of VCOL 2018 Art. 24); two quarterly meetings follow.
 */
async function authoriseTheRepresentatives(s: DemoStory) {
  const assembly = await s.hold({
    kind: 'villagersAssembly',
    title: '2026年度社区居民会议',
    on: s.day(-175),
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
    await createAuthorisation(s.acting(s.day(-174), s.cadres.committeeChair), {
      resolutionId: authorising.id,
      categories: ['collectiveIncomeUse', 'publicWelfareProject', 'homesteadPlan'],
      startsOn: s.day(-175),
      endsOn: addDays(s.day(-175), 365 * 3),
    });

  await s.quarterly(s.day(-170), '第二季度居民代表会议');
  await s.quarterly(s.day(-100), '第三季度居民代表会议');
}

/** Seed 002: paying the property company ¥450,000 by "1+3", the council consulting first. */
async function payThePropertyFee(s: DemoStory) {
  const fee = await consultOnThePropertyFee(s);
  await deliberateAtTheJointMeeting(s, fee.id);
  await decideThePropertyFee(s, fee.id);
}

/** The fee's topic made public, and the council's consultation with the company's manager present. */
async function consultOnThePropertyFee(s: DemoStory) {
  const fee = await createMatter(s.acting(s.day(-62), s.cadres.committeeChair), {
    title: '关于支付花乡民居物业管理费45万元的议题',
    description:
      '按照物业服务合同，拟向花乡民居物业管理公司支付物业管理费450,000.00元（肆拾伍万元整）。居民对小区卫生、车辆停放有意见，先经协商议事会协商。',
    budget: '450000',
    category: 'collectiveIncomeUse',
    workflow: 'onePlusThree',
  });
  await s.publish(
    fee.id,
    'topicPublished',
    -60,
    '关于支付花乡民居物业管理费的议题公示',
    '社区居委会拟向花乡民居物业管理公司支付物业管理费45万元，现将议题予以公示，征求居民意见。',
  );
  const consultation = await s.hold({
    kind: 'villagersDeliberationCouncil',
    title: '协商议事会：物业管理费支付议题协商',
    on: s.day(-53),
    noticeDays: 3,
    turnoutPercent: 90,
    motions: [],
    minutes: '协商议事会成员代表居民提出小区卫生、车辆停放等意见，物管公司经理到会，表示整改。',
  });
  await recordManualStep(s.acting(s.day(-53), s.cadres.committeeChair), {
    matterId: fee.id,
    kind: 'councilConsultation',
    on: s.day(-53),
    meetingId: consultation.meetingId,
    note: '邀请物管公司经理列席。',
  });
  return fee;
}

/** The two committees deliberate the fee's draft; a routine matter of theirs is settled at the same meeting. */
async function deliberateAtTheJointMeeting(s: DemoStory, feeId: string) {
  const routine = await createMatter(s.acting(s.day(-52), s.cadres.partySecretary), {
    title: '调整社区活动中心冬季开放时间',
    description: '冬季开放时间调整为每日8:30至20:30。',
    category: 'routineMatter',
  });
  await s.hold({
    kind: 'twoCommitteesJointMeeting',
    title: '社区两委联席会议',
    on: s.day(-50),
    noticeDays: 1,
    turnoutPercent: 100,
    motions: [
      {
        title: '物业管理费支付议决草案',
        body: '物管公司完成小区环境和车辆停放整改、经监督委员会和居民代表验收后，支付物业管理费45万元。',
        matterId: feeId,
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
  await s.publish(
    routine.id,
    'resolutionPublished',
    -49,
    '社区活动中心冬季开放时间调整公告',
    '经社区两委联席会议议定，社区活动中心冬季开放时间调整为每日8:30至20:30。',
  );
  await s.publish(
    routine.id,
    'implementationPublished',
    -40,
    '社区活动中心开放时间调整落实情况',
    '新的开放时间已于本月起执行。',
  );
}

/** The representatives decide the fee (as the assembly authorised); resolution and result made public. */
async function decideThePropertyFee(s: DemoStory, feeId: string) {
  await s.hold({
    kind: 'representativesMeeting',
    title: '第四季度居民代表会议',
    on: s.day(-45),
    noticeDays: 5,
    turnoutPercent: 80,
    motions: [
      {
        title: '关于支付花乡民居物业管理费的决议（草案）',
        body: '物管公司完成整改并经验收后，于约定日期支付物业管理费450,000.00元（肆拾伍万元整）。',
        matterId: feeId,
        yesPercent: 85,
        noPercent: 5,
      },
    ],
    minutes: '会议讨论修改并表决通过物业管理费支付决议。',
  });
  await s.publish(
    feeId,
    'resolutionPublished',
    -44,
    '关于支付花乡民居物业管理费的决议公告',
    '社区居民代表会议表决通过：物管公司完成整改并经验收后，支付物业管理费450,000.00元（肆拾伍万元整）。',
  );
  await s.publish(
    feeId,
    'implementationPublished',
    -12,
    '物业管理费支付实施结果公开',
    '物管公司完成小区环境和车辆停放专项整治，经监督委员会成员、居民代表检查验收满意后，居委会已支付物业管理费450,000.00元。',
  );
}

/** A general matter: the council shares out the public-service funds; a themed representatives' meeting. */
async function shareThePublicFunds(s: DemoStory) {
  const funds = await createMatter(s.acting(s.day(-35), s.cadres.committeeChair), {
    title: '2026年度公共服务资金使用方案',
    description: '公共服务资金用于小区路灯维修、老年活动室设备和环境卫生。',
    budget: '186500',
    category: 'generalMatter',
  });
  await s.hold({
    kind: 'villagersDeliberationCouncil',
    title: '协商议事会：公共服务资金使用方案',
    on: s.day(-30),
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
  await s.publish(
    funds.id,
    'resolutionPublished',
    -29,
    '2026年度公共服务资金使用方案公告',
    '经社区协商议事会讨论决定，2026年度公共服务资金用于路灯维修、老年活动室设备和环境卫生。',
  );

  await s.quarterly(s.day(-10), '居民代表会议（专题）');
}

/** 四议两公开 under way: the parking lot, proposed by the Party branch, deliberated by the two committees; next week's representatives' meeting convened, its agenda waiting for the supervision committee. */
async function beginTheParkingLot(s: DemoStory) {
  const parking = await createMatter(s.acting(s.day(-6), s.cadres.partySecretary), {
    title: '花乡民居停车场改造及筹资筹劳方案',
    description: '小区车辆停放矛盾突出，拟改造停车场，增加车位120个。',
    budget: '1280000',
    category: 'publicWelfareProject',
    workflow: 'fourDeliberationsTwoDisclosures',
  });
  await recordManualStep(s.acting(s.day(-5), s.cadres.partySecretary), {
    matterId: parking.id,
    kind: 'partyProposal',
    on: s.day(-5),
    note: '党总支征求党员、居民代表和居民意见后提出初步方案。',
  });
  await s.hold({
    kind: 'twoCommitteesJointMeeting',
    title: '社区两委联席会议：停车场改造方案',
    on: s.day(-3),
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

  await conveneMeeting(s.acting(s.today, s.cadres.committeeChair), {
    kind: 'representativesMeeting',
    title: '居民代表会议：停车场改造方案',
    meetingOn: s.day(7),
    startsAt: '19:30',
    place: '社区活动中心二楼会议室',
    noticeOn: s.today,
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
