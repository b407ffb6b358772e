import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { resolutionOf } from '../../../testing/resolutions.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../../testing/testServer.ts';
import { balanceOn } from '../repository.ts';

/**
 * Importing a village's existing points ledger: refused without a scheme in force; a file with
 * problems writes nothing and lists each by row, column and reason in Chinese (an unlawful
 * deduction with its law); a good file's lines cite its SHA-256 and the importer and count only
 * after their publicity; the same file is not imported twice.
 */
describe(`points ledger import (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let chair: HttpClient;
  let numbers: string[];

  const upload = (text: string, name = '积分台账.csv') => {
    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode(text)]), name);
    return chair.post(`${base}/imports`, form);
  };
  const csv = (...rows: string[]) => ['户号,户主,日期,积分,事由', ...rows].join('\n');

  /** Version 1 of the scheme, adopted by the representatives: 5 working days of publicity. */
  async function adoptScheme(): Promise<void> {
    const resolution = await resolutionOf(server, 'representativesMeeting', '2026-11-02');
    const v = server.fixture.villageA.id;
    await server.db.query(
      `INSERT INTO points_scheme (village_id, id, version, title, part_of_village_rules,
         person_rolls_into_household, publicity_days, publicity_unit, reviewer_body_kind,
         contest_body_kind, drafted_by, drafted_on, resolution_id, adopted_on, effective_from)
       VALUES ($1, $2, 1, '甲村积分制管理实施方案', false, true, 5, 'working', 'villagersCommittee',
         'representativesMeeting', $3, '2026-10-20', $4, '2026-11-02', '2026-11-02')`,
      [v, randomUUID(), server.fixture.accounts.committeeChair.id, resolution.id],
    );
  }

  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}/points`;
    chair = await server.as('committeeChair');
    const rows = await server.db.query<{ number: string }>(
      `SELECT number FROM household WHERE village_id = $1 ORDER BY number`,
      [v.id],
    );
    numbers = rows.map((r) => r.number);
  });
  afterAll(async () => {
    await server.close();
  });

  it('is refused while no scheme is in force, citing the law in words', async () => {
    const res = await upload(csv(`${numbers[0]},,2025-03-12,5,参加义务植树`));
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('村民委员会组织法');
    await adoptScheme();
  });

  it('a file with problems writes nothing and lists each by row, column and reason', async () => {
    const res = await upload(
      csv(
        `${numbers[0]},王建国,2025-03-12,5,参加义务植树`,
        `9999,,2025-03-12,5,清扫`,
        `${numbers[1]},,2025-13-01,五,`,
        `${numbers[1]},,2025-04-01,-10,越级上访`,
      ),
    );
    expect(res.status).toBe(202);
    const job = await chair.waitForJob(`${base}/imports/${res.body.importId}`);
    expect(job.status).toBe('failed');
    expect(job.summary).toBe('积分台账有 5 处错误，未导入任何数据');
    expect(job.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, '户号'],
      [4, '日期'],
      [4, '积分'],
      [4, '事由'],
      [5, '事由'],
    ]);
    expect(job.errors[0].message).toContain('没有户号为 9999 的户');
    expect(job.errors[4].message).toMatch(/^这一行不能导入：.*上访.*（.+）$/);
    const [count] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int8 AS n FROM points_entry WHERE village_id = $1`,
      [server.fixture.villageA.id],
    );
    expect(count?.n).toBe(0);
  });

  it('imports a good file: lines cite its SHA-256 and the importer and count after publicity', async () => {
    const text = csv(
      `${numbers[0]},王建国,2025-03-12,5,参加义务植树`,
      `${numbers[0]},,2025.04.01,-2,门前三包未落实`,
      `${numbers[1]},,2025-05-20,8,调解邻里纠纷`,
    );
    const res = await upload(text);
    const job = await chair.waitForJob(`${base}/imports/${res.body.importId}`);
    expect(job.status).toBe('succeeded');
    // posted Saturday 21 November 2026: 5 working days end on Friday 27 November
    expect(job.file).toMatchObject({
      lines: 3,
      pointsTotal: 11,
      importedByName: 'committeeChair',
      publicityStartsOn: '2026-11-21',
      publicityEndsOn: '2026-11-27',
    });
    expect(job.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const lines = await server.db.query<{
      source_id: string;
      recorded_by: string;
      note: string;
      effective_on: string;
    }>(
      `SELECT source_id, recorded_by, note, effective_on FROM points_entry WHERE village_id = $1 AND kind = 'imported' ORDER BY note`,
      [server.fixture.villageA.id],
    );
    expect(lines).toHaveLength(3);
    for (const l of lines) {
      expect(l.source_id).toBe(job.file.sha256);
      expect(l.recorded_by).toBe(server.fixture.accounts.committeeChair.id);
      expect(l.effective_on).toBe('2026-11-28');
    }
    expect(lines.map((l) => l.note)).toContain('2025年3月12日 参加义务植树');
    const v = server.fixture.villageA.id;
    const household = server.fixture.villageA.householdIds[0]!;
    expect(await balanceOn(server.db, v, household, calendarDate('2026-11-27'))).toBe(0);
    expect(await balanceOn(server.db, v, household, calendarDate('2026-11-28'))).toBe(3);

    const again = await upload(text, '另存的文件名.csv');
    expect(again.status).toBe(422);
    expect(again.body.error.message).toContain('已于2026年11月21日导入，不能重复导入');
    const list = await chair.get(`${base}/imports`);
    expect(list.body.files).toHaveLength(1);
    const [event] = await server.db.query<{ data: { sha256: string; lines: number } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'pointsLedger.imported'`,
      [v],
    );
    expect(event?.data).toMatchObject({ sha256: job.file.sha256, lines: 3 });
  });
});
