import type { z } from 'zod';
import type { Locale } from '@cunzhi/core/errors';
import { accountLabel } from '@cunzhi/core/finance/accounts';
import { parsePeriodKey, periodText } from '@cunzhi/core/finance/periods';
import type * as contract from '@cunzhi/contract/audit';
import type { AuditListRow } from '../../platform/audit/repository.ts';
import { auditActionName } from './actions.ts';
import type { TargetTitle } from './queries.ts';

type TargetPage = z.output<typeof contract.AuditEvent>['targetPage'];

/** The page a reader opens to see the object of an act, if it has one. */
function pageOf(type: string, id: string, title: TargetTitle | undefined): TargetPage {
  switch (type) {
    case 'person':
    case 'household':
    case 'matter':
    case 'meeting':
    case 'notice':
      return title?.title != null ? { kind: type, id } : null;
    case 'motion':
    case 'resolution':
      // a motion's meeting; the matter a resolution decided, else the meeting that adopted it
      return title?.page_kind && title.page_id
        ? { kind: title.page_kind, id: title.page_id }
        : null;
    case 'rule':
    case 'authorisation':
      return { kind: 'rules', id: null };
    case 'rosterImport':
      return { kind: 'roster', id: null };
    case 'voucher':
    case 'financePeriod':
    case 'financeStatement':
    case 'financeBudget':
      return { kind: 'finance', id: null };
    case 'spendingRequest':
      return title?.title != null ? { kind: 'spending', id } : null;
    case 'evaluationRound':
      return title?.title != null ? { kind: 'evaluation', id } : null;
    case 'spendingHold':
      return title?.page_kind && title.page_id ? { kind: 'spending', id: title.page_id } : null;
    case 'supervisionPlan':
      return { kind: 'supervision', id: null };
    case 'supervisionInspection':
    case 'supervisionCorrection':
    case 'supervisionReport':
    case 'supervisionMotion':
      return title?.page_kind && title.page_id
        ? { kind: title.page_kind, id: title.page_id }
        : { kind: 'supervision', id: null };
    case 'complaint':
      // none for a complaint referred to the town: the village has no page of it
      return title?.page_kind && title.page_id
        ? { kind: title.page_kind, id: title.page_id }
        : null;
    case 'collectiveVoucher':
    case 'collectiveBankAccount':
    case 'derivativeRequest':
      return title?.title != null ? { kind: 'collectiveBooks', id: null } : null;
    case 'serviceQuarter':
    case 'serviceProject':
      // the three lists' page (of today's quarter: its quarter picker reaches the others)
      return title?.title != null ? { kind: 'serviceLists', id: null } : null;
    default:
      return null;
  }
}

/**
 * Titles read from the target's id itself, where it is a key rather than a row: a month of the
 * books (`2026-11` → 2026年11月) and a budget line (`2026:5102` → 2026年 5102 管理费用).
 */
function keyedTitle(type: string, id: string, locale: Locale): string | null {
  if (type === 'financePeriod' || type === 'financeStatement') {
    const p = parsePeriodKey(id);
    return p ? periodText(p) : null;
  }
  if (type === 'financeBudget') {
    const [year, code] = id.split(':');
    return year && code ? `${year}年 ${accountLabel(code, locale)}` : null;
  }
  return null;
}

export const targetOf = (e: AuditListRow) => ({ type: e.target_type, id: e.target_id });

/** Presents a page of events with the names of what they act on (`targetTitles`). */
export function presentAuditEvents(
  rows: readonly AuditListRow[],
  titles: readonly TargetTitle[],
  locale: Locale,
) {
  const byTarget = new Map(titles.map((t) => [`${t.type}:${t.id}`, t]));
  return rows.map((e) => {
    const title = byTarget.get(`${e.target_type}:${e.target_id}`);
    return {
      seq: e.seq,
      action: e.action,
      actionName: auditActionName(e.action, locale),
      targetType: e.target_type,
      targetId: e.target_id,
      targetTitle: title?.title ?? keyedTitle(e.target_type, e.target_id, locale),
      targetPage: pageOf(e.target_type, e.target_id, title),
      actorName: e.actor_name,
      // the driver reads timestamptz as a Date; the API carries ISO 8601 text (as JSON.stringify wrote it)
      occurredAt: new Date(e.occurred_at).toISOString(),
      hash: e.hash,
    };
  });
}
