import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { formatYuan, toYuanText, yuanInCapitals, type Fen } from '@cunzhi/core/money';
import {
  DESIGNER_KIND_NAMES,
  NEED_SOURCE_NAMES,
  RESOURCE_KIND_NAMES,
} from '@cunzhi/core/serviceLists/lists';
import { NOUNS, type Noun } from '@cunzhi/core/errors';
import type { ProjectAction } from '@cunzhi/core/serviceLists/projects';
import {
  listsDueOn,
  listsStatus,
  quarterName,
  type ListsStatus,
  type Quarter,
} from '@cunzhi/core/serviceLists/quarters';
import { resolutionNumberText, type VillageNaming } from '../matters/present.ts';
import type { NeedRow, ProjectRow, ResourceRow, ReviewResolutionRow } from './repository.ts';

const names = (q: Quarter) => ({ zh: quarterName(q, 'zh-CN'), en: quarterName(q, 'en') });

const STATUS_NAMES: Record<ListsStatus, { zh: string; en: string }> = {
  published: { zh: '已按时公示', en: 'Published on time' },
  publishedLate: { zh: '逾期后公示', en: 'Published late' },
  notDue: { zh: '待公示', en: 'To be published' },
  overdue: { zh: '逾期未公示', en: 'Overdue' },
  future: { zh: '未到季度', en: 'Not begun' },
};

/** An amount for forms (yuan), tables (¥1,000.00) and the A4 (大写). */
export function presentAmount(fenText: string) {
  const fen = BigInt(fenText) as Fen;
  return { yuan: toYuanText(fen), text: formatYuan(fen), capitals: yuanInCapitals(fen) };
}

export function presentQuarter(q: Quarter, publishedOn: CalendarDate | null, today: CalendarDate) {
  const status = listsStatus(q, publishedOn, today);
  return {
    year: q.year,
    quarter: q.quarter,
    name: names(q),
    status,
    statusName: STATUS_NAMES[status],
    dueOn: listsDueOn(q),
    publishedOn,
  };
}

export function presentStatus(status: ListsStatus) {
  return { status, statusName: STATUS_NAMES[status] };
}

export const presentQuarterName = names;

export function presentNeed(n: NeedRow) {
  return {
    id: n.id,
    number: n.number,
    source: n.source,
    sourceName: NEED_SOURCE_NAMES[n.source],
    sourceLabel: n.source_label,
    recordCount: n.record_count,
    summary: n.summary,
  };
}

export function presentResource(r: ResourceRow) {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    kindName: RESOURCE_KIND_NAMES[r.kind],
    name: r.name,
    detail: r.detail,
    amount: r.amount_fen === null ? null : presentAmount(r.amount_fen),
  };
}

export function presentResolution(village: VillageNaming, r: ReviewResolutionRow) {
  return { id: r.id, numberText: resolutionNumberText(village, r), title: r.title };
}

/** A project with its needs and resources by number, its review by resolution number. */
export function presentProject(
  p: ProjectRow,
  ctx: {
    needs: ReadonlyMap<string, NeedRow>;
    resources: ReadonlyMap<string, ResourceRow>;
    resolutions: ReadonlyMap<string, ReviewResolutionRow>;
    village: VillageNaming;
    actions: ProjectAction[];
  },
) {
  const resolution = p.resolution_id ? ctx.resolutions.get(p.resolution_id) : undefined;
  const state = NOUNS[`serviceProject_${p.state}` as Noun];
  return {
    id: p.id,
    number: p.number,
    title: p.title,
    designerKind: p.designer_kind,
    designerKindName: DESIGNER_KIND_NAMES[p.designer_kind],
    designerName: p.designer_name,
    needs: p.need_ids.flatMap((id) => {
      const n = ctx.needs.get(id);
      return n ? [{ id, number: n.number, summary: n.summary }] : [];
    }),
    resources: p.resource_ids.flatMap((id) => {
      const r = ctx.resources.get(id);
      return r ? [{ id, number: r.number, name: r.name }] : [];
    }),
    targets: p.targets,
    budget: presentAmount(p.budget_fen),
    state: p.state,
    stateName: { zh: state.zh, en: state.en },
    designedOn: p.designed_on,
    resolution: resolution
      ? { id: resolution.id, numberText: resolutionNumberText(ctx.village, resolution) }
      : null,
    reviewedOn: p.reviewed_on,
    declaredOn: p.declared_on,
    evaluatedOn: p.evaluated_on,
    evaluation: p.evaluation,
    returnReason: p.return_reason,
    startedOn: p.started_on,
    result: p.result,
    completedOn: p.completed_on,
    actions: ctx.actions,
    version: p.version,
  };
}
