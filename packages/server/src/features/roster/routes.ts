import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  DomainError,
  ERROR_CATALOG,
  errorMessage,
  type ErrorId,
  type Locale,
} from '@cunzhi/core/errors';
import {
  ROSTER_COLUMNS,
  GENDER_LABELS,
  RELATION_LABELS,
  RESIDENCE_LABELS,
  type RosterColumnKey,
} from '@cunzhi/core/roster/rosterColumns';
import { ROSTER_PROBLEM_MESSAGES } from '@cunzhi/core/roster/checkRoster';
import type { RelationToHead, ResidenceStatus } from '@cunzhi/core/registry/person';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { parseInput } from '../../platform/http/errors.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { MAX_UPLOAD_BYTES } from '../../platform/http/limits.ts';
import { startRosterImport } from './commands/importRoster.ts';
import { readRosterWorkbook, RosterFileError, writeRosterWorkbook } from './workbook.ts';
import { findImportJob, rosterRows, type ImportJobRow } from './repository.ts';
import { listGroups } from '../../platform/tenancy/repository.ts';
import { TEMPLATE_EXAMPLE, templateNotes } from './template.ts';

const JobParams = z.object({ villageId: z.uuid(), importId: z.uuid() });

function problemMessage(p: ImportJobRow['errors'][number], locale: Locale): string {
  const params = p.params ?? {};
  if (p.error in ROSTER_PROBLEM_MESSAGES) {
    const m = ROSTER_PROBLEM_MESSAGES[p.error as keyof typeof ROSTER_PROBLEM_MESSAGES];
    return (locale === 'en' ? m.en : m.zh).replace(/\{(\w+)\}/g, (_, k: string) =>
      String(params[k] ?? ''),
    );
  }
  return p.error in ERROR_CATALOG ? errorMessage(p.error as ErrorId, locale, params) : p.error;
}

const columnLabel = (key: RosterColumnKey, locale: Locale) => {
  const c = ROSTER_COLUMNS.find((x) => x.key === key);
  return c ? (locale === 'en' ? c.en : c.zh) : key;
};

/** An Excel download with its Chinese file name (RFC 5987) and an ASCII fallback. */
function sendXlsx(reply: FastifyReply, buffer: Buffer, fileName: string) {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="roster.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(buffer);
}

export const rosterRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post(
      '/api/villages/:villageId/roster-imports',
      { config: { access: { kind: 'village', ability: 'writeRegistry' } } },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new DomainError('validation_failed', {}, [
            { field: 'file', error: 'field_required' },
          ]);
        const file = await request.file();
        if (!file)
          throw new DomainError('validation_failed', {}, [
            { field: 'file', error: 'field_required' },
          ]);
        const buffer = await file.toBuffer();
        if (file.file.truncated)
          throw new DomainError('file_too_large', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 });
        let rows;
        try {
          rows = await readRosterWorkbook(buffer);
        } catch (error) {
          if (error instanceof RosterFileError) throw new DomainError('file_invalid');
          throw error;
        }
        const { importId, done } = await startRosterImport(ctx, {
          villageId: villageOf(request).row.id,
          actorAccountId: requireSignedIn(request).account.id,
          fileName: file.filename,
          rows,
        });
        done.catch((error: unknown) =>
          request.log.error({ err: error, importId }, 'roster import failed'),
        );
        return reply.status(202).send({ importId });
      },
    );

    app.get(
      '/api/villages/:villageId/roster-imports/:importId',
      { config: { access: { kind: 'village', ability: 'writeRegistry' } } },
      async (request) => {
        const { importId } = parseInput(JobParams, request.params);
        const job = await findImportJob(ctx.db, villageOf(request).row.id, importId);
        if (!job) throw new DomainError('not_found', { what: 'rosterImport' });
        const locale = requestLocale(request);
        return {
          status: job.status,
          fileName: job.file_name,
          totalRows: job.total_rows,
          processedRows: job.processed_rows,
          householdsCreated: job.households_created,
          personsCreated: job.persons_created,
          summary:
            job.status === 'failed'
              ? errorMessage('import_has_errors', locale, { count: job.errors.length })
              : null,
          errors: job.errors.map((p) => ({
            row: p.row,
            column: columnLabel(p.column, locale),
            message: problemMessage(p, locale),
          })),
        };
      },
    );

    app.get(
      '/api/villages/:villageId/roster-template.xlsx',
      { config: { access: { kind: 'village', ability: 'writeRegistry' } } },
      async (request, reply) => {
        const { row } = villageOf(request);
        const groups = await listGroups(ctx.db, row.id);
        const buffer = await writeRosterWorkbook(
          `${row.name}花名册模板`,
          TEMPLATE_EXAMPLE,
          templateNotes(groups),
        );
        return sendXlsx(reply, buffer, `${row.name}花名册模板.xlsx`);
      },
    );

    app.get(
      '/api/villages/:villageId/roster.xlsx',
      { config: { access: { kind: 'village', ability: 'exportRoster' } } },
      async (request, reply) => {
        const { row } = villageOf(request);
        const rows = await rosterRows(ctx.db, row.id);
        const buffer = await writeRosterWorkbook(
          `${row.name}花名册`,
          rows.map((p) => ({
            householdNumber: p.household_number,
            villagerGroup: String(p.group_number),
            grid: p.grid_name ?? '',
            address: p.address,
            name: p.name,
            gender: GENDER_LABELS[p.gender],
            birthDate: p.birth_date,
            residentIdNumber: p.resident_id_number ?? '',
            phone: p.phone ?? '',
            relationToHead: RELATION_LABELS[p.relation_to_head as RelationToHead],
            residenceStatus: RESIDENCE_LABELS[p.residence_status as ResidenceStatus],
            residenceSince: p.residence_since ?? '',
            partyMember: p.party_member ? '是' : '否',
            partyJoinedOn: p.party_joined_on ?? '',
          })),
        );
        return sendXlsx(reply, buffer, `${row.name}花名册-${ctx.clock.today()}.xlsx`);
      },
    );
  };
