import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { MotionCount, SittingMode, VoteChoice } from '@cunzhi/core/supervision/committee';
import type {
  CorrectionAddressee,
  InspectionOutcome,
  InspectionSubject,
} from '@cunzhi/core/supervision/inspections';
import type { MotionKind } from '@cunzhi/core/supervision/motions';
import type { Queryable, Tx } from '../../platform/db/database.ts';

/**
 * The supervision committee's writes and the reads its commands need. The
 * committee's serving members on a day are read here for every capability
 * that asks the committee (holds on payments too).
 */

export interface MemberRow {
  person_id: string;
  name: string;
  chair: boolean;
}

/** Serving members of the supervision committee on a day (term and seat both current), chair first. */
export async function supervisionMembers(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT bm.person_id, p.name, bool_or(bm.role = 'chair') AS chair
     FROM body_membership bm
     JOIN body b ON b.village_id = bm.village_id AND b.id = bm.body_id
     JOIN body_term t ON t.village_id = bm.village_id AND t.id = bm.term_id
     JOIN person p ON p.village_id = bm.village_id AND p.id = bm.person_id
     WHERE bm.village_id = $1 AND b.kind = 'villageAffairsSupervisionCommittee'
       AND t.starts_on <= $2::date AND $2::date <= t.ends_on
       AND bm.starts_on <= $2::date AND (bm.ended_on IS NULL OR $2::date < bm.ended_on)
     GROUP BY bm.person_id, p.name
     ORDER BY bool_or(bm.role = 'chair') DESC, p.name`,
    [villageId, on],
  );
}

/** Their person ids only. */
export async function supervisionMembersOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<string[]> {
  return (await supervisionMembers(db, villageId, on)).map((m) => m.person_id);
}

// ---------------------------------------------------------------- motions

export interface MotionRow {
  id: string;
  sitting_id: string;
  kind: MotionKind;
  subject_id: string;
  proposal: Record<string, unknown>;
  tabled_by: string;
  status: 'open' | 'carried' | 'failed' | 'lapsed';
  decided_on: CalendarDate | null;
  /** The count as decided, and the finding that kept it from carrying. */
  decision: (MotionCount & { finding: Finding | null }) | null;
  profile_id: string;
  profile_version: string;
  mode: SittingMode;
  held_on: CalendarDate;
  closes_on: CalendarDate | null;
  attendance: string[];
  created_at: Date;
}

const MOTION_COLUMNS = `m.id, m.sitting_id, m.kind, m.subject_id, m.proposal, m.tabled_by, m.status, m.decided_on,
  m.decision, m.profile_id, m.profile_version, s.mode, s.held_on, s.closes_on, s.attendance, m.created_at`;
const MOTION_FROM = `supervision_motion m
  JOIN supervision_sitting s ON s.village_id = m.village_id AND s.id = m.sitting_id`;

export async function findMotion(
  db: Queryable,
  villageId: string,
  motionId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<MotionRow | null> {
  const [row] = await db.query<MotionRow>(
    `SELECT ${MOTION_COLUMNS} FROM ${MOTION_FROM} WHERE m.village_id = $1 AND m.id = $2${opts.forUpdate ? ' FOR UPDATE OF m' : ''}`,
    [villageId, motionId],
  );
  return row ?? null;
}

export async function insertSitting(
  tx: Tx,
  villageId: string,
  s: {
    id: string;
    mode: SittingMode;
    heldOn: CalendarDate;
    closesOn: CalendarDate | null;
    attendance: readonly string[];
    convenedBy: string;
    createdBy: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_sitting (village_id, id, mode, held_on, closes_on, attendance, convened_by, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [villageId, s.id, s.mode, s.heldOn, s.closesOn, s.attendance, s.convenedBy, s.createdBy],
  );
}

export async function insertMotion(
  tx: Tx,
  villageId: string,
  m: {
    id: string;
    sittingId: string;
    kind: MotionKind;
    subjectId: string;
    proposal: object;
    tabledBy: string;
    profileId: string;
    profileVersion: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_motion (village_id, id, sitting_id, kind, subject_id, proposal, tabled_by, profile_id, profile_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      villageId,
      m.id,
      m.sittingId,
      m.kind,
      m.subjectId,
      JSON.stringify(m.proposal),
      m.tabledBy,
      m.profileId,
      m.profileVersion,
    ],
  );
}

/** Is a motion on this subject being voted on? (One at a time: a unique index says so too.) */
export async function openMotionOn(
  db: Queryable,
  villageId: string,
  subjectId: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM supervision_motion WHERE village_id = $1 AND subject_id = $2 AND status = 'open'`,
    [villageId, subjectId],
  );
  return rows.length > 0;
}

export async function upsertVote(
  tx: Tx,
  villageId: string,
  v: { motionId: string; personId: string; choice: VoteChoice; recordedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_vote (village_id, motion_id, person_id, choice, recorded_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (village_id, motion_id, person_id) DO UPDATE SET choice = EXCLUDED.choice,
       recorded_by = EXCLUDED.recorded_by, voted_at = now()`,
    [villageId, v.motionId, v.personId, v.choice, v.recordedBy],
  );
}

export interface VoteRow {
  motion_id: string;
  person_id: string;
  name: string;
  choice: VoteChoice;
}

export async function listVotes(
  db: Queryable,
  villageId: string,
  motionIds: readonly string[],
): Promise<VoteRow[]> {
  if (motionIds.length === 0) return [];
  return db.query<VoteRow>(
    `SELECT v.motion_id, v.person_id, p.name, v.choice FROM supervision_vote v
     JOIN person p ON p.village_id = v.village_id AND p.id = v.person_id
     WHERE v.village_id = $1 AND v.motion_id = ANY($2::uuid[]) ORDER BY v.voted_at`,
    [villageId, motionIds],
  );
}

export async function setMotionDecision(
  tx: Tx,
  villageId: string,
  motionId: string,
  d: { status: 'carried' | 'failed' | 'lapsed'; on: CalendarDate; decision: object },
): Promise<void> {
  await tx.query(
    `UPDATE supervision_motion SET status = $3, decided_on = $4, decision = $5 WHERE village_id = $1 AND id = $2`,
    [villageId, motionId, d.status, d.on, JSON.stringify(d.decision)],
  );
}

// ------------------------------------------------------------------ plans

export interface PlanRow {
  id: string;
  year: number;
  items: Array<{ month: number; subject: InspectionSubject; title: string }>;
  status: 'draft' | 'voting' | 'adopted' | 'rejected';
  adopted_on: CalendarDate | null;
}

export async function insertPlan(
  tx: Tx,
  villageId: string,
  p: { id: string; year: number; items: PlanRow['items']; draftedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_plan (village_id, id, year, items, drafted_by) VALUES ($1, $2, $3, $4, $5)`,
    [villageId, p.id, p.year, JSON.stringify(p.items), p.draftedBy],
  );
}

export async function findPlan(
  db: Queryable,
  villageId: string,
  planId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PlanRow | null> {
  const [row] = await db.query<PlanRow>(
    `SELECT id, year, items, status, adopted_on FROM supervision_plan WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, planId],
  );
  return row ?? null;
}

export async function adoptedPlanOf(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM supervision_plan WHERE village_id = $1 AND year = $2 AND status = 'adopted'`,
    [villageId, year],
  );
  return rows.length > 0;
}

export async function setPlanStatus(
  tx: Tx,
  villageId: string,
  planId: string,
  status: PlanRow['status'],
  on: CalendarDate | null = null,
): Promise<void> {
  await tx.query(
    `UPDATE supervision_plan SET status = $3, adopted_on = $4 WHERE village_id = $1 AND id = $2`,
    [villageId, planId, status, status === 'adopted' ? on : null],
  );
}

// ------------------------------------------------------------ inspections

export interface InspectionRow {
  id: string;
  number: number;
  title: string;
  subject: InspectionSubject;
  subject_ref: string;
  plan_id: string | null;
  started_on: CalendarDate;
  assigned: string[];
  present: string[];
  status: 'open' | 'voting' | 'concluded';
  outcome: InspectionOutcome | null;
  concluded_on: CalendarDate | null;
  hold_id: string | null;
}

const INSPECTION_COLUMNS = `id, number, title, subject, subject_ref, plan_id, started_on, assigned, present,
  status, outcome, concluded_on, hold_id`;

export async function findInspection(
  db: Queryable,
  villageId: string,
  inspectionId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<InspectionRow | null> {
  const [row] = await db.query<InspectionRow>(
    `SELECT ${INSPECTION_COLUMNS} FROM supervision_inspection WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, inspectionId],
  );
  return row ?? null;
}

/** Numbers inspections and reports in order: the village row's lock serialises the count. */
async function nextNumber(tx: Tx, villageId: string, table: string): Promise<number> {
  await tx.query('SELECT id FROM village WHERE id = $1 FOR NO KEY UPDATE', [villageId]);
  const [row] = await tx.query<{ n: number }>(
    `SELECT COALESCE(max(number), 0)::int + 1 AS n FROM ${table} WHERE village_id = $1`,
    [villageId],
  );
  return row!.n;
}

export async function insertInspection(
  tx: Tx,
  villageId: string,
  i: {
    id: string;
    title: string;
    subject: InspectionSubject;
    subjectRef: string;
    planId: string | null;
    startedOn: CalendarDate;
    assigned: readonly string[];
    createdBy: string;
  },
): Promise<number> {
  const number = await nextNumber(tx, villageId, 'supervision_inspection');
  await tx.query(
    `INSERT INTO supervision_inspection (village_id, id, number, title, subject, subject_ref, plan_id, started_on, assigned, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      i.id,
      number,
      i.title,
      i.subject,
      i.subjectRef,
      i.planId,
      i.startedOn,
      i.assigned,
      i.createdBy,
    ],
  );
  return number;
}

export async function setInspectionAttendance(
  tx: Tx,
  villageId: string,
  inspectionId: string,
  present: readonly string[],
): Promise<void> {
  await tx.query(
    `UPDATE supervision_inspection SET present = $3 WHERE village_id = $1 AND id = $2`,
    [villageId, inspectionId, present],
  );
}

export async function setInspectionStatus(
  tx: Tx,
  villageId: string,
  inspectionId: string,
  s:
    | { status: 'open' | 'voting' }
    | { status: 'concluded'; outcome: InspectionOutcome; on: CalendarDate; holdId: string | null },
): Promise<void> {
  if (s.status !== 'concluded') {
    await tx.query(
      `UPDATE supervision_inspection SET status = $3 WHERE village_id = $1 AND id = $2`,
      [villageId, inspectionId, s.status],
    );
    return;
  }
  await tx.query(
    `UPDATE supervision_inspection SET status = 'concluded', outcome = $3, concluded_on = $4, hold_id = $5
     WHERE village_id = $1 AND id = $2`,
    [villageId, inspectionId, s.outcome, s.on, s.holdId],
  );
}

export async function insertFinding(
  tx: Tx,
  villageId: string,
  f: {
    id: string;
    inspectionId: string;
    text: string;
    voucherIds: readonly string[];
    evidence: string;
    recordedBy: string;
    on: CalendarDate;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_finding (village_id, id, inspection_id, text, voucher_ids, evidence, recorded_by, recorded_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [villageId, f.id, f.inspectionId, f.text, f.voucherIds, f.evidence, f.recordedBy, f.on],
  );
}

/** Vouchers by the numbers the books print (记-2026-11-003 or 2026-11-003). */
export async function vouchersByNumber(
  db: Queryable,
  villageId: string,
  numbers: readonly string[],
): Promise<Array<{ id: string; number: string }>> {
  if (numbers.length === 0) return [];
  return db.query(
    `SELECT id, number FROM finance_voucher WHERE village_id = $1 AND number = ANY($2::text[])`,
    [villageId, numbers],
  );
}

/** The hold a conclusion names, with the request it stops. */
export async function findHoldStatus(
  db: Queryable,
  villageId: string,
  holdId: string,
): Promise<{ id: string; status: string } | null> {
  const [row] = await db.query<{ id: string; status: string }>(
    `SELECT id, status FROM spending_hold WHERE village_id = $1 AND id = $2`,
    [villageId, holdId],
  );
  return row ?? null;
}

// ------------------------------------------------------------ corrections

export interface CorrectionRow {
  id: string;
  inspection_id: string;
  addressee: CorrectionAddressee;
  what: string;
  ordered_on: CalendarDate;
  due_on: CalendarDate;
  done_on: CalendarDate | null;
  answer: string;
  verified_on: CalendarDate | null;
  verified_by: string | null;
}

export async function findCorrection(
  db: Queryable,
  villageId: string,
  correctionId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CorrectionRow | null> {
  const [row] = await db.query<CorrectionRow>(
    `SELECT id, inspection_id, addressee, what, ordered_on, due_on, done_on, answer, verified_on, verified_by
     FROM supervision_correction WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, correctionId],
  );
  return row ?? null;
}

export async function insertCorrection(
  tx: Tx,
  villageId: string,
  c: {
    id: string;
    inspectionId: string;
    addressee: CorrectionAddressee;
    what: string;
    orderedOn: CalendarDate;
    dueOn: CalendarDate;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_correction (village_id, id, inspection_id, addressee, what, ordered_on, due_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [villageId, c.id, c.inspectionId, c.addressee, c.what, c.orderedOn, c.dueOn],
  );
}

export async function answerCorrectionRow(
  tx: Tx,
  villageId: string,
  correctionId: string,
  a: { answer: string; on: CalendarDate; by: string },
): Promise<void> {
  await tx.query(
    `UPDATE supervision_correction SET answer = $3, done_on = $4, answered_by = $5 WHERE village_id = $1 AND id = $2`,
    [villageId, correctionId, a.answer, a.on, a.by],
  );
}

export async function verifyCorrectionRow(
  tx: Tx,
  villageId: string,
  correctionId: string,
  v: { on: CalendarDate; by: string },
): Promise<void> {
  await tx.query(
    `UPDATE supervision_correction SET verified_on = $3, verified_by = $4 WHERE village_id = $1 AND id = $2`,
    [villageId, correctionId, v.on, v.by],
  );
}

// ---------------------------------------------------------------- reports

export interface ReportRow {
  id: string;
  number: number;
  kind: 'supervision' | 'finance';
  title: string;
  body: string;
  inspection_ids: string[];
  status: 'draft' | 'voting' | 'published' | 'rejected';
  published_on: CalendarDate | null;
  notice_id: string | null;
}

export async function findReport(
  db: Queryable,
  villageId: string,
  reportId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ReportRow | null> {
  const [row] = await db.query<ReportRow>(
    `SELECT id, number, kind, title, body, inspection_ids, status, published_on, notice_id
     FROM supervision_report WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, reportId],
  );
  return row ?? null;
}

export interface ReportInput {
  kind: 'supervision' | 'finance';
  title: string;
  body: string;
  inspectionIds: readonly string[];
}

export async function insertReport(
  tx: Tx,
  villageId: string,
  r: ReportInput & { id: string; draftedBy: string },
): Promise<number> {
  const number = await nextNumber(tx, villageId, 'supervision_report');
  await tx.query(
    `INSERT INTO supervision_report (village_id, id, number, kind, title, body, inspection_ids, drafted_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [villageId, r.id, number, r.kind, r.title, r.body, r.inspectionIds, r.draftedBy],
  );
  return number;
}

export async function updateReport(
  tx: Tx,
  villageId: string,
  reportId: string,
  r: ReportInput,
): Promise<void> {
  await tx.query(
    `UPDATE supervision_report SET kind = $3, title = $4, body = $5, inspection_ids = $6 WHERE village_id = $1 AND id = $2`,
    [villageId, reportId, r.kind, r.title, r.body, r.inspectionIds],
  );
}

export async function setReportStatus(
  tx: Tx,
  villageId: string,
  reportId: string,
  status: ReportRow['status'],
  on: CalendarDate | null = null,
): Promise<void> {
  await tx.query(
    `UPDATE supervision_report SET status = $3, published_on = $4 WHERE village_id = $1 AND id = $2`,
    [villageId, reportId, status, status === 'published' ? on : null],
  );
}

export async function setReportNotice(
  tx: Tx,
  villageId: string,
  reportId: string,
  noticeId: string,
): Promise<void> {
  await tx.query(`UPDATE supervision_report SET notice_id = $3 WHERE village_id = $1 AND id = $2`, [
    villageId,
    reportId,
    noticeId,
  ]);
}

/** Inspections that exist in this village, of those named (a report may cite only its own). */
export async function existingInspections(
  db: Queryable,
  villageId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM supervision_inspection WHERE village_id = $1 AND id = ANY($2::uuid[])`,
    [villageId, ids],
  );
  return rows.map((r) => r.id);
}

// --------------------------------------------------------------- evidence

/** A file attached to a finding, as written (migration 0021). */
export interface EvidenceInput {
  id: string;
  inspectionId: string;
  findingId: string;
  position: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  bytes: Uint8Array;
}

export async function insertEvidence(tx: Tx, villageId: string, e: EvidenceInput): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_finding_evidence
       (village_id, id, inspection_id, finding_id, position, file_name, media_type, size_bytes, sha256, bytes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      e.id,
      e.inspectionId,
      e.findingId,
      e.position,
      e.fileName,
      e.mediaType,
      e.sizeBytes,
      e.sha256,
      e.bytes,
    ],
  );
}

/** Of the evidence named, the photos of findings of these inspections (what a report may publish). */
export async function photosOfInspections(
  db: Queryable,
  villageId: string,
  inspectionIds: readonly string[],
  evidenceIds: readonly string[],
): Promise<string[]> {
  if (evidenceIds.length === 0) return [];
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM supervision_finding_evidence
     WHERE village_id = $1 AND inspection_id = ANY($2::uuid[]) AND id = ANY($3::uuid[])
       AND media_type IN ('image/jpeg', 'image/png')`,
    [villageId, inspectionIds, evidenceIds],
  );
  return rows.map((r) => r.id);
}

export async function setReportPublicEvidence(
  tx: Tx,
  villageId: string,
  reportId: string,
  evidenceIds: readonly string[],
): Promise<void> {
  await tx.query(
    `UPDATE supervision_report SET public_evidence = $3 WHERE village_id = $1 AND id = $2`,
    [villageId, reportId, evidenceIds],
  );
}

/** Which item of its plan an inspection carries out (checked against the plan by the command). */
export async function setInspectionPlanItem(
  tx: Tx,
  villageId: string,
  inspectionId: string,
  item: number,
): Promise<void> {
  await tx.query(
    `UPDATE supervision_inspection SET plan_item = $3 WHERE village_id = $1 AND id = $2`,
    [villageId, inspectionId, item],
  );
}
