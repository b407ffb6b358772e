import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../../platform/db/database.ts';
import {
  listVotes,
  supervisionMembers,
  type CorrectionRow,
  type InspectionRow,
  type MemberRow,
  type MotionRow,
  type PlanRow,
  type ReportRow,
  type VoteRow,
} from './repository.ts';

/** Read models of the supervision pages: rows gathered for present.ts to shape. */

export interface MotionData {
  motion: MotionRow;
  subjectLabel: string;
  tabledByName: string;
  attendanceNames: string[];
  votes: VoteRow[];
}

// The subject's title by kind, each a lookup by key: four LEFT JOINs here made the statement
// take eight times longer to plan than to run, on every call (docs/benchmarks.md).
const MOTION_SELECT = `SELECT m.id, m.sitting_id, m.kind, m.subject_id, m.proposal, m.tabled_by, m.status,
    m.decided_on, m.decision, m.profile_id, m.profile_version, s.mode, s.held_on, s.closes_on, s.attendance,
    m.created_at, tp.name AS tabled_by_name,
    COALESCE(CASE m.kind
      WHEN 'agendaReview' THEN (SELECT title FROM meeting x WHERE x.village_id = m.village_id AND x.id = m.subject_id)
      WHEN 'inspectionOutcome' THEN (SELECT title FROM supervision_inspection x WHERE x.village_id = m.village_id AND x.id = m.subject_id)
      WHEN 'report' THEN (SELECT title FROM supervision_report x WHERE x.village_id = m.village_id AND x.id = m.subject_id)
      WHEN 'plan' THEN (SELECT year::text || ' 年度监督计划' FROM supervision_plan x WHERE x.village_id = m.village_id AND x.id = m.subject_id)
      ELSE (SELECT '第' || r.number || '号支出申请：' || r.purpose || '（' || r.payee || '）'
        FROM spending_hold x JOIN spending_request r ON r.village_id = x.village_id AND r.id = x.request_id
        WHERE x.village_id = m.village_id AND x.id = m.subject_id)
    END, '') AS subject_label,
    ARRAY(SELECT p.name FROM person p WHERE p.village_id = s.village_id AND p.id = ANY(s.attendance) ORDER BY p.name)
      AS attendance_names
  FROM supervision_motion m
  JOIN supervision_sitting s ON s.village_id = m.village_id AND s.id = m.sitting_id
  JOIN person tp ON tp.village_id = m.village_id AND tp.id = m.tabled_by`;

type MotionSelectRow = MotionRow & {
  tabled_by_name: string;
  subject_label: string;
  attendance_names: string[];
};

/** Motions matching a condition on `m` (parameters from $2), newest first, with their votes. */
async function motionsWhere(
  db: Queryable,
  villageId: string,
  where: string,
  params: unknown[] = [],
  limit = 50,
): Promise<MotionData[]> {
  const rows = await db.query<MotionSelectRow>(
    `${MOTION_SELECT} WHERE m.village_id = $1 AND ${where} ORDER BY m.created_at DESC LIMIT ${limit}`,
    [villageId, ...params],
  );
  const votes = await listVotes(
    db,
    villageId,
    rows.map((r) => r.id),
  );
  return rows.map(({ tabled_by_name, subject_label, attendance_names, ...motion }) => ({
    motion,
    subjectLabel: subject_label,
    tabledByName: tabled_by_name,
    attendanceNames: attendance_names,
    votes: votes.filter((v) => v.motion_id === motion.id),
  }));
}

export async function motionData(
  db: Queryable,
  villageId: string,
  motionId: string,
): Promise<MotionData | null> {
  const [m] = await motionsWhere(db, villageId, 'm.id = $2', [motionId], 1);
  return m ?? null;
}

/** The motions on some subjects (a spending request's holds), newest first. */
export async function motionsOnSubjects(
  db: Queryable,
  villageId: string,
  subjectIds: readonly string[],
): Promise<MotionData[]> {
  if (subjectIds.length === 0) return [];
  return motionsWhere(db, villageId, 'm.subject_id = ANY($2::uuid[])', [subjectIds]);
}

export interface InspectionListRow extends InspectionRow {
  findings: number;
  assigned_names: string[];
}

const INSPECTION_SELECT = `SELECT i.id, i.number, i.title, i.subject, i.subject_ref, i.plan_id, i.started_on,
    i.assigned, i.present, i.status, i.outcome, i.concluded_on, i.hold_id,
    (SELECT count(*)::int FROM supervision_finding f WHERE f.village_id = i.village_id AND f.inspection_id = i.id) AS findings,
    ARRAY(SELECT p.name FROM person p WHERE p.village_id = i.village_id AND p.id = ANY(i.assigned) ORDER BY p.name) AS assigned_names
  FROM supervision_inspection i`;

export interface CorrectionListRow extends CorrectionRow {
  inspection_title: string;
  verified_by_name: string | null;
}

const CORRECTION_SELECT = `SELECT c.id, c.inspection_id, c.addressee, c.what, c.ordered_on, c.due_on, c.done_on,
    c.answer, c.verified_on, c.verified_by, i.title AS inspection_title, vp.name AS verified_by_name
  FROM supervision_correction c
  JOIN supervision_inspection i ON i.village_id = c.village_id AND i.id = c.inspection_id
  LEFT JOIN person vp ON vp.village_id = c.village_id AND vp.id = c.verified_by`;

async function corrections(
  db: Queryable,
  villageId: string,
  where = 'true',
  params: unknown[] = [],
): Promise<CorrectionListRow[]> {
  return db.query<CorrectionListRow>(
    `${CORRECTION_SELECT} WHERE c.village_id = $1 AND ${where} ORDER BY c.verified_on IS NOT NULL, c.due_on`,
    [villageId, ...params],
  );
}

export async function correctionData(
  db: Queryable,
  villageId: string,
  correctionId: string,
): Promise<CorrectionListRow | null> {
  const [row] = await corrections(db, villageId, 'c.id = $2', [correctionId]);
  return row ?? null;
}

export interface OverviewData {
  committeeName: string;
  committeeBodyId: string | null;
  members: MemberRow[];
  motions: MotionData[];
  inspections: InspectionListRow[];
  reports: ReportRow[];
  corrections: CorrectionListRow[];
  plans: PlanRow[];
}

/** The committee's page: members, open and recent motions, inspections, reports, corrections, plans. */
export async function supervisionOverview(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
): Promise<OverviewData> {
  const [members, name, motions, inspections, reports, correctionRows, plans] = await Promise.all([
    supervisionMembers(db, villageId, today),
    db.query<{ id: string; name: string }>(
      `SELECT id, name FROM body WHERE village_id = $1 AND kind = 'villageAffairsSupervisionCommittee' LIMIT 1`,
      [villageId],
    ),
    motionsWhere(db, villageId, `(m.status = 'open' OR m.decided_on >= $2::date - 365)`, [today]),
    db.query<InspectionListRow>(
      `${INSPECTION_SELECT} WHERE i.village_id = $1 ORDER BY i.number DESC LIMIT 100`,
      [villageId],
    ),
    db.query<ReportRow>(
      `SELECT id, number, kind, title, body, inspection_ids, status, published_on, notice_id
       FROM supervision_report WHERE village_id = $1 ORDER BY number DESC LIMIT 100`,
      [villageId],
    ),
    corrections(db, villageId),
    db.query<PlanRow>(
      `SELECT id, year, items, status, adopted_on FROM supervision_plan WHERE village_id = $1 ORDER BY year DESC, created_at DESC`,
      [villageId],
    ),
  ]);
  return {
    committeeName: name[0]?.name ?? '村务监督委员会',
    committeeBodyId: name[0]?.id ?? null,
    members,
    motions,
    inspections,
    reports,
    corrections: correctionRows,
    plans,
  };
}

export interface StationComplaintRow {
  id: string;
  number: number;
  subject: string;
  status: 'received' | 'assigned';
  received_on: CalendarDate;
  due_on: CalendarDate | null;
}

/**
 * A member's phone: remote motions still open, their open inspections, corrections past due,
 * and the complaints station's work — complaints to classify and those handed to the committee
 * itself, not yet answered (never those referred to the town: they are not the village's).
 */
export async function supervisionInbox(
  db: Queryable,
  villageId: string,
  personId: string,
  today: CalendarDate,
): Promise<{
  motions: MotionData[];
  inspections: InspectionListRow[];
  overdue: CorrectionListRow[];
  complaints: StationComplaintRow[];
}> {
  const [motions, inspections, overdue, complaints] = await Promise.all([
    motionsWhere(
      db,
      villageId,
      `m.status = 'open' AND s.mode = 'remote' AND s.closes_on >= $2::date`,
      [today],
    ),
    db.query<InspectionListRow>(
      `${INSPECTION_SELECT} WHERE i.village_id = $1 AND i.status <> 'concluded' AND $2::uuid = ANY(i.assigned)
       ORDER BY i.number DESC`,
      [villageId, personId],
    ),
    corrections(db, villageId, 'c.done_on IS NULL AND c.due_on < $2::date', [today]),
    db.query<StationComplaintRow>(
      `SELECT id, number, subject, status, received_on, due_on FROM complaint
       WHERE village_id = $1 AND (status = 'received'
         OR (status = 'assigned' AND handler = 'villageAffairsSupervisionCommittee'))
       ORDER BY due_on NULLS FIRST, number`,
      [villageId],
    ),
  ]);
  return { motions, inspections, overdue, complaints };
}

export interface InspectionData {
  inspection: InspectionListRow;
  presentNames: Array<{ person_id: string; name: string }>;
  findings: Array<{
    id: string;
    text: string;
    evidence: string;
    recorded_by_name: string;
    recorded_on: CalendarDate;
    vouchers: Array<{ id: string; number: string; summary: string }>;
  }>;
  motions: MotionData[];
  correction: CorrectionListRow | null;
  hold: { id: string; request_id: string; request_number: number; status: string } | null;
  members: MemberRow[];
}

export async function inspectionData(
  db: Queryable,
  villageId: string,
  inspectionId: string,
  today: CalendarDate,
): Promise<InspectionData | null> {
  const [inspection] = await db.query<InspectionListRow>(
    `${INSPECTION_SELECT} WHERE i.village_id = $1 AND i.id = $2`,
    [villageId, inspectionId],
  );
  if (!inspection) return null;
  const [presentNames, findings, motions, correction, hold, members] = await Promise.all([
    db.query<{ person_id: string; name: string }>(
      `SELECT id AS person_id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[]) ORDER BY name`,
      [villageId, inspection.present],
    ),
    db.query<InspectionData['findings'][number]>(
      `SELECT f.id, f.text, f.evidence, p.name AS recorded_by_name, f.recorded_on,
         COALESCE((SELECT json_agg(json_build_object('id', v.id, 'number', v.number, 'summary', v.summary) ORDER BY v.number)
           FROM finance_voucher v WHERE v.village_id = f.village_id AND v.id = ANY(f.voucher_ids)), '[]') AS vouchers
       FROM supervision_finding f JOIN person p ON p.village_id = f.village_id AND p.id = f.recorded_by
       WHERE f.village_id = $1 AND f.inspection_id = $2 ORDER BY f.created_at`,
      [villageId, inspectionId],
    ),
    motionsWhere(db, villageId, 'm.subject_id = $2', [inspectionId]),
    corrections(db, villageId, 'c.inspection_id = $2', [inspectionId]),
    db.query<NonNullable<InspectionData['hold']>>(
      `SELECT h.id, h.request_id, r.number AS request_number, h.status FROM spending_hold h
       JOIN spending_request r ON r.village_id = h.village_id AND r.id = h.request_id
       WHERE h.village_id = $1 AND h.id = $2`,
      [villageId, inspection.hold_id],
    ),
    supervisionMembers(db, villageId, today),
  ]);
  return {
    inspection,
    presentNames,
    findings,
    motions,
    correction: correction[0] ?? null,
    hold: hold[0] ?? null,
    members,
  };
}

export interface ReportData {
  report: ReportRow;
  inspections: Array<{ id: string; number: number; title: string }>;
  motions: MotionData[];
  villageName: string;
  committeeName: string;
}

export async function reportData(
  db: Queryable,
  villageId: string,
  reportId: string,
): Promise<ReportData | null> {
  const [report] = await db.query<
    ReportRow & { village_name: string; committee_name: string | null }
  >(
    `SELECT r.id, r.number, r.kind, r.title, r.body, r.inspection_ids, r.status, r.published_on, r.notice_id,
       v.name AS village_name,
       (SELECT b.name FROM body b WHERE b.village_id = r.village_id AND b.kind = 'villageAffairsSupervisionCommittee' LIMIT 1) AS committee_name
     FROM supervision_report r JOIN village v ON v.id = r.village_id
     WHERE r.village_id = $1 AND r.id = $2`,
    [villageId, reportId],
  );
  if (!report) return null;
  const { village_name, committee_name, ...row } = report;
  const [inspections, motions] = await Promise.all([
    db.query<{ id: string; number: number; title: string }>(
      `SELECT id, number, title FROM supervision_inspection WHERE village_id = $1 AND id = ANY($2::uuid[]) ORDER BY number`,
      [villageId, row.inspection_ids],
    ),
    motionsWhere(db, villageId, 'm.subject_id = $2', [reportId]),
  ]);
  return {
    report: row,
    inspections,
    motions,
    villageName: village_name,
    committeeName: committee_name ?? '村务监督委员会',
  };
}

/** Published reports, newest first: the portal's and the notice board's list. */
export async function publishedReports(
  db: Queryable,
  villageId: string,
  limit = 20,
): Promise<ReportRow[]> {
  return db.query<ReportRow>(
    `SELECT id, number, kind, title, body, inspection_ids, status, published_on, notice_id
     FROM supervision_report WHERE village_id = $1 AND status = 'published'
     ORDER BY published_on DESC, number DESC LIMIT $2`,
    [villageId, limit],
  );
}

// --------------------------------------------------------------- evidence

/** A finding's file as listed (never its bytes): name, type, size and SHA-256. */
export interface EvidenceRow {
  id: string;
  inspection_id: string;
  finding_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
}

const EVIDENCE_COLUMNS = `e.id, e.inspection_id, e.finding_id, e.file_name, e.media_type, e.size_bytes, e.sha256`;

/** The files of the findings of these inspections, finding by finding in the order attached. */
export async function evidenceOfInspections(
  db: Queryable,
  villageId: string,
  inspectionIds: readonly string[],
): Promise<Array<EvidenceRow & { finding_text: string }>> {
  if (inspectionIds.length === 0) return [];
  return db.query(
    `SELECT ${EVIDENCE_COLUMNS}, f.text AS finding_text
     FROM supervision_finding_evidence e
     JOIN supervision_finding f ON f.village_id = e.village_id AND f.id = e.finding_id
     WHERE e.village_id = $1 AND e.inspection_id = ANY($2::uuid[])
     ORDER BY f.created_at, e.position`,
    [villageId, inspectionIds],
  );
}

/** One file with its bytes, if it belongs to that inspection of this village. */
export async function evidenceFile(
  db: Queryable,
  villageId: string,
  inspectionId: string,
  evidenceId: string,
): Promise<(EvidenceRow & { bytes: Uint8Array }) | null> {
  const [row] = await db.query<EvidenceRow & { bytes: Uint8Array }>(
    `SELECT ${EVIDENCE_COLUMNS}, e.bytes FROM supervision_finding_evidence e
     WHERE e.village_id = $1 AND e.inspection_id = $2 AND e.id = $3`,
    [villageId, inspectionId, evidenceId],
  );
  return row ?? null;
}

/** The photos a report chose to publish with it (its `public_evidence`), in its own words' order. */
export async function reportPublicEvidence(
  db: Queryable,
  villageId: string,
  reportId: string,
): Promise<string[]> {
  const [row] = await db.query<{ public_evidence: string[] }>(
    `SELECT public_evidence FROM supervision_report WHERE village_id = $1 AND id = $2`,
    [villageId, reportId],
  );
  return row?.public_evidence ?? [];
}

/**
 * The photos published with the report a notice publishes: only a report the committee's vote
 * published, only the photos it chose. The portal shows these and nothing else of the evidence.
 */
export async function publishedEvidence(
  { db }: { db: Queryable },
  villageId: string,
  noticeId: string,
  evidenceId: string | null = null,
): Promise<Array<EvidenceRow & { bytes?: Uint8Array }>> {
  return db.query(
    `SELECT ${EVIDENCE_COLUMNS}${evidenceId ? ', e.bytes' : ''}
     FROM supervision_report r
     JOIN supervision_finding_evidence e
       ON e.village_id = r.village_id AND e.id = ANY(r.public_evidence) AND e.inspection_id = ANY(r.inspection_ids)
     WHERE r.village_id = $1 AND r.notice_id = $2 AND r.status = 'published'
       AND ($3::uuid IS NULL OR e.id = $3)
     ORDER BY array_position(r.public_evidence, e.id)`,
    [villageId, noticeId, evidenceId],
  );
}

/** The plan an inspection belongs to, and which of its items (when the opener named one). */
export async function inspectionPlan(
  db: Queryable,
  villageId: string,
  inspectionId: string,
): Promise<{
  plan_id: string;
  year: number;
  plan_item: number | null;
  items: PlanRow['items'];
} | null> {
  const [row] = await db.query<{
    plan_id: string;
    year: number;
    plan_item: number | null;
    items: PlanRow['items'];
  }>(
    `SELECT p.id AS plan_id, p.year, i.plan_item, p.items FROM supervision_inspection i
     JOIN supervision_plan p ON p.village_id = i.village_id AND p.id = i.plan_id
     WHERE i.village_id = $1 AND i.id = $2`,
    [villageId, inspectionId],
  );
  return row ?? null;
}
