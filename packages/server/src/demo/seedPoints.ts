import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { checkAward, proposeAward, type ProposeInput } from '../features/points/commands/awards.ts';
import { decidePointsContest, lodgeContest } from '../features/points/commands/contest.ts';
import { publishNotice } from '../features/points/commands/notice.ts';
import { adoptSchemeVersion, draftScheme } from '../features/points/commands/scheme.ts';
import { householdOptions, recentActivities } from '../features/points/queries.ts';
import { findSchemes, findItems } from '../features/points/repository.ts';
import { areCloseRelatives } from '@cunzhi/core/registry/kinship';
import { loadKinNeighbourhood } from '../features/registry/queries/kinGraph.ts';
import { account } from './seedComplaints.ts';
import { demoCadres, DemoStory } from './story.ts';

const SCHEME = {
  title: '社区居民积分制管理办法',
  partOfVillageRules: false,
  personRollsIntoHousehold: true,
  publicityDays: 5,
  publicityUnit: 'working' as const,
  reviewerBody: 'villageAffairsSupervisionCommittee' as const,
  contestBody: 'representativesMeeting' as const,
  items: [
    {
      name: '参加志愿服务',
      description: '参加社区组织的志愿服务活动，每次计分',
      points: 5,
      evidenceRequired: true,
      capPoints: 20,
      capPeriod: 'month' as const,
      beneficiary: 'household' as const,
    },
    {
      name: '庭院整洁、门前三包',
      points: 3,
      evidenceRequired: false,
      beneficiary: 'household' as const,
    },
    { name: '孝老爱亲', points: 10, evidenceRequired: false, beneficiary: 'person' as const },
    {
      name: '垃圾分类不到位',
      points: -2,
      evidenceRequired: false,
      beneficiary: 'household' as const,
    },
  ],
};

/**
 * The showcase community's 积分制 (seeds 003 and 004), made through the real commands: the scheme
 * drafted and adopted by the representatives three months ago; a batch of awards six weeks ago —
 * volunteering cited by the 一领四微 activities it was done at, tidy courtyards, a deduction —
 * checked by the supervision committee's chair, published and counted, one contested on paper and
 * dismissed; and this week's batch in publicity, the demo resident's household among it, so her
 * phone shows a line she may still contest.
 */
export async function seedShowcasePoints(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const day = (n: number) => addDays(today, n);
  const chair = (n: number) => s.acting(day(n), cadres.committeeChair);
  const checker = (n: number) => s.acting(day(n), cadres.supervisionChair);
  const { results } = await s.hold({
    kind: 'representativesMeeting',
    title: `居民代表会议：${SCHEME.title}`,
    on: day(-90),
    noticeDays: 5,
    turnoutPercent: 85,
    motions: [
      {
        title: `通过《${SCHEME.title}》`,
        body: '积分事项、分值和公示办法见附件。',
        yesPercent: 92,
        noPercent: 2,
      },
    ],
    minutes: `会议审议《${SCHEME.title}》，经表决通过，由监督委员会审核积分，异议由居民代表会议处理。`,
  });
  const { id: schemeId } = await draftScheme(chair(-95), SCHEME);
  await adoptSchemeVersion(chair(-89), schemeId, { resolutionId: results[0]!.resolution!.id });
  const items = await findItems(ctx.db, cadres.villageId, [schemeId]);
  const item = (name: string) => items.find((i) => i.name === name)!.id;
  // the checker stands aside from his own household and his close relatives' (the scheme's rule)
  const sup = cadres.supervisionChair.personId;
  const { graph } = await loadKinNeighbourhood(ctx.db, cadres.villageId, [sup]);
  const households = (await householdOptions(ctx.db, cadres.villageId)).filter(
    (h) => !h.members.some((m) => m.id === sup || areCloseRelatives(graph, sup, m.id)),
  );
  const resident = account(accounts, '13800000006');
  const activities = await recentActivities(ctx.db, cadres.villageId);
  const award = async (n: number, input: Omit<ProposeInput, 'proposerRole'>) => {
    const { id } = await proposeAward(chair(n), { ...input, proposerRole: 'cadre' });
    await checkAward(checker(n + 1), id, { action: 'check' });
    return id;
  };
  const volunteered = (n: number, householdId: string, a = activities[0]) =>
    award(n, {
      itemId: item('参加志愿服务'),
      householdId,
      facts: a ? `参加“${a.title}”志愿服务` : '参加社区环境整治志愿服务',
      occurredOn: day(n - 1),
      ...(a ? { evidenceRecordKind: 'microActivity', evidenceRecordId: a.id } : {}),
    });
  for (const h of households.slice(0, 6)) await volunteered(-44, h.id);
  for (const h of households.slice(2, 5))
    await award(-44, {
      itemId: item('庭院整洁、门前三包'),
      householdId: h.id,
      facts: '季度庭院检查整洁',
      occurredOn: day(-46),
    });
  const deducted = await award(-44, {
    itemId: item('垃圾分类不到位'),
    householdId: households[6]!.id,
    facts: '网格员三次上门提醒后仍混投',
    occurredOn: day(-47),
  });
  await publishNotice(chair(-42));
  await contested(chair, households[6]!.members[0]!.id, deducted);
  const home = households.find((h) => h.members.some((m) => m.id === resident.personId));
  if (home) await volunteered(-4, home.id, activities[1] ?? activities[0]);
  await award(-4, {
    itemId: item('孝老爱亲'),
    householdId: households[1]!.id,
    personId: households[1]!.members[0]!.id,
    facts: '长期照顾卧床的婆婆',
    occurredOn: day(-6),
  });
  await publishNotice(chair(-2));
  if ((await findSchemes(ctx.db, cadres.villageId)).length !== 1)
    throw new Error('one scheme version expected');
}

/** A paper contest of the deduction, handed in two days into publicity, dismissed by the representatives. */
async function contested(
  chair: (n: number) => CommandContext,
  personId: string,
  awardId: string,
): Promise<void> {
  const { id } = await lodgeContest(chair(-40), {
    awardId,
    grounds: '垃圾是邻居放在我家门口的',
    lodgedByPersonId: personId,
    channel: 'paper',
  });
  await decidePointsContest(chair(-33), id, {
    outcome: 'dismissed',
    reason: '经居民代表会议核实，网格员三次上门均有记录照片，维持扣分',
  });
}
