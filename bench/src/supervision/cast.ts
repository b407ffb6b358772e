import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database, Tx } from '@cunzhi/server/platform/db/database';
import { bulkInsert } from '@cunzhi/server/platform/db/bulkInsert';
import { supervisionMembers } from '@cunzhi/server/features/supervision/repository';
import { insertBodyTerm } from '../generateCounty.ts';

/**
 * Who acts in a village's supervision records, seated in the database before
 * the records are written: a supervision committee of seven (re-elected, so
 * the same members serve the previous term and the current one, covering the
 * five years), each member with a villager account (they vote on their
 * phones), and the villagers' committee's chair with an account (convenes
 * meetings, answers corrections and complaints). A village that already has
 * a committee (the payment race seats one in the scenario village) keeps it.
 */
export interface VillageCast {
  villageId: string;
  townId: string;
  /** The supervision committee's members, chair first. */
  members: string[];
  memberAccounts: string[];
  chair: { name: string; phone: string | null };
  /** The villagers' committee's chair: a cadre complaints name; their account answers for the committee. */
  cadre: string;
  cadreAccount: string;
  /** Villagers who complain under their name. */
  residents: string[];
}

/** Accounts of a town's officials: the discipline commission's and the government's. */
export interface TownStaff {
  discipline: string;
  government: string;
}

const MEMBERS = 7;

/** The columns of each table the records fill, in the order they are inserted (foreign keys first). */
export const RECORD_COLUMNS = {
  meeting: [
    'village_id',
    'id',
    'kind',
    'title',
    'meeting_on',
    'starts_at',
    'place',
    'notice_on',
    'status',
    'convened_by',
    'agenda',
    'agenda_review',
    'agenda_review_note',
    'agenda_reviewed_by',
    'agenda_reviewed_on',
    'check_in_code',
    'opened_at',
    'closed_at',
    'profile_id',
    'profile_version',
    'created_at',
  ],
  supervision_plan: [
    'village_id',
    'id',
    'year',
    'items',
    'status',
    'adopted_on',
    'drafted_by',
    'created_at',
  ],
  supervision_inspection: [
    'village_id',
    'id',
    'number',
    'title',
    'subject',
    'subject_ref',
    'plan_id',
    'started_on',
    'assigned',
    'present',
    'status',
    'outcome',
    'concluded_on',
    'hold_id',
    'created_by',
    'created_at',
  ],
  supervision_finding: [
    'village_id',
    'id',
    'inspection_id',
    'text',
    'voucher_ids',
    'evidence',
    'recorded_by',
    'recorded_on',
    'created_at',
  ],
  supervision_correction: [
    'village_id',
    'id',
    'inspection_id',
    'addressee',
    'what',
    'ordered_on',
    'due_on',
    'done_on',
    'answer',
    'answered_by',
    'verified_on',
    'verified_by',
  ],
  notice: [
    'village_id',
    'id',
    'kind',
    'title',
    'body',
    'published_on',
    'period_ends_on',
    'matter_id',
    'resolution_id',
    'meeting_id',
    'published_by',
    'contact_name',
    'contact_phone',
    'created_at',
  ],
  supervision_report: [
    'village_id',
    'id',
    'number',
    'kind',
    'title',
    'body',
    'inspection_ids',
    'status',
    'published_on',
    'notice_id',
    'drafted_by',
    'created_at',
  ],
  supervision_sitting: [
    'village_id',
    'id',
    'mode',
    'held_on',
    'closes_on',
    'attendance',
    'convened_by',
    'created_by',
    'created_at',
  ],
  supervision_motion: [
    'village_id',
    'id',
    'sitting_id',
    'kind',
    'subject_id',
    'proposal',
    'tabled_by',
    'status',
    'decided_on',
    'decision',
    'profile_id',
    'profile_version',
    'created_at',
  ],
  supervision_vote: ['village_id', 'motion_id', 'person_id', 'choice', 'recorded_by', 'voted_at'],
  complaint: [
    'village_id',
    'id',
    'number',
    'channel',
    'anonymous',
    'complainant_person_id',
    'complainant_name',
    'complainant_phone',
    'subject',
    'body',
    'concerns_person_ids',
    'class',
    'handler',
    'status',
    'received_on',
    'due_on',
    'answer',
    'answered_on',
    'answered_by',
    'tracking_hash',
    'entered_by',
    'created_at',
  ],
  town_referral: [
    'village_id',
    'id',
    'town_id',
    'source_kind',
    'source_id',
    'addressee',
    'subject',
    'summary',
    'concerns_person_ids',
    'status',
    'filed_on',
    'filed_at',
    'filed_by',
    'accepted_at',
    'accepted_by',
    'answer',
    'answered_at',
    'answered_by',
    'closed_at',
    'closed_by',
  ],
} as const;

export type RecordTable = keyof typeof RECORD_COLUMNS;
export type Row = Record<string, unknown>;
export type Records = Record<RecordTable, Row[]>;

export function emptyRecords(): Records {
  return Object.fromEntries(Object.keys(RECORD_COLUMNS).map((t) => [t, []])) as unknown as Records;
}

/** Writes a village's records, table by table in foreign-key order; every column must be given. */
export async function insertRecords(tx: Tx, records: Records): Promise<void> {
  for (const table of Object.keys(RECORD_COLUMNS) as RecordTable[]) {
    const columns = RECORD_COLUMNS[table];
    const rows = records[table].map((row) =>
      columns.map((c) => {
        if (!(c in row)) throw new Error(`${table}.${c} not given`);
        return row[c];
      }),
    );
    await bulkInsert(tx, table, columns, rows);
  }
}

/** The village's people: adults old enough to have served five years ago, and others to complain. */
async function villagers(
  tx: Tx,
  villageId: string,
  today: CalendarDate,
): Promise<Array<{ id: string; name: string; phone: string | null }>> {
  return tx.query(
    `SELECT id, name, phone FROM person WHERE village_id = $1 AND birth_date <= $2::date - 30 * 366
     ORDER BY id LIMIT 40`,
    [villageId, today],
  );
}

/**
 * Seats the cast of one village (see VillageCast); `phones` numbers the accounts, `hash` is
 * their password's (one argon2 hash for all, computed once).
 */
export async function seatCast(
  tx: Tx,
  village: { id: string; townId: string },
  today: CalendarDate,
  phones: () => string,
  hash: string,
): Promise<VillageCast> {
  const people = await villagers(tx, village.id, today);
  const cadre = await villagersCommitteeChair(tx, village.id, people[0]!, today, phones(), hash);
  const others = people.filter((p) => p.id !== cadre.person);
  let members = (await supervisionMembers(tx, village.id, today)).map((m) => m.person_id);
  const year = Number(today.slice(0, 4));
  let bodyId: string;
  if (members.length > 0) {
    const [body] = await tx.query<{ id: string }>(
      `SELECT id FROM body WHERE village_id = $1 AND kind = 'villageAffairsSupervisionCommittee'`,
      [village.id],
    );
    bodyId = body!.id;
  } else {
    members = others.slice(0, MEMBERS).map((p) => p.id);
    const seated = await insertBodyTerm(
      tx,
      village.id,
      { kind: 'villageAffairsSupervisionCommittee', name: '村务监督委员会' },
      year,
    );
    bodyId = seated.bodyId;
    await seat(tx, village.id, bodyId, seated.termId, members, seated.startsOn);
  }
  // the previous term, the same members: the five years' motions are counted with them
  const previous = { id: randomUUID(), startsOn: `${year - 6}-05-01`, endsOn: `${year - 1}-04-30` };
  await tx.query(
    'INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
    [village.id, previous.id, bodyId, previous.startsOn, previous.endsOn],
  );
  await seat(tx, village.id, bodyId, previous.id, members, previous.startsOn);
  const memberAccounts = await accountsFor(tx, village.id, members, phones, hash);
  const [chair] = await tx.query<{ name: string; phone: string | null }>(
    'SELECT name, phone FROM person WHERE village_id = $1 AND id = $2',
    [village.id, members[0]],
  );
  const seated = new Set([...members, cadre.person]);
  return {
    villageId: village.id,
    townId: village.townId,
    members,
    memberAccounts,
    chair: { name: chair!.name, phone: chair!.phone },
    cadre: cadre.person,
    cadreAccount: cadre.account,
    residents: people.filter((p) => !seated.has(p.id)).map((p) => p.id),
  };
}

async function seat(
  tx: Tx,
  villageId: string,
  bodyId: string,
  termId: string,
  members: readonly string[],
  startsOn: string,
): Promise<void> {
  await bulkInsert(
    tx,
    'body_membership',
    ['village_id', 'id', 'body_id', 'term_id', 'person_id', 'role', 'starts_on'],
    members.map((p, i) => [
      villageId,
      randomUUID(),
      bodyId,
      termId,
      p,
      i === 0 ? 'chair' : 'member',
      startsOn,
    ]),
  );
}

/** Villager accounts for these persons (an existing one is kept); their ids in the same order. */
async function accountsFor(
  tx: Tx,
  villageId: string,
  persons: readonly string[],
  phones: () => string,
  hash: string,
): Promise<string[]> {
  const existing = await tx.query<{ id: string; person_id: string }>(
    'SELECT id, person_id FROM account WHERE village_id = $1 AND person_id = ANY($2::uuid[])',
    [villageId, persons],
  );
  const byPerson = new Map(existing.map((a) => [a.person_id, a.id]));
  const rows: unknown[][] = [];
  for (const p of persons) {
    if (byPerson.has(p)) continue;
    const id = randomUUID();
    byPerson.set(p, id);
    rows.push([id, 'villager', phones(), '村务监督委员', hash, villageId, p]);
  }
  await bulkInsert(
    tx,
    'account',
    ['id', 'kind', 'phone', 'display_name', 'password_hash', 'village_id', 'person_id'],
    rows,
  );
  return persons.map((p) => byPerson.get(p)!);
}

/** The villagers' committee's chair (the county generator seats one in the scenario village), with an account. */
async function villagersCommitteeChair(
  tx: Tx,
  villageId: string,
  candidate: { id: string },
  today: CalendarDate,
  phone: string,
  hash: string,
): Promise<{ person: string; account: string }> {
  const [found] = await tx.query<{ person_id: string }>(
    `SELECT bm.person_id FROM body_membership bm JOIN body b ON b.village_id = bm.village_id AND b.id = bm.body_id
     WHERE bm.village_id = $1 AND b.kind = 'villagersCommittee' AND bm.role = 'chair' LIMIT 1`,
    [villageId],
  );
  const person = found?.person_id ?? candidate.id;
  if (!found) {
    const seated = await insertBodyTerm(
      tx,
      villageId,
      { kind: 'villagersCommittee', name: '村民委员会' },
      Number(today.slice(0, 4)),
    );
    await seat(tx, villageId, seated.bodyId, seated.termId, [person], seated.startsOn);
  }
  const [account] = await accountsFor(tx, villageId, [person], () => phone, hash);
  return { person, account: account! };
}

/** A discipline and a government official for every town, with staff accounts. */
export async function seatTownStaff(
  db: Database,
  phones: () => string,
  hash: string,
): Promise<Map<string, TownStaff & { disciplinePhone: string }>> {
  const towns = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM town ORDER BY code',
  );
  const out = new Map<string, TownStaff & { disciplinePhone: string }>();
  await db.transaction(async (tx) => {
    for (const town of towns) {
      const staff = {
        discipline: randomUUID(),
        government: randomUUID(),
        disciplinePhone: phones(),
      };
      const accounts = [
        [staff.discipline, staff.disciplinePhone, `${town.name}纪委`, 'discipline', '纪委书记'],
        [staff.government, phones(), `${town.name}人民政府`, 'government', '副镇长'],
      ] as const;
      for (const [id, phone, name, unit, title] of accounts) {
        await tx.query(
          `INSERT INTO account (id, kind, phone, display_name, password_hash) VALUES ($1, 'staff', $2, $3, $4)`,
          [id, phone, name, hash],
        );
        await tx.query(
          'INSERT INTO staff_scope (account_id, level, scope_id, title, unit) VALUES ($1, $2, $3, $4, $5)',
          [id, 'town', town.id, title, unit],
        );
      }
      out.set(town.id, staff);
    }
  });
  return out;
}
