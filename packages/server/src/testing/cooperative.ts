import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CharterTerms } from '@cunzhi/core/collective/charter';
import { storeTerms } from '@cunzhi/core/collective/charter';
import { atLeast } from '@cunzhi/core/rules/threshold';
import type { Database } from '../platform/db/database.ts';
import { bulkInsert } from '../platform/db/bulkInsert.ts';
import { insertCharter, insertOrg } from '../features/collective/repository.ts';

/**
 * A cooperative ready to distribute, for tests and the bench: the organisation, a charter
 * (reserve 10%, 5% to the villagers' committee unless told otherwise), the given persons
 * confirmed as the reform's members (Art. 66) in order — so their register numbers are 1, 2, … —
 * and each person's shares from the reform's day, as an imported 股东名册. Written straight to the tables, as the
 * membership and share commands (other parts of the collective) would leave them.
 */
export async function seedCooperative(
  db: Database,
  villageId: string,
  holders: ReadonlyArray<{ personId: string; shares: number }>,
  /** the account that imported the reform's 股东名册 */
  by: string,
  opts: {
    reformedOn?: CalendarDate;
    terms?: Partial<CharterTerms>;
    /** a group-level organisation of this villager group (the village's own when left out) */
    villagerGroupId?: string;
  } = {},
): Promise<{ orgId: string }> {
  const orgId = randomUUID();
  const reformedOn = opts.reformedOn ?? ('2020-01-01' as CalendarDate);
  const at = new Date();
  const terms: CharterTerms = {
    reserveRateBp: 1000,
    committeePayment: { kind: 'rate', rateBp: 500 },
    shareClasses: [{ shareClass: 'population', weight: 1 }],
    shareMode: 'static',
    newborn: 'none',
    adjustEveryYears: null,
    partyStudy: 'warn',
    assemblyDecision: atLeast(2, 3),
    otherLossReasons: [],
    ...opts.terms,
  };
  await db.transaction(async (tx) => {
    await insertOrg(
      tx,
      villageId,
      {
        id: orgId,
        level: opts.villagerGroupId ? 'group' : 'village',
        villagerGroupId: opts.villagerGroupId ?? null,
        name: opts.villagerGroupId ? '村民小组股份经济合作社' : '股份经济合作社',
        registeredCode: null,
        foundedOn: reformedOn,
        reformedOn,
      },
      by,
      at,
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
      by,
      at,
    );
    await bulkInsert(
      tx,
      'collective_member',
      ['village_id', 'id', 'org_id', 'person_id', 'register_no', 'status', 'since'],
      holders.map((h, i) => [
        villageId,
        randomUUID(),
        orgId,
        h.personId,
        i + 1,
        'member',
        reformedOn,
      ]),
    );
    await bulkInsert(
      tx,
      'collective_member_event',
      ['village_id', 'id', 'org_id', 'person_id', 'kind', 'ground', 'occurred_on', 'recorded_at'],
      holders.map((h) => [
        villageId,
        randomUUID(),
        orgId,
        h.personId,
        'confirm',
        'reform',
        reformedOn,
        at,
      ]),
    );
    const fileId = randomUUID();
    const units = holders.reduce((sum, h) => sum + h.shares, 0);
    await tx.query(
      `INSERT INTO collective_share_file (village_id, id, org_id, sha256, file_name, members,
         households, units, effective_on, reform_reference, imported_by, imported_at)
       VALUES ($1, $2, $3, $4, '股东名册.xlsx', $5, $5, $6, $7, '2020年产权制度改革', $8, $9)`,
      [
        villageId,
        fileId,
        orgId,
        fileId.replace(/-/g, '').padEnd(64, '0'),
        holders.length,
        units,
        reformedOn,
        by,
        at,
      ],
    );
    await bulkInsert(
      tx,
      'collective_share_entry',
      SHARE_COLUMNS,
      holders.map((h) => [
        villageId,
        randomUUID(),
        orgId,
        h.personId,
        'population',
        'imported',
        h.shares,
        reformedOn,
        fileId,
        by,
        at,
      ]),
    );
  });
  return { orgId };
}

const SHARE_COLUMNS = [
  'village_id',
  'id',
  'org_id',
  'person_id',
  'share_class',
  'kind',
  'units',
  'effective_on',
  'file_id',
  'recorded_by',
  'recorded_at',
];

let resolutionSeq = 0;

/**
 * A resolution of the organisation's closed members' assembly (or another of its meeting kinds)
 * adopted on a day, numbered in the organisation's own series from 800 (as the meetings module
 * would leave it once the motion passed).
 */
export async function orgResolution(
  db: Database,
  villageId: string,
  orgId: string,
  by: string,
  adoptedOn: string,
  kind = 'membersAssembly',
  title = '收益分配方案',
  /** the Art. 26 power the motion exercised: 'budget' covers income distribution */
  power = 'budget',
): Promise<{ id: string; meetingId: string }> {
  const [meetingId, motionId, id] = [randomUUID(), randomUUID(), randomUUID()];
  resolutionSeq += 1;
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by,
         check_in_code, profile_id, profile_version, collective_org_id)
       VALUES ($1, $2, $3, $4, $5, $5, 'closed', $6, 'ABC123', 'national', '2025-10-28', $7)`,
      [villageId, meetingId, kind, title, adoptedOn, by, orgId],
    );
    await tx.query(
      `INSERT INTO motion (village_id, id, meeting_id, number, title, voting, status, yes, no,
         abstain, passed, closed_at, collective_power)
       VALUES ($1, $2, $3, 1, $4, 'showOfHands', 'closed', 9, 0, 0, true, now(), $5)`,
      [villageId, motionId, meetingId, title, power],
    );
    await tx.query(
      `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, kind, title,
         adopted_on, decision, profile_id, profile_version, collective_org_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'ordinary', $7, $8, '{}', 'national', '2025-10-28', $9)`,
      [
        villageId,
        id,
        Number(adoptedOn.slice(0, 4)),
        800 + resolutionSeq,
        meetingId,
        motionId,
        title,
        adoptedOn,
        orgId,
      ],
    );
  });
  return { id, meetingId };
}
