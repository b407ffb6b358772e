import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { describeDatabase, openTestDatabase } from '../../testing/testDatabase.ts';
import { appendAuditEvent } from './appendAuditEvent.ts';
import {
  atChainVersion,
  MAX_AGE_MS,
  readAtChainVersion,
  readEachAtChainVersion,
  readEachAtVersions,
} from './chainVersioned.ts';

/** A read model is computed again exactly when its village's chain has moved (or it is old). */
describe(`read models kept until the chain moves (${describeDatabase()})`, () => {
  let db: Database;
  let other: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    other = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
    await other.close();
  });

  const append = (d: Database, chainId: string) =>
    d.transaction((tx) =>
      appendAuditEvent(tx, {
        chainId,
        actorAccountId: null,
        action: 'test.changed',
        targetType: 'thing',
        targetId: '1',
        data: null,
        occurredAt: new Date(),
      }),
    );

  /** A loader that counts its calls and answers with the count. */
  const counter = () => {
    let calls = 0;
    return { load: () => Promise.resolve(++calls), calls: () => calls };
  };

  it('reuses the model until an event is appended to its chain, then computes it once again', async () => {
    const chain = randomUUID();
    const c = counter();
    // a chain with no event yet is at 0, and is kept too
    expect(await readAtChainVersion(db, chain, 'view', c.load)).toBe(1);
    expect(await readAtChainVersion(db, chain, 'view', c.load)).toBe(1);
    await append(db, chain);
    expect(await readAtChainVersion(db, chain, 'view', c.load)).toBe(2);
    expect(await readAtChainVersion(db, chain, 'view', c.load)).toBe(2);
    // another village's event changes nothing here
    await append(db, randomUUID());
    expect(await readAtChainVersion(db, chain, 'view', c.load)).toBe(2);
    expect(c.calls()).toBe(2);
  });

  it('an event rolled back moves nothing; a key holds everything else the model depends on', async () => {
    const chain = randomUUID();
    const c = counter();
    await readAtChainVersion(db, chain, 'view 2026-12-06', c.load);
    await db
      .transaction(async (tx) => {
        await appendAuditEvent(tx, {
          chainId: chain,
          actorAccountId: null,
          action: 'test.changed',
          targetType: 'thing',
          targetId: '1',
          data: null,
          occurredAt: new Date(),
        });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await readAtChainVersion(db, chain, 'view 2026-12-06', c.load)).toBe(1);
    // the next day is another key: ages and terms change with the date alone
    expect(await readAtChainVersion(db, chain, 'view 2026-12-07', c.load)).toBe(2);
  });

  it('is kept per database, and no longer than its age limit', async () => {
    const chain = randomUUID();
    const c = counter();
    let now = 1_000_000;
    const clock = () => now;
    await readAtChainVersion(db, chain, 'view', c.load, clock);
    expect(await readAtChainVersion(other, chain, 'view', c.load, clock)).toBe(2);
    now += MAX_AGE_MS - 1;
    expect(await readAtChainVersion(db, chain, 'view', c.load, clock)).toBe(1);
    now += 1;
    expect(await readAtChainVersion(db, chain, 'view', c.load, clock)).toBe(3);
  });

  it('reads the version once for every model of a request: an event landing between them is seen by the next request', async () => {
    const chain = randomUUID();
    const shared = counter();
    const own = counter();
    const read = await atChainVersion(db, chain);
    expect(await read('page', shared.load)).toBe(1);
    await append(db, chain);
    // the reader's part joins the shared part at the version the request began with
    expect(await read('page reader A', own.load)).toBe(1);
    const next = await atChainVersion(db, chain);
    expect(await next('page', shared.load)).toBe(2);
    expect(await next('page reader A', own.load)).toBe(2);
    expect(await next('page reader A', own.load)).toBe(2);
    // each reader's part is its own model
    expect(await next('page reader B', own.load)).toBe(3);
  });
  it('keeps many chains at once and reads again, together, only those whose chain moved', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const asked: string[][] = [];
    // the loader answers for every chain asked but c, which has nothing
    const loadMany = (ids: string[]) => {
      asked.push([...ids].sort());
      return Promise.resolve(new Map(ids.filter((id) => id !== c).map((id) => [id, asked.length])));
    };
    const first = await readEachAtChainVersion(db, [a, b, c], 'figures', loadMany);
    expect([first.get(a), first.get(b), first.has(c)]).toEqual([1, 1, false]);
    // nothing moved: no statement beyond the versions, c's nothing remembered
    const again = await readEachAtChainVersion(db, [a, b, c], 'figures', loadMany);
    expect([again.get(a), again.get(b), again.has(c)]).toEqual([1, 1, false]);
    expect(asked).toHaveLength(1);
    await append(db, b);
    const moved = await readEachAtChainVersion(db, [a, b, c], 'figures', loadMany);
    expect(asked[1]).toEqual([b]);
    expect([moved.get(a), moved.get(b)]).toEqual([1, 2]);
    // the one-chain reader and the many-chain reader share their entries
    expect(await readAtChainVersion(db, a, 'figures', () => Promise.resolve(99))).toBe(1);
  });
  it('keeps models at versions the caller read beforehand: an event after that read is computed again next time', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await append(db, a);
    const n = counter();
    const loadMany = async (ids: string[]) => {
      const v = await n.load();
      return new Map(ids.map((id) => [id, v]));
    };
    // the heads as the dashboard reads them with its villages (b has no chain yet: version 0)
    const before = new Map([
      [a, 1],
      [b, 0],
    ]);
    // an event lands on a after the heads were read, before the models are
    await append(db, a);
    const first = await readEachAtVersions(db, before, 'standing', loadMany);
    expect([first.get(a), first.get(b)]).toEqual([1, 1]);
    // at the same versions, kept
    expect((await readEachAtVersions(db, before, 'standing', loadMany)).get(a)).toBe(1);
    // the next request reads a's head as it is now: the entry, kept at the older version, is read again
    const now = await readEachAtChainVersion(db, [a, b], 'standing', loadMany);
    expect([now.get(a), now.get(b)]).toEqual([2, 1]);
  });
});
