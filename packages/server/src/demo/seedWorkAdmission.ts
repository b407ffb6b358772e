import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { Decision } from '@cunzhi/core/workAdmission/admission';
import type { DemoAccount } from '@cunzhi/demo/types';
import { systemContext, type CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { decideTask } from '../features/workAdmission/commands/decideTask.ts';
import { publishLists } from '../features/workAdmission/commands/publishLists.ts';
import { sendTask } from '../features/workAdmission/commands/sendTask.ts';
import type { StaffAct } from '../features/workAdmission/commands/staffAct.ts';
import {
  townIdsOfCounty,
  townsWithVillages,
  villageTasks,
} from '../features/workAdmission/queries.ts';
import { itemsOf, versionsOf } from '../features/workAdmission/repository.ts';
import { account, acting, on } from './seedComplaints.ts';

/**
 * The county's three lists as counties publish them (依法自治事项 from the Organic Law's own
 * list of the committee's work; 协助政府事项 the usual social-security, assistance, census,
 * conscription and disaster duties; 减负事项 the tasks the burden-reduction notices name).
 */
const LISTS = {
  selfGovernance: [
    '召集村民会议、村民代表会议，讨论决定涉及村民利益的事项',
    '制定和修改村民自治章程、村规民约（居民公约）',
    '办理本村公共事务和公益事业',
    '管理本村集体所有的土地和其他财产',
    '调解民间纠纷',
    '实行村务公开、民主管理和民主监督',
    '开展多种形式的精神文明建设活动',
  ],
  governmentAssistance: [
    '协助做好城乡居民基本医疗保险、养老保险参保登记和缴费宣传',
    '协助做好最低生活保障、特困人员供养等社会救助的申请受理和入户调查',
    '协助做好征兵宣传和适龄青年兵役登记',
    '协助做好人口普查、农业普查等国家统计调查的入户工作',
    '协助做好森林防火、防汛抗旱和地质灾害隐患巡查',
    '协助做好残疾人、高龄老人等补贴的申报',
    '协助做好矛盾纠纷排查和信访稳定工作',
    '协助做好农村人居环境整治和垃圾分类宣传',
  ],
  burdenReduction: [
    '招商引资、协税护税等经济指标任务',
    '出具无法核实或无法定依据的证明事项（如亲属关系、居住情况、无犯罪记录证明）',
    '未经县委县政府批准的创建达标、评比表彰活动',
    '要求村（社区）设立未经批准的机构、挂牌或加挂牌子',
    '要求村干部参与行政执法、拆迁拆违等应由职能部门承担的工作',
    '通过工作群、政务软件要求村干部频繁打卡、上传工作留痕材料',
  ],
};

type Ref = [list: keyof typeof LISTS, seq: number] | null;

/** A task of the demo: when, from which department, what, on what basis, its list item, and what the village did. */
interface DemoTask {
  daysAgo: number;
  department: string;
  content: string;
  legalBasis: string;
  dueIn: number;
  ref: Ref;
  decision?: [Decision, string];
}

/** The showcase community's year of tasks from its town: one of each outcome, and one still open. */
const SHOWCASE: DemoTask[] = [
  {
    daysAgo: 150,
    department: '镇社会保障服务所',
    content: '组织辖区居民完成下一年度城乡居民医疗保险参保缴费宣传和登记',
    legalBasis: '《中华人民共和国社会保险法》第二十五条',
    dueIn: 30,
    ref: ['governmentAssistance', 1],
    decision: [
      'accepted',
      '属于协助政府工作事项，镇社保所提供宣传资料和工作经费，社区安排网格员入户宣传',
    ],
  },
  {
    daysAgo: 90,
    department: '镇派出所',
    content: '为辖区外出务工人员开具无犯罪记录证明和亲属关系证明',
    legalBasis: '镇派出所工作通知',
    dueIn: 10,
    ref: ['burdenReduction', 2],
    decision: ['refused', '属于减负工作事项，社区无法核实，请申请人依法向公安机关申请'],
  },
  {
    daysAgo: 60,
    department: '镇综治办',
    content: '要求社区于本月底前修订居民公约并报镇备案',
    legalBasis: '镇综治工作安排',
    dueIn: 20,
    ref: ['selfGovernance', 2],
    decision: [
      'returned',
      '修订居民公约属于依法自治事项，由居民会议依法讨论决定，社区将按程序征求意见后自主安排',
    ],
  },
  {
    daysAgo: 30,
    department: '镇经济发展办公室',
    content: '要求社区本年度提供招商引资线索3条',
    legalBasis: '镇经济工作目标责任书',
    dueIn: 40,
    ref: ['burdenReduction', 1],
    decision: ['refused', '招商引资属于减负工作事项清单所列任务，不得交由社区承担'],
  },
  {
    daysAgo: 20,
    department: '镇安全生产监督管理站',
    content: '要求社区对辖区沿街商铺开展消防安全检查并由社区干部签字确认',
    legalBasis: '镇安全生产委员会工作安排',
    dueIn: 15,
    ref: null,
    decision: [
      'refused',
      '未列入协助政府工作事项清单；消防安全检查属行政检查，应由职能部门依法实施',
    ],
  },
  {
    daysAgo: 5,
    department: '镇人民武装部',
    content: '组织辖区适龄男性青年完成兵役登记',
    legalBasis: '《中华人民共和国兵役法》第十八条',
    dueIn: 25,
    ref: ['governmentAssistance', 3],
  },
];

/** What the other villages of the county were sent: the same kinds, fewer, so the towns differ. */
const ELSEWHERE: DemoTask[] = [
  {
    daysAgo: 120,
    department: '镇民政办',
    content: '开展高龄津贴年度资格认证',
    legalBasis: '省高龄津贴发放管理办法',
    dueIn: 30,
    ref: ['governmentAssistance', 6],
    decision: ['accepted', '按清单协助办理'],
  },
  {
    daysAgo: 45,
    department: '镇创建办',
    content: '要求各村上报“美丽庭院”创建台账及照片50张',
    legalBasis: '镇创建工作方案',
    dueIn: 7,
    ref: ['burdenReduction', 3],
    decision: ['refused', '属于减负工作事项清单所列创建达标活动，拒绝'],
  },
  {
    daysAgo: 10,
    department: '镇应急管理办',
    content: '汛后地质灾害隐患点复查',
    legalBasis: '《地质灾害防治条例》',
    dueIn: 14,
    ref: ['governmentAssistance', 5],
  },
];

/** A staff actor for a town without a demo official: the system acts for its government. */
function townActor(townId: string): Actor {
  return {
    accountId: '',
    kind: 'staff',
    home: null,
    posts: [],
    staffScopes: [{ level: 'town', id: townId, unit: 'government', departmentId: null }],
  };
}

/**
 * Sends each task to the villages on its day and, where the demo says what the village did,
 * records each village's decision the next day.
 */
async function sendAndDecide(
  ctx: AppContext,
  itemId: (ref: Ref) => string | null,
  act: (daysAgo: number) => StaffAct,
  villageIds: string[],
  tasks: DemoTask[],
  decider: (villageId: string, daysAgo: number) => CommandContext,
): Promise<void> {
  for (const t of tasks) {
    const sentOn = act(t.daysAgo).clock.today();
    await sendTask(act(t.daysAgo), {
      villageIds,
      department: t.department,
      content: t.content,
      legalBasis: t.legalBasis,
      deadline: addDays(sentOn, t.dueIn),
      listItemId: itemId(t.ref),
    });
    if (!t.decision) continue;
    for (const villageId of villageIds) {
      const sent = (await villageTasks(ctx.db, villageId)).find((r) => r.content === t.content);
      await decideTask(decider(villageId, t.daysAgo - 1), sent!.id, {
        decision: t.decision[0],
        reason: t.decision[1],
      });
    }
  }
}

/**
 * The county's lists (version 1, published 200 days ago), the showcase community's tasks from
 * its town — accepted, refused under the burden-reduction list, returned as self-governance,
 * refused as unlisted, and one open — decided by its committee's chair; and a few tasks in the
 * first two villages of every other town, so the county's chart compares towns.
 */
export async function seedShowcaseWorkAdmission(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const countyOfficial = account(accounts, '13800000008');
  const townOfficial = account(accounts, '13800000007');
  const chair = account(accounts, '13800000002');
  const day = (n: number) => addDays(today, -n);
  const staff = (a: DemoAccount): Actor => ({
    accountId: a.id,
    kind: 'staff',
    home: null,
    posts: [],
    staffScopes: [{ ...a.staffScope!, departmentId: null }],
  });
  const countyId = countyOfficial.staffScope!.id;
  const showTown = townOfficial.staffScope!.id;
  await publishLists(
    { ...on(ctx, day(200), '10:00'), actor: staff(countyOfficial), accountId: countyOfficial.id },
    {
      title:
        '关于进一步明确基层群众性自治组织依法自治事项清单、依法协助政府工作事项清单和减负工作事项清单的通知',
      documentNo: '县政办发〔2026〕8号',
      effectiveOn: day(200),
      ...LISTS,
    },
  );
  const version = (await versionsOf(ctx.db, [countyId]))[0]!;
  const items = await itemsOf(ctx.db, [version.id]);
  const itemId = (ref: Ref) =>
    ref ? items.find((i) => i.list === ref[0] && i.seq === ref[1])!.id : null;

  await sendAndDecide(
    ctx,
    itemId,
    (n) => ({
      ...on(ctx, day(n), '09:30'),
      actor: staff(townOfficial),
      accountId: townOfficial.id,
    }),
    [chair.villageId!],
    SHOWCASE,
    (villageId, n) => acting(on(ctx, day(n), '16:00'), villageId, chair),
  );
  const towns = await townsWithVillages(ctx.db, await townIdsOfCounty(ctx.db, countyId));
  for (const [i, town] of towns.entries()) {
    const villageIds = town.villages
      .map((v) => v.id)
      .filter((id) => id !== chair.villageId)
      .slice(0, 2);
    if (villageIds.length === 0) continue;
    const fromTown = (n: number): StaffAct =>
      town.id === showTown
        ? { ...on(ctx, day(n), '09:00'), actor: staff(townOfficial), accountId: townOfficial.id }
        : { ...on(ctx, day(n), '09:00'), actor: townActor(town.id), accountId: null };
    // every other town also sent the burden-list task; some towns only that and the open one
    await sendAndDecide(
      ctx,
      itemId,
      fromTown,
      villageIds,
      i % 2 === 0 ? ELSEWHERE : ELSEWHERE.slice(1),
      (villageId, n) => systemContext(on(ctx, day(n), '16:00'), villageId),
    );
  }
}
