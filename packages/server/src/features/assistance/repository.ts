import type { AgentKind, AssistedAct, ConsentEvidence } from '@cunzhi/core/assistance/consent';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable, Tx } from '../../platform/db/database.ts';

/** The attachment kind a paper consent's photographed form is kept under. */
export const CONSENT_FORM_KIND = 'assistanceConsent';

export interface ConsentRow {
  id: string;
  person_id: string;
  person_name: string;
  agent_kind: AgentKind;
  agent_person_id: string | null;
  agent_name: string | null;
  acts: AssistedAct[];
  ends_on: CalendarDate;
  evidence: ConsentEvidence;
  form_attached: boolean;
  recorded_by: string;
  recorded_on: CalendarDate;
  revoked_on: CalendarDate | null;
}

const CONSENT_SELECT = `
  SELECT c.id, c.person_id, p.name AS person_name, c.agent_kind, c.agent_person_id,
    g.name AS agent_name, c.acts, c.ends_on, c.evidence,
    EXISTS (SELECT 1 FROM attachment f WHERE f.village_id = c.village_id
      AND f.owner_kind = '${CONSENT_FORM_KIND}' AND f.owner_id = c.id) AS form_attached,
    r.display_name AS recorded_by, c.recorded_on, c.revoked_on
  FROM assistance_consent c
  JOIN person p ON p.village_id = c.village_id AND p.id = c.person_id
  LEFT JOIN person g ON g.village_id = c.village_id AND g.id = c.agent_person_id
  JOIN account r ON r.id = c.recorded_by`;

export async function insertConsent(
  tx: Tx,
  villageId: string,
  c: {
    id: string;
    personId: string;
    agentKind: AgentKind;
    agentPersonId: string | null;
    acts: readonly AssistedAct[];
    endsOn: CalendarDate;
    evidence: ConsentEvidence;
    recordedBy: string;
    recordedOn: CalendarDate;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO assistance_consent (village_id, id, person_id, agent_kind, agent_person_id, acts,
       ends_on, evidence, recorded_by, recorded_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      ...[villageId, c.id, c.personId, c.agentKind, c.agentPersonId, c.acts, c.endsOn],
      ...[c.evidence, c.recordedBy, c.recordedOn],
    ],
  );
}

export async function findConsent(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<ConsentRow | null> {
  const [row] = await db.query<ConsentRow>(
    `${CONSENT_SELECT} WHERE c.village_id = $1 AND c.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

/** Consents in the village: those of one villager, given to one relative, or all. */
export async function listConsents(
  db: Queryable,
  villageId: string,
  by: { personId?: string; agentPersonId?: string } = {},
): Promise<ConsentRow[]> {
  return db.query<ConsentRow>(
    `${CONSENT_SELECT}
     WHERE c.village_id = $1 AND ($2::uuid IS NULL OR c.person_id = $2)
       AND ($3::uuid IS NULL OR c.agent_person_id = $3)
     ORDER BY c.revoked_on IS NOT NULL, c.ends_on DESC, p.name LIMIT 500`,
    [villageId, by.personId ?? null, by.agentPersonId ?? null],
  );
}

export async function revokeConsentRow(
  tx: Tx,
  villageId: string,
  id: string,
  on: CalendarDate,
  by: string,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE assistance_consent SET revoked_on = $3, revoked_by = $4
     WHERE village_id = $1 AND id = $2 AND revoked_on IS NULL RETURNING id`,
    [villageId, id, on, by],
  );
  return rows.length > 0;
}

/** Whether two persons of the village are in one household of the register. */
export async function sameHousehold(
  db: Queryable,
  villageId: string,
  a: string,
  b: string,
): Promise<boolean> {
  const [row] = await db.query<{ same: boolean }>(
    `SELECT count(DISTINCT household_id) = 1 AND count(*) = 2 AS same FROM person
     WHERE village_id = $1 AND id IN ($2, $3)`,
    [villageId, a, b],
  );
  return row?.same ?? false;
}

export async function insertAssistedAct(
  tx: Tx,
  villageId: string,
  a: {
    id: string;
    consentId: string;
    personId: string;
    act: AssistedAct;
    subjectId: string;
    agentAccountId: string;
    doneAt: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO assisted_act (village_id, id, consent_id, person_id, act, subject_id,
       agent_account_id, done_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [villageId, a.id, a.consentId, a.personId, a.act, a.subjectId, a.agentAccountId, a.doneAt],
  );
}

export interface AssistedActRow {
  id: string;
  act: AssistedAct;
  person_id: string;
  person_name: string;
  subject: string;
  agent_name: string;
  consent_id: string;
  evidence: ConsentEvidence;
  done_at: Date;
}

/** Assisted acts, newest first: those done for one villager, under consents to one relative, or all. */
export async function listAssistedActs(
  db: Queryable,
  villageId: string,
  by: { personId?: string; agentPersonId?: string } = {},
): Promise<AssistedActRow[]> {
  return db.query<AssistedActRow>(
    `SELECT x.id, x.act, x.person_id, p.name AS person_name, ac.display_name AS agent_name,
       x.consent_id, c.evidence, x.done_at,
       coalesce(m.title, r.item_name, n.title, '') AS subject
     FROM assisted_act x
     JOIN assistance_consent c ON c.village_id = x.village_id AND c.id = x.consent_id
     JOIN person p ON p.village_id = x.village_id AND p.id = x.person_id
     JOIN account ac ON ac.id = x.agent_account_id
     LEFT JOIN meeting m ON x.act = 'checkIn' AND m.village_id = x.village_id AND m.id = x.subject_id
     LEFT JOIN service_request r ON x.act = 'serviceOrder' AND r.village_id = x.village_id
       AND r.id = x.subject_id
     LEFT JOIN notice_question q ON x.act = 'question' AND q.village_id = x.village_id
       AND q.id = x.subject_id
     LEFT JOIN notice n ON n.village_id = q.village_id AND n.id = q.notice_id
     WHERE x.village_id = $1 AND ($2::uuid IS NULL OR x.person_id = $2)
       AND ($3::uuid IS NULL OR c.agent_person_id = $3)
     ORDER BY x.done_at DESC LIMIT 500`,
    [villageId, by.personId ?? null, by.agentPersonId ?? null],
  );
}
