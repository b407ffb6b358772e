import { z } from 'zod';
import { FileResponse, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

const tag = 'roster';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ImportParams = VillageParams.extend({ importId: Uuid });

export const RosterImportStatus = z.object({
  status: z.enum(['running', 'failed', 'succeeded']),
  fileName: z.string(),
  totalRows: z.number(),
  processedRows: z.number(),
  householdsCreated: z.number(),
  personsCreated: z.number(),
  /** The localised summary of a failed import ("花名册有 N 处错误，未导入任何数据"). */
  summary: z.string().nullable(),
  /** Every problem, by row and (localised) column. */
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});

/**
 * The upload is `multipart/form-data` with one part `file` (an .xlsx); the
 * handler reads it as a stream (`request.file()`), so the contract declares
 * no JSON body and the multipart checks (missing, too large, not a workbook)
 * answer as the catalog's errors.
 */
export const startRosterImport = route({
  method: 'POST',
  url: '/api/villages/:villageId/roster-imports',
  summary:
    '导入花名册（multipart/form-data，字段 file 为 .xlsx）/ Import a roster (multipart/form-data, part `file`: .xlsx)',
  tag,
  params: VillageParams,
  status: 202,
  response: z.object({ importId: Uuid }),
});

export const getRosterImport = route({
  method: 'GET',
  url: '/api/villages/:villageId/roster-imports/:importId',
  summary: '导入进度与错误 / An import’s progress and problems',
  tag,
  params: ImportParams,
  response: RosterImportStatus,
});

export const rosterTemplate = route({
  method: 'GET',
  url: '/api/villages/:villageId/roster-template.xlsx',
  summary: '花名册模板 / The roster template (xlsx)',
  tag,
  params: VillageParams,
  response: FileResponse,
  produces: XLSX,
});

export const exportRoster = route({
  method: 'GET',
  url: '/api/villages/:villageId/roster.xlsx',
  summary: '导出花名册 / Export the roster (xlsx)',
  tag,
  params: VillageParams,
  response: FileResponse,
  produces: XLSX,
});
