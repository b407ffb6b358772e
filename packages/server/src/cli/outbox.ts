import type { Config } from '../platform/config.ts';
import { migrate } from '../platform/db/migrate.ts';
import { systemClock } from '../platform/clock.ts';
import { smsAdapterFor } from '../platform/outbox/adapter.ts';
import { outboxCli } from '../platform/outbox/worker.ts';
import { sendDueReminders } from '../features/notifications/commands/dueReminders.ts';
import { forgetDeliveredNumbers } from '../platform/outbox/retention.ts';
import { openDatabase } from './database.ts';

/** `cli.ts outbox`: the due reminders written, then what is due delivered, once. */
export async function outboxOnce(config: Config, args: readonly string[]): Promise<void> {
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const clock = systemClock(config.TIME_ZONE);
    const due = await sendDueReminders({ db, config, clock });
    await forgetDeliveredNumbers({ db, clock });
    console.log(
      `到期提醒 / due reminders: 会议 ${due.meetings} meetings, 选民名单 ${due.rolls} voter rolls, 公示 ${due.notices} notices, 信访 ${due.petitions} petitions`,
    );
    process.exitCode = await outboxCli(db, smsAdapterFor(config), args, (line) =>
      console.log(line),
    );
  } finally {
    await db.close();
  }
}
