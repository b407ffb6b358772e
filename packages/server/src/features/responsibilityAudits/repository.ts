import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { AuditKind, AuditorKind } from '@cunzhi/core/responsibilityAudits/items';
import type { Queryable, Tx } from '../../platform/db/database.ts';

// ------------------------------------------------------------------ demands

export interface AuditDemandRow {
  id: string;
  subject: string;
  reason: string;
  status: 'collecting' | 'accepted' | 'arranged';
  accepted_on: CalendarDate | null;
  created_at: Date;
  signatures: number;
  audit_id: string | null;
}

const SELECT_DEMAND = `SELECT d.id, d.subject, d.reason, d.status, d.accepted_on::text AS accepted_on, d.created_at,
    (SELECT count(*)::int FROM audit_demand_signature s WHERE s.village_id = d.village_id AND s.demand_id = d.id) AS signatures,
    (SELECT a.id FROM responsibility_audit a WHERE a.village_id = d.village_id AND a.demand_id = d.id LIMIT 1) AS audit_id
  FROM audit_demand d`;

export async function listAuditDemands(
  db: Queryable,
  villageId: string,
): Promise<AuditDemandRow[]> {
  return db.query<AuditDemandRow>(
    `${SELECT_DEMAND} WHERE d.village_id = $1 ORDER BY d.created_at DESC, d.id`,
    [villageId],
  );
}

export async function findAuditDemand(
  db: Queryable,
  villageId: string,
  demandId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AuditDemandRow | null> {
  if (options.forUpdate)
    await db.query('SELECT id FROM audit_demand WHERE village_id = $1 AND id = $2 FOR UPDATE', [
      villageId,
      demandId,
    ]);
  const [row] = await db.query<AuditDemandRow>(
    `${SELECT_DEMAND} WHERE d.village_id = $1 AND d.id = $2`,
    [villageId, demandId],
  );
  return row ?? null;
}

export async function insertAuditDemand(
  tx: Tx,
  villageId: string,
  d: { id: string; subject: string; reason: string; createdBy: string | null; createdAt: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_demand (village_id, id, subject, reason, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [villageId, d.id, d.subject, d.reason, d.createdBy, d.createdAt],
  );
}

export async function setAuditDemandStatus(
  tx: Tx,
  villageId: string,
  demandId: string,
  status: 'accepted' | 'arranged',
  acceptedOn: CalendarDate | null,
): Promise<void> {
  await tx.query(
    `UPDATE audit_demand SET status = $3, accepted_on = coalesce(accepted_on, $4::date)
      WHERE village_id = $1 AND id = $2`,
    [villageId, demandId, status, acceptedOn],
  );
}

/** One signature; false when the person has signed already. */
export async function insertAuditSignature(
  tx: Tx,
  villageId: string,
  demandId: string,
  s: { personId: string; source: 'app' | 'paper'; recordedBy: string | null; signedAt: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO audit_demand_signature (village_id, demand_id, person_id, source, recorded_by, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING person_id`,
    [villageId, demandId, s.personId, s.source, s.recordedBy, s.signedAt],
  );
  return rows.length > 0;
}

export async function auditDemandsSignedBy(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<Set<string>> {
  const rows = await db.query<{ demand_id: string }>(
    'SELECT demand_id FROM audit_demand_signature WHERE village_id = $1 AND person_id = $2',
    [villageId, personId],
  );
  return new Set(rows.map((r) => r.demand_id));
}

// ------------------------------------------------------------------- audits

export interface AuditAmount {
  label: string;
  amountFen: number;
}

export interface AuditRow {
  id: string;
  number: number;
  kind: AuditKind;
  body_term_id: string | null;
  term_starts_on: CalendarDate | null;
  term_ends_on: CalendarDate | null;
  demand_id: string | null;
  subject: string;
  persons: Array<{ personId: string; name: string }>;
  period_from: CalendarDate;
  period_to: CalendarDate;
  items: string[];
  auditor_kind: AuditorKind;
  auditor_name: string;
  arranged_on: CalendarDate;
  status: 'arranged' | 'reported' | 'published';
  reported_on: CalendarDate | null;
  conclusion: string;
  amounts: AuditAmount[];
  published_on: CalendarDate | null;
  notice_id: string | null;
}

const SELECT_AUDIT = `SELECT a.id, a.number, a.kind, a.body_term_id, t.starts_on::text AS term_starts_on,
    t.ends_on::text AS term_ends_on, a.demand_id, a.subject,
    coalesce((SELECT json_agg(json_build_object('personId', p.id, 'name', p.name) ORDER BY array_position(a.person_ids, p.id))
       FROM person p WHERE p.village_id = a.village_id AND p.id = ANY(a.person_ids)), '[]'::json) AS persons,
    a.period_from::text AS period_from, a.period_to::text AS period_to, a.items, a.auditor_kind, a.auditor_name,
    a.arranged_on::text AS arranged_on, a.status, a.reported_on::text AS reported_on, a.conclusion, a.amounts,
    a.published_on::text AS published_on, a.notice_id
  FROM responsibility_audit a
  LEFT JOIN body_term t ON t.village_id = a.village_id AND t.id = a.body_term_id`;

export async function listAudits(db: Queryable, villageId: string): Promise<AuditRow[]> {
  return db.query<AuditRow>(`${SELECT_AUDIT} WHERE a.village_id = $1 ORDER BY a.number DESC`, [
    villageId,
  ]);
}

export async function findAudit(
  db: Queryable,
  villageId: string,
  auditId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AuditRow | null> {
  if (options.forUpdate)
    await db.query(
      'SELECT id FROM responsibility_audit WHERE village_id = $1 AND id = $2 FOR UPDATE',
      [villageId, auditId],
    );
  const [row] = await db.query<AuditRow>(`${SELECT_AUDIT} WHERE a.village_id = $1 AND a.id = $2`, [
    villageId,
    auditId,
  ]);
  return row ?? null;
}

export interface NewAudit {
  id: string;
  kind: AuditKind;
  termId: string | null;
  demandId: string | null;
  subject: string;
  personIds: string[];
  periodFrom: CalendarDate;
  periodTo: CalendarDate;
  items: string[];
  auditorKind: AuditorKind;
  auditorName: string;
  arrangedOn: CalendarDate;
  createdBy: string | null;
  createdAt: Date;
}

/** Inserts the audit with the village's next number (the caller holds the chain lock). */
export async function insertAudit(tx: Tx, villageId: string, a: NewAudit): Promise<number> {
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO responsibility_audit (village_id, id, number, kind, body_term_id, demand_id, subject, person_ids,
       period_from, period_to, items, auditor_kind, auditor_name, arranged_on, created_by, created_at)
     VALUES ($1, $2, (SELECT coalesce(max(number), 0) + 1 FROM responsibility_audit WHERE village_id = $1),
       $3, $4, $5, $6, $7::uuid[], $8, $9, $10::text[], $11, $12, $13, $14, $15)
     RETURNING number`,
    [
      villageId,
      a.id,
      a.kind,
      a.termId,
      a.demandId,
      a.subject,
      a.personIds,
      a.periodFrom,
      a.periodTo,
      a.items,
      a.auditorKind,
      a.auditorName,
      a.arrangedOn,
      a.createdBy,
      a.createdAt,
    ],
  );
  return row!.number;
}

export async function updateAuditReport(
  tx: Tx,
  villageId: string,
  auditId: string,
  r: { reportedOn: CalendarDate; conclusion: string; amounts: AuditAmount[] },
): Promise<void> {
  await tx.query(
    `UPDATE responsibility_audit SET status = 'reported', reported_on = $3, conclusion = $4, amounts = $5::jsonb
      WHERE village_id = $1 AND id = $2`,
    [villageId, auditId, r.reportedOn, r.conclusion, JSON.stringify(r.amounts)],
  );
}

export async function updateAuditPublished(
  tx: Tx,
  villageId: string,
  auditId: string,
  publishedOn: CalendarDate,
  noticeId: string,
): Promise<void> {
  await tx.query(
    `UPDATE responsibility_audit SET status = 'published', published_on = $3, notice_id = $4
     WHERE village_id = $1 AND id = $2`,
    [villageId, auditId, publishedOn, noticeId],
  );
}

// ------------------------------------------------------------------- terms

export interface CommitteeTermRow {
  id: string;
  body_name: string;
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  members: Array<{ personId: string; name: string }>;
}

/** The terms of the villagers' committee (居民委员会 alike), each with everyone who served in it. */
export async function committeeTerms(
  db: Queryable,
  villageId: string,
): Promise<CommitteeTermRow[]> {
  return db.query<CommitteeTermRow>(
    `SELECT t.id, b.name AS body_name, t.starts_on::text AS starts_on, t.ends_on::text AS ends_on,
       coalesce((SELECT json_agg(DISTINCT jsonb_build_object('personId', p.id, 'name', p.name))
          FROM body_membership m JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
         WHERE m.village_id = t.village_id AND m.term_id = t.id), '[]'::json) AS members
     FROM body_term t JOIN body b ON b.village_id = t.village_id AND b.id = t.body_id
     WHERE t.village_id = $1 AND b.kind = 'villagersCommittee'
     ORDER BY t.starts_on`,
    [villageId],
  );
}

/**
 * The day the village's records began in the product (its chain's first event): a
 * committee that changed before it is not judged on what the product never saw.
 */
export async function recordsSince(db: Queryable, villageId: string): Promise<CalendarDate | null> {
  const [row] = await db.query<{ since: CalendarDate }>(
    `SELECT left(occurred_at, 10) AS since FROM audit_event WHERE chain_id = $1 AND seq = 1`,
    [villageId],
  );
  return row?.since ?? null;
}
