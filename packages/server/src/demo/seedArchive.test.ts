import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { auditsPage } from '../features/responsibilityAudits/queries.ts';
import { archivePage } from '../features/archive/archiveIndex.ts';
import { seedShowcaseArchive } from './seedArchive.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseArchive(seeded.ctx, seeded.accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s audits and archive', () => {
  it('the last term’s departure and term audits, published before the new committee took office', async () => {
    const page = await auditsPage({ db }, villageId, TODAY, {
      personId: null,
      seesUnpublished: true,
    });
    expect(page.audits.map((a) => [a.kind, a.status]).sort()).toEqual([
      ['departure', 'published'],
      ['term', 'published'],
    ]);
    const departure = page.audits.find((a) => a.kind === 'departure')!;
    const successor = page.terms.find((t) => t.starts_on > departure.period_to)!;
    expect(departure.published_on! < successor.starts_on).toBe(true);
    expect(departure.amounts[0]!.amountFen).toBe(3_860_000);
    expect(page.findings).toEqual([]);
  });

  it('three documents filed by hand, the election files among them, in their years’ index; the chain verifies', async () => {
    const row = { id: villageId, name: '花乡社区', kind: 'community' as const };
    const first = await archivePage({ db }, row, 2026, TODAY);
    const manual = [];
    for (const year of first.years)
      manual.push(
        ...(await archivePage({ db }, row, year, TODAY)).entries.filter(
          (e) => e.source === 'manual',
        ),
      );
    expect(manual.map((e) => e.type).sort()).toEqual([
      'construction',
      'electionFiles',
      'publicFacilities',
    ]);
    expect(first.findings.map((f) => f.code)).not.toContain('election_files_not_filed');
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
