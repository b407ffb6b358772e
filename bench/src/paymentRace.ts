import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '@cunzhi/server/platform/db/database';
import { bulkInsert } from '@cunzhi/server/platform/db/bulkInsert';
import { systemClock } from '@cunzhi/server/platform/clock';
import { testConfig } from '@cunzhi/server/platform/config';
import { systemContext, type CommandContext } from '@cunzhi/server/platform/command';
import { approveStep } from '@cunzhi/server/features/spending/commands/approveStep';
import { createSpendingRequest } from '@cunzhi/server/features/spending/commands/createSpendingRequest';
import { executePayment } from '@cunzhi/server/features/spending/commands/executePayment';
import { tableMotion } from '@cunzhi/server/features/supervision/commands/tableMotion';
import { voteOnMotion } from '@cunzhi/server/features/supervision/commands/voteOnMotion';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { insertBodyTerm, type BenchCounty } from './generateCounty.ts';

/**
 * "Payment execution under a hold race": a spending request signed through
 * its whole chain (spending commands, the system recording the paper
 * signatures as the demo does, the chair's account acting), then 100
 * executePayment calls at once, racing the supervision committee's adoption
 * of a hold (a hold motion tabled on the members' phones and voted on before;
 * the vote that carries it started among the 100 at a different place each
 * round: HOLD_ROUNDS). Timed from the first call to the last
 * settled; checked: at most one payment, and none once the hold is adopted.
 * A variant without a hold: 100 executions, exactly one payment. Yardstick:
 * 100 concurrent `UPDATE … SET status = 'paid' WHERE id = $1 AND status =
 * 'approved' RETURNING id` on a bare one-row table in the same database.
 */

export const RACERS = 100;
export const RACE_ROUNDS = 5;
/**
 * Where the carrying vote starts among the 100 executions, one place a round: after
 * the first `at` executions, and `leadMs` before the rest. The calls take
 * their locks roughly in the order they start, but the vote reads the
 * committee before it locks the motion and the request: started level
 * with the executions it loses on PostgreSQL, so two rounds give it a head
 * start of a few milliseconds.
 */
const HOLD_ROUNDS = [
  { at: 0, leadMs: 5 },
  { at: 0, leadMs: 2 },
  { at: 0, leadMs: 0 },
  { at: 1, leadMs: 0 },
  { at: 50, leadMs: 0 },
] as const;
const SUPERVISORS = 7;
/** In favour before the race (the tabler and two more): the next yes, the fourth of seven, carries it. */
const YES_BEFORE = 3;

export interface RaceRound {
  settleMs: number;
  payments: number;
  /** Executions that paid / found the payment made / were refused (by error id or rule). */
  created: number;
  found: number;
  refused: Record<string, number>;
  /** Hold rounds: where the carrying vote was started among the executions, and how it ended. */
  holdAt?: number;
  holdLeadMs?: number;
  /** The hold's status after the vote (`adopted`, or `lapsed`: carried once paid), or the vote's error. */
  hold?: string;
}

export interface RaceSeries {
  how: string;
  rounds: RaceRound[];
  medianSettleMs: number;
}

export interface PaymentRaceResult {
  racers: number;
  withHold: RaceSeries;
  withoutHold: RaceSeries;
  bareUpdate: RaceSeries;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** An error's id as the API would name it: a rule's code, a domain error's id, else its message. */
function errorId(error: unknown): string {
  const e = error as { finding?: { code?: string }; id?: string; message?: string };
  return e.finding?.code ?? e.id ?? e.message ?? String(error);
}

/** A supervision committee of seven and two committee members (handler, checker) in the bench village. */
async function seatOfficers(
  db: Database,
  villageId: string,
  chairPersonId: string,
  today: CalendarDate,
): Promise<{ handler: string; checker: string; supervisors: string[] }> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM person WHERE village_id = $1 AND id <> $2 AND birth_date <= $3::date - 18 * 366
     ORDER BY id LIMIT $4`,
    [villageId, chairPersonId, today, SUPERVISORS + 2],
  );
  if (rows.length < SUPERVISORS + 2) throw new Error('too few adults for the spending officers');
  const ids = rows.map((r) => r.id);
  const [handler, checker, ...supervisors] = ids as [string, string, ...string[]];
  const year = Number(today.slice(0, 4));
  await db.transaction(async (tx) => {
    const [committee] = await tx.query<{ body_id: string; term_id: string }>(
      `SELECT b.id AS body_id, t.id AS term_id FROM body b JOIN body_term t ON t.village_id = b.village_id AND t.body_id = b.id
       WHERE b.village_id = $1 AND b.kind = 'villagersCommittee'`,
      [villageId],
    );
    if (!committee) throw new Error('the bench village has no villagers committee');
    const { bodyId, termId, startsOn } = await insertBodyTerm(
      tx,
      villageId,
      { kind: 'villageAffairsSupervisionCommittee', name: '村务监督委员会' },
      year,
    );
    await bulkInsert(
      tx,
      'body_membership',
      ['village_id', 'id', 'body_id', 'term_id', 'person_id', 'role', 'starts_on'],
      [
        ...supervisors.map((p, i) => [
          villageId,
          randomUUID(),
          bodyId,
          termId,
          p,
          i === 0 ? 'chair' : 'member',
          startsOn,
        ]),
        ...[handler, checker].map((p) => [
          villageId,
          randomUUID(),
          committee.body_id,
          committee.term_id,
          p,
          'member',
          startsOn,
        ]),
      ],
    );
  });
  return { handler, checker, supervisors };
}

/** A request of ¥800 signed through the whole chain, ready to pay. */
async function approvedRequest(
  cmd: CommandContext,
  officers: { handler: string; checker: string; supervisors: string[] },
  chairPersonId: string,
  round: string,
): Promise<string> {
  const { id } = await createSpendingRequest(cmd, {
    purpose: `购买办公用品（基准${round}）`,
    payee: '花乡文具店',
    amount: '800',
    handlerId: officers.handler,
  });
  for (const [step, signerId] of [
    ['checked', officers.checker],
    ['chairApproved', chairPersonId],
    ['supervisionReviewed', officers.supervisors[0]],
    ['townAccountantChecked', undefined],
  ] as const)
    await approveStep(cmd, { requestId: id, step, signerId });
  return id;
}

async function paymentsOf(db: Database, villageId: string, requestId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM spending_payment WHERE village_id = $1 AND request_id = $2',
    [villageId, requestId],
  );
  return row?.n ?? 0;
}

async function holdStatus(db: Database, villageId: string, holdId: string): Promise<string> {
  const [row] = await db.query<{ status: string }>(
    'SELECT status FROM spending_hold WHERE village_id = $1 AND id = $2',
    [villageId, holdId],
  );
  return row?.status ?? '?';
}

/** 100 executions (and, given a hold, the vote that carries it at `holdAt`), all started at once. */
async function race(
  db: Database,
  cmd: CommandContext,
  requestId: string,
  hold: { id: string; motionId: string; voter: string; at: number; leadMs: number } | null,
): Promise<RaceRound> {
  const tally = { created: 0, found: 0, refused: {} as Record<string, number> };
  const refuse = (error: unknown) => {
    const id = errorId(error);
    tally.refused[id] = (tally.refused[id] ?? 0) + 1;
  };
  const execute = () =>
    executePayment(cmd, { requestId }).then(
      (r) => void (r.created ? (tally.created += 1) : (tally.found += 1)),
      refuse,
    );
  let holdOutcome: string | undefined;
  const decide = () =>
    voteOnMotion(cmd, { motionId: hold!.motionId, choice: 'yes', memberId: hold!.voter }).then(
      async () => void (holdOutcome = await holdStatus(db, cmd.villageId, hold!.id)),
      (error: unknown) => void (holdOutcome = errorId(error)),
    );
  const started = performance.now();
  const calls: Array<Promise<void>> = [];
  for (let i = 0; i <= RACERS; i++) {
    if (hold && i === hold.at) {
      calls.push(decide());
      if (hold.leadMs > 0) await new Promise((resolve) => setTimeout(resolve, hold.leadMs));
    }
    if (i < RACERS) calls.push(execute());
  }
  await Promise.all(calls);
  const settleMs = performance.now() - started;
  const payments = await paymentsOf(db, cmd.villageId, requestId);
  const round: RaceRound = { settleMs, payments, ...tally };
  if (hold) {
    round.holdAt = hold.at;
    round.holdLeadMs = hold.leadMs;
    round.hold = holdOutcome ?? '?';
  }
  // at most one payment; none once a hold is adopted; the answers agree with the rows
  if (payments > 1 || tally.created !== payments)
    throw new Error(
      `payment race: ${payments} payments, ${tally.created} executions said they paid`,
    );
  if (!hold && payments !== 1) throw new Error(`no hold: ${payments} payments, expected 1`);
  // the only refusal an execution may meet is the hold in force
  const unexpected = Object.keys(tally.refused).filter((id) => !hold || id !== 'payment_on_hold');
  if (unexpected.length > 0)
    throw new Error(`payment race: executions failed with ${unexpected.join(', ')}`);
  if (hold) {
    if (holdOutcome === 'adopted' && payments !== 0)
      throw new Error('a payment was made although the hold was adopted');
    if (holdOutcome !== 'adopted' && (holdOutcome !== 'lapsed' || payments !== 1))
      throw new Error(`hold race: the hold ended ${holdOutcome ?? '?'}, ${payments} payments`);
    const late = await db.query(
      `SELECT p.id FROM spending_payment p JOIN spending_hold h ON h.village_id = p.village_id AND h.request_id = p.request_id
       WHERE p.village_id = $1 AND p.request_id = $2 AND h.status = 'adopted'`,
      [cmd.villageId, requestId],
    );
    if (late.length > 0) throw new Error('a payment stands beside an adopted hold');
  }
  return round;
}

/** The yardstick: 100 concurrent single-row UPDATE … WHERE status = 'approved' RETURNING, exactly one wins. */
async function bareRound(db: Database, id: number): Promise<RaceRound> {
  await db.query(`INSERT INTO bench_payment_race (id, status) VALUES ($1, 'approved')`, [id]);
  let won = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: RACERS }, async () => {
      const rows = await db.query(
        `UPDATE bench_payment_race SET status = 'paid' WHERE id = $1 AND status = 'approved' RETURNING id`,
        [id],
      );
      won += rows.length;
    }),
  );
  const settleMs = performance.now() - started;
  if (won !== 1) throw new Error(`bare UPDATE race: ${won} winners`);
  return { settleMs, payments: won, created: won, found: RACERS - won, refused: {} };
}

export async function runPaymentRace(
  db: Database,
  county: BenchCounty,
  progress: (line: string) => void,
): Promise<PaymentRaceResult> {
  const config = testConfig({ WEB_DIST: '/nonexistent', CHECK_RESPONSES: false });
  const clock = systemClock(config.TIME_ZONE);
  const villageId = county.target.villageId;
  // the system records the paper signatures (every role), the chair's account acting
  const cmd = systemContext({ db, config, clock }, villageId, county.chair.accountId);
  const officers = await seatOfficers(db, villageId, county.chair.personId, clock.today());

  progress(`    ${RACE_ROUNDS} rounds without a hold`);
  const withoutHold: RaceRound[] = [];
  for (let r = 0; r < RACE_ROUNDS; r++) {
    const id = await approvedRequest(cmd, officers, county.chair.personId, `无暂缓${r}`);
    withoutHold.push(await race(db, cmd, id, null));
  }

  progress(`    ${RACE_ROUNDS} rounds racing a hold's adoption`);
  const withHold: RaceRound[] = [];
  for (let r = 0; r < RACE_ROUNDS; r++) {
    const id = await approvedRequest(cmd, officers, county.chair.personId, `暂缓${r}`);
    const [proposer, ...others] = officers.supervisors;
    const { id: motionId, subjectId: holdId } = await tableMotion(cmd, {
      proposal: {
        kind: 'hold',
        requestId: id,
        reason: '物业整改不彻底，居民仍有意见（基准）',
        coProposerIds: others.slice(0, 3),
      },
      sitting: { mode: 'remote', closesOn: addDays(clock.today(), 7) },
      memberId: proposer,
    });
    for (const memberId of others.slice(0, YES_BEFORE - 1))
      await voteOnMotion(cmd, { motionId, choice: 'yes', memberId });
    const { at, leadMs } = HOLD_ROUNDS[r % HOLD_ROUNDS.length]!;
    const voter = others[YES_BEFORE - 1]!;
    withHold.push(await race(db, cmd, id, { id: holdId, motionId, voter, at, leadMs }));
  }

  progress(`    ${RACE_ROUNDS} rounds of the bare UPDATE race`);
  await db.query(
    'CREATE TABLE IF NOT EXISTS bench_payment_race (id int PRIMARY KEY, status text NOT NULL)',
  );
  const bare: RaceRound[] = [];
  try {
    for (let r = 0; r < RACE_ROUNDS; r++) bare.push(await bareRound(db, r + 1));
  } finally {
    await db.query('DROP TABLE IF EXISTS bench_payment_race');
  }

  const series = (how: string, rounds: RaceRound[]): RaceSeries => ({
    how,
    rounds,
    medianSettleMs: median(rounds.map((x) => x.settleMs)),
  });
  return {
    racers: RACERS,
    withHold: series(
      `${RACERS} × executePayment racing the vote that carries a hold motion (${YES_BEFORE} of ${SUPERVISORS} in favour before it)`,
      withHold,
    ),
    withoutHold: series(`${RACERS} × executePayment, no hold`, withoutHold),
    bareUpdate: series(
      `${RACERS} × UPDATE bench_payment_race SET status = 'paid' WHERE id = $1 AND status = 'approved' RETURNING id`,
      bare,
    ),
  };
}
