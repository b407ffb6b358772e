import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/database.ts';
import { splitStatements } from '../../platform/db/migrate.ts';
import type { Fixture } from '../../testing/fixtures.ts';
import { openFixtureDatabase } from '../../testing/fixtureDatabase.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

const MIGRATION = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../platform/db/migrations/20261206_0020_hold_motions.sql',
);

/**
 * Migration 0020 moves holds onto the committee's motions: an upgraded database keeps every
 * vote cast on a hold. The tables are put back as 0012 left them (the vote table, the
 * hold's count, the motion kinds before holds), holds and votes written there, and 0020 run
 * over them.
 */
describe(`migration 0020: holds and their votes onto motions (${describeDatabase()})`, () => {
  let db: Database;
  let f: Fixture;
  let A: string;
  let account: string;
  let people: string[];

  beforeAll(async () => {
    ({ db, fixture: f } = await openFixtureDatabase());
    A = f.villageA.id;
    account = f.accounts.committeeChair.id;
    people = f.villageA.personIds.slice(0, 7);
    await db.transaction(async (tx) => {
      for (const sql of [
        `ALTER TABLE supervision_motion DROP CONSTRAINT supervision_motion_kind_check`,
        `ALTER TABLE supervision_motion ADD CONSTRAINT supervision_motion_kind_check
           CHECK (kind IN ('agendaReview', 'plan', 'inspectionOutcome', 'report'))`,
        `ALTER TABLE spending_hold DROP CONSTRAINT spending_hold_status_check`,
        `ALTER TABLE spending_hold ADD CONSTRAINT spending_hold_status_check
           CHECK (status IN ('proposed', 'adopted', 'rejected', 'released'))`,
        `ALTER TABLE spending_hold ADD COLUMN decision jsonb`,
        `CREATE TABLE spending_hold_vote (
           village_id uuid NOT NULL REFERENCES village (id),
           hold_id uuid NOT NULL,
           person_id uuid NOT NULL,
           choice text NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
           voted_at timestamptz NOT NULL DEFAULT now(),
           PRIMARY KEY (village_id, hold_id, person_id),
           FOREIGN KEY (village_id, hold_id) REFERENCES spending_hold (village_id, id),
           FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id))`,
      ])
        await tx.query(sql);
    });
  });
  afterAll(async () => {
    await db.close();
  });

  async function request(number: number): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO spending_request (village_id, id, number, purpose, payee, amount, expense_account,
         paid_from_account, authority, profile_id, profile_version, created_by)
       VALUES ($1, $2, $3, '物业管理费', '花乡民居物业管理公司', 450000, '5103', '1002', 'oneSignature',
         'national', '2025-10-28', $4)`,
      [A, id, number, account],
    );
    return id;
  }

  async function hold(
    requestId: string,
    h: { status: string; decision?: object; decidedOn?: string },
    votes: Array<[number, string]>,
  ): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO spending_hold (village_id, id, request_id, reason, proposed_on, proposed_by, co_proposers,
         status, decided_on, decision, profile_id, profile_version, created_by)
       VALUES ($1, $2, $3, '整改不彻底', '2026-11-10', $4, $5, $6, $7, $8, 'national', '2025-10-28', $9)`,
      [
        A,
        id,
        requestId,
        people[0],
        people.slice(1, 4),
        h.status,
        h.decidedOn ?? null,
        h.decision ? JSON.stringify(h.decision) : null,
        account,
      ],
    );
    for (const [i, choice] of votes)
      await db.query(
        'INSERT INTO spending_hold_vote (village_id, hold_id, person_id, choice) VALUES ($1, $2, $3, $4)',
        [A, id, people[i], choice],
      );
    return id;
  }

  it('carries every vote over, an open hold to an open motion and a decided one to its count', async () => {
    const open = await hold(await request(901), { status: 'proposed' }, [
      [0, 'yes'],
      [1, 'yes'],
      [4, 'no'],
    ]);
    const decision = {
      members: 7,
      present: 6,
      yes: 5,
      no: 1,
      abstain: 0,
      requiredPresent: 4,
      requiredYes: 4,
      carried: true,
    };
    const adopted = await hold(
      await request(902),
      { status: 'adopted', decision, decidedOn: '2026-11-10' },
      [0, 1, 2, 3, 4, 5].map((i) => [i, i < 5 ? 'yes' : 'no'] as [number, string]),
    );
    const sql = await readFile(MIGRATION, 'utf8');
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(sql)) await tx.query(statement);
    });

    const motions = await db.query<{
      subject_id: string;
      kind: string;
      status: string;
      proposal: { kind: string; requestId: string; reason: string; coProposerIds: string[] };
      decision: Record<string, unknown> | null;
      mode: string;
      closes_on: string;
      votes: number;
    }>(
      `SELECT m.subject_id, m.kind, m.status, m.proposal, m.decision, s.mode, s.closes_on::text,
         (SELECT count(*)::int FROM supervision_vote v WHERE v.village_id = m.village_id AND v.motion_id = m.id) AS votes
       FROM supervision_motion m JOIN supervision_sitting s ON s.village_id = m.village_id AND s.id = m.sitting_id
       WHERE m.village_id = $1 AND m.subject_id = ANY($2::uuid[])`,
      [A, [open, adopted]],
    );
    const of = (id: string) => motions.find((m) => m.subject_id === id)!;
    expect(of(open)).toMatchObject({ kind: 'hold', status: 'open', mode: 'remote', votes: 3 });
    expect(of(open).proposal).toMatchObject({ kind: 'hold', reason: '整改不彻底' });
    expect(of(open).proposal.coProposerIds).toEqual(people.slice(1, 4));
    // a window from the upgrade on: members may go on voting
    expect(of(open).closes_on > '2026-11-10').toBe(true);
    expect(of(adopted)).toMatchObject({ status: 'carried', votes: 6, closes_on: '2026-11-10' });
    const { carried, ...count } = decision;
    expect(carried).toBe(true);
    expect(of(adopted).decision).toEqual({ ...count, finding: null });
    // the old table and the hold's own count are gone
    const left = await db.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'spending_hold_vote'
       UNION ALL SELECT 1 FROM information_schema.columns WHERE table_name = 'spending_hold' AND column_name = 'decision'`,
    );
    expect(left).toEqual([]);
  });
});
