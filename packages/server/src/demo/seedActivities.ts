import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays, quarterOf } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { recordActivity, saveUnit } from '../features/activities/commands/register.ts';
import {
  nominate,
  openSelection,
  publishSelection,
  recordVote,
  reviewSelection,
} from '../features/activities/commands/selection.ts';
import {
  householdOfPerson,
  listNominations,
  representativesOn,
} from '../features/activities/repository.ts';
import { eldersWithoutAccount } from '../features/services/queries.ts';
import { demoCadres, DemoStory } from './story.ts';

/**
 * The showcase community's 一领四微 (seed 004), made through the real commands: the 邻里百家 venue
 * run by the elders' association, a haircut service, two activities of the last weeks, and last
 * quarter's 最美庭院 — three households nominated by the association, voted by the representatives
 * at their meeting, reviewed by the two committees and published on the 百家明星 roll.
 */
export async function seedShowcaseActivities(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const day = (n: number) => addDays(today, n);
  const cadre = (d: CalendarDate) => s.acting(d, cadres.partySecretary);
  const org = await saveUnit(cadre(day(-120)), null, {
    kind: 'organization',
    name: '老年协会',
    description: '社区老年人自治组织，组织文体活动和互助服务',
  });
  const venue = await saveUnit(cadre(day(-120)), null, {
    kind: 'venue',
    name: '邻里百家',
    place: '社区活动中心一楼',
    organizationId: org.id,
  });
  await saveUnit(cadre(day(-119)), null, {
    kind: 'service',
    name: '义务理发',
    place: '每月第一个周六，邻里百家',
    organizationId: org.id,
  });
  for (const [n, title, people] of [
    [-20, '共唱一首歌、共吃一顿饭：十一月集体生日会', 46],
    [-6, '“振兴百家”讲师团：冬季大棚蔬菜管护讲座', 31],
  ] as const)
    await recordActivity(cadre(day(n)), {
      title,
      heldOn: day(n),
      venueId: venue.id,
      organizerId: org.id,
      participants: people,
    });
  await lastQuartersCourtyard(s, cadres.villageId, today, org.id);
}

/** Last quarter's 最美庭院 from three nominations to the published roll. */
async function lastQuartersCourtyard(
  s: DemoStory,
  villageId: string,
  today: CalendarDate,
  orgId: string,
) {
  const cadres = s.cadres;
  const last = quarterOf(addDays(quarterOf(today).startsOn, -1));
  const d = (n: number) => addDays(last.startsOn, n);
  const cadre = (day: CalendarDate) => s.acting(day, cadres.partySecretary);
  const selectionId = await openSelection(cadre(d(60)), {
    category: 'courtyard',
    year: last.year,
    quarter: last.quarter,
    quota: 2,
  });
  const households = await eldersWithoutAccount(s.base.db, villageId, 3);
  const reasons = ['房前屋后种满花草，庭院整洁', '菜园有序，院坝干净', '自家院子改作邻里歇脚处'];
  for (const [i, h] of households.entries()) {
    const householdId = await householdOfPerson(s.base.db, villageId, h.person_id);
    if (!householdId) continue;
    await nominate(
      cadre(d(62)),
      selectionId,
      { householdId, source: 'organization', byUnitId: orgId, reason: reasons[i] ?? '' },
      true,
    );
  }
  const { meetingId } = await s.hold({
    kind: 'representativesMeeting',
    title: '居民代表会议：评选本季度“最美庭院”',
    on: d(75),
    noticeDays: 5,
    turnoutPercent: 82,
    motions: [
      {
        title: '“最美庭院”推荐对象逐户投票',
        body: '老年协会推荐三户，名额两户。',
        yesPercent: 90,
        noPercent: 0,
      },
    ],
    minutes: '会议对老年协会推荐的三户逐户投票，计票结果当场公布。',
  });
  const nominations = await listNominations(s.base.db, villageId, [selectionId]);
  // as many as signed the meeting's sheet (82%); the first two carry, the third does not
  const present = Math.ceil(((await representativesOn(s.base.db, villageId, d(75))) * 82) / 100);
  await recordVote(cadre(d(75)), selectionId, {
    meetingId,
    present,
    votes: nominations.map((n, i) => ({
      nominationId: n.id,
      yes: Math.floor((present * ([90, 75, 40][i] ?? 0)) / 100),
    })),
  });
  const elected = (await listNominations(s.base.db, villageId, [selectionId])).filter(
    (n) => n.outcome === 'elected',
  );
  const resolutionId = await confirmedAtTheJointMeeting(s, d(80));
  await reviewSelection(cadre(d(80)), selectionId, {
    resolutionId,
    decisions: elected.map((n) => ({ nominationId: n.id, confirm: true })),
  });
  await publishSelection(cadre(d(82)), selectionId);
}

/** The two committees' joint meeting that confirms the winners (村"两委"复审): its resolution. */
async function confirmedAtTheJointMeeting(s: DemoStory, on: CalendarDate): Promise<string> {
  const { results } = await s.hold({
    kind: 'twoCommitteesJointMeeting',
    title: '社区两委联席会议：复审本季度“最美庭院”',
    on,
    noticeDays: 1,
    turnoutPercent: 100,
    motions: [
      {
        title: '确认本季度“最美庭院”当选户',
        body: '居民代表会议投票当选的两户，经实地查看，予以确认。',
        yesPercent: 100,
        noPercent: 0,
      },
    ],
    minutes: '会议复审居民代表会议投票结果，确认当选户，同意公示。',
  });
  const id = results[0]?.resolution?.id;
  if (!id) throw new Error('the joint meeting adopted no resolution');
  return id;
}
