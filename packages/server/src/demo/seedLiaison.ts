import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DutyCadence } from '@cunzhi/core/liaison/duties';
import type { LiaisonReader } from '@cunzhi/core/liaison/access';
import type { Actor, VillageRole } from '@cunzhi/core/policies/actor';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { resetPassword } from '../features/auth/commands/resetPassword.ts';
import { defineDuty } from '../features/liaison/commands/defineDuty.ts';
import { linkHousehold } from '../features/liaison/commands/linkHousehold.ts';
import { logDuty } from '../features/liaison/commands/logDuty.ts';
import { logVisit } from '../features/liaison/commands/logVisit.ts';
import { raiseOwnIssue } from '../features/liaison/commands/raiseIssue.ts';
import type { CaseReceipt } from '../features/liaison/commands/intake.ts';
import { rateCase } from '../features/liaison/commands/rateCase.ts';
import { stepCase, type CaseStepInput } from '../features/liaison/commands/stepCase.ts';
import {
  duties,
  partyMembers,
  townDepartments,
  unlinkedHouseholds,
} from '../features/liaison/queries.ts';
import { caseReferralId, gridChief, personPlace } from '../features/liaison/repository.ts';
import { findAccountByPerson } from '../platform/auth/repository/accounts.ts';
import { stepReferral } from '../features/townInbox/commands/stepReferral.ts';
import { account, acting, on } from './seedComplaints.ts';

/**
 * Seed 004's "'片长'6大类35项服务事项清单": the seed gives the count, not the texts. These are
 * examples (marked 示例 on screen) a village replaces with its own list.
 */
const DUTIES: ReadonlyArray<{ category: string; items: ReadonlyArray<[string, DutyCadence]> }> = [
  {
    category: '人口信息',
    items: [
      ['核实片内人口变动（出生、死亡、迁入迁出）', 'monthly'],
      ['登记外出务工人员及联系方式', 'quarterly'],
      ['走访独居、空巢老人', 'weekly'],
      ['掌握留守儿童情况', 'monthly'],
      ['更新残疾人、低保户等特殊人群台账', 'quarterly'],
      ['登记新入住的租住人员', 'asNeeded'],
    ],
  },
  {
    category: '安全隐患',
    items: [
      ['排查农户用电、用气安全', 'monthly'],
      ['巡查河道、山塘、危险路段', 'weekly'],
      ['汛期前排查危房和地质灾害点', 'yearly'],
      ['检查消防通道和灭火器', 'quarterly'],
      ['提醒农户防范电信诈骗', 'monthly'],
      ['发现隐患及时上报', 'asNeeded'],
    ],
  },
  {
    category: '矛盾纠纷',
    items: [
      ['排查邻里、家庭、土地纠纷苗头', 'weekly'],
      ['小纠纷就地劝解并记录', 'asNeeded'],
      ['调解不成的纠纷报村调解委员会', 'asNeeded'],
      ['回访已调解的纠纷', 'monthly'],
      ['关注信访重点人员动态', 'monthly'],
      ['重大节日前开展矛盾排查', 'quarterly'],
    ],
  },
  {
    category: '民生服务',
    items: [
      ['为行动不便的村民代办证件、补贴', 'asNeeded'],
      ['协助办理医保、养老保险参保缴费', 'yearly'],
      ['收集村民“点单”需求并报村便民服务站', 'weekly'],
      ['协助困难家庭申请临时救助', 'asNeeded'],
      ['通知村民免费体检、疫苗接种', 'quarterly'],
      ['帮助老人使用手机办理事项', 'monthly'],
    ],
  },
  {
    category: '环境卫生',
    items: [
      ['巡查片内垃圾收集点', 'weekly'],
      ['督促“门前三包”', 'monthly'],
      ['劝阻乱搭乱建、乱堆乱放', 'asNeeded'],
      ['组织片内环境整治日', 'monthly'],
      ['检查改厕、污水设施使用情况', 'quarterly'],
      ['参与“最美庭院”推荐', 'quarterly'],
    ],
  },
  {
    category: '政策宣传',
    items: [
      ['宣讲惠农政策和村规民约', 'quarterly'],
      ['转达村务公开内容', 'monthly'],
      ['收集村民对村务的意见建议', 'monthly'],
      ['动员村民参加村民会议和选举', 'asNeeded'],
      ['宣传移风易俗、红白喜事简办', 'yearly'],
    ],
  },
];

type Who = [CommandContext, LiaisonReader];

const reader = (personId: string, roles: VillageRole[], grids: string[] = []): LiaisonReader => ({
  roles: new Set(roles),
  personId,
  gridsHeaded: grids,
  bodyKinds: [],
});

/** A villager account acting as the chief of their grid (the actor's gridsHeaded). */
function asChief(cmd: CommandContext, villageId: string, gridId: string): CommandContext {
  const actor: Actor = {
    accountId: cmd.actorAccountId ?? '',
    kind: 'villager',
    home: { villageId, personId: cmd.personId ?? '' },
    posts: [],
    staffScopes: [],
    gridsHeaded: [gridId],
  };
  return { ...cmd, actor };
}

/** The showcase's people and how each acts on a day. */
interface Cast {
  villageId: string;
  day: (n: number) => CalendarDate;
  at: (n: number, time: string, a: DemoAccount) => CommandContext;
  chief: (n: number, time: string) => Who;
  chair: (n: number, time: string) => Who;
  supervisor: (n: number, time: string) => Who;
  villager: DemoAccount;
  representative: DemoAccount;
  secretary: DemoAccount;
  chairAccount: DemoAccount;
  town: DemoAccount;
}

async function castOf(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<Cast> {
  const villager = account(accounts, '13800000006');
  const chairAccount = account(accounts, '13800000002');
  const supervisor = account(accounts, '13800000005');
  const villageId = villager.villageId!;
  const day = (n: number) => addDays(today, -n);
  const at = (n: number, time: string, a: DemoAccount) =>
    acting(on(ctx, day(n), time), villageId, a);
  // the villager's grid chief: a cadre opens their account at the station (开通登录)
  const gridId = (await personPlace(ctx.db, villageId, villager.personId!))!.grid_id!;
  const chiefId = (await gridChief(ctx.db, villageId, gridId))!;
  // the demo's grid chief account (13800000014) when it is this grid's; else opened at the station
  const demoChief = accounts.find((a) => a.role === 'gridChief' && a.personId === chiefId);
  const phone =
    demoChief?.phone ??
    (
      await resetPassword(on(ctx, day(60), '10:00'), {
        ...{ villageId, personId: chiefId, actorAccountId: chairAccount.id },
      })
    ).phone;
  const chiefAccount = (await findAccountByPerson(ctx.db, villageId, chiefId))!;
  const chiefDemo: DemoAccount = { ...villager, id: chiefAccount.id, personId: chiefId, phone };
  const chiefReader = reader(chiefId, ['villager', 'gridChief'], [gridId]);
  return {
    ...{ villageId, day, at, villager, chairAccount },
    representative: account(accounts, '13800000004'),
    secretary: account(accounts, '13800000001'),
    town: account(accounts, '13800000007'),
    chief: (n, time) => [asChief(at(n, time, chiefDemo), villageId, gridId), chiefReader],
    chair: (n, time) => [
      at(n, time, chairAccount),
      reader(chairAccount.personId!, ['committeeChair', 'committeeMember']),
    ],
    supervisor: (n, time) => [
      at(n, time, supervisor),
      reader(supervisor.personId!, ['supervisionChair', 'supervisionMember']),
    ],
  };
}

const step = (who: Who, id: string, s: CaseStepInput) => stepCase(who[0], who[1], id, s);

/**
 * Grid liaison in the showcase community, through the real commands: the duty list (35 example
 * items in 6 categories) with a month of the villager's grid's log; the Party secretary linked to
 * households and visiting them (one visit raising an issue), other members' households not
 * visited for over a month (overdue); 民情 from report to close. The villager's grid chief signs
 * in with an account a cadre opened for them at the station.
 */
export async function seedShowcaseLiaison(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cast = await castOf(ctx, accounts, today);
  for (const { category, items } of DUTIES)
    for (const [title, cadence] of items)
      await defineDuty(cast.at(60, '09:00', cast.chairAccount), {
        ...{ category, title, cadence, example: true },
      });
  await seedDutyLog(cast);
  await seedLinks(ctx, cast);
  await seedRoutedCase(ctx, cast);
  await seedOpenCases(cast);
}

/** The chief logs what the grid did: some items this month, some only last month. */
async function seedDutyLog(cast: Cast): Promise<void> {
  const [grid] = cast.chief(0, '09:00')[0].actor?.gridsHeaded ?? [];
  const chief = cast.chief(0, '09:00')[0];
  for (const d of await duties(chief.db, cast.villageId)) {
    const lastMonth = d.number % 3 === 0;
    const n = lastMonth ? 32 : d.number % 3 === 1 ? 3 : null;
    if (n === null) continue;
    await logDuty(cast.chief(n, '16:00')[0], { dutyId: d.id, gridId: grid!, note: '' });
  }
}

/**
 * The Party secretary linked to four households and visiting three (one visit raising an issue);
 * two more members linked to households they have not visited since (overdue).
 */
async function seedLinks(ctx: AppContext, cast: Cast): Promise<void> {
  const free = await unlinkedHouseholds(ctx.db, cast.villageId);
  const members = (await partyMembers(ctx.db, cast.villageId)).filter(
    (m) => m.id !== cast.secretary.personId,
  );
  const secretaryId = cast.secretary.personId!;
  const linkAs = cast.at(45, '10:00', cast.secretary);
  const plan: Array<[string, number]> = [
    [secretaryId, 4],
    ...members.slice(0, 2).map((m): [string, number] => [m.id, 3]),
  ];
  let next = 0;
  const mine: string[] = [];
  for (const [memberPersonId, count] of plan)
    for (let i = 0; i < count && next < free.length; i++) {
      const householdId = free[next++]!.household_id;
      await linkHousehold(linkAs, { memberPersonId, householdId });
      if (memberPersonId === secretaryId) mine.push(householdId);
    }
  const notes = [
    '了解家中老人身体和用药情况',
    '询问孩子上学和家里收入情况',
    '宣传医保缴费和防诈骗',
  ];
  for (const [i, householdId] of mine.slice(0, 3).entries())
    await logVisit(cast.at(20 - i * 6, '15:00', cast.secretary), { householdId, note: notes[i]! });
  if (mine[0])
    await logVisit(cast.at(5, '16:30', cast.secretary), {
      householdId: mine[0],
      note: '老人独居，儿子在外地打工，最近摔了一跤。',
      raise: {
        category: 'livelihood',
        urgency: 'urgent',
        subject: '独居老人摔伤后生活困难',
        body: '老人摔伤后行动不便，想申请临时救助和上门照料。',
      },
    });
}

/** The town official of the village's town, as the town inbox sees them. */
function townActor(town: DemoAccount): Actor {
  const scope = town.staffScope!;
  return {
    accountId: town.id,
    kind: 'staff',
    home: null,
    posts: [],
    staffScopes: [{ level: scope.level, id: scope.id, unit: scope.unit, departmentId: null }],
  };
}

/** A street light handed to the town's construction office, answered, rated, closed. */
async function seedRoutedCase(ctx: AppContext, cast: Cast): Promise<void> {
  const { at, chief, villager } = cast;
  const light = await raiseOwnIssue(at(12, '19:30', villager), {
    ...{ category: 'infrastructure', urgency: 'urgent', anonymous: false },
    subject: '村口路灯坏了',
    body: '村口到小学那段路的三盏路灯都不亮了，孩子晚自习回家路上很黑。',
  });
  await step(chief(11, '08:30'), light.id, { action: 'acknowledge' });
  const office = (await townDepartments(ctx.db, cast.villageId)).find(
    (d) => d.name === '村镇建设办公室',
  );
  if (office) {
    await step(chief(11, '09:00'), light.id, {
      action: 'route',
      departmentId: office.id,
      note: '路灯线路由镇里统一维护，请村镇建设办公室安排检修。',
    });
    const referralId = (await caseReferralId(ctx.db, cast.villageId, light.id))!;
    const ref = { villageId: cast.villageId, referralId };
    const by = { actor: townActor(cast.town), accountId: cast.town.id };
    await stepReferral(on(ctx, cast.day(10), '09:00'), by, ref, 'accept');
    await stepReferral(on(ctx, cast.day(8), '11:00'), by, ref, 'answer', {
      text: '已安排电工更换线路和灯具，三盏路灯已恢复照明。',
    });
  } else await step(chief(11, '09:00'), light.id, { action: 'handle' });
  await step(chief(8, '16:00'), light.id, {
    action: 'feedback',
    note: '路灯已修好：镇村镇建设办公室更换了线路和灯具。',
  });
  await rateCase(
    at(7, '20:00', villager),
    light.id,
    { personId: villager.personId! },
    {
      rating: 'satisfied',
    },
  );
  await step(chief(6, '09:00'), light.id, { action: 'close' });
}

/**
 * Rubbish not collected (open past its date, a neighbour's repeat merged into it); building
 * waste by the river reported anonymously and answered, awaiting its rating; a report about the
 * committee's chair with the supervision committee; a lane rated 不满意 and reopened with the two
 * committees.
 */
async function seedOpenCases(cast: Cast): Promise<void> {
  const { at, chief, villager, representative } = cast;
  const raise = (n: number, a: DemoAccount, input: Parameters<typeof raiseOwnIssue>[1]) =>
    raiseOwnIssue(at(n, '19:00', a), input);
  const rubbish = await raise(9, villager, {
    ...{ category: 'environment', urgency: 'normal', anonymous: false },
    subject: '垃圾清运不及时',
    body: '二组垃圾收集点已经一个星期没有清运，天热有异味。',
  });
  await step(chief(8, '10:00'), rubbish.id, { action: 'acknowledge' });
  await raise(7, representative, {
    ...{ category: 'environment', urgency: 'normal', anonymous: false },
    subject: '二组垃圾点没人清运',
    body: '垃圾堆到路边了。',
    sameAsCaseId: rubbish.id,
  });

  const dumping: CaseReceipt = await raise(6, villager, {
    ...{ category: 'safety', urgency: 'normal', anonymous: true },
    subject: '河道边有人倾倒建筑垃圾',
    body: '晚上有车往河道边倒建筑垃圾，已经堆了好几车，下雨会堵河道。',
  });
  await step(chief(5, '10:00'), dumping.id, { action: 'acknowledge' });
  await step(chief(4, '10:00'), dumping.id, {
    action: 'handle',
    note: '已联系综合行政执法队夜间巡查。',
  });
  await step(chief(2, '10:00'), dumping.id, {
    action: 'feedback',
    note: '垃圾已清运，河边装了监控，执法队找到倾倒车辆并作了处罚。',
  });

  const relief = await raise(4, villager, {
    ...{ category: 'livelihood', urgency: 'normal', anonymous: false },
    subject: '低保评议优亲厚友',
    body: '今年新评的低保户里有村委会主任的亲戚，家里有车有房，不符合条件。',
    concernsPersonIds: [cast.chairAccount.personId!],
  });
  await step(cast.supervisor(3, '09:00'), relief.id, { action: 'acknowledge' });

  const lane = await raise(20, villager, {
    ...{ category: 'infrastructure', urgency: 'normal', anonymous: false },
    subject: '组道坑洼积水',
    body: '四组通往大路的组道坑坑洼洼，下雨天积水没过脚踝。',
  });
  await step(chief(19, '09:00'), lane.id, { action: 'acknowledge' });
  await step(chief(18, '09:00'), lane.id, { action: 'handle' });
  await step(chief(15, '16:00'), lane.id, { action: 'feedback', note: '已填了碎石。' });
  await rateCase(
    at(14, '19:00', villager),
    lane.id,
    { personId: villager.personId! },
    {
      rating: 'dissatisfied',
      comment: '碎石一下雨又冲走了，要硬化才行。',
    },
  );
  await step(cast.chair(13, '09:30'), lane.id, { action: 'acknowledge' });
  await step(cast.chair(12, '09:30'), lane.id, {
    action: 'handle',
    note: '列入一事一议议题，准备硬化路面。',
  });
}
