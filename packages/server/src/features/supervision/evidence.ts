import { DomainError } from '@cunzhi/core/errors';
import type { EvidenceFileView } from '@cunzhi/contract/supervision';
import type { z } from 'zod';
import type { AppContext } from '../../platform/http/context.ts';
import type { presentInspection, presentReport } from './present.ts';
import {
  evidenceFile,
  evidenceOfInspections,
  inspectionPlan,
  reportPublicEvidence,
  type EvidenceRow,
} from './queries.ts';

/**
 * A finding's photos and documents as the pages show them (names, types, sizes, SHA-256 and
 * where to read each, never the bytes), and the plan item an inspection carries out.
 */

type FileView = z.infer<typeof EvidenceFileView>;

export function presentEvidenceFile(villageId: string, row: EvidenceRow): FileView {
  return {
    id: row.id,
    name: row.file_name,
    mediaType: row.media_type as FileView['mediaType'],
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    url: `/api/villages/${villageId}/supervision/inspections/${row.inspection_id}/evidence/${row.id}`,
  };
}

/** An inspection's page with each finding's files and the plan item it carries out. */
export async function withEvidenceAndPlan(
  ctx: AppContext,
  villageId: string,
  detail: ReturnType<typeof presentInspection>,
) {
  const [files, plan] = await Promise.all([
    evidenceOfInspections(ctx.db, villageId, [detail.id]),
    inspectionPlan(ctx.db, villageId, detail.id),
  ]);
  const item = plan?.plan_item != null ? plan.items[plan.plan_item] : undefined;
  return {
    ...detail,
    findingsList: detail.findingsList.map((f) => ({
      ...f,
      files: files
        .filter((e) => e.finding_id === f.id)
        .map((e) => presentEvidenceFile(villageId, e)),
    })),
    plan: plan
      ? {
          id: plan.plan_id,
          year: plan.year,
          item: item ? { index: plan.plan_item!, month: item.month, title: item.title } : null,
        }
      : null,
  };
}

/** A report's page with the photos of its inspections, and which it shows on the portal. */
export async function withReportEvidence(
  ctx: AppContext,
  villageId: string,
  detail: ReturnType<typeof presentReport>,
) {
  const [files, chosen] = await Promise.all([
    evidenceOfInspections(
      ctx.db,
      villageId,
      detail.inspections.map((i) => i.id),
    ),
    reportPublicEvidence(ctx.db, villageId, detail.id),
  ]);
  const evidence = files
    .filter((e) => e.media_type !== 'application/pdf')
    .map((e) => ({
      ...presentEvidenceFile(villageId, e),
      inspectionId: e.inspection_id,
      findingText: e.finding_text,
      public: chosen.includes(e.id),
    }));
  return { ...detail, evidence };
}

/** The bytes of one file of an inspection's findings, or a 404. */
export async function evidenceDownload(
  ctx: AppContext,
  villageId: string,
  inspectionId: string,
  evidenceId: string,
) {
  const file = await evidenceFile(ctx.db, villageId, inspectionId, evidenceId);
  if (!file) throw new DomainError('not_found', { what: 'supervisionEvidence' });
  return file;
}
