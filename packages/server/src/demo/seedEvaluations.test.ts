import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { roundList, roundPage } from '../features/evaluations/queries.ts';
import { seedShowcaseEvaluations } from './seedEvaluations.ts';

// a day whose demo committee has a member re-elected in May, after the first two by name
const TODAY = calendarDate('2026-12-06');

let db: Database;
let villageId: string;
let officeEnds: boolean;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  ({ officeEnds } = await seedShowcaseEvaluations(seeded.ctx, seeded.accounts, TODAY));
}, 300_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s 民主评议', () => {
  it('last year’s round published; this year’s counted, where a second 不称职 will end an office on publication', async () => {
    const rounds = await roundList({ db }, villageId);
    expect(rounds.map((r) => [r.year, r.status])).toEqual([
      [2026, 'counted'],
      [2025, 'published'],
    ]);
    expect(officeEnds).toBe(true);
    const page = (await roundPage({ db }, villageId, rounds[0]!.id))!;
    const ended = page.cadres.filter((c) => c.ends_office);
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ result: 'incompetent' });
    expect(page.previous.get(ended[0]!.membership_id)?.result).toBe('incompetent');
    // about five sheets in six, eight of them on paper
    expect(rounds[0]!.sheets).toBeGreaterThan(rounds[0]!.evaluators_due / 2);
    expect(rounds[0]!.paper_sheets).toBe(8);
  });

  it('keeps the chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
