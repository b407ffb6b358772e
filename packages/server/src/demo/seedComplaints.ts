import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import { systemContext, type CommandContext } from '../platform/command.ts';
import { fixedClock } from '../platform/clock.ts';
import type { AppContext } from '../platform/http/context.ts';
import { answerComplaint } from '../features/complaints/commands/answerComplaint.ts';
import { fileOwnComplaint } from '../features/complaints/commands/fileOwnComplaint.ts';
import { recordComplaint } from '../features/complaints/commands/recordComplaint.ts';
import { routeReceivedComplaint } from '../features/complaints/commands/routeComplaint.ts';
import { fileAnonymousPortalComplaint } from '../features/complaints/commands/portal.ts';
import { cadreOptions } from '../features/complaints/queries.ts';
import { stepReferral } from '../features/townInbox/commands/stepReferral.ts';
import { referralOfComplaint } from '../features/townInbox/queries.ts';

/** A demo account by phone (the demo's fixed numbers), or an error naming it. */
export function account(accounts: readonly DemoAccount[], phone: string): DemoAccount {
  const a = accounts.find((x) => x.phone === phone);
  if (!a) throw new Error(`demo account ${phone} missing`);
  return a;
}

/** An app on a clock standing at a Beijing time of a day. */
export function on(ctx: AppContext, day: CalendarDate, time: string): AppContext {
  return { ...ctx, clock: fixedClock(new Date(`${day}T${time}:00+08:00`)) };
}

/** A village account acting on a day (a villager's own person, a member's seat). */
export function acting(app: AppContext, villageId: string, a: DemoAccount): CommandContext {
  return { ...systemContext(app, villageId, a.id), personId: a.personId };
}

/**
 * The showcase community's complaints station, made through the real commands: a resident's
 * complaint about the estate's management handed to the residents' committee and answered; a
 * paper complaint handed to the Party organisation and now overdue; an anonymous report that a
 * committee member took a cut of a land lease, referred to the town discipline commission,
 * which accepted it and is handling it; and an anonymous portal complaint not yet classed.
 */
export async function seedShowcaseComplaints(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const resident = account(accounts, '13800000006');
  const supervisor = account(accounts, '13800000005');
  const chair = account(accounts, '13800000002');
  const commission = account(accounts, '13800000009');
  const villageId = resident.villageId!;
  const day = (n: number) => addDays(today, -n);

  // 事务类, answered: filed on the phone 20 days ago, handed on the next day, answered in 6
  const lights = await fileOwnComplaint(acting(on(ctx, day(20), '20:15'), villageId, resident), {
    anonymous: false,
    subject: '小区三期路灯坏了一个多月',
    body: '花乡民居三期 5 栋到 8 栋之间的路灯坏了一个多月，晚上老人出门很不方便，找过物管没人管。',
  });
  await routeReceivedComplaint(acting(on(ctx, day(19), '10:00'), villageId, supervisor), {
    complaintId: lights.id,
    class: 'affairs',
    handler: 'villagersCommittee',
  });
  await answerComplaint(acting(on(ctx, day(13), '15:30'), villageId, chair), {
    complaintId: lights.id,
    answer:
      '居委会已约谈物管公司，三期 5–8 栋路灯已于本周更换完毕；今后路灯报修请打物管 24 小时电话，三天未修可再向居委会反映。',
  });

  // 事务类, overdue: told to a member 25 days ago, handed to the Party organisation at once
  await recordComplaint(acting(on(ctx, day(25), '09:40'), villageId, supervisor), {
    channel: 'paper',
    anonymous: false,
    complainantName: '周德华',
    complainantPhone: '13990217654',
    subject: '老龄支部活动室长期锁门',
    body: '老龄支部活动室说是给老党员学习用的，但平时一直锁着门，钥匙不知道在谁手里。',
    class: 'affairs',
    handler: 'partyBranch',
    receivedOn: day(25),
  });

  // 风纪类: about a serving member of the residents' committee, to the town discipline commission
  const cadres = await cadreOptions(ctx, villageId, today);
  const member = cadres.find(
    (c) =>
      c.person_id !== chair.personId &&
      c.seats.some((s) => s.kind === 'villagersCommittee' && s.role === 'member'),
  );
  if (member) {
    const report = await recordComplaint(acting(on(ctx, day(8), '16:20'), villageId, supervisor), {
      channel: 'member',
      anonymous: true,
      subject: '土地流转中收取好处费',
      body: '有居民反映，去年土地规模流转时，有居委会委员向承包方收取“协调费”，金额不详，要求查清。',
      concernsPersonIds: [member.person_id],
    });
    const scope = commission.staffScope!;
    const actor: Actor = {
      accountId: commission.id,
      kind: 'staff',
      home: null,
      posts: [],
      staffScopes: [{ level: scope.level, id: scope.id, unit: scope.unit }],
    };
    const by = { actor, accountId: commission.id, locale: 'zh-CN' as const };
    const referral = await referralOfComplaint(ctx, villageId, report.id);
    if (referral) {
      const ref = { villageId, referralId: referral };
      await stepReferral(on(ctx, day(6), '10:30'), by, ref, 'accept');
      await stepReferral(on(ctx, day(5), '14:00'), by, ref, 'handle');
    }
  }

  // not yet classed: an anonymous complaint from the portal this morning
  await fileAnonymousPortalComplaint(systemContext(on(ctx, today, '07:50'), villageId), {
    subject: '广场舞音响太吵',
    body: '每天晚上九点半以后广场还在放音乐，孩子没法睡觉，希望规定结束时间。',
  });
}
