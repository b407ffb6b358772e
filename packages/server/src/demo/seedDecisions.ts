import { addDays } from '@cunzhi/core/rules/dayCount';
import { calendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { MatterCategory } from '@cunzhi/core/matters/categories';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../platform/http/context.ts';
import { createAuthorisation } from '../features/matters/commands/createAuthorisation.ts';
import { createMatter } from '../features/matters/commands/createMatter.ts';
import { recordManualStep } from '../features/matters/commands/recordManualStep.ts';
import { conveneMeeting } from '../features/meetings/commands/conveneMeeting.ts';
import { cadresOn, DemoStory, type DemoCadres } from './story.ts';

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
  await closeTheLastYear(s);
  await authoriseTheRepresentatives(s);
  await payThePropertyFee(s);
  await shareThePublicFunds(s);
  await planTheSquare(s);
  await beginTheParkingLot(s);
}

/** The day in December 2025 the last assembly under the 2018 text met. */
const LAST_ASSEMBLY_OF_2025 = calendarDate('2025-12-20');

/**
 * December 2025, still under the 2018 text: the year's assembly hears the
 * committee's report. Its page and sheet cite the 2018 articles (quorum
 * Art. 22), as an act is judged by the law of its date.
 */
async function closeTheLastYear(s: DemoStory) {
  // a demo seeded before 2026 has no "last year" to show
  if (LAST_ASSEMBLY_OF_2025 >= s.day(-180)) return;
  // the previous term's chair convened it and its supervision chair reviewed the agenda
  const then = await cadresOn(s.base, s.cadres, LAST_ASSEMBLY_OF_2025, [
    'committeeChair',
    'supervisionChair',
  ]);
  if (!then) return;
  await new DemoStory(s.base, then, s.today).hold({
    kind: 'villagersAssembly',
    title: '2025年度社区居民会议',
    on: LAST_ASSEMBLY_OF_2025,
    noticeDays: 11,
    turnoutPercent: 70,
    motions: [
      {
        title: '关于社区居委会2025年度工作报告的决议',
        body: '审议通过社区居委会2025年度工作报告。',
        yesPercent: 86,
        noPercent: 4,
      },
    ],
    minutes: '会议审议社区居委会年度工作报告，户的代表到会超过三分之二，表决通过。',
  });
}

/**
 * The assembly hands the representatives' meeting matters of its reserved
 * list (2025 text Art. 28 para. 2); two quarterly meetings follow.
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
        body: '授权社区居民代表会议在本届任期内讨论决定：村庄规划、建设等乡村建设重要事项；从集体经济所得资金和物资的使用；公益事业的兴办和筹资筹劳方案及建设承包方案。',
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
      categories: ['villagePlanning', 'collectiveIncomeUse', 'publicWelfareProject'],
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
  // a joint meeting too few came to: it closes short of quorum, decides nothing, and the
  // supervision committee records it invalid (the town's dashboard counts it)
  await s.hold({
    kind: 'twoCommitteesJointMeeting',
    title: '社区两委联席会议',
    on: s.day(-56),
    noticeDays: 1,
    turnoutPercent: 30,
    motions: [],
    minutes: '到会两委成员不足半数，会议未作决定，另行召集。',
    verdict: { attendanceValid: false, note: '到会两委成员不足半数，另行召集' },
  });
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

/**
 * 四议两公开's first two steps: the Party branch opens the matter and
 * proposes it the next day; the two committees deliberate the draft two days
 * later and send it to the Party members' meeting. Returns the matter's id.
 */
async function proposeAndDeliberate(
  s: DemoStory,
  day: number,
  plan: {
    matter: { title: string; description: string; budget: string; category: MatterCategory };
    proposal: string;
    meeting: string;
    draft: string;
    yesPercent: number;
  },
): Promise<string> {
  const { id } = await createMatter(s.acting(s.day(day), s.cadres.partySecretary), {
    ...plan.matter,
    workflow: 'fourDeliberationsTwoDisclosures',
  });
  await recordManualStep(s.acting(s.day(day + 1), s.cadres.partySecretary), {
    matterId: id,
    kind: 'partyProposal',
    on: s.day(day + 1),
    note: plan.proposal,
  });
  await s.hold({
    kind: 'twoCommitteesJointMeeting',
    title: plan.meeting,
    on: s.day(day + 3),
    noticeDays: 1,
    turnoutPercent: 100,
    motions: [
      {
        title: plan.draft,
        body: '同意提交党员大会审议。',
        matterId: id,
        yesPercent: plan.yesPercent,
        noPercent: 0,
      },
    ],
    minutes: `两委会议商议${plan.draft.replace(/（商议稿）$/, '')}，同意提交党员大会审议。`,
  });
  return id;
}

/**
 * A matter of the 2025 text's new first reserved item (village planning and
 * construction) by 四议两公开: the Party branch proposes and its members'
 * meeting reviews before the representatives decide it, as the assembly
 * authorised them; the resolution is made public.
 */
async function planTheSquare(s: DemoStory) {
  const square = await proposeAndDeliberate(s, -28, {
    matter: {
      title: '花乡社区文化广场改造规划',
      description: '拟将社区北侧空地改造为文化广场，含健身步道、儿童游乐区和宣传栏。',
      budget: '560000',
      category: 'villagePlanning',
    },
    proposal: '党总支在走访居民、听取意见后提出广场改造初步方案。',
    meeting: '社区两委联席会议：文化广场改造规划',
    draft: '文化广场改造规划（商议稿）',
    yesPercent: 90,
  });
  const onSquare = (title: string, body: string) => ({
    title,
    body,
    matterId: square,
    yesPercent: 90,
    noPercent: 5,
  });
  await s.hold({
    kind: 'partyMembersMeeting',
    title: '社区党员大会：文化广场改造规划',
    on: s.day(-22),
    noticeDays: 2,
    turnoutPercent: 85,
    motions: [onSquare('文化广场改造规划（审议稿）', '同意提交居民代表会议决定。')],
    minutes: '党员大会审议文化广场改造规划，同意提交居民代表会议决定。',
  });
  await s.hold({
    kind: 'representativesMeeting',
    title: '居民代表会议：文化广场改造规划',
    on: s.day(-18),
    noticeDays: 5,
    turnoutPercent: 84,
    motions: [
      onSquare('关于花乡社区文化广场改造规划的决议（草案）', '同意文化广场改造规划，预算56万元。'),
    ],
    minutes: '会议依据居民会议的授权讨论决定文化广场改造规划，表决通过。',
  });
  await s.publish(
    square,
    'resolutionPublished',
    -17,
    '关于花乡社区文化广场改造规划的决议公告',
    '社区居民代表会议依据居民会议授权表决通过文化广场改造规划，预算560,000.00元（伍拾陆万元整）。',
  );
}

/** 四议两公开 under way: the parking lot, proposed by the Party branch, deliberated by the two committees; next week's representatives' meeting convened, its agenda waiting for the supervision committee. */
async function beginTheParkingLot(s: DemoStory) {
  await proposeAndDeliberate(s, -6, {
    matter: {
      title: '花乡民居停车场改造及筹资筹劳方案',
      description: '小区车辆停放矛盾突出，拟改造停车场，增加车位120个。',
      budget: '1280000',
      category: 'publicWelfareProject',
    },
    proposal: '党总支征求党员、居民代表和居民意见后提出初步方案。',
    meeting: '社区两委联席会议：停车场改造方案',
    draft: '花乡民居停车场改造及筹资筹劳方案（商议稿）',
    yesPercent: 100,
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
