import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { proposeListing } from '../features/moralList/commands/propose.ts';
import { adoptRules } from '../features/moralList/commands/rules.ts';
import { stepListing } from '../features/moralList/commands/step.ts';
import { eldersWithoutAccount } from '../features/services/queries.ts';
import { account, acting, on } from './seedComplaints.ts';
import { demoCadres, DemoStory } from './story.ts';

/** One motion adopted at a representatives' meeting: its resolution's id. */
async function adoptedAt(s: DemoStory, day: CalendarDate, title: string, body: string) {
  const { results } = await s.hold({
    kind: 'representativesMeeting',
    title: `居民代表会议：${title}`,
    on: day,
    noticeDays: 5,
    turnoutPercent: 85,
    motions: [{ title, body, yesPercent: 90, noPercent: 3 }],
    minutes: `会议审议${title}，经表决通过。`,
  });
  const id = results[0]?.resolution?.id;
  if (!id) throw new Error('the representatives adopted no resolution');
  return id;
}

/**
 * The showcase community's 道德红黑榜 (seed 004), made through the real commands: the board's rules
 * adopted by the representatives two months ago (they decide listings themselves); a red listing
 * of the demo resident, told, answered on her phone and listed by the representatives' resolution;
 * and a black listing proposed last week, the person told on paper and the answer period running.
 */
export async function seedShowcaseMoralList(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const cadre = (day: CalendarDate) => s.acting(day, cadres.committeeChair);
  const day = (n: number) => addDays(today, n);
  const rulesId = await adoptedAt(
    s,
    day(-60),
    '社区道德红黑榜评议办法',
    '红黑榜由居民代表会议表决决定；红榜在榜12个月，黑榜6个月；被评议人有7日陈述期。',
  );
  await adoptRules(cadre(day(-59)), {
    decidingBody: 'representativesMeeting',
    redMonths: 12,
    blackMonths: 6,
    answerDays: 7,
    consequences: '在社区公示栏和居民微信群公布姓名和事实；不另作任何处罚。',
    resolutionId: rulesId,
  });
  const villager = account(accounts, '13800000006');
  if (!villager.personId) throw new Error('the demo resident has no person');
  const red = await proposeListing(cadre(day(-50)), {
    kind: 'red',
    personId: villager.personId,
    facts: '照顾瘫痪在床的婆婆十年如一日，邻里称道。',
  });
  await stepListing(cadre(day(-50)), red.id, { action: 'notify', channel: 'phone' }, 'recorder');
  const own = acting(on(ctx, day(-49), '20:10'), cadres.villageId, villager);
  await stepListing(
    own,
    red.id,
    { action: 'answer', answer: '都是应该做的，谢谢大家。' },
    'subject',
  );
  const listedBy = await adoptedAt(
    s,
    day(-30),
    '同意列入道德红榜',
    `红榜〔${red.year}〕第${red.number}号。`,
  );
  await stepListing(
    cadre(day(-30)),
    red.id,
    { action: 'list', resolutionId: listedBy },
    'recorder',
  );
  const [other] = await eldersWithoutAccount(ctx.db, cadres.villageId, 1);
  if (!other) return;
  const black = await proposeListing(cadre(day(-4)), {
    kind: 'black',
    personId: other.person_id,
    facts: '多次将建筑垃圾倾倒在小区河道旁，经网格员三次劝阻仍未清理。',
  });
  await stepListing(cadre(day(-3)), black.id, { action: 'notify', channel: 'paper' }, 'recorder');
}
