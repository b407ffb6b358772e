import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import {
  AUDIT_KIND_NAMES,
  unknownAuditItems,
  type AuditKind,
  type AuditorKind,
} from '@cunzhi/core/responsibilityAudits/items';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import {
  committeeTerms,
  findAudit,
  findAuditDemand,
  insertAudit,
  setAuditDemandStatus,
  type CommitteeTermRow,
} from '../repository.ts';

export interface ArrangeAuditInput {
  kind: AuditKind;
  termId?: string | undefined;
  demandId?: string | undefined;
  personIds?: string[] | undefined;
  subject?: string | undefined;
  periodFrom: string;
  periodTo: string;
  items: string[];
  auditorKind: AuditorKind;
  auditorName: string;
  arrangedOn?: string | undefined;
}

/** Who an audit of a term covers by default: a departure audit, the members who did not continue. */
function defaultPersons(kind: AuditKind, term: CommitteeTermRow, terms: CommitteeTermRow[]) {
  const next = terms.find((t) => t.starts_on > term.starts_on);
  if (kind !== 'departure' || !next) return term.members.map((m) => m.personId);
  const staying = new Set(next.members.map((m) => m.personId));
  return term.members.filter((m) => !staying.has(m.personId)).map((m) => m.personId);
}

/** The term an audit of a term covers, and the cadres it audits (members of that term). */
async function termSubject(cmd: CommandContext, input: ArrangeAuditInput) {
  if (!input.termId) fieldError('termId', 'audit_term_required');
  const terms = await committeeTerms(cmd.db, cmd.villageId);
  const term = terms.find((t) => t.id === input.termId);
  if (!term) fieldError('termId', 'audit_term_required');
  const members = new Set(term.members.map((m) => m.personId));
  const personIds = input.personIds ?? defaultPersons(input.kind, term, terms);
  const problems: FieldProblem[] = personIds.flatMap((id, i) =>
    members.has(id) ? [] : [{ field: `personIds.${i}`, error: 'field_invalid' as const }],
  );
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  const name = AUDIT_KIND_NAMES[input.kind].zh;
  const subject =
    input.subject || `${term.body_name}（${term.starts_on} 至 ${term.ends_on}）${name}`;
  return { termId: term.id, demandId: null, personIds, subject };
}

/** The demand an audit of other items answers: it must have reached one fifth. */
async function demandSubject(cmd: CommandContext, input: ArrangeAuditInput) {
  if (!input.demandId) fieldError('demandId', 'audit_demand_required');
  const demand = await findAuditDemand(cmd.db, cmd.villageId, input.demandId);
  if (!demand) throw new DomainError('not_found', { what: 'auditDemand' });
  if (demand.status === 'collecting') throw new DomainError('audit_demand_not_met');
  if (demand.status === 'arranged') throw new DomainError('audit_demand_closed');
  return {
    termId: null,
    demandId: demand.id,
    personIds: [],
    subject: input.subject || demand.subject,
  };
}

function checkedPeriod(input: ArrangeAuditInput): { from: CalendarDate; to: CalendarDate } {
  const from = dateField('periodFrom', input.periodFrom);
  const to = dateField('periodTo', input.periodTo);
  if (to < from) fieldError('periodTo', 'date_order', { other: from });
  const unknown = unknownAuditItems(input.items, to);
  const problems: FieldProblem[] = input.items.flatMap((item, i) =>
    unknown.includes(item) ? [{ field: `items.${i}`, error: 'enum_invalid' as const }] : [],
  );
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  return { from, to };
}

/**
 * The town arranges an audit (VCOL-35-AUDIT: 由县级…或者乡、民族乡、镇的人民政府负责组织):
 * of a committee term (任期 or 离任, the term's members or those who left), or of the items a
 * demand of one fifth of the villagers named. The items are those of the text of the law in
 * force on the period's last day. Audited as responsibilityAudit.arranged.
 */
export async function arrangeAudit(cmd: CommandContext, input: ArrangeAuditInput) {
  const arrangedOn = actDate(cmd, 'arrangedOn', input.arrangedOn);
  const period = checkedPeriod(input);
  const subject =
    input.kind === 'demanded' ? await demandSubject(cmd, input) : await termSubject(cmd, input);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    if (subject.demandId) {
      const demand = await findAuditDemand(tx, cmd.villageId, subject.demandId, {
        forUpdate: true,
      });
      if (demand?.status !== 'accepted') throw new DomainError('audit_demand_closed');
      await setAuditDemandStatus(tx, cmd.villageId, subject.demandId, 'arranged', null);
    }
    const number = await insertAudit(tx, cmd.villageId, {
      id,
      kind: input.kind,
      ...subject,
      periodFrom: period.from,
      periodTo: period.to,
      items: [...new Set(input.items)],
      auditorKind: input.auditorKind,
      auditorName: input.auditorName,
      arrangedOn,
      createdBy: cmd.actorAccountId,
      createdAt: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'responsibilityAudit.arranged',
      { type: 'responsibilityAudit', id },
      {
        number,
        kind: input.kind,
        subject: subject.subject,
        termId: subject.termId,
        demandId: subject.demandId,
        personIds: subject.personIds,
        period: { from: period.from, to: period.to },
        items: input.items,
        auditor: { kind: input.auditorKind, name: input.auditorName },
        arrangedOn,
      },
    );
    return (await findAudit(tx, cmd.villageId, id))!;
  });
}
