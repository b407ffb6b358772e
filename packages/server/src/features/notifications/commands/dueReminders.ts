import { addDays } from '@cunzhi/core/rules/dayCount';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { rollObjectionDeadlines } from '@cunzhi/core/elections/dates';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MessageKind } from '@cunzhi/core/notifications/messages';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { payloads, portalLink, type OriginConfig } from '../enqueue.ts';
import {
  insertForHouseholds,
  matterPeriodsEnding,
  meetingsOn,
  rollsPublished,
  type DueRecord,
} from '../repository.ts';

/** How far back a roll's publication can lie and its objections still run (5 days, holidays rolled). */
const ROLL_LOOKBACK_DAYS = 30;

export interface DueReminderCount {
  meetings: number;
  rolls: number;
  notices: number;
}

/**
 * 到期提醒 (docs/notifications.md): the deadlines a household must not let pass, told by every
 * channel the day before —
 *
 * - a meeting it was convened to (its meeting notice told it) is held tomorrow;
 * - the voter roll's last day for objections (《村民委员会组织法》第十四条: within five days of
 *   its publication) is tomorrow — or today, when the reminder could not go out the day before;
 * - a matter's notice (议题公告, 决议公告) ends its publicity tomorrow or today: the last day to
 *   raise an objection with the contact it names.
 *
 * Run by the outbox's worker loop (and `cli.ts outbox`) every few minutes, on every server: each
 * reminder is written in one statement whose unique key (reason, cause, household, channel) lets
 * a second run, or a concurrent one on another server, write nothing. Answers how many
 * reminders (meetings, rolls, notices) were written, each to all its households.
 */
export async function sendDueReminders(
  ctx: { db: Database; clock: Clock } & OriginConfig,
): Promise<DueReminderCount> {
  const today = ctx.clock.today();
  const tomorrow = addDays(today, 1);
  const count: DueReminderCount = { meetings: 0, rolls: 0, notices: 0 };

  for (const m of await meetingsOn(ctx.db, tomorrow, today))
    if (await remind(ctx, 'meetingTomorrow', m, m.on, { kind: 'meeting', id: m.id }))
      count.meetings++;

  for (const e of await rollsPublished(ctx.db, addDays(today, -ROLL_LOOKBACK_DAYS), today)) {
    const { profile } = await loadVillageProfile(ctx.db, e.village_id, e.on);
    const { fileBy } = rollObjectionDeadlines(e.on, profile.params, CHINA_HOLIDAYS);
    if (fileBy !== today && fileBy !== tomorrow) continue;
    if (await remind(ctx, 'rollObjectionsEnd', e, fileBy, { kind: 'election', id: e.id }))
      count.rolls++;
  }

  for (const n of await matterPeriodsEnding(ctx.db, today, tomorrow, addDays(today, -2)))
    if (await remind(ctx, 'noticeObjectionsEnd', n, n.on, { noticeId: n.id })) count.notices++;

  return count;
}

/** Writes one reminder for the record's households; whether any was written (not one before). */
async function remind(
  ctx: { db: Database } & OriginConfig,
  kind: MessageKind,
  r: DueRecord,
  on: CalendarDate,
  about: Parameters<typeof insertForHouseholds>[2]['about'],
): Promise<boolean> {
  // the roll is read on the villager's own registration page; the others on the portal
  const path = kind === 'rollObjectionsEnd' ? `/v/${r.village_id}/my-registration` : null;
  const link = path
    ? `${ctx.config.PUBLIC_ORIGIN ?? ''}${path}`
    : portalLink(ctx, r.village_code, r.notice_id ?? r.id);
  const act = { kind, villageName: r.village_name, title: r.title, on, link };
  const households = await ctx.db.transaction((tx) =>
    insertForHouseholds(tx, r.village_id, {
      reason: 'deadline',
      cause: r.id,
      about,
      groupId: r.group_id,
      ...payloads(act, path ?? link),
    }),
  );
  return households > 0;
}
