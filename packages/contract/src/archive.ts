import { z } from 'zod';
import { ARCHIVE_TYPES } from '@cunzhi/core/archive/types';
import {
  DateText,
  FileResponse,
  Fingerprint,
  Instant,
  Names,
  Uuid,
  VillageParams,
} from './common.ts';
import { CitationView, FindingView } from './meetings.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * 村务档案 (VCOL-34-ARCHIVE): a year's archive as an index over the records the product
 * holds (meetings, resolutions, the books, audits, supervision reports) and the documents
 * filed by hand with their file; what should have been filed and was not; the year's
 * export as a zip with an index and each item's audit proof.
 */

const tag = 'archive';
const V = '/api/villages/:villageId';

export const ArchiveType = z.enum(ARCHIVE_TYPES);

/** Where an item lives in the product, for the page's link. */
export const ArchiveLink = z.object({
  kind: z.enum([
    'meeting',
    'resolution',
    'financePeriod',
    'financeStatement',
    'responsibilityAudit',
    'supervisionReport',
    'file',
  ]),
  id: z.string(),
});

export const ArchiveTypeView = z.object({
  type: ArchiveType,
  name: Names,
  source: z.enum(['records', 'manual']),
  /** Whether the archive article of the law in force at the year's end names this kind. */
  listed: z.boolean(),
  retention: Names,
});

export const ArchiveItemView = z.object({
  /** Stable within the village: `meeting:<id>`, `financePeriod:2026-03`, `file:<id>`. */
  key: z.string(),
  type: ArchiveType,
  title: z.string(),
  date: DateText,
  source: z.enum(['records', 'manual']),
  retention: Names,
  /** The last year it is kept; null: permanently. */
  keptThrough: z.number().nullable(),
  link: ArchiveLink,
  /** The audit event that put it on the record. */
  fingerprint: Fingerprint,
  /** A file filed by hand. */
  file: z
    .object({ name: z.string(), mediaType: z.string(), bytes: z.number(), sha256: z.string() })
    .nullable(),
  note: z.string(),
});

export const ArchivePage = z.object({
  year: z.number(),
  on: DateText,
  /** Years that hold something, newest first (this year always). */
  years: z.array(z.number()),
  types: z.array(ArchiveTypeView),
  items: z.array(ArchiveItemView),
  findings: z.array(FindingView),
  citations: z.array(CitationView),
  /** Supervision reports are indexed once the supervision feature's table exists. */
  supervisionReportsIndexed: z.boolean(),
  abilities: VillageAbilities,
});

export const ArchiveQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2999).optional(),
});
export const ArchiveExportQuery = z.object({ year: z.coerce.number().int().min(1990).max(2999) });

export const getArchive = route({
  method: 'GET',
  url: `${V}/archive`,
  summary: '村务档案（按年度） / The village archive of a year',
  tag,
  params: VillageParams,
  query: ArchiveQuery,
  response: ArchivePage,
});

/**
 * The upload is `multipart/form-data`: text parts `type`, `title`, `documentOn` (the
 * document's own date), `note`, then the file part `file` (any type, ≤ 10 MB).
 */
export const fileArchiveItem = route({
  method: 'POST',
  url: `${V}/archive/items`,
  summary:
    '手工归档（multipart/form-data：type、title、documentOn、note 与文件 file）/ File a document by hand',
  tag,
  params: VillageParams,
  status: 201,
  response: z.object({ item: ArchiveItemView, filedAt: Instant }),
});

export const getArchiveFile = route({
  method: 'GET',
  url: `${V}/archive/items/:itemId/file`,
  summary: '档案文件 / The file of a filed document',
  tag,
  params: VillageParams.extend({ itemId: Uuid }),
  response: FileResponse,
  produces: 'application/octet-stream',
});

export const exportArchive = route({
  method: 'GET',
  url: `${V}/archive/export`,
  summary: '导出年度档案（zip：目录与每件的审计凭证）/ Export a year’s archive as a zip',
  tag,
  params: VillageParams,
  query: ArchiveExportQuery,
  response: FileResponse,
  produces: 'application/zip',
});
