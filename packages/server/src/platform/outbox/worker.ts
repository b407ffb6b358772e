import { retryAfterSeconds } from '@cunzhi/core/notifications/backoff';
import type { Queryable } from '../db/database.ts';
import type { SmsAdapter } from './adapter.ts';
import {
  claimDue,
  markAttemptFailed,
  markSent,
  outboxDepth,
  requeueStale,
  staleSending,
  type ClaimedMessage,
} from './repository.ts';

/** Messages claimed at once: one round trip claims them, one acknowledges those sent. */
export const BATCH = 200;
/**
 * How long a claimed message may stay unacknowledged before it is counted as abandoned by a dead
 * worker. Far above one gateway call's timeout (10 s) times a batch's slow sends, so a live worker's
 * messages are never taken from it.
 */
export const LEASE_SECONDS = 15 * 60;

export interface DeliveryCount {
  sent: number;
  retrying: number;
  failed: number;
}

/** Sends what was claimed, one by one; a refusal is retried later with backoff, never at once. */
async function sendClaimed(
  db: Queryable,
  adapter: SmsAdapter,
  claimed: readonly ClaimedMessage[],
  count: DeliveryCount,
): Promise<void> {
  const sent: ClaimedMessage[] = [];
  for (const m of claimed) {
    try {
      await adapter.send({
        id: m.id,
        villageId: m.village_id,
        phone: m.recipient,
        text: m.payload.text,
      });
      sent.push(m);
    } catch (error) {
      const after = retryAfterSeconds(m.attempts);
      await markAttemptFailed(db, m, error instanceof Error ? error.message : String(error), after);
      if (after === null) count.failed++;
      else count.retrying++;
    }
  }
  await markSent(db, sent);
  count.sent += sent.length;
}

/** Claims one batch of due SMS and sends it; how many there were (0: nothing was due). */
export async function deliverBatch(
  db: Queryable,
  adapter: SmsAdapter,
  count: DeliveryCount = { sent: 0, retrying: 0, failed: 0 },
  limit = BATCH,
): Promise<number> {
  const claimed = await claimDue(db, limit);
  await sendClaimed(db, adapter, claimed, count);
  return claimed.length;
}

/**
 * Settles the messages a dead worker had claimed (sending for longer than the lease): those the
 * adapter says it delivered become sent, the others go back to the queue; with an adapter that
 * cannot tell, each is marked failed as uncertain, for a cadre to retry knowingly.
 */
export async function recoverStale(
  db: Queryable,
  adapter: SmsAdapter,
  leaseSeconds = LEASE_SECONDS,
): Promise<{ sent: number; requeued: number; uncertain: number }> {
  const result = { sent: 0, requeued: 0, uncertain: 0 };
  for (;;) {
    const stale = await staleSending(db, leaseSeconds, 1000);
    if (stale.length === 0) return result;
    if (!adapter.delivered) {
      for (const m of stale)
        await markAttemptFailed(
          db,
          m,
          'delivery_uncertain: the worker stopped while sending',
          null,
        );
      result.uncertain += stale.length;
      continue;
    }
    const went = await adapter.delivered(stale.map((m) => m.id));
    await markSent(
      db,
      stale.filter((m) => went.has(m.id)),
    );
    for (const m of stale.filter((s) => !went.has(s.id))) await requeueStale(db, m);
    result.sent += went.size;
    result.requeued += stale.length - went.size;
  }
}

/** Delivers everything due now (the `cli.ts outbox` command, tests): batches until none is due. */
export async function drainOutbox(
  db: Queryable,
  adapter: SmsAdapter,
  leaseSeconds = LEASE_SECONDS,
): Promise<DeliveryCount & { recovered: number }> {
  const { sent, requeued, uncertain } = await recoverStale(db, adapter, leaseSeconds);
  const count: DeliveryCount = { sent, retrying: 0, failed: uncertain };
  while ((await deliverBatch(db, adapter, count)) > 0);
  return { ...count, recovered: sent + requeued + uncertain };
}

/** A step run by the loop now and then beside delivery (the due reminders), at most every `everyMs`. */
export interface PeriodicStep {
  run(): Promise<unknown>;
  everyMs: number;
}

/**
 * The delivery loop of a running server: every `everyMs`, run the periodic step when its time has
 * come (writing what is due: the reminders), settle what dead workers left and deliver what is
 * due. Several servers may run it on one PostgreSQL: SKIP LOCKED shares the work, and the
 * outbox's unique key keeps a step run on two servers to one message each. A failed round
 * (database briefly away) is logged and the next one tries again.
 */
export function startOutboxWorker(
  db: Queryable,
  adapter: SmsAdapter,
  log: (error: unknown) => void,
  everyMs = 2000,
  step?: PeriodicStep,
): { stop(): Promise<void> } {
  let stopped = false;
  // one round at a time: a slow gateway makes rounds longer, never overlapping
  let running: Promise<void> | null = null;
  let stepAt = 0;
  const round = async () => {
    try {
      if (step && Date.now() - stepAt >= step.everyMs) {
        stepAt = Date.now();
        await step.run();
      }
      await drainOutbox(db, adapter);
    } catch (error) {
      log(error);
    } finally {
      running = null;
    }
  };
  const timer = setInterval(() => {
    if (!stopped && !running) running = round();
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * `cli.ts outbox [--stopped]`: delivers everything due now through the configured adapter and
 * says how it went. `--stopped` says no other worker is running (the server is down, the last
 * run was killed): what is left in sending is settled at once instead of after the lease.
 */
export async function outboxCli(
  db: Queryable,
  adapter: SmsAdapter,
  args: readonly string[],
  print: (line: string) => void,
): Promise<number> {
  const r = await drainOutbox(db, adapter, args.includes('--stopped') ? 0 : LEASE_SECONDS);
  print(
    `短信 / SMS (${adapter.name}): 已发送 ${r.sent} sent, 待重试 ${r.retrying} retrying, 失败 ${r.failed} failed, 崩溃后处理 ${r.recovered} recovered after a stop`,
  );
  print(`待发送 / still queued: ${await outboxDepth(db)}`);
  return r.failed > 0 ? 1 : 0;
}
