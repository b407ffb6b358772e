import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { RulesActor } from '@cunzhi/core/villageRules/procedure';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { addOpinion, saveClauses, startVersion } from '../features/villageRules/commands/draft.ts';
import { raiseFlag } from '../features/villageRules/commands/flags.ts';
import { stepVersion, type RulesStep } from '../features/villageRules/commands/step.ts';
import { findVersion } from '../features/villageRules/repository.ts';
import { account, acting, on } from './seedComplaints.ts';
import { demoCadres, DemoStory } from './story.ts';

/** The community's rules as the residents' assembly adopted them (the 2018 guidance's subjects). */
const RULES = [
  '爱党爱国，遵守宪法和法律法规，维护社区和谐稳定。',
  '爱护公共设施和绿化，不乱搭乱建、不乱堆乱放，垃圾分类投放。',
  '红白喜事从简办理，不大操大办，反对高额彩礼、薄养厚葬和攀比炫富。',
  '尊老爱幼，子女应当履行赡养义务，反对家庭暴力。',
  '男女平等，出嫁、离婚、丧偶的妇女与其他居民同等享有各项权益。',
  '邻里有了矛盾先协商，协商不成的请人民调解委员会调解。',
  '违反本规约的，由居民委员会批评教育、劝导改正；违反法律的，报有关部门依法处理。',
];
/** The first draft's clause the content check flags: dividends taken from women married out. */
const FLAGGED = '外嫁女户口未迁出的，不再参与集体收益分配。';

/**
 * The showcase community's village rules (村规民约), made through the real commands: the rules in
 * force — opinions collected, a first draft whose clause on women married out the content check
 * flagged and the town returned, amended, passed, adopted by the residents' assembly (women
 * present), filed and published — and an amendment on its way: opinions in, a clause on fireworks
 * added, sent to the town, which flagged a clause and has it under review.
 */
export async function seedShowcaseVillageRules(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const town = account(accounts, '13800000007');
  const villageId = cadres.villageId;
  const day = (n: number) => addDays(today, -n);
  const cadre = (d: CalendarDate) => s.acting(d, cadres.partySecretary);
  const official = (d: CalendarDate): CommandContext =>
    acting(on(ctx, d, '10:00'), villageId, town);
  // each step on the revision it finds, as the console sends the one it shows
  const step = async (cmd: CommandContext, id: string, by: RulesActor, next: RulesStep) => {
    const v = await findVersion(ctx.db, villageId, id);
    await stepVersion(cmd, { versionId: id, roles: [by], revision: v!.revision, step: next });
  };
  const save = async (cmd: CommandContext, id: string, clauses: string[]) => {
    const v = await findVersion(ctx.db, villageId, id);
    await saveClauses(cmd, id, { clauses, revision: v!.revision });
  };

  // the rules in force
  const first = (await startVersion(cadre(day(160)), { title: '居民公约', opinionsFrom: day(160) }))
    .id;
  await addOpinion(cadre(day(155)), first, {
    channel: 'meeting',
    fromName: '第三居民小组',
    content: '红白喜事攀比严重，希望写明从简办理。',
  });
  await addOpinion(cadre(day(150)), first, {
    channel: 'box',
    content: '建议把邻里纠纷先调解写进去。',
  });
  await step(cadre(day(140)), first, 'committee', { action: 'draft' });
  await save(cadre(day(140)), first, [...RULES.slice(0, 4), FLAGGED, ...RULES.slice(5)]);
  await step(cadre(day(135)), first, 'committee', { action: 'submit' });
  await step(official(day(128)), first, 'township', {
    action: 'return',
    reason: '第五条以户口迁出与否限制出嫁妇女的收益分配，违反妇女权益保障法，请修改后重新报审。',
  });
  await save(cadre(day(125)), first, RULES);
  await step(cadre(day(124)), first, 'committee', { action: 'submit' });
  await step(official(day(118)), first, 'township', {
    action: 'pass',
    note: '经审核，同意提交居民会议表决。',
  });
  const resolutionId = await adoptAtTheAssembly(s, day(110));
  await step(cadre(day(110)), first, 'committee', { action: 'adopt', resolutionId });
  await step(cadre(day(105)), first, 'committee', { action: 'file' });
  await step(cadre(day(104)), first, 'committee', { action: 'publish' });

  // the amendment on its way
  const second = (await startVersion(cadre(day(30)), { opinionsFrom: day(30) })).id;
  await addOpinion(cadre(day(26)), second, {
    channel: 'visit',
    fromName: '网格员走访',
    content: '春节燃放烟花爆竹影响老人休息，建议限定时段。',
  });
  await step(cadre(day(20)), second, 'committee', { action: 'draft' });
  await save(cadre(day(20)), second, [
    ...RULES.slice(0, 2),
    '春节期间燃放烟花爆竹限于除夕至正月初五的早七时至晚十时，禁止在楼道和绿地燃放。',
    ...RULES.slice(2),
  ]);
  await step(cadre(day(15)), second, 'committee', { action: 'submit' });
  await raiseFlag(official(day(10)), second, {
    clauseNumber: 3,
    note: '燃放时段须与县政府的燃放管理规定一致，请核对后说明。',
  });
}

/** The residents' assembly that adopts the rules: one resolution. */
async function adoptAtTheAssembly(s: DemoStory, on: CalendarDate): Promise<string> {
  const { results } = await s.hold({
    kind: 'villagersAssembly',
    title: '居民会议：表决《居民公约》',
    on,
    noticeDays: 10,
    turnoutPercent: 70,
    motions: [
      {
        title: '通过《居民公约》',
        body: '经征求意见、镇人民政府审核的《居民公约》共七条。',
        yesPercent: 92,
        noPercent: 3,
      },
    ],
    minutes: '会议逐条宣读公约草案，到会居民讨论后举手表决通过。',
  });
  const r = results[0]?.resolution;
  if (!r) throw new Error('the assembly adopted no resolution');
  return r.id;
}
