import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import * as contract from '@cunzhi/contract/roster';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { MAX_UPLOAD_BYTES } from '../../platform/http/limits.ts';
import { readOneFile } from '../../platform/http/upload.ts';
import { startRosterImport } from './commands/importRoster.ts';
import { exportRoster } from './commands/exportRoster.ts';
import { can } from '@cunzhi/core/policies/village';
import { ROSTER_COLUMNS } from '@cunzhi/core/roster/rosterColumns';
import { requireSignedIn } from '../../platform/http/session.ts';
import { readRosterFile, RosterFileError, writeRosterWorkbook } from './workbook.ts';
import { importJob, rosterPreview, templateGroups } from './queries.ts';
import {
  MASKED_ROSTER_COLUMNS,
  presentImportJob,
  presentRosterPreview,
  presentRosterRow,
} from './present.ts';
import { rememberRosterColumns } from './commands/rememberRosterColumns.ts';
import { TEMPLATE_EXAMPLE, templateNotes } from './template.ts';

const writeRegistry = { kind: 'village', ability: 'writeRegistry' } as const;

/** The uploaded roster (multipart part `file`: .xlsx or .csv), read into sheet rows; a missing, oversized, old .xls or unreadable file is refused. */
async function uploadedRoster(request: FastifyRequest) {
  const file = await readOneFile(request, { maxBytes: MAX_UPLOAD_BYTES });
  try {
    return { fileName: file.name, raw: await readRosterFile(file.bytes) };
  } catch (error) {
    if (error instanceof RosterFileError)
      throw new DomainError(error.kind === 'xls' ? 'roster_xls_unsupported' : 'file_invalid');
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

    endpoint(app, contract.previewRosterImport, writeRegistry, async (request) => {
      const { fileName, raw } = await uploadedRoster(request);
      const layout = await rosterPreview(ctx, villageOf(request).row.id, raw);
      return presentRosterPreview(fileName, layout, requestLocale(request));
    });

    endpoint(app, contract.rememberRosterColumns, writeRegistry, async (request) =>
      rememberRosterColumns(commandContext(ctx, request), request.body),
    );

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
        const { row, scope } = villageOf(request);
        const idNumbers = request.query.ids;
        const rows = await exportRoster(commandContext(ctx, request), {
          idNumbers,
          mayExportIdNumbers: can(requireSignedIn(request).actor, 'exportRosterIdNumbers', scope),
        });
        const full = idNumbers === 'full';
        const today = ctx.clock.today();
        const title = full ? `${row.name}花名册` : `${row.name}花名册（隐去身份证号码）`;
        const buffer = await writeRosterWorkbook(
          title,
          rows.map((r) => presentRosterRow(r, full, today)),
          [],
          full ? ROSTER_COLUMNS : MASKED_ROSTER_COLUMNS,
        );
        return sendXlsx(reply, buffer, `${title}-${today}.xlsx`);
      },
    );
  };
