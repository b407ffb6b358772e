import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type {
  ReferralAddressee,
  ReferralStatus,
  ReferralStep,
} from '@cunzhi/core/policies/townInbox';
import type { CommandContext } from '../../platform/command.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { appendAuditEvent } from '../../platform/audit/appendAuditEvent.ts';

export type ReferralSourceKind = 'complaint' | 'inspection' | 'report';

export interface ReferralInput {
  /** What is referred: a complaint, an inspection (its finding) or a report of the committee. */
  source: { kind: ReferralSourceKind; id: string };
  addressee: ReferralAddressee;
  subject: string;
  summary: string;
  /** The cadres it is about (person ids of the village), if any. */
  concernsPersonIds?: readonly string[];
}

/** Where a village sits, for the town's inbox and the county's audit chain. */
export interface VillagePlace {
  village_id: string;
  village_name: string;
  town_id: string;
  town_name: string;
  county_id: string;
}

export async function villagePlace(db: Queryable, villageId: string): Promise<VillagePlace> {
  const [row] = await db.query<VillagePlace>(
    `SELECT v.id AS village_id, v.name AS village_name, t.id AS town_id, t.name AS town_name,
       t.county_id
     FROM village v JOIN town t ON t.id = v.town_id WHERE v.id = $1`,
    [villageId],
  );
  if (!row) throw new Error(`no village ${villageId}`);
  return row;
}

/**
 * The audit chain a referral's events go on. A referral to the discipline or supervisory
 * commission is recorded on the county's chain, not the village's, so the village's audit log
 * (which its cadres read) does not show that a report about them exists; one to the town
 * government is an ordinary act of the village and goes on its chain.
 */
export function referralChain(addressee: ReferralAddressee, place: VillagePlace): string {
  return addressee === 'townGovernment' ? place.village_id : place.county_id;
}

/**
 * Files a referral into the town's inbox (报镇纪委, 报乡镇人民政府, 向监察机关报告), inside the
 * caller's transaction, and records `townReferral.filed` (on the county's chain unless it is
 * addressed to the town government). The village acts (cmd.villageId, cmd.actorAccountId);
 * from then on only the addressee's unit of the village's town (and county) reads it, through
 * features/townInbox. Filing the same source to the same addressee twice files it once: the
 * existing referral's id is returned.
 */
export async function fileTownReferral(
  tx: Tx,
  cmd: CommandContext,
  input: ReferralInput,
): Promise<{ referralId: string }> {
  const place = await villagePlace(tx, cmd.villageId);
  const id = randomUUID();
  const now = cmd.clock.now();
  const [row] = await tx.query<{ id: string; inserted: boolean }>(
    `INSERT INTO town_referral (village_id, id, town_id, source_kind, source_id, addressee, subject,
       summary, concerns_person_ids, filed_on, filed_at, filed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid[], $10, $11, $12)
     ON CONFLICT (village_id, source_kind, source_id, addressee) DO UPDATE SET id = town_referral.id
     RETURNING id, (xmax = 0) AS inserted`,
    [
      cmd.villageId,
      id,
      place.town_id,
      input.source.kind,
      input.source.id,
      input.addressee,
      input.subject,
      input.summary,
      input.concernsPersonIds ?? [],
      cmd.clock.today(),
      now,
      cmd.actorAccountId,
    ],
  );
  if (!row) throw new Error('referral not filed');
  if (row.inserted)
    await appendAuditEvent(tx, {
      chainId: referralChain(input.addressee, place),
      actorAccountId: cmd.actorAccountId,
      action: 'townReferral.filed',
      targetType: 'townReferral',
      targetId: row.id,
      data: {
        villageId: cmd.villageId,
        source: input.source,
        addressee: input.addressee,
        concerns: input.concernsPersonIds?.length ?? 0,
      },
      occurredAt: now,
    });
  return { referralId: row.id };
}

export interface ReferralRow {
  village_id: string;
  id: string;
  town_id: string;
  source_kind: ReferralSourceKind;
  source_id: string;
  addressee: ReferralAddressee;
  subject: string;
  summary: string;
  concerns_person_ids: string[];
  status: ReferralStatus;
  filed_on: CalendarDate;
  answer: string | null;
  accepted_at: Date | null;
  answered_at: Date | null;
  closed_at: Date | null;
}

const REFERRAL_COLUMNS = `r.village_id, r.id, r.town_id, r.source_kind, r.source_id, r.addressee,
  r.subject, r.summary, r.concerns_person_ids::text[] AS concerns_person_ids, r.status,
  to_char(r.filed_on, 'YYYY-MM-DD') AS filed_on, r.answer, r.accepted_at, r.answered_at, r.closed_at`;

export async function findReferral(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ReferralRow | null> {
  const [row] = await db.query<ReferralRow>(
    `SELECT ${REFERRAL_COLUMNS} FROM town_referral r WHERE r.village_id = $1 AND r.id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

/** The referral of a source to the discipline side (a complaint's), for its complainant's view. */
export async function referralOfSource(
  db: Queryable,
  villageId: string,
  source: { kind: ReferralSourceKind; id: string },
): Promise<Pick<ReferralRow, 'status' | 'answer'> | null> {
  const [row] = await db.query<Pick<ReferralRow, 'status' | 'answer'>>(
    `SELECT status, answer FROM town_referral
     WHERE village_id = $1 AND source_kind = $2 AND source_id = $3 ORDER BY filed_at LIMIT 1`,
    [villageId, source.kind, source.id],
  );
  return row ?? null;
}

const STEP_COLUMNS: Record<ReferralStep, string> = {
  accept: 'accepted_at = $4, accepted_by = $5',
  handle: 'accepted_by = coalesce(accepted_by, $5), accepted_at = coalesce(accepted_at, $4)',
  answer: 'answer = $6, answered_at = $4, answered_by = $5',
  close: 'closed_at = $4, closed_by = $5',
};

export async function setReferralStep(
  tx: Tx,
  r: { villageId: string; id: string },
  step: ReferralStep,
  to: ReferralStatus,
  by: { at: Date; accountId: string; answer?: string },
): Promise<void> {
  await tx.query(
    `UPDATE town_referral SET status = $3, ${STEP_COLUMNS[step]} WHERE village_id = $1 AND id = $2`,
    [r.villageId, r.id, to, by.at, by.accountId, ...(step === 'answer' ? [by.answer] : [])],
  );
}
