import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { activitiesPage, honoursRoll } from '../features/activities/queries.ts';
import {
  listNominations,
  listSelections,
  publishedHonour,
} from '../features/activities/repository.ts';
import { moralBoard, moralListConsole } from '../features/moralList/queries.ts';
import { seedShowcaseActivities } from './seedActivities.ts';
import { seedShowcaseMoralList } from './seedMoralList.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseMoralList(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcaseActivities(seeded.ctx, seeded.accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s board and 一领四微', () => {
  it('lists the red listing by the representatives’ resolution; the black one waits for its answer', async () => {
    const c = await moralListConsole({ db }, villageId, TODAY, true);
    expect(c.rules?.decidingBody).toBe('representativesMeeting');
    expect(c.listings.map((l) => [l.kind, l.state])).toEqual([
      ['black', 'notified'],
      ['red', 'listed'],
    ]);
    const board = await moralBoard({ db }, villageId, TODAY);
    expect(board.lines).toHaveLength(1);
    expect(board.lines[0]?.kind).toBe('red');
  });

  it('has the register, two activities and last quarter’s courtyards on the honours roll', async () => {
    const page = await activitiesPage({ db }, villageId);
    expect(page.units.map((u) => u.kind).sort()).toEqual(['organization', 'service', 'venue']);
    expect(page.activities).toHaveLength(2);
    const roll = await honoursRoll({ db }, villageId, 2026);
    expect(roll.lines).toHaveLength(2);
    expect(roll.lines.every((l) => l.category === 'courtyard' && l.quarter === 3)).toBe(true);
  });

  it('gives a points award its evidence: a confirmed, published honour, and nothing for the one not elected', async () => {
    const [selection] = await listSelections(db, villageId);
    const nominations = await listNominations(db, villageId, [selection!.id]);
    const confirmed = nominations.find((n) => n.outcome === 'confirmed')!;
    const notElected = nominations.find((n) => n.outcome === 'notElected')!;
    expect(await publishedHonour(db, villageId, confirmed.id)).toMatchObject({
      householdId: confirmed.household_id,
      category: 'courtyard',
      quarter: 3,
    });
    expect(await publishedHonour(db, villageId, notElected.id)).toBeNull();
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
