import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { checkComposition } from '@cunzhi/core/rules/composition';
import { NATIONAL_PARAMS } from '@cunzhi/core/rules/profile';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import type { AppContext } from '../platform/http/context.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { compositionFacts } from '../features/rules/queries/composition.ts';
import { seedShowcaseCollective } from './seedCollective.ts';
import { seedShowcaseCollectiveMeetings } from './seedCollectiveMeetings.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let ctx: AppContext;
let villageId: string;
let orgId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId, ctx } = seeded);
  ({ orgId } = await seedShowcaseCollective(seeded.ctx, seeded.accounts, TODAY));
  await seedShowcaseCollectiveMeetings(seeded.ctx, seeded.accounts, TODAY);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase cooperative’s meetings (seed 002)', () => {
  it('held this year’s council meeting, its resolution in the organisation’s own series', async () => {
    const rows = await db.query<{ kind: string; year: number; number: number; passed: boolean }>(
      `SELECT m.kind, r.year, r.number, mo.passed
       FROM meeting m JOIN motion mo ON mo.village_id = m.village_id AND mo.meeting_id = m.id
       LEFT JOIN resolution r ON r.village_id = m.village_id AND r.motion_id = mo.id
       WHERE m.village_id = $1 AND m.collective_org_id = $2 ORDER BY m.meeting_on`,
      [villageId, orgId],
    );
    expect(rows).toEqual([
      { kind: 'collectiveCouncilMeeting', year: 2026, number: 1, passed: true },
    ]);
  });

  it('seats seed 002’s nine directors, which the law’s three to seven shows as a finding', async () => {
    const [council] = await db.query<{ id: string }>(
      `SELECT id FROM body WHERE village_id = $1 AND kind = 'collectiveCouncil'`,
      [villageId],
    );
    const facts = await compositionFacts(
      ctx.db,
      villageId,
      { id: council!.id, kind: 'collectiveCouncil' },
      TODAY,
    );
    expect(checkComposition(facts, NATIONAL_PARAMS['2025-10-28']).map((f) => f.code)).toContain(
      'collective_council_size',
    );
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
