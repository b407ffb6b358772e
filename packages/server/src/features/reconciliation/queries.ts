import { createHash } from 'node:crypto';
import { ballotCount, reconcile, type BallotCount } from '@cunzhi/core/assistance/reconciliation';
import { DomainError } from '@cunzhi/core/errors';
import type { Queryable } from '../../platform/db/database.ts';
import { facts } from '../meetings/presence.ts';
import { loadVoters } from '../meetings/queries/presence.ts';
import { findMeeting, type MeetingRow } from '../meetings/repository/meetings.ts';
import { findElection, type ElectionRow } from '../elections/repository.ts';
import { roundsOf, type RoundRow } from '../elections/repository/polling.ts';

interface MarkRow {
  person_id: string;
  name: string;
  paper: boolean;
  online: boolean;
  /** Done by another's hand: the 代办 agent of a check-in, the proxy holder of a ballot. */
  assisted_by: string | null;
}

/**
 * Who is on the paper sheet and who checked in online. The clerk's entries are paper (kept in
 * meeting_paper_sign, and the attendance rows the clerk made, as older records and the demo's
 * bulk sheets have them); a QR scan is online, and so is a check-in by 代办 (done online by the
 * agent, the villager not there to sign).
 */
async function meetingMarks(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<MarkRow[]> {
  return db.query<MarkRow>(
    `WITH assisted AS (
       SELECT x.person_id, ac.display_name FROM assisted_act x
       JOIN account ac ON ac.id = x.agent_account_id
       JOIN attendance a ON a.village_id = x.village_id AND a.meeting_id = x.subject_id
         AND a.person_id = x.person_id AND a.recorded_by = x.agent_account_id
       WHERE x.village_id = $1 AND x.act = 'checkIn' AND x.subject_id = $2),
     online AS (
       SELECT person_id FROM attendance WHERE village_id = $1 AND meeting_id = $2 AND method = 'qr'
       UNION SELECT person_id FROM assisted),
     paper AS (
       SELECT person_id FROM meeting_paper_sign WHERE village_id = $1 AND meeting_id = $2
       UNION SELECT person_id FROM attendance WHERE village_id = $1 AND meeting_id = $2
         AND method = 'clerk' AND person_id NOT IN (SELECT person_id FROM assisted))
     SELECT p.id AS person_id, p.name, EXISTS (SELECT 1 FROM paper WHERE person_id = p.id) AS paper,
       EXISTS (SELECT 1 FROM online WHERE person_id = p.id) AS online,
       (SELECT display_name FROM assisted WHERE person_id = p.id) AS assisted_by
     FROM person p
     WHERE p.village_id = $1 AND p.id IN (SELECT person_id FROM paper UNION SELECT person_id FROM online)
     ORDER BY p.name, p.id`,
    [villageId, meetingId],
  );
}

/**
 * Who received a ballot of an election's round, never what it said: on paper, a signature on the
 * printed roll as the committee entered it and has not withdrawn (election_roll_sign) or a ballot recorded handed out at
 * the central or a mobile box; online, a receipt of an electronic ballot. A proxy holder's hand
 * for a principal is named.
 */
async function ballotMarks(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
): Promise<MarkRow[]> {
  return db.query<MarkRow>(
    `WITH receipt AS (
       SELECT DISTINCT person_id, box, proxy_holder_id FROM election_ballot_receipt
       WHERE village_id = $1 AND election_id = $2 AND round = $3),
     paper AS (
       SELECT person_id, proxy_holder_id FROM election_roll_sign
       WHERE village_id = $1 AND election_id = $2 AND round = $3 AND withdrawn_at IS NULL
       UNION SELECT person_id, proxy_holder_id FROM receipt WHERE box <> 'electronic'),
     online AS (SELECT person_id, proxy_holder_id FROM receipt WHERE box = 'electronic'),
     marked AS (SELECT person_id, proxy_holder_id FROM paper UNION SELECT * FROM online)
     SELECT p.id AS person_id, p.name, EXISTS (SELECT 1 FROM paper WHERE person_id = p.id) AS paper,
       EXISTS (SELECT 1 FROM online WHERE person_id = p.id) AS online,
       (SELECT string_agg(DISTINCT h.name, '、') FROM marked m
          JOIN person h ON h.village_id = $1 AND h.id = m.proxy_holder_id
          WHERE m.person_id = p.id) AS assisted_by
     FROM person p
     WHERE p.village_id = $1 AND p.id IN (SELECT person_id FROM marked)
     ORDER BY p.name, p.id`,
    [villageId, electionId, round],
  );
}

/** Those on the election's roll now, by name. */
async function rollVoters(db: Queryable, villageId: string, electionId: string) {
  return db.query<{ personId: string; name: string }>(
    `SELECT v.person_id AS "personId", p.name FROM election_voter v
     JOIN person p ON p.village_id = v.village_id AND p.id = v.person_id
     WHERE v.village_id = $1 AND v.election_id = $2 AND v.removed_on IS NULL
     ORDER BY p.name, p.id`,
    [villageId, electionId],
  );
}

type Person = { personId: string; name: string; assistedBy: string | null };
type Group = 'paperOnly' | 'onlineOnly' | 'both' | 'neither' | 'notDue';

export interface Report {
  groups: Record<Group, Person[]>;
  dueCount: number;
  countedOnce: number;
  /** SHA-256 of the groups: what a signature vouches for; a later change to the record shows. */
  fingerprint: string;
}

/** The groups of a paper ⇄ online report from who is due and the records; `key` names its subject. */
function report(
  key: string,
  due: ReadonlyArray<{ personId: string; name: string }>,
  rows: readonly MarkRow[],
): Report & { counted: ReturnType<typeof reconcile> } {
  const r = reconcile({
    due: due.map((v) => v.personId),
    paper: rows.filter((m) => m.paper).map((m) => m.person_id),
    online: rows.filter((m) => m.online).map((m) => m.person_id),
  });
  const byId = new Map<string, Person>([
    ...due.map(
      (v) => [v.personId, { personId: v.personId, name: v.name, assistedBy: null }] as const,
    ),
    ...rows.map(
      (m) =>
        [m.person_id, { personId: m.person_id, name: m.name, assistedBy: m.assisted_by }] as const,
    ),
  ]);
  const people = (ids: string[]) => ids.map((id) => byId.get(id)!);
  const groups = {
    paperOnly: people(r.paperOnly),
    onlineOnly: people(r.onlineOnly),
    both: people(r.both),
    neither: people(r.neither),
    notDue: people(r.notDue),
  };
  const canonical = JSON.stringify(
    Object.entries(groups).map(([k, ps]) => [k, ps.map((p) => p.personId).sort()]),
  );
  return {
    groups,
    dueCount: due.length,
    countedOnce: r.countedOnce,
    fingerprint: createHash('sha256').update(`${key}\0${canonical}`).digest('hex'),
    counted: r,
  };
}

/** A meeting's paper ⇄ online reconciliation, from the records as they stand. */
export async function reconcileMeeting(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<Report & { meeting: MeetingRow }> {
  const meeting = await findMeeting(db, villageId, meetingId);
  if (!meeting) throw new DomainError('not_found', { what: 'meeting' });
  const [due, rows] = await Promise.all([
    loadVoters(db, villageId, facts(meeting)),
    meetingMarks(db, villageId, meeting.id),
  ]);
  const { counted: _, ...r } = report(meeting.id, due, rows);
  return { meeting, ...r };
}

export interface ElectionReport extends Report {
  election: ElectionRow;
  round: RoundRow;
  ballots: BallotCount;
}

/** One round of an election reconciled: the printed roll signed for ballots against those issued online. */
export async function reconcileElectionRound(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
): Promise<ElectionReport> {
  const election = await findElection(db, villageId, electionId);
  if (!election) throw new DomainError('not_found', { what: 'election' });
  const row = (await roundsOf(db, villageId, election.id)).find((x) => x.round === round);
  if (!row) throw new DomainError('not_found', { what: 'electionRound' });
  const [due, rows] = await Promise.all([
    rollVoters(db, villageId, election.id),
    ballotMarks(db, villageId, election.id, row.round),
  ]);
  const { counted, ...r } = report(`${row.id}`, due, rows);
  return { election, round: row, ...r, ballots: ballotCount(counted, row.ballots_cast) };
}
