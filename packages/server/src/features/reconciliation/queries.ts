import { createHash } from 'node:crypto';
import { reconcile } from '@cunzhi/core/assistance/reconciliation';
import { DomainError } from '@cunzhi/core/errors';
import type { Queryable } from '../../platform/db/database.ts';
import { facts } from '../meetings/presence.ts';
import { loadVoters } from '../meetings/queries/presence.ts';
import { findMeeting, type MeetingRow } from '../meetings/repository/meetings.ts';

interface MarkRow {
  person_id: string;
  name: string;
  paper: boolean;
  /** Checked in online: their own scan, or by 代办 (then the agent's name). */
  online: boolean;
  assisted_by: string | null;
}

/**
 * Who is on the paper sheet and who checked in online. The clerk's entries are paper (kept in
 * meeting_paper_sign, and the attendance rows the clerk made, as older records and the demo's
 * bulk sheets have them); a QR scan is online, and so is a check-in by 代办 (done online by the
 * agent, the villager not there to sign).
 */
async function marks(db: Queryable, villageId: string, meetingId: string): Promise<MarkRow[]> {
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

export interface Reconciled {
  meeting: MeetingRow;
  groups: Record<'paperOnly' | 'onlineOnly' | 'both' | 'neither' | 'notDue', Person[]>;
  dueCount: number;
  countedOnce: number;
  /** SHA-256 of the groups: what a signature vouches for; a later change to the record shows. */
  fingerprint: string;
}

type Person = { personId: string; name: string; assistedBy: string | null };

/** A meeting's paper ⇄ online reconciliation, from the records as they stand. */
export async function reconcileMeeting(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<Reconciled> {
  const meeting = await findMeeting(db, villageId, meetingId);
  if (!meeting) throw new DomainError('not_found', { what: 'meeting' });
  const [due, rows] = await Promise.all([
    loadVoters(db, villageId, facts(meeting)),
    marks(db, villageId, meeting.id),
  ]);
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
    meeting,
    groups,
    dueCount: due.length,
    countedOnce: r.countedOnce,
    fingerprint: createHash('sha256').update(`${meeting.id}\0${canonical}`).digest('hex'),
  };
}
