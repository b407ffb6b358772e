import { DomainError } from '@cunzhi/core/errors';
import { aboutCadres, caseRoles, type LiaisonReader } from '@cunzhi/core/liaison/access';
import {
  caseDueOn,
  mayMergeInto,
  ratingDueOn,
  type LiaisonCategory,
  type LiaisonUrgency,
  type RouteBody,
} from '@cunzhi/core/liaison/cases';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { moveReferral } from '../../townInbox/commands/stepReferral.ts';
import { fileTownReferral, findReferral } from '../../townInbox/repository.ts';
import {
  caseReferralId,
  findCase,
  lastStepOn,
  townDepartment,
  type CasePatch,
  type CaseRow,
} from '../repository.ts';
import { applyStep } from './transition.ts';
// the town's answer to a case handed up flows back through the source registered there
import './townSource.ts';

export type CaseStepInput =
  | {
      action: 'acknowledge';
      category?: LiaisonCategory | undefined;
      urgency?: LiaisonUrgency | undefined;
    }
  | { action: 'handle'; note?: string | undefined }
  | {
      action: 'route';
      body?: RouteBody | undefined;
      departmentId?: string | undefined;
      note: string;
    }
  | { action: 'answerRouted' | 'returnRouted' | 'feedback'; note: string }
  | { action: 'close' }
  | { action: 'merge'; intoCaseId: string };

export const factsOf = (row: CaseRow) => ({
  level: row.level,
  gridId: row.grid_id,
  reporterPersonId: row.reporter_person_id,
  category: row.category,
  concernsPersonIds: row.concerns_person_ids,
  routedBody: row.routed_body,
});

/** Signing for a case may correct its class and urgency; the due date follows from the report day. */
async function classify(
  tx: Tx,
  cmd: CommandContext,
  row: CaseRow,
  input: { category?: LiaisonCategory | undefined; urgency?: LiaisonUrgency | undefined },
): Promise<CasePatch> {
  const category = input.category ?? row.category;
  const urgency = input.urgency ?? row.urgency;
  // a case about cadres stays with the supervision committee; an ordinary one cannot be sent there by a class
  if (
    aboutCadres({ category, concernsPersonIds: row.concerns_person_ids }) !==
    aboutCadres(factsOf(row))
  )
    fieldError('category', 'enum_invalid');
  if (urgency === row.urgency) return { category };
  const { profile } = await loadVillageProfile(tx, cmd.villageId, cmd.clock.today());
  // the period runs from the report, or from the reopening for a case reopened one level up
  const reopened =
    row.reopen_count > 0 ? await lastStepOn(tx, cmd.villageId, row.id, 'reopen') : null;
  return {
    category,
    urgency,
    due_on: caseDueOn(reopened ?? row.reported_on, urgency, profile.params, CHINA_HOLIDAYS),
    profile_version: `${profile.id}@${profile.version}`,
  };
}

/** Handing a case to one village body or one town department (via the town's inbox). */
async function route(
  tx: Tx,
  cmd: CommandContext,
  row: CaseRow,
  input: { body?: RouteBody | undefined; departmentId?: string | undefined; note: string },
): Promise<CasePatch> {
  const { note } = input;
  if ((input.body === undefined) === (input.departmentId === undefined))
    fieldError('body', 'liaison_route_target');
  const routed = { routed_by: cmd.actorAccountId };
  // a village body is made of cadres: one of them may be the cadre the issue is about
  if (input.body && aboutCadres(factsOf(row))) throw new DomainError('liaison_cadre_case_body');
  if (input.body) return { ...routed, routed_body: input.body, routed_department_id: null };
  const department = await townDepartment(tx, cmd.villageId, input.departmentId ?? '');
  if (!department) fieldError('departmentId', 'not_found', { what: 'liaisonCase' });
  const earlierId = await caseReferralId(tx, cmd.villageId, row.id);
  const earlier = earlierId
    ? await findReferral(tx, cmd.villageId, earlierId, { forUpdate: true })
    : null;
  // a case the town returned as "not ours" is handed up again on the same referral (refiled)
  if (earlier) {
    const by = {
      accountId: cmd.actorAccountId,
      at: cmd.clock.now(),
      today: cmd.clock.today(),
      config: cmd.config,
    };
    const input = { departmentId: department.id, dueOn: row.due_on, text: note };
    await moveReferral(tx, earlier, 'village', 'refile', input, by);
  } else
    await fileTownReferral(tx, cmd, {
      source: { kind: 'minqing', id: row.id },
      addressee: 'department',
      departmentId: department.id,
      dueOn: row.due_on,
      subject: row.subject,
      summary: [row.body, note].join('\n'),
    });
  return { ...routed, routed_body: null, routed_department_id: department.id };
}

async function patchFor(
  tx: Tx,
  cmd: CommandContext,
  row: CaseRow,
  input: CaseStepInput,
): Promise<CasePatch> {
  switch (input.action) {
    case 'acknowledge':
      return classify(tx, cmd, row, input);
    case 'route':
      return { ...(await route(tx, cmd, row, input)), routed_note: input.note };
    // back to whoever routed it: the case's level does not change, the body lets go of it
    case 'answerRouted':
    case 'returnRouted':
      return { routed_body: null, routed_department_id: null };
    case 'feedback': {
      const { profile } = await loadVillageProfile(tx, cmd.villageId, cmd.clock.today());
      const today = cmd.clock.today();
      return {
        feedback: input.note,
        answered_on: today,
        rating_due_on: ratingDueOn(today, profile.params),
      };
    }
    case 'merge': {
      const target = await findCase(tx, cmd.villageId, input.intoCaseId);
      if (!target || target.merged_into !== null)
        fieldError('intoCaseId', 'not_found', { what: 'liaisonCase' });
      if (!mayMergeInto(target, row.id))
        throw new DomainError('liaison_merge_closed', { number: target.number });
      return { merged_into: target.id };
    }
    case 'handle':
    case 'close':
      return {};
  }
}

/**
 * A handler's (or a body's) step on a case: sign for and classify, handle, hand on, answer or
 * return what was handed on, answer the reporter, close, merge a repeat into an open case.
 * 404 for a case the reader may not see; the machine refuses a step out of turn or role.
 */
export async function stepCase(
  cmd: CommandContext,
  reader: LiaisonReader,
  caseId: string,
  input: CaseStepInput,
): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const row = await findCase(tx, cmd.villageId, caseId, { forUpdate: true });
    if (!row) throw new DomainError('not_found', { what: 'liaisonCase' });
    const roles = caseRoles(reader, factsOf(row));
    const note = 'note' in input ? (input.note ?? null) : null;
    const audit = input.action === 'route' ? { routedTo: input.body ?? 'department' } : {};
    await applyStep(tx, cmd, row, input.action, roles, {
      patch: () => patchFor(tx, cmd, row, input),
      note,
      audit,
    });
  });
}
