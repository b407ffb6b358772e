import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate as d, type CalendarDate } from '@cunzhi/core/calendarDate';
import { storeTerms, type CharterTerms } from '@cunzhi/core/collective/charter';
import { atLeast } from '@cunzhi/core/rules/threshold';
import type { Database } from '../../../platform/db/database.ts';
import { insertCharter, insertMember, insertMemberEvent, insertOrg } from '../repository.ts';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { resolutionOf } from '../../../testing/resolutions.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../../testing/testServer.ts';
import { holdingsOn } from './repository.ts';

/**
 * 股权量化 through the HTTP API: a 股东名册 of the reform imported (a file with problems writes
 * nothing and names each by row, column and reason; the same organisation is not quantified
 * twice); a quantification by the representatives refused citing Art. 26 in words; transfers only
 * to members and never beyond what is held; inheritance only after the death is recorded, by a
 * member of the household; a newborn under static shares refused; certificates numbered, a
 * reissue voiding the one before; every refusal writing nothing.
 */
/** A cooperative of the reform's members, with a static charter of 人口股 ×10 and 农龄股 ×1, no shares yet. */
async function reformedCooperative(
  db: Database,
  villageId: string,
  personIds: readonly string[],
  reformedOn: CalendarDate,
): Promise<string> {
  const orgId = randomUUID();
  const terms: CharterTerms = {
    reserveRateBp: 1000,
    committeePayment: { kind: 'none' },
    shareClasses: [
      { shareClass: 'population', weight: 10 },
      { shareClass: 'farmingYears', weight: 1 },
    ],
    shareMode: 'static',
    newborn: 'none',
    adjustEveryYears: null,
    partyStudy: 'warn',
    assemblyDecision: atLeast(2, 3),
    otherLossReasons: [],
  };
  await db.transaction(async (tx) => {
    const org = { level: 'village', villagerGroupId: null, registeredCode: null } as const;
    await insertOrg(
      tx,
      villageId,
      { ...org, id: orgId, name: '花乡社区股份经济合作社', foundedOn: reformedOn, reformedOn },
      null,
      new Date(),
    );
    await insertCharter(
      tx,
      villageId,
      {
        id: randomUUID(),
        orgId,
        terms: storeTerms(terms),
        resolutionId: null,
        paperResolution: '改制时成员大会通过的章程',
        adoptedOn: reformedOn,
        effectiveFrom: reformedOn,
      },
      null,
      new Date(),
    );
    for (const personId of personIds) {
      await insertMember(tx, villageId, { id: randomUUID(), orgId, personId, since: reformedOn });
      await insertMemberEvent(
        tx,
        villageId,
        {
          id: randomUUID(),
          orgId,
          personId,
          kind: 'confirm',
          ground: 'reform',
          occurredOn: reformedOn,
          reason: '',
          evidence: '',
          resolutionId: null,
          appliedOn: null,
        },
        null,
        new Date(),
      );
    }
  });
  return orgId;
}

describe(`collective shares (${describeDatabase()})`, () => {
  let server: TestServer;
  let chair: HttpClient;
  let villager: HttpClient;
  let A: string;
  let orgId: string;
  let base: string;
  let people: Array<{ id: string; name: string; rid: string; household: string; number: string }>;

  const upload = (csv: string, fields: Record<string, string>, name = '股东名册.csv') => {
    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode(csv)]), name);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return chair.post(`${base}/imports`, form);
  };
  async function finished(importId: string) {
    for (;;) {
      const res = await chair.get(`${base}/imports/${importId}`);
      if (res.body.status !== 'running') return res;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const entries = async () =>
    Number(
      (
        await server.db.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM collective_share_entry WHERE village_id = $1`,
          [A],
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    server = await startTestServer();
    A = server.fixture.villageA.id;
    chair = await server.as('committeeChair');
    villager = await server.as('villager');
    people = await server.db.query(
      `SELECT p.id, p.name, p.resident_id_number AS rid, p.household_id AS household, h.number
       FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
       WHERE p.village_id = $1 ORDER BY h.number, p.relation_to_head = 'head' DESC, p.birth_date`,
      [A],
    );
    // the first five are the reform's members (register numbers 1–5); the sixth is not a member
    orgId = await reformedCooperative(
      server.db,
      A,
      people.slice(0, 5).map((p) => p.id),
      d('2009-06-30'),
    );
    base = `/api/villages/${A}/collective/orgs/${orgId}/shares`;
  });
  afterAll(async () => {
    await server.close();
  });

  const line = (p: (typeof people)[number], population: string, years: string, total = '') =>
    `${p.number},${p.name},${p.rid},${population},${years},${total}`;
  const sheet = (...rows: string[]) =>
    ['户号,姓名,身份证号码,人口股,农龄股,合计', ...rows].join('\n');

  it('refuses a 股东名册 with problems whole, each by row, column and reason', async () => {
    const [p0, p1, , , , outsider] = people;
    const res = await upload(
      sheet(line(p0!, '1', '23', '34'), line(p1!, '1', 'x'), line(outsider!, '1', '')),
      { reformReference: '2009年6月股份合作制改革成员大会决议' },
    );
    expect(res.status).toBe(202);
    const done = await finished(res.body.importId);
    expect(done.body.status).toBe('failed');
    expect(done.body.summary).toContain('未导入任何一行');
    expect(done.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual(
      [
        [2, '合计'],
        [3, '农龄股'],
        [4, '姓名'],
      ],
    );
    expect(done.body.errors[2].message).toContain('2009年6月30日');
    expect(await entries()).toBe(0);
  });

  it('imports the reform’s register: every line, totals reconciled, the file by its SHA-256', async () => {
    const rows = people.slice(0, 5).map((p, i) => line(p, '1', String(10 + i)));
    const res = await upload(sheet(...rows, '合计,,,5,60,110'), {
      reformReference: '2009年6月股份合作制改革成员大会决议',
    });
    const done = await finished(res.body.importId);
    expect(done.body).toMatchObject({ status: 'succeeded', errors: [] });
    expect(done.body.file).toMatchObject({ members: 5, units: 110, effectiveOn: '2009-06-30' });
    const shares = await chair.get(`${base}?on=2009-06-30`);
    expect(shares.body.totals).toEqual({ members: 5, households: 2, units: 110 });
    expect(shares.body.holders[0]).toMatchObject({
      registerNo: 1,
      classes: { population: 10, farmingYears: 10, land: 0 },
      units: 20,
    });
    expect((await chair.get(`${base}?on=2009-06-29`)).body.totals.units).toBe(0);
    // the same organisation is not quantified twice, by any file
    const again = await upload(sheet(line(people[0]!, '1', '1')), {
      reformReference: '2009年6月股份合作制改革成员大会决议',
    });
    expect(again.status).toBe(409);
  });

  it('refuses a quantification by the representatives, citing Art. 26 in words', async () => {
    const reps = await resolutionOf(
      server,
      'membersRepresentativesAssembly',
      '2026-03-01',
      '股权量化方案',
      orgId,
    );
    const res = await chair.post(`${base}/quantification`, {
      resolutionId: reps.id,
      lines: [{ personId: people[0]!.id, population: 1 }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('成员大会');
    expect(res.body.error.message).toContain('第二十六条');
    expect(res.body.error.message).not.toContain('NJJ-');
  });

  it('transfers only to a member, and never more than is held', async () => {
    const [p0, p1, , , , outsider] = people;
    const outside = await chair.post(`${base}/transfers`, {
      fromPersonId: p0!.id,
      toPersonId: outsider!.id,
      shareClass: 'farmingYears',
      units: 5,
      on: '2026-03-01',
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.message).toContain('内部转让');
    const before = await entries();
    const tooMany = await chair.post(`${base}/transfers`, {
      fromPersonId: p0!.id,
      toPersonId: p1!.id,
      shareClass: 'farmingYears',
      units: 11,
      on: '2026-03-01',
    });
    expect(tooMany.status).toBe(422);
    expect(await entries()).toBe(before);
    // n: exactly what is held moves; the organisation's total is unchanged
    const ok = await chair.post(`${base}/transfers`, {
      fromPersonId: p0!.id,
      toPersonId: p1!.id,
      shareClass: 'farmingYears',
      units: 10,
      on: '2026-03-01',
    });
    expect(ok.status).toBe(201);
    const held = await holdingsOn(server.db, A, orgId, d('2026-03-01'));
    expect(held.map((h) => h.shares)).toEqual([10, 31, 22, 23, 24]);
    expect(held.reduce((s, h) => s + h.shares, 0)).toBe(110);
  });

  it('spends the same units once when two transfers come at the same moment', async () => {
    const [, , p2, p3, p4] = people;
    const send = (to: string) =>
      chair.post(`${base}/transfers`, {
        fromPersonId: p2!.id,
        toPersonId: to,
        shareClass: 'farmingYears',
        units: 12,
        on: '2026-03-02',
      });
    const answers = await Promise.all([send(p3!.id), send(p4!.id)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422]);
    const held = await holdingsOn(server.db, A, orgId, d('2026-03-02'));
    expect(held.find((h) => h.personId === p2!.id)?.shares).toBe(10);
    expect(held.reduce((s, h) => s + h.shares, 0)).toBe(110);
  });

  it('an inheritance waits for the recorded death and goes to a member of the household', async () => {
    const [p0, p1, , p3] = people;
    const notDead = await chair.post(`${base}/inheritances`, {
      deceasedPersonId: p0!.id,
      heirPersonId: p1!.id,
      on: '2026-04-01',
    });
    expect(notDead.status).toBe(422);
    await server.db.query(
      `INSERT INTO collective_member_event (village_id, id, org_id, person_id, kind, ground, occurred_on, recorded_at)
       VALUES ($1, $2, $3, $4, 'lose', 'death', '2026-03-20', now())`,
      [A, randomUUID(), orgId, p0!.id],
    );
    const otherHousehold = await chair.post(`${base}/inheritances`, {
      deceasedPersonId: p0!.id,
      heirPersonId: p3!.id,
      on: '2026-04-01',
    });
    expect(otherHousehold.status).toBe(422);
    expect(otherHousehold.body.error.message).toContain('同一户');
    const ok = await chair.post(`${base}/inheritances`, {
      deceasedPersonId: p0!.id,
      heirPersonId: p1!.id,
      on: '2026-04-01',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.units).toBe(10);
    const held = await holdingsOn(server.db, A, orgId, d('2026-04-01'));
    expect(held.find((h) => h.personId === p0!.id)).toBeUndefined();
    expect(held.find((h) => h.personId === p1!.id)?.shares).toBe(41);
  });

  it('a newborn under static shares is given none (生不增), citing the charter', async () => {
    const res = await chair.post(`${base}/grants`, { personId: people[5]!.id });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('生不增');
  });

  it('numbers certificates per organisation; a reissue voids the one before', async () => {
    const household = people[1]!.household;
    const first = await chair.post(`${base}/certificates`, { householdId: household });
    expect(first.status).toBe(201);
    expect(first.body.certificate).toMatchObject({ number: 1, units: 51, replacesNumber: null });
    const second = await chair.post(`${base}/certificates`, {
      householdId: household,
      reason: '证书遗失补办',
    });
    expect(second.body.certificate).toMatchObject({ number: 2, replacesNumber: 1 });
    const print = await chair.get(`${base}/certificates/${first.body.certificate.id}`);
    expect(print.body.certificate).toMatchObject({ voidReason: '证书遗失补办' });
    expect(print.body.fingerprint).not.toBeNull();
    const none = await chair.post(`${base}/certificates`, {
      householdId: server.fixture.villageA.householdIds.at(-1),
    });
    expect(none.status).toBe(422);
    // every other holding household gets its first certificate at once; the one above keeps no. 2
    const rest = await chair.post(`${base}/certificates/missing`, {});
    expect(rest.body).toEqual({ issued: 1 });
    expect((await chair.post(`${base}/certificates/missing`, {})).body).toEqual({ issued: 0 });
    const register = await chair.get(base);
    expect(
      register.body.households.map(
        (h: { certificate: { number: number } }) => h.certificate.number,
      ),
    ).toEqual([2, 3]);
  });

  it('is the cadres’ and overseers’ to read, not a villager’s', async () => {
    expect((await villager.get(base)).status).toBe(403);
  });
});
