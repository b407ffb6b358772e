import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { orgsOf } from '../features/collective/repository.ts';
import { demoCadres, DemoStory } from './story.ts';

/**
 * The showcase cooperative's council meeting through the real commands (seed 002's 董事会),
 * putting last year's distribution plan to this year's members' assembly
 * (seedCollectiveDistribution holds that assembly). The council is seed 002's nine directors,
 * seated this term, so its page shows the finding that the law asks three to seven (Art. 29).
 * Nothing is seeded without the organisation.
 */
export async function seedShowcaseCollectiveMeetings(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const org = (await orgsOf(ctx.db, cadres.villageId)).find((o) => o.level === 'village');
  if (!org) return;
  const s = new DemoStory(ctx, cadres, today);
  const lastYear = Number(today.slice(0, 4)) - 1;
  const councilOn = s.day(-20);
  await s.hold({
    kind: 'collectiveCouncilMeeting',
    collectiveOrgId: org.id,
    title: `${lastYear}年度收益分配方案（草案）理事会会议`,
    on: councilOn,
    noticeDays: 3,
    turnoutPercent: 89,
    motions: [
      {
        title: `提请成员大会审议${lastYear}年度收益分配方案`,
        body: '按章程先提取公积公益金，支付公益建设资金，其余按股分红，提请成员大会审议。',
        yesPercent: 100,
        noPercent: 0,
      },
    ],
    minutes: '理事会讨论了年度收益分配方案（草案），同意提请成员大会审议。',
  });
}
