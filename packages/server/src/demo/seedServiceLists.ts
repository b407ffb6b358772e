import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ProjectActor } from '@cunzhi/core/serviceLists/projects';
import { addDays } from '@cunzhi/core/rules/dayCount';
import {
  previousQuarter,
  quarterContaining,
  quarterStart,
  type Quarter,
} from '@cunzhi/core/serviceLists/quarters';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { addNeed, type NeedInput } from '../features/serviceLists/commands/addNeed.ts';
import { addResource, type ResourceInput } from '../features/serviceLists/commands/addResource.ts';
import {
  designProject,
  type DesignInput,
} from '../features/serviceLists/commands/designProject.ts';
import { publishLists } from '../features/serviceLists/commands/publishLists.ts';
import { stepProject, type ProjectStep } from '../features/serviceLists/commands/stepProject.ts';
import { needCandidates } from '../features/serviceLists/queries.ts';
import {
  findProject,
  findQuarter,
  listNeeds,
  listResources,
} from '../features/serviceLists/repository.ts';
import { account, acting, on } from './seedComplaints.ts';
import { demoCadres, DemoStory } from './story.ts';

type Resource = Omit<ResourceInput, 'year' | 'quarter'>;

/** What the community can draw on each quarter: its 微阵地, volunteers, the 孵化基金, a donor. */
const RESOURCES: Resource[] = [
  { kind: 'venue', name: '邻里百家微阵地', detail: '社区活动中心一楼，可容纳40人，配有厨房' },
  { kind: 'people', name: '党员志愿服务队', detail: '党员和积极分子23人，每周可排班两次' },
  { kind: 'fund', name: '社会组织孵化基金', detail: '镇村筹集', amount: '50,000' },
  { kind: 'donor', name: '乡贤捐赠', detail: '本社区在外企业家捐赠', amount: '20,000' },
];

/**
 * The showcase community's three lists (seed 004), made through the real commands: last
 * quarter's lists published on time, two projects designed for them and reviewed by the joint
 * meeting's resolutions — 老年助餐 filed by the town, run and its result published, 周末课堂
 * returned by the town with its reason — and this quarter's needs, drawn from the station's
 * requests and the 民情 of the last two quarters, listed but not yet published.
 */
export async function seedShowcaseServiceLists(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const town = account(accounts, '13800000007');
  const villageId = cadres.villageId;
  const cadre = (day: CalendarDate) => s.acting(day, cadres.partySecretary);
  const official = (day: CalendarDate): CommandContext =>
    acting(on(ctx, day, '10:00'), villageId, town);

  const last = previousQuarter(quarterContaining(today));
  const ls = quarterStart(last);
  const day = (n: number) => addDays(ls, n);
  await listQuarter(cadre(day(3)), last, [
    { summary: '独居和高龄老人做饭难，希望有人送餐或集中用餐', source: 'villagersSay' },
    { summary: '暑假和周末留守儿童无人看护、作业无人辅导', source: 'villagersSay' },
  ]);
  await publishLists(cadre(day(5)), { ...last, publishedOn: day(5) });

  const lunch = await design(cadre(day(12)), last, {
    title: '老年助餐服务',
    designerKind: 'socialOrganisation',
    designerName: '百家社工服务中心',
    needNumbers: [1],
    resourceNumbers: [1, 2, 3],
    targets:
      '在邻里百家微阵地开设老年食堂，每周一至周五供应午餐；为行动不便的独居老人每周送餐三次。',
    budget: '18,000',
    designedOn: day(12),
  });
  const classes = await design(cadre(day(12)), last, {
    title: '留守儿童周末课堂',
    designerKind: 'villagerGroup',
    designerName: '巾帼志愿服务队',
    needNumbers: [2],
    resourceNumbers: [1, 2, 4],
    targets: '每周六上午在微阵地开设作业辅导和阅读课，暑假每周三次。',
    budget: '6,000',
    designedOn: day(12),
  });
  const resolutionIds = await reviewAtTheJointMeeting(s, day(15));
  // each step on the version it finds, as the console sends the one it shows
  const step = async (cmd: CommandContext, id: string, by: ProjectActor, next: ProjectStep) => {
    const p = await findProject(ctx.db, villageId, id);
    await stepProject(cmd, { projectId: id, roles: [by], version: p!.version, step: next });
  };
  for (const [i, id] of [lunch, classes].entries()) {
    const resolutionId = resolutionIds[i]!;
    await step(cadre(day(16)), id, 'committees', { action: 'review', resolutionId });
    await step(cadre(day(16)), id, 'committees', { action: 'declare' });
  }
  await step(official(day(20)), lunch, 'town', {
    action: 'file',
    evaluation: '需求来自村民说事，资源落实，预算合理，同意备案。',
  });
  await step(official(day(20)), classes, 'town', {
    action: 'return',
    reason: '未写明辅导老师的来源和安全责任人，请补充后重新审议申报。',
  });
  await step(cadre(day(25)), lunch, 'committees', { action: 'start' });
  await step(cadre(day(85)), lunch, 'committees', {
    action: 'complete',
    result: '老年食堂开餐55天，供餐1,320人次；为9位独居老人送餐390次；满意度调查满意率96%。',
  });

  // this quarter: what the records say, listed; publication is the committees' next step
  const now = quarterContaining(today);
  const drawn = await needCandidates(ctx, villageId, now);
  await listQuarter(cadre(today), now, [
    ...drawn.slice(0, 3).map((c) => ({
      // as a cadre words it on the list: what the records are about, and how many
      summary: c.label
        ? `${c.label}方面的诉求较集中（近两季度${c.sourceName.zh}${c.count}件），需统筹解决`
        : `网格走访中了解到的困难和诉求（近两季度走访${c.count}次）`,
      source: c.source,
      sourceLabel: c.label,
      recordCount: c.count,
    })),
    { summary: '冬季老人取暖和用电安全检查', source: 'villagersSay' as const },
  ]);
}

/** The two committees' joint meeting that reviews both designs: one resolution each. */
async function reviewAtTheJointMeeting(s: DemoStory, on: CalendarDate): Promise<string[]> {
  const { results } = await s.hold({
    kind: 'twoCommitteesJointMeeting',
    title: '社区两委联席会议：审议本季度服务项目',
    on,
    noticeDays: 1,
    turnoutPercent: 100,
    motions: [
      {
        title: '同意申报“老年助餐服务”项目',
        body: '百家社工服务中心设计，预算1.8万元，使用孵化基金。',
        yesPercent: 100,
        noPercent: 0,
      },
      {
        title: '同意申报“留守儿童周末课堂”项目',
        body: '巾帼志愿服务队设计，预算6000元，使用乡贤捐赠。',
        yesPercent: 100,
        noPercent: 0,
      },
    ],
    minutes: '会议审议社工服务中心和巾帼志愿服务队设计的两个服务项目，同意申报镇党委评估备案。',
  });
  return results.map((r) => {
    if (!r.resolution) throw new Error('the joint meeting adopted no resolution');
    return r.resolution.id;
  });
}

/** A quarter's needs and the community's resources, listed in order. */
async function listQuarter(
  cmd: CommandContext,
  q: Quarter,
  needs: Array<Omit<NeedInput, 'year' | 'quarter'>>,
) {
  for (const n of needs) await addNeed(cmd, { ...q, ...n });
  for (const r of RESOURCES) await addResource(cmd, { ...q, ...r });
}

/** A design, naming needs and resources by their numbers on the quarter's lists. */
async function design(
  cmd: CommandContext,
  q: Quarter,
  d: Omit<DesignInput, 'year' | 'quarter' | 'needIds' | 'resourceIds'> & {
    needNumbers: number[];
    resourceNumbers: number[];
  },
): Promise<string> {
  const quarter = (await findQuarter(cmd.db, cmd.villageId, q))!;
  const byNumber = (rows: Array<{ id: string; number: number }>) =>
    new Map(rows.map((r) => [r.number, r.id]));
  const needs = byNumber(await listNeeds(cmd.db, cmd.villageId, quarter.id));
  const resources = byNumber(await listResources(cmd.db, cmd.villageId, quarter.id));
  const { needNumbers, resourceNumbers, ...rest } = d;
  const p = await designProject(cmd, {
    ...q,
    ...rest,
    needIds: needNumbers.map((n) => needs.get(n)!),
    resourceIds: resourceNumbers.map((n) => resources.get(n)!),
  });
  return p.id;
}
