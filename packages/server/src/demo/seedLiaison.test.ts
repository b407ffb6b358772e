import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { caseOverdue, effectiveState } from '@cunzhi/core/liaison/cases';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { caseQueue, currentLinks, duties, lastDone } from '../features/liaison/queries.ts';
import { seedShowcaseLiaison } from './seedLiaison.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseLiaison(seeded.ctx, seeded.accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s grid liaison', () => {
  it('has seed 004’s 6 categories and 35 duty items, all examples, and a grid’s log', async () => {
    const items = await duties(db, villageId);
    expect(items).toHaveLength(35);
    expect(new Set(items.map((i) => i.category)).size).toBe(6);
    expect(items.every((i) => i.example)).toBe(true);
    expect((await lastDone(db, villageId)).length).toBeGreaterThan(10);
  });

  it('has 民情 in every stage: closed, overdue, merged, awaiting a rating, about a cadre, reopened', async () => {
    const rows = await caseQueue(db, villageId);
    const by = (subject: string) => rows.find((r) => r.subject === subject)!;
    expect(by('村口路灯坏了')).toMatchObject({ state: 'closed', rating: 'satisfied' });
    const rubbish = by('垃圾清运不及时');
    expect(rubbish.followers).toBe(1);
    expect(caseOverdue({ state: rubbish.state, dueOn: rubbish.due_on }, TODAY)).toBe(true);
    expect(
      effectiveState(
        {
          state: by('河道边有人倾倒建筑垃圾').state,
          ratingDueOn: by('河道边有人倾倒建筑垃圾').rating_due_on,
        },
        TODAY,
      ),
    ).toBe('answered');
    expect(by('低保评议优亲厚友')).toMatchObject({ level: 'supervision', state: 'acknowledged' });
    expect(by('组道坑洼积水')).toMatchObject({
      level: 'village',
      state: 'handling',
      reopen_count: 1,
    });
    expect(by('独居老人摔伤后生活困难')).toMatchObject({ source: 'visit', state: 'reported' });
  });

  it('has household links with overdue visits, and an intact audit chain', async () => {
    const links = await currentLinks(db, villageId);
    expect(links.length).toBe(10);
    expect(links.filter((l) => l.last_visit_on === null).length).toBeGreaterThan(0);
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
