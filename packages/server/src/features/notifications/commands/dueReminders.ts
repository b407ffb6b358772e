import { createHash, randomUUID } from 'node:crypto';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { rollObjectionDeadlines } from '@cunzhi/core/elections/dates';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { reasonOf, type MessageKind } from '@cunzhi/core/notifications/messages';
import type { Clock } from '../../../platform/clock.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { insertMessages } from '../../../platform/outbox/repository.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { notifyPerson, payloads, portalLink, type OriginConfig } from '../enqueue.ts';
import { petitionersReach } from '../../petitions/repository.ts';
import {
  insertForHouseholds,
  matterPeriodsEnding,
  meetingsOn,
  petitionOfficials,
  petitionsDue,
  rollsPublished,
  villageNames,
  type DueRecord,
  type PetitionDue,
} from '../repository.ts';

/** How far back a roll's publication can lie and its objections still run (5 days, holidays rolled). */
const ROLL_LOOKBACK_DAYS = 30;
/**
 * How long after a petition's last day went by its overdue reminder may still go out (a worker
 * down for a few days catches up); a petition overdue for longer, when the reminders first run,
 * is on the officials' work list already and is not texted about out of the blue.
 */
const PETITION_LOOKBACK_DAYS = 7;

export interface DueReminderCount {
  meetings: number;
  rolls: number;
  notices: number;
  petitions: number;
}

type Ctx = { db: Database; clock: Clock } & OriginConfig;

/** One reminder to write: which count it adds to, what caused it, and how it is written. */
interface Reminder {
  count: keyof DueReminderCount;
  kind: MessageKind;
  cause: string;
  /** Writes its messages in the village's transaction; how many households or people it told. */
  write(tx: Tx): Promise<number>;
}

/**
 * 到期提醒 (docs/notifications.md): the deadlines that must not pass, told the day before —
 *
 * - a meeting a household was convened to (its meeting notice told it) is held tomorrow;
 * - the voter roll's last day for objections (《村民委员会组织法》第十四条: within five days of
 *   its publication) is tomorrow — or today, when the reminder could not go out the day before;
 * - a matter's notice (议题公告, 决议公告) ends its publicity tomorrow or today: the last day to
 *   raise an objection with the contact it names;
 * - a petition's last day (《信访工作条例》: to hand it on, tell acceptance, handle it, give a
 *   review's opinion) is tomorrow — or today, when the day before's round never ran: its
 *   officials are told; gone by: its officials and its petitioner are told, once for each
 *   last day and threshold, on the first round after it is reached.
 *
 * Run by the outbox's worker loop (and `cli.ts outbox`) every few minutes, on every server: the
 * outbox's unique key (reason, cause, household, channel) lets a second run, or a concurrent one
 * on another server, write nothing. Each village's reminders are written in one transaction with
 * one `outbox.reminded` event on its chain listing them (see remindVillage). Answers how many
 * reminders of each sort were written.
 */
export async function sendDueReminders(ctx: Ctx): Promise<DueReminderCount> {
  const today = ctx.clock.today();
  const tomorrow = addDays(today, 1);
  const byVillage = new Map<string, Reminder[]>();
  const add = (villageId: string, r: Reminder) =>
    byVillage.set(villageId, [...(byVillage.get(villageId) ?? []), r]);

  for (const m of await meetingsOn(ctx.db, tomorrow, today))
    add(m.village_id, toHouseholds(ctx, 'meetings', 'meetingTomorrow', m, m.on, m.id));
  for (const e of await rollsPublished(ctx.db, addDays(today, -ROLL_LOOKBACK_DAYS), today)) {
    const { profile } = await loadVillageProfile(ctx.db, e.village_id, e.on);
    const { fileBy } = rollObjectionDeadlines(e.on, profile.params, CHINA_HOLIDAYS);
    if (fileBy === today || fileBy === tomorrow)
      add(e.village_id, toHouseholds(ctx, 'rolls', 'rollObjectionsEnd', e, fileBy, e.id));
  }
  for (const n of await matterPeriodsEnding(ctx.db, today, tomorrow, addDays(today, -2)))
    add(n.village_id, toHouseholds(ctx, 'notices', 'noticeObjectionsEnd', n, n.on, n.id));
  const since = addDays(today, -PETITION_LOOKBACK_DAYS);
  for (const p of await petitionsDue(ctx.db, tomorrow, since))
    for (const r of await petitionReminders(ctx, p, p.due_on < today)) add(p.village_id, r);

  const count: DueReminderCount = { meetings: 0, rolls: 0, notices: 0, petitions: 0 };
  for (const [villageId, reminders] of byVillage)
    for (const r of await remindVillage(ctx, villageId, reminders)) count[r.count]++;
  return count;
}

/**
 * Writes a village's reminders in one transaction and, when any was new, appends one
 * `outbox.reminded` event to the village's chain naming each (its sort, cause and how many were
 * told). One event a village and round, not one a household: the messages themselves are the
 * record of who was told, and an event per message would bury the chain's acts under thousands
 * of reminders; not one a reminder either, as they are one act of the system's (the round).
 * A round that wrote nothing new — a rerun, or the second of two concurrent ones, which waits
 * on the first's rows and then writes none — appends nothing. Answers the reminders written.
 */
async function remindVillage(
  ctx: Ctx,
  villageId: string,
  reminders: readonly Reminder[],
): Promise<Reminder[]> {
  return ctx.db.transaction(async (tx) => {
    const written: { reminder: Reminder; told: number }[] = [];
    for (const reminder of reminders) {
      const told = await reminder.write(tx);
      if (told > 0) written.push({ reminder, told });
    }
    if (written.length > 0)
      await appendAuditEvent(tx, {
        chainId: villageId,
        actorAccountId: null,
        action: 'outbox.reminded',
        targetType: 'village',
        targetId: villageId,
        data: {
          reminders: written.map(({ reminder, told }) => ({
            kind: reminder.kind,
            cause: reminder.cause,
            told,
          })),
        },
        occurredAt: ctx.clock.now(),
      });
    return written.map((w) => w.reminder);
  });
}

/** A reminder to every household the record's notice reached (a villager group's, for its meeting). */
function toHouseholds(
  ctx: Ctx,
  count: keyof DueReminderCount,
  kind: MessageKind,
  r: DueRecord,
  on: CalendarDate,
  cause: string,
): Reminder {
  // the roll is read on the villager's own registration page; the others on the portal
  const path = kind === 'rollObjectionsEnd' ? `/v/${r.village_id}/my-registration` : null;
  const link = path
    ? `${ctx.config.PUBLIC_ORIGIN ?? ''}${path}`
    : portalLink(ctx, r.village_code, r.notice_id ?? r.id);
  const act = { kind, villageName: r.village_name, title: r.title, on, link };
  const about: Parameters<typeof insertForHouseholds>[2]['about'] =
    kind === 'meetingTomorrow'
      ? { kind: 'meeting', id: r.id }
      : kind === 'rollObjectionsEnd'
        ? { kind: 'election', id: r.id }
        : { noticeId: r.id };
  return {
    count,
    kind,
    cause,
    write: (tx) =>
      insertForHouseholds(tx, r.village_id, {
        reason: 'deadline',
        cause,
        about,
        groupId: r.group_id,
        ...payloads(act, path ?? link),
      }),
  };
}

/**
 * The same cause for the same reminder on every run and server: the petition, the sort of
 * reminder, the last day it is about and whom it is for. (A petition has several last days in
 * turn; each is reminded once.)
 */
function causeOf(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A petition's reminders: each official handling it (an SMS to their account's number, with the
 * register's number and the day, nothing of the petition), and once its last day has gone by,
 * its petitioner — each representative of a group visit — as its steps tell them (tellPetitioner).
 */
async function petitionReminders(ctx: Ctx, p: PetitionDue, overdue: boolean): Promise<Reminder[]> {
  const kind: MessageKind = overdue ? 'petitionPastDue' : 'petitionDueSoon';
  const village = await villageNames(ctx.db, p.village_id);
  const { sms } = payloads({
    kind,
    villageName: village.name,
    title: `（登记第${p.number}号）`,
    on: p.due_on,
    link: `${ctx.config.PUBLIC_ORIGIN ?? ''}/v/${p.village_id}/petitions/${p.id}`,
  });
  const reminders: Reminder[] = (await petitionOfficials(ctx.db, p.town_id, p.department_id)).map(
    (o) => {
      const cause = causeOf(p.id, kind, p.due_on, o.account_id);
      return {
        count: 'petitions',
        kind,
        cause,
        write: (tx) =>
          insertMessages(tx, p.village_id, [
            {
              id: randomUUID(),
              reason: reasonOf(kind),
              about: { kind: 'petition', id: p.id },
              causeId: cause,
              householdId: null,
              personId: null,
              channel: 'sms',
              recipient: o.phone,
              payload: sms,
            },
          ]),
      };
    },
  );
  if (overdue)
    for (const who of await petitionersReach(ctx.db, p.village_id, p.id)) {
      // the first person's cause is the one it had when only the first was told, so a round
      // after the upgrade does not tell them a second time
      const cause = causeOf(
        p.id,
        'petitionOverdue',
        p.due_on,
        ...(who.ord > 1 ? [`${who.ord}`] : []),
      );
      reminders.push({
        count: 'petitions',
        kind: 'petitionOverdue',
        cause,
        write: (tx) =>
          notifyPerson({ villageId: p.village_id, config: ctx.config }, tx, {
            kind: 'petitionOverdue',
            about: { kind: 'petition', id: p.id },
            causeId: cause,
            personId: who.person_id,
            phone: who.phone,
            title: '',
            on: p.due_on,
            filedOn: p.received_on,
            path: null,
          }),
      });
    }
  return reminders;
}
