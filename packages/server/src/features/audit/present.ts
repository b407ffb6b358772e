import type { z } from 'zod';
import type { Locale } from '@cunzhi/core/errors';
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
    default:
      return null;
  }
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
      targetTitle: title?.title ?? null,
      targetPage: pageOf(e.target_type, e.target_id, title),
      actorName: e.actor_name,
      // the driver reads timestamptz as a Date; the API carries ISO 8601 text (as JSON.stringify wrote it)
      occurredAt: new Date(e.occurred_at).toISOString(),
      hash: e.hash,
    };
  });
}
