import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '@cunzhi/core/audit/canonical';
import type { Database } from '../db/database.ts';
import { describeDatabase, openTestDatabase } from '../../testing/testDatabase.ts';
import { appendAuditEvent, bodyAroundSeq, hashAuditEvent } from './appendAuditEvent.ts';
import { verifyChain } from './verifyChain.ts';

/** The database hashes the event in the append statement: it must be core's canonical hash, byte for byte. */
describe(`audit append in one statement (${describeDatabase()})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const awkward: unknown[] = [
    { changes: { address: { from: '幸福路1号', to: '幸福路2号' } } },
    { z: 1, a: [true, null, 1.5, -0, 1e21], é: 'ça', '😀': '\u0001\n\t"\\' },
    // a key that looks like the sequence number, inside the data (which sorts before seq)
    { seq: 0, nested: { ',"seq":0,': ',"seq":0,' } },
    null,
    'plain text',
  ];

  it('every appended hash equals core’s canonical hash, and the chain verifies', async () => {
    const chainId = randomUUID();
    let prev = GENESIS_HASH;
    for (const [i, data] of awkward.entries()) {
      const occurredAt = new Date(Date.UTC(2026, 10, 21, 2, 0, i));
      const input = {
        chainId,
        actorAccountId: i % 2 ? null : randomUUID(),
        action: 'test.appended',
        targetType: 'thing',
        targetId: `目标-${i}`,
        data,
        occurredAt,
      };
      const appended = await db.transaction((tx) => appendAuditEvent(tx, input));
      const expected = hashAuditEvent(prev, {
        chainId,
        seq: i + 1,
        actorAccountId: input.actorAccountId,
        action: input.action,
        targetType: input.targetType,
        targetId: input.targetId,
        data,
        occurredAt: occurredAt.toISOString(),
      });
      expect(appended).toEqual({ seq: i + 1, hash: expected });
      prev = expected;
    }
    expect(await verifyChain(db, chainId)).toMatchObject({ ok: true, checked: awkward.length });
  });

  it('concurrent appends to one chain get consecutive numbers and one unbroken chain', async () => {
    const chainId = randomUUID();
    const appended = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction((tx) =>
          appendAuditEvent(tx, {
            chainId,
            actorAccountId: null,
            action: 'test.concurrent',
            targetType: 'thing',
            targetId: String(i),
            data: { i },
            occurredAt: new Date(),
          }),
        ),
      ),
    );
    expect(appended.map((a) => a.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(await verifyChain(db, chainId)).toMatchObject({ ok: true, checked: 20 });
  });

  it('splits the canonical body at its own seq key, not at one inside the data', () => {
    const [before, after] = bodyAroundSeq({
      chainId: 'c',
      actorAccountId: null,
      action: 'a',
      targetType: 't',
      targetId: 'i',
      data: { seq: 0 },
      occurredAt: 'o',
    });
    expect(before).toBe(
      '{"action":"a","actorAccountId":null,"chainId":"c","data":{"seq":0},"occurredAt":"o","seq":',
    );
    expect(after).toBe(',"targetId":"i","targetType":"t"}');
  });
});
