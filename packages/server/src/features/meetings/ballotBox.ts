import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../platform/command.ts';
import type { Database } from '../../platform/db/database.ts';
import { shuffled } from './ballots.ts';
import { boxFigures, putInBallotBox } from './repository/ballots.ts';
import type { Choice } from './repository/meetings.ts';
import { findMotion, lockMotionInMeeting } from './repository/motions.ts';

/**
 * The way from a voter's receipt to the motion's ballot box (docs/security.md
 * "Secret ballots"). The receipt is committed first, in the voter's own
 * transaction; the choice then waits here, in this process's memory and with
 * no voter attached, for up to `BATCH_WINDOW_MS` for other ballots of the same
 * motion. The batch is shuffled and inserted in one transaction of its own
 * (no receipt, no audit event, no time), so its ballots share one transaction
 * id and one place in the write-ahead log. Each voter's request is answered
 * once their batch is committed: an answered ballot survives a crash.
 */
export const BATCH_WINDOW_MS = 1000;
/** A batch is written at once when this many are waiting. */
const BATCH_MAX = 500;

interface Waiting {
  choice: Choice;
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Slot {
  villageId: string;
  motionId: string;
  waiting: Waiting[];
  timer: NodeJS.Timeout | null;
  inFlight: Set<Promise<void>>;
}

/** Per database (one server, or one test server) and motion. */
const slots = new WeakMap<Database, Map<string, Slot>>();

function slotOf(cmd: CommandContext, motionId: string): Slot {
  let byMotion = slots.get(cmd.db);
  if (!byMotion) slots.set(cmd.db, (byMotion = new Map<string, Slot>()));
  let slot = byMotion.get(motionId);
  if (!slot) {
    slot = { villageId: cmd.villageId, motionId, waiting: [], timer: null, inFlight: new Set() };
    byMotion.set(motionId, slot);
  }
  return slot;
}

/** Writes the batch waiting now (if any) in one transaction; settles its voters' requests. */
function flush(db: Database, slot: Slot): void {
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  const batch = slot.waiting.splice(0);
  if (batch.length === 0) return;
  const written = db.transaction(async (tx) => {
    // FOR SHARE, as a vote: closing the motion (FOR UPDATE) waits for the batch
    const motion = await lockMotionInMeeting(tx, slot.villageId, slot.motionId, 'share');
    if (motion?.status !== 'open') throw new DomainError('motion_not_open');
    await putInBallotBox(tx, slot.motionId, shuffled(batch.map((w) => w.choice)));
  });
  const settled = written.then(
    () => batch.forEach((w) => w.resolve()),
    (error: unknown) => batch.forEach((w) => w.reject(error)),
  );
  slot.inFlight.add(settled);
  void settled.finally(() => {
    slot.inFlight.delete(settled);
    if (slot.waiting.length === 0 && slot.inFlight.size === 0) slots.get(db)?.delete(slot.motionId);
  });
}

/** Hands a choice (its receipt committed) to the motion's next batch; resolves once it is in the box. */
export function dropInBallotBox(
  cmd: CommandContext,
  motionId: string,
  choice: Choice,
): Promise<void> {
  const slot = slotOf(cmd, motionId);
  const inBox = new Promise<void>((resolve, reject) => {
    slot.waiting.push({ choice, resolve, reject });
  });
  if (slot.waiting.length >= BATCH_MAX) flush(cmd.db, slot);
  else slot.timer ??= setTimeout(() => flush(cmd.db, slot), BATCH_WINDOW_MS);
  return inBox;
}

/** Writes what waits for the motion's box in this process now, and waits for batches on their way. */
export async function drainBallotBox(cmd: CommandContext, motionId: string): Promise<void> {
  const slot = slots.get(cmd.db)?.get(motionId);
  if (!slot) return;
  flush(cmd.db, slot);
  await Promise.allSettled([...slot.inFlight]);
}

/**
 * Before a secret vote closes: this process's waiting ballots written, and a
 * moment for those of other server processes (a receipt whose ballot is not
 * in the box yet). The close then counts what is in the box; a ballot lost on
 * its way (a crash between receipt and box) shows as one receipt more than
 * ballots in the published figures.
 */
export async function settleBallotBox(cmd: CommandContext, motionId: string): Promise<void> {
  await drainBallotBox(cmd, motionId);
  const motion = await findMotion(cmd.db, cmd.villageId, motionId);
  if (motion?.voting !== 'secret' || motion.status !== 'open') return;
  const deadline = Date.now() + BATCH_WINDOW_MS + 1000;
  for (;;) {
    const { receipts, boxed } = await boxFigures(cmd.db, cmd.villageId, motion.id);
    if (boxed >= receipts || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
