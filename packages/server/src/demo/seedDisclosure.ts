import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { quarterOf } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../platform/http/context.ts';
import { publishAffairsNotice } from '../features/disclosure/commands/publishAffairsNotice.ts';
import { recordBoardPosting } from '../features/disclosure/commands/recordBoardPosting.ts';
import { askQuestion } from '../features/disclosure/commands/askQuestion.ts';
import { answerQuestion } from '../features/disclosure/commands/answerQuestion.ts';
import { DemoStory } from './story.ts';

/** A 1×1 PNG standing for the clerk's photo of the board (the demo ships no pictures). */
const BOARD_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The showcase community's 三务公开 of this quarter, made through the real commands on the
 * first working day of the quarter's disclosure (today in the demo): the committee's 村务公开
 * and the Party branch's 党务公开, each put up on the notice board with the clerk's photo; a
 * resident's question on the village affairs, answered by the committee, and an objection
 * still waiting. Earlier quarters stay as the calendar finds them.
 */
export async function seedShowcaseDisclosure(
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
  const chair = holder('committeeChair');
  const resident = holder('villager');
  const s = new DemoStory(
    ctx,
    {
      villageId: secretary.villageId,
      partySecretary: secretary,
      committeeChair: chair,
      supervisionChair: holder('supervisionChair'),
    },
    today,
  );
  const { year, quarter } = quarterOf(today);
  const period = `${year}年第${['一', '二', '三', '四'][quarter - 1] ?? quarter}季度`;
  // late in the day: after the decisions' acts of today on the chain
  const village = await publishAffairsNotice(s.acting(today, chair, '16:00'), {
    kind: 'villageAffairs',
    title: `${period}居务公开`,
    body: [
      '一、公共服务资金使用：小区路灯维修、老年活动室设备和环境卫生三项按协商议事会决定实施。',
      '二、低保、临时救助：本季度新增低保 2 户，临时救助 5 人次，名单见公开栏附表。',
      '三、协助政府工作：完成城乡居民医保集中参保登记。',
    ].join('\n'),
    publishedOn: today,
  });
  await recordBoardPosting(s.acting(today, chair, '16:30'), {
    noticeId: village.id,
    postedOn: today,
    place: '社区活动中心居务公开栏',
    photo: BOARD_PHOTO,
  });
  const party = await publishAffairsNotice(s.acting(today, secretary, '16:40'), {
    kind: 'partyAffairs',
    title: `${period}党务公开`,
    body: '一、党员发展：确定入党积极分子 2 名。\n二、党费收缴：本季度党费已全部收缴。\n三、主题党日：每月 15 日在社区活动中心开展。',
    publishedOn: today,
  });
  await recordBoardPosting(s.acting(today, chair, '16:50'), {
    noticeId: party.id,
    postedOn: today,
    place: '社区活动中心党务公开栏',
    photo: BOARD_PHOTO,
  });
  const resident17 = s.acting(today, resident, '17:30');
  const asked = await askQuestion(resident17, {
    noticeId: village.id,
    kind: 'question',
    text: '临时救助的申请条件是什么？到哪里申请？',
  });
  await askQuestion(resident17, {
    noticeId: village.id,
    kind: 'objection',
    text: '老年活动室设备的采购价格请公开明细。',
  });
  await answerQuestion(s.acting(today, chair, '18:00'), {
    questionId: asked.id,
    answer:
      '因病、因灾等造成基本生活暂时困难的家庭可以申请，请带身份证和相关证明到社区政务服务站民政窗口办理。',
  });
}
