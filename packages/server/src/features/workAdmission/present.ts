import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { checkAdmission, versionInForce } from '@cunzhi/core/workAdmission/admission';
import type { ListVersion, WorkTask } from '@cunzhi/contract/workAdmission';
import type { z } from 'zod';
import type { ItemRow, TaskRow, VersionRow } from './repository.ts';

type VersionOut = z.input<typeof ListVersion>;
type TaskOut = z.input<typeof WorkTask>;

/** Every version of each county with its items, the one in force today marked. */
export function presentVersions(
  versions: readonly VersionRow[],
  items: readonly ItemRow[],
  on: CalendarDate,
): VersionOut[] {
  const inForce = new Set<string>();
  for (const county of new Set(versions.map((v) => v.county_id))) {
    const current = versionInForce(
      versions
        .filter((v) => v.county_id === county)
        .map((v) => ({ ...v, effectiveOn: v.effective_on })),
      on,
    );
    if (current) inForce.add(current.id);
  }
  return versions.map((v) => ({
    id: v.id,
    countyId: v.county_id,
    number: v.number,
    title: v.title,
    documentNo: v.document_no,
    effectiveOn: v.effective_on,
    publishedAt: v.published_at.toISOString(),
    inForce: inForce.has(v.id),
    items: items
      .filter((i) => i.version_id === v.id)
      .map((i) => ({ id: i.id, list: i.list, seq: i.seq, text: i.text })),
  }));
}

/** A task with the ground of its verdict (which list, or none), as the check gave it. */
export function presentTask(r: TaskRow): TaskOut {
  const item =
    r.item_list && r.item_seq !== null && r.item_text !== null
      ? { list: r.item_list, seq: r.item_seq, text: r.item_text }
      : null;
  return {
    id: r.id,
    villageId: r.village_id,
    villageName: r.village_name,
    townName: r.town_name,
    department: r.department,
    content: r.content,
    legalBasis: r.legal_basis,
    deadline: r.deadline,
    sentOn: r.sent_on,
    verdict: r.verdict,
    ground: checkAdmission(item).ground,
    version: r.version_number,
    item,
    decision: r.decision,
    decidedOn: r.decided_on,
    decisionReason: r.decision_reason,
  };
}
