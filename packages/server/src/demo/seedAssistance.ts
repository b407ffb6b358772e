import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import { attachmentTransaction } from '../platform/attachments/attach.ts';
import type { AppContext } from '../platform/http/context.ts';
import { assistCheckIn, assistServiceOrder } from '../features/assistance/commands/acts.ts';
import { agentOf } from '../features/assistance/commands/agent.ts';
import { recordConsent } from '../features/assistance/commands/consent.ts';
import { CONSENT_FORM_KIND } from '../features/assistance/repository.ts';
import { conveneMeeting } from '../features/meetings/commands/conveneMeeting.ts';
import { openMeeting } from '../features/meetings/commands/openMeeting.ts';
import { recordSheet } from '../features/meetings/commands/recordSheet.ts';
import { loadVoters } from '../features/meetings/queries/presence.ts';
import { signReconciliation } from '../features/reconciliation/commands/sign.ts';
import { eldersWithoutAccount } from '../features/services/queries.ts';
import { findItems } from '../features/services/repository.ts';
import { demoEvidencePng } from './evidencePhoto.ts';
import { demoCadres, DemoStory } from './story.ts';

/**
 * 代办 in the showcase community (seed 001's elderly who are not online): today's residents'
 * meeting is taking check-ins; an elderly resident without a phone account signed a paper
 * consent last week (photographed at the station), under which the committee chair ordered her
 * 高龄津贴 and checked her in this morning; a dozen neighbours signed the paper sheet, and the
 * supervision chair signed the reconciliation of the two.
 */
export async function seedShowcaseAssistance(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const { villageId, committeeChair: chair } = cadres;
  // the fourth eldest without an account: the station's counter orders took the first three
  const elder = (await eldersWithoutAccount(ctx.db, villageId, 4))[3];
  if (!elder) return;
  const s = new DemoStory(ctx, cadres, today);
  const chairOn = (day: CalendarDate, time: string) => {
    const cmd = s.acting(day, chair, time);
    return { cmd, agent: agentOf(cmd, true) };
  };
  const signed = chairOn(s.day(-6), '10:00');
  const consent = await recordConsent(signed.cmd, signed.agent, {
    personId: elder.person_id,
    agentKind: 'cadres',
    acts: ['checkIn', 'serviceOrder'],
    endsOn: addDays(today, 180),
    evidence: 'paper',
  });
  await attachmentTransaction(signed.cmd, (_tx, attach) =>
    attach({ kind: CONSENT_FORM_KIND, id: consent.id }, [
      { name: `${elder.name}-代办授权书.png`, bytes: demoEvidencePng() },
    ]),
  );
  const item = (await findItems(ctx.db, villageId)).find((i) => i.name === '高龄津贴申领');
  if (item) {
    const ordered = chairOn(s.day(-5), '15:00');
    await assistServiceOrder(ordered.cmd, ordered.agent, {
      personId: elder.person_id,
      itemId: item.id,
      details: '本人行动不便，经签字授权由居委会主任代为点单',
    });
  }
  await todaysMeeting(s, elder.person_id);
}

/** Today's residents' meeting, open for check-in: the elder by 代办, a paper sheet, the report signed. */
async function todaysMeeting(s: DemoStory, elderId: string) {
  const { villageId, committeeChair: chair, supervisionChair } = s.cadres;
  const noticeOn = s.day(-10);
  const { id: meetingId } = await conveneMeeting(s.acting(noticeOn, chair), {
    kind: 'villagersAssembly',
    title: '社区居民会议：审议居民公约修订',
    meetingOn: s.today,
    startsAt: '09:00',
    place: '社区文化广场',
    noticeOn,
    agenda: '1. 审议居民公约修订稿',
  });
  await s.approveAgenda(meetingId, noticeOn);
  const door = s.acting(s.today, chair, '08:50');
  await openMeeting(door, { meetingId });
  await assistCheckIn(door, agentOf(door, true), { personId: elderId, meetingId });
  const due = await loadVoters(s.base.db, villageId, {
    id: meetingId,
    kind: 'villagersAssembly',
    meetingOn: s.today,
    villagerGroupId: null,
    collectiveOrgId: null,
  });
  const sheet = due.filter((v) => v.personId !== elderId).slice(0, 12);
  await recordSheet(s.acting(s.today, chair, '09:10'), {
    meetingId,
    personIds: sheet.map((v) => v.personId),
    capacity: 'member',
  });
  await signReconciliation(s.acting(s.today, supervisionChair, '09:30'), meetingId);
}
