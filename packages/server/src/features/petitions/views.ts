import type { FastifyRequest } from 'fastify';
import type { Actor } from '@cunzhi/core/policies/actor';
import { parseCalendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { PETITION_MACHINE } from '@cunzhi/core/petitions/petitions';
import { hasTownInbox } from '@cunzhi/core/policies/townInbox';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { appendAuditEvent } from '../../platform/audit/appendAuditEvent.ts';
import { writeLedgerWorkbook } from '../finance/workbook.ts';
import { fieldError } from '../matters/commands/shared.ts';
import { petitionReader } from './handlers.ts';
import { petitionSheet } from './ledger.ts';
import { presentLetter } from './letters.ts';
import { presentPetitionDetail, presentPetitionSummary } from './present.ts';
import {
  forwardedPetitions,
  ledgerPetitions,
  petitionLetters,
  petitionListRow,
  petitionNumber,
  petitionPeople,
  petitionSteps,
  villagePetitions,
} from './queries.ts';
import { petitionsOfIdNumber, townDepartments } from './repository.ts';

/**
 * The read models of features/petitions for its routes: a petition as its reader may see it
 * (who petitioned only for the case's handlers), the lists, the letters and the 台账.
 */

/** A petition as this reader sees it: who petitioned only for its handlers, and what they may do. */
export async function detail(ctx: AppContext, request: FastifyRequest, petitionId: string) {
  const { row: village } = villageOf(request);
  const { actor } = requireSignedIn(request);
  const row = await petitionListRow(ctx.db, village.id, petitionId);
  if (!row) throw new DomainError('not_found', { what: 'petition' });
  const roles = (await petitionReader(ctx.db, actor))(row);
  const [people, steps, letters, sameNumber] = await Promise.all([
    roles.length > 0 ? petitionPeople(ctx.db, village.id, row.id) : null,
    petitionSteps(ctx.db, village.id, row.id),
    petitionLetters(ctx.db, village.id, row.id),
    row.same_facts_as ? petitionNumber(ctx.db, village.id, row.same_facts_as) : null,
  ]);
  return {
    row,
    roles,
    petition: presentPetitionDetail(row, ctx.clock.today(), {
      people,
      steps,
      letters,
      sameFactsAs:
        row.same_facts_as && sameNumber !== null
          ? { id: row.same_facts_as, number: sameNumber }
          : null,
      can: PETITION_MACHINE.actionsFor(row.status, roles),
    }),
  };
}

function period(q: { from?: string | undefined; to?: string | undefined }, today: CalendarDate) {
  const parse = (field: string, v: string | undefined, fallback: CalendarDate) => {
    if (!v) return fallback;
    return parseCalendarDate(v) ?? fieldError(field, 'date_invalid');
  };
  const from = parse('from', q.from, `${today.slice(0, 4)}-01-01` as CalendarDate);
  const to = parse('to', q.to, today);
  if (to < from) fieldError('to', 'date_order', { other: from });
  return { from, to };
}

/** The village's list: the petitioner's name on a row only for that row's handlers. */
export async function villageList(
  ctx: AppContext,
  actor: Actor,
  villageId: string,
  status: 'open' | 'all',
) {
  const on = ctx.clock.today();
  const rows = await villagePetitions(ctx.db, villageId, status);
  const rolesOf = await petitionReader(ctx.db, actor);
  return { on, items: rows.map((r) => presentPetitionSummary(r, on, rolesOf(r).length > 0)) };
}

/** The petition office's list: what it handles across its villages, overdue first, then by last day. */
export async function officeList(ctx: AppContext, actor: Actor, status: 'open' | 'all') {
  if (!hasTownInbox(actor)) throw new DomainError('forbidden');
  const on = ctx.clock.today();
  const scopes = actor.staffScopes.filter((s) => s.unit === 'government');
  const rows = await forwardedPetitions(ctx.db, scopes, status);
  const rolesOf = await petitionReader(ctx.db, actor);
  const items = rows
    .filter((r) => rolesOf(r).includes('office'))
    .map((r) => presentPetitionSummary(r, on, true));
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return { on, items };
}

export async function earlierOf(ctx: AppContext, villageId: string, idNumber: string) {
  const rows = await petitionsOfIdNumber(ctx.db, villageId, idNumber.toUpperCase());
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    subject: r.subject,
    status: r.status,
    reReviewed: r.re_reviewed,
  }));
}

export async function departmentsOf(ctx: AppContext, townId: string) {
  const rows = await townDepartments(ctx.db, townId);
  return rows.map((d) => ({ id: d.id, name: d.name }));
}

/** A letter to the petitioner; it names them, so only the case's handlers print it. */
export async function letterOf(
  ctx: AppContext,
  request: FastifyRequest,
  petitionId: string,
  kind: string,
) {
  const { row, roles } = await detail(ctx, request, petitionId);
  if (roles.length === 0) throw new DomainError('not_found', { what: 'petition' });
  const [letters, people, steps, village] = await Promise.all([
    petitionLetters(ctx.db, row.village_id, row.id),
    petitionPeople(ctx.db, row.village_id, row.id),
    petitionSteps(ctx.db, row.village_id, row.id),
    loadVillageProfile(ctx.db, row.village_id, row.received_on),
  ]);
  const letter = letters.find((l) => l.kind === kind);
  if (!letter) throw new DomainError('not_found', { what: 'petition' });
  return presentLetter(row, letter, { people, steps, params: village.profile.params });
}

/** The 台账 of a period as a workbook; the export is audited (who, which period, how many rows). */
export async function ledgerWorkbook(
  ctx: AppContext,
  by: { actor: Actor; accountId: string },
  village: { id: string; name: string },
  query: { from?: string | undefined; to?: string | undefined },
) {
  const today = ctx.clock.today();
  const { from, to } = period(query, today);
  const rows = await ledgerPetitions(ctx.db, village.id, from, to);
  const rolesOf = await petitionReader(ctx.db, by.actor);
  const title = `${village.name}信访事项登记台账（${from}至${to}）`;
  const bytes = await writeLedgerWorkbook([
    petitionSheet(title, rows, today, (r) => rolesOf(r).length > 0),
  ]);
  await ctx.db.transaction((tx) =>
    appendAuditEvent(tx, {
      chainId: village.id,
      actorAccountId: by.accountId,
      action: 'petition.exported',
      targetType: 'village',
      targetId: village.id,
      data: { from, to, rows: rows.length },
      occurredAt: ctx.clock.now(),
    }),
  );
  return { name: `${title}.xlsx`, bytes };
}

/**
 * The town's combined 台账: the petitions of the villages the official handles as the petition
 * office, received in the period; each village's chain records that its petitions were exported.
 */
export async function officeLedgerWorkbook(
  ctx: AppContext,
  by: { actor: Actor; accountId: string },
  query: { from?: string | undefined; to?: string | undefined },
) {
  if (!hasTownInbox(by.actor)) throw new DomainError('forbidden');
  const today = ctx.clock.today();
  const { from, to } = period(query, today);
  const scopes = by.actor.staffScopes.filter((s) => s.unit === 'government');
  const rolesOf = await petitionReader(ctx.db, by.actor);
  const rows = (await forwardedPetitions(ctx.db, scopes, 'all'))
    .filter((r) => rolesOf(r).includes('office') && r.received_on >= from && r.received_on <= to)
    .sort((a, b) => a.village_name.localeCompare(b.village_name, 'zh-CN') || a.number - b.number);
  const town = rows[0]?.town_name ?? '';
  const title = `${town}信访事项登记台账（${from}至${to}）`;
  const bytes = await writeLedgerWorkbook([petitionSheet(title, rows, today, () => true, true)]);
  const villages = new Map<string, number>();
  for (const r of rows) villages.set(r.village_id, (villages.get(r.village_id) ?? 0) + 1);
  await ctx.db.transaction(async (tx) => {
    for (const [villageId, count] of villages)
      await appendAuditEvent(tx, {
        chainId: villageId,
        actorAccountId: by.accountId,
        action: 'petition.exported',
        targetType: 'village',
        targetId: villageId,
        data: { from, to, rows: count, combined: true },
        occurredAt: ctx.clock.now(),
      });
  });
  return { name: `${title}.xlsx`, bytes };
}
