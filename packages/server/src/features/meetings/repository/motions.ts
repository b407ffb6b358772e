import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MatterCategory } from '@cunzhi/core/matters/categories';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { DecisionResult, Presence, QuorumResult, Tally } from '@cunzhi/core/meetings/quorum';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import type { Choice, MeetingStatus, Voting } from './meetings.ts';

/**
 * A motion's result as stored when its vote closed: core's decision with the
 * figures it rests on. Votes closed before a figure was stored lack it.
 */
export interface StoredResult extends DecisionResult {
  tally?: Tally;
  presence?: Presence;
  quorumAtClose?: boolean;
  quorum?: Pick<QuorumResult, 'met' | 'ruleId' | 'missing' | 'paths'>;
  text?: { zh: string; en: string };
  profile?: { id: string; version: string };
  closedOn?: CalendarDate;
}

export interface MotionRow {
  id: string;
  meeting_id: string;
  number: number;
  matter_id: string | null;
  title: string;
  body: string;
  voting: Voting;
  special: boolean;
  status: 'draft' | 'open' | 'closed';
  yes: number | null;
  no: number | null;
  abstain: number | null;
  passed: boolean | null;
  result: StoredResult | null;
  opened_at: Date | null;
  closed_at: Date | null;
  /** Named votes or secret receipts so far (how many have voted, never how). */
  ballots: number;
  /** At the organisation's assemblies (null elsewhere): the Art. 26 power, the Party study's day. */
  collective_power: string | null;
  party_studied_on: CalendarDate | null;
  non_member_rights: boolean;
}

const SELECT_MOTION = `SELECT mo.id, mo.meeting_id, mo.number, mo.matter_id, mo.title, mo.body, mo.voting, mo.special,
    mo.status, mo.yes, mo.no, mo.abstain, mo.passed, mo.result, mo.opened_at, mo.closed_at,
    mo.collective_power, mo.party_studied_on, mo.non_member_rights,
    CASE mo.voting
      WHEN 'electronic' THEN (SELECT count(*) FROM vote v WHERE v.village_id = mo.village_id AND v.motion_id = mo.id)
      WHEN 'secret' THEN (SELECT count(*) FROM ballot_receipt b WHERE b.village_id = mo.village_id AND b.motion_id = mo.id)
      ELSE 0 END AS ballots
  FROM motion mo`;

export async function listMotions(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<MotionRow[]> {
  return db.query<MotionRow>(
    `${SELECT_MOTION} WHERE mo.village_id = $1 AND mo.meeting_id = $2 ORDER BY mo.number`,
    [villageId, meetingId],
  );
}

export async function findMotion(
  db: Queryable,
  villageId: string,
  motionId: string,
): Promise<MotionRow | null> {
  const [row] = await db.query<MotionRow>(
    `${SELECT_MOTION} WHERE mo.village_id = $1 AND mo.id = $2`,
    [villageId, motionId],
  );
  return row ?? null;
}

export interface NamedVoteRow {
  motion_id: string;
  person_id: string;
  name: string;
  choice: Choice;
}

/** Named (electronic, open) votes of a meeting's motions. */
export async function listNamedVotes(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<NamedVoteRow[]> {
  return db.query<NamedVoteRow>(
    `SELECT v.motion_id, v.person_id, p.name, v.choice
     FROM vote v
     JOIN motion mo ON mo.village_id = v.village_id AND mo.id = v.motion_id
     JOIN person p ON p.village_id = v.village_id AND p.id = v.person_id
     WHERE v.village_id = $1 AND mo.meeting_id = $2 ORDER BY p.name`,
    [villageId, meetingId],
  );
}

/**
 * Secret-ballot receipts of a person and of every principal whose proxy they
 * hold at the meeting (the caller keeps those whose voice they carry).
 */
export async function receiptsOfHolder(
  db: Queryable,
  villageId: string,
  meetingId: string,
  personId: string,
): Promise<Array<{ motion_id: string; person_id: string }>> {
  return db.query(
    `SELECT b.motion_id, b.person_id FROM ballot_receipt b
     JOIN motion mo ON mo.village_id = b.village_id AND mo.id = b.motion_id
     WHERE b.village_id = $1 AND mo.meeting_id = $2
       AND (b.person_id = $3 OR b.person_id IN (SELECT principal_id FROM meeting_proxy
         WHERE village_id = $1 AND meeting_id = $2 AND holder_id = $3))`,
    [villageId, meetingId, personId],
  );
}

export interface ResolutionRow {
  id: string;
  year: number;
  number: number;
  motion_id: string;
  meeting_id: string;
  title: string;
  adopted_on: CalendarDate;
}

export async function resolutionsOfMeeting(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<ResolutionRow[]> {
  return db.query<ResolutionRow>(
    `SELECT id, year, number, motion_id, meeting_id, title, adopted_on FROM resolution
     WHERE village_id = $1 AND meeting_id = $2 ORDER BY year, number`,
    [villageId, meetingId],
  );
}

/** A motion with its meeting's facts, read and locked in one statement. */
export interface MotionInMeeting extends Pick<
  MotionRow,
  'id' | 'meeting_id' | 'number' | 'matter_id' | 'title' | 'body' | 'voting' | 'special' | 'status'
> {
  /** Grants a non-member rights (NJJ-15-NONMEMBER: three-quarters of all members). */
  non_member_rights: boolean;
  kind: MeetingKind;
  meeting_on: CalendarDate;
  villager_group_id: string | null;
  collective_org_id: string | null;
  meeting_status: MeetingStatus;
}

/** Locks a motion (only the motion row: its meeting is locked by the caller when it must be). */
export async function lockMotionInMeeting(
  tx: Tx,
  villageId: string,
  motionId: string,
  lock: 'update' | 'share',
): Promise<MotionInMeeting | null> {
  const [motion] = await tx.query<MotionInMeeting>(
    `SELECT mo.id, mo.meeting_id, mo.number, mo.matter_id, mo.title, mo.body, mo.voting, mo.special, mo.status,
       mo.non_member_rights, m.kind, m.meeting_on, m.villager_group_id, m.collective_org_id, m.status AS meeting_status
     FROM motion mo JOIN meeting m ON m.village_id = mo.village_id AND m.id = mo.meeting_id
     WHERE mo.village_id = $1 AND mo.id = $2 FOR ${lock === 'update' ? 'UPDATE' : 'SHARE'} OF mo`,
    [villageId, motionId],
  );
  return motion ?? null;
}

/** Is a motion of the meeting open for voting (only one is voted at a time)? */
export async function hasOpenMotion(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<boolean> {
  const open = await db.query(
    `SELECT 1 FROM motion WHERE village_id = $1 AND meeting_id = $2 AND status = 'open'`,
    [villageId, meetingId],
  );
  return open.length > 0;
}

/** The category of a matter a motion is on (it decides the special majority). */
export async function matterCategory(
  db: Queryable,
  villageId: string,
  matterId: string,
): Promise<MatterCategory | null> {
  const [matter] = await db.query<{ category: MatterCategory }>(
    'SELECT category FROM matter WHERE village_id = $1 AND id = $2',
    [villageId, matterId],
  );
  return matter?.category ?? null;
}

/** Locks a matter row, in the order the matters module takes its locks (matter, then audit head). */
export async function lockMatter(tx: Tx, villageId: string, matterId: string): Promise<void> {
  await tx.query('SELECT id FROM matter WHERE village_id = $1 AND id = $2 FOR UPDATE', [
    villageId,
    matterId,
  ]);
}

/** Adds a motion as the meeting's next number (the meeting is locked); returns its number. */
export async function insertMotion(
  tx: Tx,
  villageId: string,
  mo: {
    id: string;
    meetingId: string;
    matterId: string | null;
    title: string;
    body: string;
    voting: Voting;
    special: boolean;
    /** The organisation's assemblies only (null elsewhere). */
    collective?: {
      power: string;
      partyStudiedOn: CalendarDate | null;
      nonMemberRights: boolean;
    } | null;
  },
): Promise<number | undefined> {
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO motion (village_id, id, meeting_id, number, matter_id, title, body, voting, special,
       collective_power, party_studied_on, non_member_rights)
     VALUES ($1, $2, $3, (SELECT coalesce(max(number), 0) + 1 FROM motion WHERE village_id = $1 AND meeting_id = $3),
       $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING number`,
    [
      villageId,
      mo.id,
      mo.meetingId,
      mo.matterId,
      mo.title,
      mo.body,
      mo.voting,
      mo.special,
      mo.collective?.power ?? null,
      mo.collective?.partyStudiedOn ?? null,
      mo.collective?.nonMemberRights ?? false,
    ],
  );
  return row?.number;
}

export async function markMotionOpened(
  tx: Tx,
  villageId: string,
  motionId: string,
  at: Date,
): Promise<void> {
  await tx.query(
    `UPDATE motion SET status = 'open', opened_at = $3 WHERE village_id = $1 AND id = $2`,
    [villageId, motionId, at],
  );
}

/** A named vote; false when the person has voted already (the primary key decides, not a prior read). */
export async function insertVote(
  tx: Tx,
  villageId: string,
  motionId: string,
  personId: string,
  choice: Choice,
): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO vote (village_id, motion_id, person_id, choice) VALUES ($1, $2, $3, $4)
     ON CONFLICT (village_id, motion_id, person_id) DO NOTHING RETURNING person_id`,
    [villageId, motionId, personId, choice],
  );
  return inserted.length > 0;
}

/** The count of an electronic (named) vote (a secret one is counted from its ballot box: ballots.ts). */
export async function countNamedVotes(
  db: Queryable,
  villageId: string,
  motion: { id: string },
): Promise<Tally> {
  const rows = await db.query<{ choice: Choice; n: number }>(
    'SELECT choice, count(*) AS n FROM vote WHERE village_id = $1 AND motion_id = $2 GROUP BY choice',
    [villageId, motion.id],
  );
  const of = (c: Choice) => rows.find((r) => r.choice === c)?.n ?? 0;
  return { yes: of('yes'), no: of('no'), abstain: of('abstain') };
}

export async function markMotionClosed(
  tx: Tx,
  villageId: string,
  motionId: string,
  closed: { tally: Tally; passed: boolean; result: StoredResult; at: Date },
): Promise<void> {
  await tx.query(
    `UPDATE motion SET status = 'closed', yes = $3, no = $4, abstain = $5, passed = $6, result = $7, closed_at = $8
     WHERE village_id = $1 AND id = $2`,
    [
      villageId,
      motionId,
      closed.tally.yes,
      closed.tally.no,
      closed.tally.abstain,
      closed.passed,
      JSON.stringify(closed.result),
      closed.at,
    ],
  );
}

/**
 * The next resolution number in a year of a series: the village's own (`orgId`
 * null) or a collective economic organisation's, which numbers its own (the
 * caller holds the village's chain lock).
 */
export async function nextResolutionNumber(
  tx: Tx,
  villageId: string,
  year: number,
  orgId: string | null,
): Promise<number> {
  const [next] = await tx.query<{ n: number }>(
    `SELECT coalesce(max(number), 0) + 1 AS n FROM resolution
     WHERE village_id = $1 AND year = $2 AND collective_org_id IS NOT DISTINCT FROM $3::uuid`,
    [villageId, year, orgId],
  );
  return next?.n ?? 1;
}

export async function insertResolution(
  tx: Tx,
  villageId: string,
  r: {
    id: string;
    year: number;
    number: number;
    meetingId: string;
    motionId: string;
    matterId: string | null;
    kind: MeetingKind;
    collectiveOrgId: string | null;
    title: string;
    body: string;
    adoptedOn: CalendarDate;
    decision: StoredResult;
    profileId: string;
    profileVersion: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, matter_id, kind, title, body,
       adopted_on, decision, profile_id, profile_version, collective_org_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      villageId,
      r.id,
      r.year,
      r.number,
      r.meetingId,
      r.motionId,
      r.matterId,
      r.kind,
      r.title,
      r.body,
      r.adoptedOn,
      JSON.stringify(r.decision),
      r.profileId,
      r.profileVersion,
      r.collectiveOrgId,
    ],
  );
}
