import { z } from 'zod';
import {
  ROSTER_COLUMN_CHOICES,
  type RosterColumnChoice as Choice,
} from '@cunzhi/core/roster/rosterHeaders';
import { FileResponse, ImportParams, ImportProgress, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

const tag = 'roster';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const RosterImportStatus = ImportProgress.extend({
  householdsCreated: z.number(),
  personsCreated: z.number(),
  /** The localised summary of a failed import ("花名册有 N 处错误，未导入任何数据"). */
  summary: z.string().nullable(),
  /** Every problem, by row and (localised) column. */
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});

/** What a column of the village's file holds: a roster field, or `ignore` (not imported). */
export const RosterColumnChoice = z.enum(ROSTER_COLUMN_CHOICES as unknown as [Choice, ...Choice[]]);

/**
 * What the import would read from a file, before anything is written: the
 * header row found (below any title rows), each column's field and whether
 * it came from the standard words or the village's remembered choice, and
 * what stops the import (unrecognised, missing or doubled columns).
 */
export const RosterPreview = z.object({
  fileName: z.string(),
  /** The sheet row (1-based) holding the headers. */
  headerRow: z.number(),
  /** Rows below the header that hold data. */
  dataRows: z.number(),
  columns: z.array(
    z.object({
      /** The spreadsheet column letter (A, B, …, AA). */
      column: z.string(),
      header: z.string(),
      field: RosterColumnChoice.nullable(),
      source: z.enum(['standard', 'village']).nullable(),
    }),
  ),
  /** Every choice a clerk can make for a column, labelled in the reader's language. */
  fields: z.array(z.object({ field: RosterColumnChoice, label: z.string() })),
  /** True when the file can be imported as it is. */
  ready: z.boolean(),
  /** Why not, one localised sentence each. */
  problems: z.array(z.string()),
});

export const previewRosterImport = route({
  method: 'POST',
  url: '/api/villages/:villageId/roster-imports/preview',
  summary:
    '预览花名册的表头与各列（multipart/form-data，字段 file 为 .xlsx 或 .csv；不写入任何数据）/ Preview a roster file’s header and columns (multipart part `file`; writes nothing)',
  tag,
  params: VillageParams,
  response: RosterPreview,
});

const RosterColumnMapping = z.object({
  header: z.string().trim().min(1).max(60),
  field: RosterColumnChoice,
});

export const rememberRosterColumns = route({
  method: 'PUT',
  url: '/api/villages/:villageId/roster-columns',
  summary:
    '记住本村花名册各列对应的栏目（下次导入同样的表头时直接使用）/ Remember which field each of the village’s roster headers holds',
  tag,
  params: VillageParams,
  body: z.object({ columns: z.array(RosterColumnMapping).min(1).max(100) }),
  response: z.object({ columns: z.array(RosterColumnMapping) }),
});

/**
 * The upload is `multipart/form-data` with one part `file` (an .xlsx or a
 * .csv; an old .xls is refused with how to save it as either); the
 * handler reads it as a stream (`request.file()`), so the contract declares
 * no JSON body and the multipart checks (missing, too large, not a workbook)
 * answer as the catalog's errors.
 */
export const startRosterImport = route({
  method: 'POST',
  url: '/api/villages/:villageId/roster-imports',
  summary:
    '导入花名册（multipart/form-data，字段 file 为 .xlsx 或 .csv）/ Import a roster (multipart/form-data, part `file`: .xlsx or .csv)',
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

/**
 * `ids=masked` (the default, `exportRoster`): ID numbers masked as on screen and an 年龄 (age)
 * column instead of 出生日期. `ids=full` (`exportRosterIdNumbers`): full numbers and birth dates,
 * the layout the import reads. Every export is written to the audit chain.
 */
export const RosterExportQuery = z.object({
  ids: z.enum(['masked', 'full']).default('masked'),
  lang: z.string().optional(),
});

export const exportRoster = route({
  method: 'GET',
  url: '/api/villages/:villageId/roster.xlsx',
  summary:
    '导出花名册（默认隐去身份证号码；ids=full 导出完整号码，须专门权限，均记入审计）/ Export the roster (xlsx; ID numbers masked unless ids=full, which needs its own ability; every export audited)',
  tag,
  params: VillageParams,
  query: RosterExportQuery,
  response: FileResponse,
  produces: XLSX,
});
