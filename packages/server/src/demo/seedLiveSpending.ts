import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { createMatter } from '../features/matters/commands/createMatter.ts';
import { recordManualStep } from '../features/matters/commands/recordManualStep.ts';
import { createSpendingRequest } from '../features/spending/commands/createSpendingRequest.ts';
import { actingAs, type Act, type FinanceCast } from './financeStory.ts';
import { resolutionOnMatter } from './repository.ts';
import { members, proposeHold, signChain, vote, type People } from './seedHoldCase.ts';

interface Live {
  cast: FinanceCast;
  people: People;
  day: (offset: number) => CalendarDate;
  at: (on: CalendarDate, run: () => Promise<void>) => void;
}

/**
 * What the console's 支出审批 page and the town's view show as live today: a request for
 * the old people's room held by the supervision committee (adopted, not referred, not
 * released); the square's design fee waiting for the supervision committee's review; and a
 * ¥12,000 camera replacement — above the two committees' tier, so no request can be handed
 * in for it yet (XWQL-TIER) — opened as a matter whose topic is out, awaiting the
 * representatives' resolution. On the resolutions seedDecisions made.
 */
export async function liveSpendingActs(cast: FinanceCast, today: CalendarDate): Promise<Act[]> {
  const { villageId, story } = cast;
  const db = story.base.db;
  const funds = await resolutionOnMatter(
    db,
    villageId,
    '%公共服务资金使用方案%',
    'villagersDeliberationCouncil',
  );
  const square = await resolutionOnMatter(db, villageId, '%文化广场%', 'representativesMeeting');
  if (!funds || !square)
    throw new Error('demo: the council’s or the square’s resolution (seedDecisions) is missing');
  const acts: Act[] = [];
  const day = (offset: number) => addDays(today, offset);
  const live: Live = {
    cast,
    people: await members(cast, day(-3)),
    day,
    at: (on, run) => acts.push({ on, rank: 3, run }),
  };
  heldRequest(live, funds.id);
  awaitingReview(live, square.id);
  awaitingResolution(live);
  return acts;
}

/** The old people's room equipment, from the public-service fund, held three days ago. */
function heldRequest({ cast, people, day, at }: Live, resolutionId: string) {
  const { committeeChair } = cast;
  const held = { requestId: '' };
  const [proposer, second, third, fourth] = people.supervisors;
  at(day(-8), async () => {
    const { id } = await createSpendingRequest(actingAs(cast, day(-8), committeeChair), {
      purpose: '老年活动室设备购置（按摩椅2台、电视机1台、棋牌桌4张）',
      payee: '锦华家电商场',
      amount: '9,800',
      resolutionId,
      scheduledOn: day(3),
      expenseAccount: '220301',
      on: day(-8),
      handlerId: people.handler,
    });
    held.requestId = id;
  });
  at(day(-7), () =>
    signChain(
      cast,
      held.requestId,
      'townAccountantChecked',
      { checked: day(-7), reviewed: day(-6) },
      people,
    ),
  );
  // tabled on the members' phones; the fourth vote in favour of seven members carries it
  let motionId = '';
  at(day(-3), async () => {
    const hold = await proposeHold(cast, day(-3), '18:00', {
      requestId: held.requestId,
      reason:
        '采购价格明显高于市场价，未经询价比价；居民对采购明细提出异议。建议暂缓支付，重新询价后再议。',
      proposer: proposer!,
      coProposerIds: [second!, third!],
    });
    motionId = hold.motionId;
  });
  at(day(-2), () =>
    vote(cast, day(-2), motionId, [
      [fourth!, 'no'],
      [second!, 'yes'],
      [third!, 'yes'],
      [people.supervisionChair, 'yes'],
    ]),
  );
}

/** The square's design fee under the representatives' resolution: checked and approved, the supervision committee's review next. */
function awaitingReview({ cast, people, day, at }: Live, resolutionId: string) {
  at(day(-5), async () => {
    const { id } = await createSpendingRequest(actingAs(cast, day(-5), cast.committeeChair), {
      purpose: '文化广场改造方案设计费',
      payee: '锦源县城乡规划设计院',
      amount: '12,800',
      resolutionId,
      expenseAccount: '1504',
      on: day(-5),
      handlerId: people.handler,
    });
    await signChain(cast, id, 'chairApproved', { checked: day(-4), reviewed: day(-4) }, people);
  });
}

/** ¥12,000 of cameras: a matter for the representatives ("1+3"), its topic published. */
function awaitingResolution({ cast, day, at }: Live) {
  const cameras = { matterId: '' };
  at(day(-3), async () => {
    const { id } = await createMatter(actingAs(cast, day(-3), cast.committeeChair), {
      title: '更换花乡民居二期监控摄像头',
      description:
        '二期12个监控摄像头老化失效，拟更换，预算12,000.00元，超过两委议定权限，须经居民代表会议决议。',
      budget: '12000',
      category: 'majorMatter',
      workflow: 'onePlusThree',
    });
    cameras.matterId = id;
  });
  at(day(-2), async () => {
    await recordManualStep(actingAs(cast, day(-2), cast.committeeChair), {
      matterId: cameras.matterId,
      kind: 'topicPublished',
      on: day(-2),
      notice: {
        title: '关于更换花乡民居二期监控摄像头的议题公示',
        body: '社区居委会拟更换花乡民居二期老化失效的监控摄像头12个，预算12,000.00元，现将议题予以公示，征求居民意见。',
      },
    });
  });
}
