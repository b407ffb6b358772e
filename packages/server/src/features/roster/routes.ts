import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import * as contract from '@cunzhi/contract/roster';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { MAX_UPLOAD_BYTES } from '../../platform/http/limits.ts';
import { startRosterImport } from './commands/importRoster.ts';
import { readRosterWorkbook, RosterFileError, writeRosterWorkbook } from './workbook.ts';
import { importJob, rosterRows, templateGroups } from './queries.ts';
import { presentImportJob, presentRosterRow } from './present.ts';
import { TEMPLATE_EXAMPLE, templateNotes } from './template.ts';

const writeRegistry = { kind: 'village', ability: 'writeRegistry' } as const;

/** The uploaded workbook (multipart part `file`), read into sheet rows; a missing, oversized or unreadable file is refused. */
async function uploadedRoster(request: FastifyRequest) {
  const missing = () =>
    new DomainError('validation_failed', {}, [{ field: 'file', error: 'field_required' }]);
  if (!request.isMultipart()) throw missing();
  const file = await request.file();
  if (!file) throw missing();
  const buffer = await file.toBuffer();
  if (file.file.truncated)
    throw new DomainError('file_too_large', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 });
  try {
    return { fileName: file.filename, rows: await readRosterWorkbook(buffer) };
  } catch (error) {
    if (error instanceof RosterFileError) throw new DomainError('file_invalid');
    throw error;
  }
}

/** An Excel download with its Chinese file name (RFC 5987) and an ASCII fallback. */
function sendXlsx(reply: FastifyReply, buffer: Buffer, fileName: string) {
  return reply
    .header('content-type', contract.XLSX)
    .header(
      'content-disposition',
      `attachment; filename="roster.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(buffer);
}

export const rosterRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.startRosterImport, writeRegistry, async (request, reply) => {
      const upload = await uploadedRoster(request);
      const { importId, done } = await startRosterImport(commandContext(ctx, request), upload);
      done.catch((error: unknown) =>
        request.log.error({ err: error, importId }, 'roster import failed'),
      );
      reply.code(202);
      return { importId };
    });

    endpoint(app, contract.getRosterImport, writeRegistry, async (request) => {
      const job = await importJob(ctx, villageOf(request).row.id, request.params.importId);
      return presentImportJob(job, requestLocale(request));
    });

    endpoint(app, contract.rosterTemplate, writeRegistry, async (request, reply) => {
      const { row } = villageOf(request);
      const groups = await templateGroups(ctx, row.id);
      const title = `${row.name}花名册模板`;
      const buffer = await writeRosterWorkbook(title, TEMPLATE_EXAMPLE, templateNotes(groups));
      return sendXlsx(reply, buffer, `${title}.xlsx`);
    });

    endpoint(
      app,
      contract.exportRoster,
      { kind: 'village', ability: 'exportRoster' },
      async (request, reply) => {
        const { row } = villageOf(request);
        const rows = await rosterRows(ctx, row.id);
        const buffer = await writeRosterWorkbook(`${row.name}花名册`, rows.map(presentRosterRow));
        return sendXlsx(reply, buffer, `${row.name}花名册-${ctx.clock.today()}.xlsx`);
      },
    );
  };
