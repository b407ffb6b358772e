import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Finding } from '@cunzhi/core/rules/findings';
import {
  departureAuditFindings,
  pendingDemandFindings,
  termAuditFindings,
} from '@cunzhi/core/responsibilityAudits/rules';
import type { Queryable } from '../../platform/db/database.ts';
import { demandBases } from '../meetings/repository/demands.ts';
import {
  auditDemandsSignedBy,
  findAuditDemand,
  committeeTerms,
  listAuditDemands,
  listAudits,
  recordsSince,
  type AuditDemandRow,
  type AuditRow,
  type CommitteeTermRow,
} from './repository.ts';

/** What the rules find about the village's audits today (the village's page and the town's list). */
export function findingsOf(
  terms: readonly CommitteeTermRow[],
  audits: readonly AuditRow[],
  demands: readonly AuditDemandRow[],
  today: CalendarDate,
  since: CalendarDate | null,
): Finding[] {
  const committee = terms.map((t) => ({
    id: t.id,
    startsOn: t.starts_on,
    endsOn: t.ends_on,
    members: t.members,
  }));
  const facts = audits.map((a) => ({
    kind: a.kind,
    termId: a.body_term_id,
    publishedOn: a.published_on,
  }));
  const pending = demands
    .filter((d) => d.status === 'accepted' && d.accepted_on)
    .map((d) => ({ subject: d.subject, signatures: d.signatures, acceptedOn: d.accepted_on! }));
  return [
    ...departureAuditFindings(committee, facts, today, since),
    ...termAuditFindings(committee, facts, today, since),
    ...pendingDemandFindings(pending),
  ];
}

/** The audits' findings of one village today. */
export async function auditFindings(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
): Promise<Finding[]> {
  const [terms, audits, demands] = [
    await committeeTerms(db, villageId),
    await listAudits(db, villageId),
    await listAuditDemands(db, villageId),
  ];
  return findingsOf(terms, audits, demands, today, await recordsSince(db, villageId));
}

/** The audits page: every audit (or the published ones), the demands, the terms, today's findings. */
export async function auditsPage(
  { db }: { db: Queryable },
  villageId: string,
  today: CalendarDate,
  reader: { personId: string | null; seesUnpublished: boolean },
) {
  const terms = await committeeTerms(db, villageId);
  const all = await listAudits(db, villageId);
  const demands = await listAuditDemands(db, villageId);
  const { villagers } = await demandBases(db, villageId, today);
  const signedByMe = reader.personId
    ? await auditDemandsSignedBy(db, villageId, reader.personId)
    : new Set<string>();
  return {
    terms,
    audits: reader.seesUnpublished ? all : all.filter((a) => a.status === 'published'),
    demands,
    base: villagers,
    signedByMe,
    findings: findingsOf(terms, all, demands, today, await recordsSince(db, villageId)),
  };
}

/** One demand as it stands, with today's base and whether the reader signed it. */
export async function demandState(
  { db }: { db: Queryable },
  villageId: string,
  demandId: string,
  today: CalendarDate,
  personId: string | null,
) {
  const demand = (await findAuditDemand(db, villageId, demandId))!;
  const { villagers } = await demandBases(db, villageId, today);
  const mine = personId ? await auditDemandsSignedBy(db, villageId, personId) : new Set<string>();
  return { demand, base: villagers, signedByMe: mine.has(demandId) };
}
