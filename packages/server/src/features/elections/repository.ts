import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ElectionRecord } from '@cunzhi/core/elections/machine';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';

/** Writes of 选举 and the reads its commands need (migration 0023). */

export interface ElectionRow {
  id: string;
  title: string;
  body: 'villagersCommittee' | 'supervisionCommittee';
  electorate: 'villagers' | 'representatives';
  organiser: 'villagersCommittee' | 'partyBranch' | 'town' | 'jointMeeting';
  stage: ElectionRecord['stage'];
  record: ElectionRecord;
  committee_chosen_by: 'villagersAssembly' | 'representativesMeeting' | 'villagerGroups' | null;
  committee_chosen_on: CalendarDate | null;
  committee_published_on: CalendarDate | null;
  committee_filed_on: CalendarDate | null;
  rules_draft: string | null;
  rules_draft_published_on: CalendarDate | null;
  rules_comments_until: CalendarDate | null;
  rules_resolution_id: string | null;
  rules_adopted_on: CalendarDate | null;
  rules_announced_on: CalendarDate | null;
  election_day: CalendarDate | null;
  timetable: Record<string, CalendarDate> | null;
  roll_published_on: CalendarDate | null;
  nominations_opened_on: CalendarDate | null;
  candidates_published_on: CalendarDate | null;
  profile_id: string;
  profile_version: string;
  version: number;
}

export async function insertElection(
  tx: Tx,
  villageId: string,
  e: Pick<ElectionRow, 'id' | 'title' | 'body' | 'electorate' | 'organiser' | 'record'> & {
    profile: { id: string; version: string };
    createdBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO election (village_id, id, title, body, electorate, organiser, record, profile_id, profile_version, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      e.id,
      e.title,
      e.body,
      e.electorate,
      e.organiser,
      JSON.stringify(e.record),
      e.profile.id,
      e.profile.version,
      e.createdBy,
    ],
  );
}

export async function findElection(
  db: Queryable,
  villageId: string,
  id: string,
  lock: '' | 'FOR UPDATE' | 'FOR SHARE' = '',
): Promise<ElectionRow | null> {
  const [row] = await db.query<ElectionRow>(
    `SELECT * FROM election WHERE village_id = $1 AND id = $2 ${lock}`,
    [villageId, id],
  );
  return row ?? null;
}

/** The columns a step may set besides the record (names from this list only, never input). */
export type ElectionColumns = Partial<{
  committee_chosen_by: string;
  committee_chosen_on: CalendarDate;
  committee_published_on: CalendarDate;
  committee_filed_on: CalendarDate;
  committee_filed_by: string | null;
  rules_draft: string;
  rules_draft_published_on: CalendarDate;
  rules_comments_until: CalendarDate;
  rules_resolution_id: string;
  rules_adopted_on: CalendarDate;
  rules_announced_on: CalendarDate;
  election_day: CalendarDate;
  timetable: string;
  roll_published_on: CalendarDate;
  nominations_opened_on: CalendarDate;
  candidates_published_on: CalendarDate;
}>;

const COLUMNS = new Set([
  'committee_chosen_by',
  'committee_chosen_on',
  'committee_published_on',
  'committee_filed_on',
  'committee_filed_by',
  'rules_draft',
  'rules_draft_published_on',
  'rules_comments_until',
  'rules_resolution_id',
  'rules_adopted_on',
  'rules_announced_on',
  'election_day',
  'timetable',
  'roll_published_on',
  'nominations_opened_on',
  'candidates_published_on',
]);

/** The election after a step: its record, stage and the step's columns, one version on. */
export async function updateElection(
  tx: Tx,
  villageId: string,
  id: string,
  record: ElectionRecord,
  set: ElectionColumns = {},
): Promise<void> {
  const entries = Object.entries(set).filter(([k]) => COLUMNS.has(k));
  const params: unknown[] = [villageId, id, JSON.stringify(record), record.stage];
  const assigns = entries.map(([k, v]) => {
    params.push(v);
    return `${k} = $${params.length}`;
  });
  await tx.query(
    `UPDATE election SET record = $3, stage = $4, version = version + 1${assigns.map((a) => `, ${a}`).join('')}
     WHERE village_id = $1 AND id = $2`,
    params,
  );
}

export interface PostRow {
  id: string;
  position: number;
  name_zh: string;
  name_en: string;
  seats: number;
  write_ins: boolean;
}

export async function insertPosts(
  tx: Tx,
  villageId: string,
  electionId: string,
  posts: ReadonlyArray<{
    id: string;
    name: { zh: string; en: string };
    seats: number;
    writeIns: boolean;
  }>,
): Promise<void> {
  await bulkInsert(
    tx,
    'election_post',
    ['village_id', 'election_id', 'id', 'position', 'name_zh', 'name_en', 'seats', 'write_ins'],
    posts.map((p, i) => [
      villageId,
      electionId,
      p.id,
      i + 1,
      p.name.zh,
      p.name.en,
      p.seats,
      p.writeIns,
    ]),
  );
}

export async function postsOf(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<PostRow[]> {
  return db.query<PostRow>(
    `SELECT id, position, name_zh, name_en, seats, write_ins FROM election_post
     WHERE village_id = $1 AND election_id = $2 ORDER BY position`,
    [villageId, electionId],
  );
}

export interface CommitteeRow {
  person_id: string;
  name: string;
  rank: number;
  seat: 'chair' | 'deputyChair' | 'member';
  status: 'seated' | 'reserve' | 'withdrawn';
  seated_on: CalendarDate | null;
  withdrawn_on: CalendarDate | null;
  withdrawal_reason: 'nominated' | 'relativeNominated' | null;
  /** A reserve's: the member whose seat it took (依次递补). */
  filled_seat_of: string | null;
}

export async function insertCommittee(
  tx: Tx,
  villageId: string,
  electionId: string,
  rows: ReadonlyArray<{
    personId: string;
    rank: number;
    seat: string;
    status: 'seated' | 'reserve';
    on: CalendarDate;
  }>,
): Promise<void> {
  await bulkInsert(
    tx,
    'election_committee_member',
    ['village_id', 'election_id', 'person_id', 'rank', 'seat', 'status', 'seated_on'],
    rows.map((r) => [
      villageId,
      electionId,
      r.personId,
      r.rank,
      r.seat,
      r.status,
      r.status === 'seated' ? r.on : null,
    ]),
  );
}

export async function committeeOf(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<CommitteeRow[]> {
  return db.query<CommitteeRow>(
    `SELECT m.person_id, p.name, m.rank, m.seat, m.status, m.seated_on, m.withdrawn_on, m.withdrawal_reason,
            m.filled_seat_of
     FROM election_committee_member m JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE m.village_id = $1 AND m.election_id = $2 ORDER BY m.rank`,
    [villageId, electionId],
  );
}

/** A member leaves (nominated, or a near relative nominated). */
export async function withdrawMember(
  tx: Tx,
  villageId: string,
  electionId: string,
  personId: string,
  on: CalendarDate,
  reason: 'nominated' | 'relativeNominated',
): Promise<void> {
  await tx.query(
    `UPDATE election_committee_member SET status = 'withdrawn', withdrawn_on = $4, withdrawal_reason = $5
     WHERE village_id = $1 AND election_id = $2 AND person_id = $3`,
    [villageId, electionId, personId, on, reason],
  );
}

/** A reserve takes a seat (依次递补). */
export async function seatReserve(
  tx: Tx,
  villageId: string,
  electionId: string,
  personId: string,
  seat: string,
  on: CalendarDate,
  replaces: string | null,
): Promise<void> {
  await tx.query(
    `UPDATE election_committee_member SET status = 'seated', seat = $4, seated_on = $5, filled_seat_of = $6
     WHERE village_id = $1 AND election_id = $2 AND person_id = $3`,
    [villageId, electionId, personId, seat, on, replaces],
  );
}

export interface PersonFacts {
  id: string;
  name: string;
  gender: 'male' | 'female';
  birth_date: CalendarDate;
  residence_status: 'resident' | 'migrantOut' | 'movedIn';
  residence_since: CalendarDate | null;
  resident_id_number: string | null;
}

export async function personsById(
  db: Queryable,
  villageId: string,
  ids: readonly string[],
): Promise<Map<string, PersonFacts>> {
  const rows = await db.query<PersonFacts>(
    `SELECT id, name, gender, birth_date, residence_status, residence_since, resident_id_number
     FROM person WHERE village_id = $1 AND id = ANY($2::uuid[])`,
    [villageId, ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export async function allPersons(db: Queryable, villageId: string): Promise<PersonFacts[]> {
  return db.query<PersonFacts>(
    `SELECT id, name, gender, birth_date, residence_status, residence_since, resident_id_number
     FROM person WHERE village_id = $1 ORDER BY id`,
    [villageId],
  );
}

/** Serving members of a kind of body on a day (the representatives who vote; the committee's members). */
export async function servingMembers(
  db: Queryable,
  villageId: string,
  kind: string,
  on: CalendarDate,
): Promise<string[]> {
  const rows = await db.query<{ person_id: string }>(
    `SELECT DISTINCT m.person_id FROM body_membership m
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     WHERE m.village_id = $1 AND b.kind = $2 AND m.starts_on <= $3
       AND (m.ended_on IS NULL OR m.ended_on > $3) AND t.starts_on <= $3 AND t.ends_on >= $3`,
    [villageId, kind, on],
  );
  return rows.map((r) => r.person_id);
}

export interface ResolutionRow {
  id: string;
  title: string;
  adopted_on: CalendarDate;
  revoked_on: CalendarDate | null;
}

export async function findResolution(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<ResolutionRow | null> {
  const [row] = await db.query<ResolutionRow>(
    'SELECT id, title, adopted_on, revoked_on FROM resolution WHERE village_id = $1 AND id = $2',
    [villageId, id],
  );
  return row ?? null;
}

export interface ObjectionRow {
  id: string;
  subject: 'committee' | 'roll';
  objector_name: string;
  about_person_id: string | null;
  about_name: string | null;
  reason: string;
  received_on: CalendarDate;
  decision: 'upheld' | 'dismissed' | null;
  decision_note: string | null;
  decided_on: CalendarDate | null;
  breaches: Array<{ ruleId: string; severity: 'violation' | 'warning'; text: string }>;
}

export async function insertObjection(
  tx: Tx,
  villageId: string,
  electionId: string,
  o: {
    id: string;
    subject: 'committee' | 'roll';
    objectorName: string;
    objectorPersonId: string | null;
    aboutPersonId: string | null;
    reason: string;
    receivedOn: CalendarDate;
    recordedBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO election_objection (village_id, election_id, id, subject, objector_name, objector_person_id, about_person_id, reason, received_on, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      electionId,
      o.id,
      o.subject,
      o.objectorName,
      o.objectorPersonId,
      o.aboutPersonId,
      o.reason,
      o.receivedOn,
      o.recordedBy,
    ],
  );
}

export async function objectionsOf(
  db: Queryable,
  villageId: string,
  electionId: string,
  id: string | null = null,
): Promise<ObjectionRow[]> {
  return db.query<ObjectionRow>(
    `SELECT o.id, o.subject, o.objector_name, o.about_person_id, p.name AS about_name, o.reason,
            o.received_on, o.decision, o.decision_note, o.decided_on, o.breaches
     FROM election_objection o
     LEFT JOIN person p ON p.village_id = o.village_id AND p.id = o.about_person_id
     WHERE o.village_id = $1 AND o.election_id = $2 AND ($3::uuid IS NULL OR o.id = $3)
     ORDER BY o.received_on, o.id`,
    [villageId, electionId, id],
  );
}

export async function decideObjectionRow(
  tx: Tx,
  villageId: string,
  electionId: string,
  id: string,
  d: { decision: string; note: string; on: CalendarDate; breaches: unknown[] },
): Promise<void> {
  await tx.query(
    `UPDATE election_objection SET decision = $4, decision_note = $5, decided_on = $6, breaches = $7
     WHERE village_id = $1 AND election_id = $2 AND id = $3`,
    [villageId, electionId, id, d.decision, d.note, d.on, JSON.stringify(d.breaches)],
  );
}

export interface VoterInsert {
  personId: string;
  voterClass: 1 | 2 | 3;
  on: CalendarDate;
  declaredOn: CalendarDate | null;
  residentSince: CalendarDate | null;
  villageWorkSince: CalendarDate | null;
  consentResolutionId: string | null;
}

export async function insertVoters(
  tx: Tx,
  villageId: string,
  electionId: string,
  voters: readonly VoterInsert[],
): Promise<void> {
  await bulkInsert(
    tx,
    'election_voter',
    [
      'village_id',
      'election_id',
      'person_id',
      'voter_class',
      'registered_on',
      'declared_on',
      'resident_since',
      'village_work_since',
      'consent_resolution_id',
    ],
    voters.map((v) => [
      villageId,
      electionId,
      v.personId,
      v.voterClass,
      v.on,
      v.declaredOn,
      v.residentSince,
      v.villageWorkSince,
      v.consentResolutionId,
    ]),
  );
}

/** Those on the roll now (not taken off by an objection). */
export async function rollPersonIds(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<Set<string>> {
  const rows = await db.query<{ person_id: string }>(
    `SELECT person_id FROM election_voter WHERE village_id = $1 AND election_id = $2 AND removed_on IS NULL`,
    [villageId, electionId],
  );
  return new Set(rows.map((r) => r.person_id));
}

/** Which of these persons are on the roll (one voter's ballot reads its own rows, not the roll). */
export async function onRoll(
  db: Queryable,
  villageId: string,
  electionId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  const rows = await db.query<{ person_id: string }>(
    `SELECT person_id FROM election_voter
     WHERE village_id = $1 AND election_id = $2 AND person_id = ANY($3::uuid[]) AND removed_on IS NULL`,
    [villageId, electionId, [...new Set(personIds)]],
  );
  return new Set(rows.map((r) => r.person_id));
}

/** An upheld objection takes a voter off the roll. */
export async function removeVoter(
  tx: Tx,
  villageId: string,
  electionId: string,
  personId: string,
  on: CalendarDate,
  objectionId: string,
): Promise<void> {
  await tx.query(
    `UPDATE election_voter SET removed_on = $4, removed_by_objection = $5
     WHERE village_id = $1 AND election_id = $2 AND person_id = $3 AND removed_on IS NULL`,
    [villageId, electionId, personId, on, objectionId],
  );
}

/**
 * VCOL-13-SINGLE: the villages where persons with these ID numbers are on the roll of
 * another election still running (一人一村登记), by ID number.
 */
export async function registeredElsewhere(
  db: Queryable,
  villageId: string,
  idNumbers: readonly string[],
): Promise<Map<string, string>> {
  if (idNumbers.length === 0) return new Map();
  const rows = await db.query<{ resident_id_number: string; village: string }>(
    `SELECT p.resident_id_number, vl.name AS village
     FROM person p
     JOIN election_voter ev ON ev.village_id = p.village_id AND ev.person_id = p.id AND ev.removed_on IS NULL
     JOIN election e ON e.village_id = ev.village_id AND e.id = ev.election_id AND e.stage <> 'handedOver'
     JOIN village vl ON vl.id = p.village_id
     WHERE p.village_id <> $1 AND p.resident_id_number = ANY($2::text[])`,
    [villageId, idNumbers],
  );
  return new Map(rows.map((r) => [r.resident_id_number, r.village]));
}

export interface NominationRow {
  id: string;
  post_id: string;
  person_id: string;
  name: string;
  gender: 'male' | 'female';
  route: string;
  nominated_on: CalendarDate;
  supporters: number;
  votes: number;
  status: 'nominated' | 'candidate' | 'reserve' | 'withdrawn';
  list_position: number | null;
  withdrawn_on: CalendarDate | null;
  qualifications: Array<'accounting' | 'management'>;
}

export async function insertNomination(
  tx: Tx,
  villageId: string,
  electionId: string,
  n: {
    id: string;
    postId: string;
    personId: string;
    route: string;
    on: CalendarDate;
    supporters: number;
    votes: number;
    recordedBy: string | null;
    qualifications?: readonly string[];
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO election_nomination (village_id, election_id, id, post_id, person_id, route, nominated_on, supporters, votes, recorded_by, qualifications)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      villageId,
      electionId,
      n.id,
      n.postId,
      n.personId,
      n.route,
      n.on,
      n.supporters,
      n.votes,
      n.recordedBy,
      n.qualifications ?? [],
    ],
  );
}

export async function nominationsOf(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<NominationRow[]> {
  return db.query<NominationRow>(
    `SELECT n.id, n.post_id, n.person_id, p.name, p.gender, n.route, n.nominated_on, n.supporters,
            n.votes, n.status, n.list_position, n.withdrawn_on, n.qualifications
     FROM election_nomination n JOIN person p ON p.village_id = n.village_id AND p.id = n.person_id
     WHERE n.village_id = $1 AND n.election_id = $2
     ORDER BY n.post_id, n.list_position NULLS LAST, n.votes DESC, n.supporters DESC, p.name, n.id`,
    [villageId, electionId],
  );
}

/** A nomination's place after the list is set, a withdrawal or a fill. */
export async function setNomination(
  tx: Tx,
  villageId: string,
  electionId: string,
  id: string,
  s: {
    status: NominationRow['status'];
    listPosition: number | null;
    withdrawnOn?: CalendarDate;
    written?: boolean;
  },
): Promise<void> {
  await tx.query(
    `UPDATE election_nomination SET status = $4, list_position = $5,
       withdrawn_on = coalesce($6, withdrawn_on), withdrawal_written = coalesce($7, withdrawal_written)
     WHERE village_id = $1 AND election_id = $2 AND id = $3`,
    [villageId, electionId, id, s.status, s.listPosition, s.withdrawnOn ?? null, s.written ?? null],
  );
}

/** A 海选 round's votes added to a nomination already recorded for the post. */
export async function addNominationVotes(
  tx: Tx,
  villageId: string,
  electionId: string,
  id: string,
  votes: number,
): Promise<void> {
  await tx.query(
    `UPDATE election_nomination SET votes = votes + $4 WHERE village_id = $1 AND election_id = $2 AND id = $3`,
    [villageId, electionId, id, votes],
  );
}

/** One voter onto the roll, or back onto it after an upheld objection took them off. */
export async function upsertVoter(
  tx: Tx,
  villageId: string,
  electionId: string,
  v: VoterInsert,
): Promise<void> {
  await tx.query(
    `INSERT INTO election_voter (village_id, election_id, person_id, voter_class, registered_on, declared_on, resident_since, village_work_since, consent_resolution_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (village_id, election_id, person_id) DO UPDATE SET
       voter_class = EXCLUDED.voter_class, registered_on = EXCLUDED.registered_on,
       declared_on = EXCLUDED.declared_on, resident_since = EXCLUDED.resident_since,
       village_work_since = EXCLUDED.village_work_since,
       consent_resolution_id = EXCLUDED.consent_resolution_id,
       removed_on = NULL, removed_by_objection = NULL`,
    [
      villageId,
      electionId,
      v.personId,
      v.voterClass,
      v.on,
      v.declaredOn,
      v.residentSince,
      v.villageWorkSince,
      v.consentResolutionId,
    ],
  );
}

/**
 * After publication the roll changes only by an objection's decision: an upheld objection
 * about this person that did not take them off (they were left off, or in the wrong class).
 */
export async function upheldObjectionFor(
  db: Queryable,
  villageId: string,
  electionId: string,
  personId: string,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `SELECT o.id FROM election_objection o
     WHERE o.village_id = $1 AND o.election_id = $2 AND o.subject = 'roll' AND o.decision = 'upheld'
       AND o.about_person_id = $3
       AND NOT EXISTS (SELECT 1 FROM election_voter v WHERE v.village_id = o.village_id
         AND v.election_id = o.election_id AND v.removed_by_objection = o.id)`,
    [villageId, electionId, personId],
  );
  return rows.length > 0;
}
