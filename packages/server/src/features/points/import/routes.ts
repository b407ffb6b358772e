import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/pointsSupermarket';
import type { AppContext } from '../../../platform/http/context.ts';
import { villageOf } from '../../../platform/http/access.ts';
import { commandContext } from '../../../platform/http/commandContext.ts';
import { endpoint } from '../../../platform/http/endpoint.ts';
import { requestLocale } from '../../../platform/http/locale.ts';
import { MAX_UPLOAD_BYTES } from '../../../platform/http/limits.ts';
import { readOneFile } from '../../../platform/http/upload.ts';
import { requireSignedIn } from '../../../platform/http/session.ts';
import { importJobOf } from '../../../platform/jobs/importJob.ts';
import { readRosterFile, RosterFileError } from '../../roster/workbook.ts';
import {
  LEDGER_IMPORT,
  startLedgerImport,
  type LedgerImportResult,
} from './commands/importLedger.ts';
import { presentLedgerFile, presentLedgerImport } from './present.ts';
import { ledgerFiles } from './repository.ts';

const importer = { kind: 'village', ability: 'importPointsLedger' } as const;

/** The uploaded ledger (part `file`: .xlsx or .csv) as sheet rows, with its bytes for the SHA-256. */
async function uploadedLedger(request: FastifyRequest) {
  const file = await readOneFile(request, { maxBytes: MAX_UPLOAD_BYTES });
  try {
    return { fileName: file.name, bytes: file.bytes, raw: await readRosterFile(file.bytes) };
  } catch (error) {
    if (error instanceof RosterFileError)
      throw new DomainError(error.kind === 'xls' ? 'roster_xls_unsupported' : 'file_invalid');
    throw error;
  }
}

/** Importing a village's existing points ledger (积分台账) from Excel, and the files imported. */
export const pointsImportRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listLedgerFiles, importer, async (request) => {
      const { row, scope } = villageOf(request);
      const { actor } = requireSignedIn(request);
      return {
        files: (await ledgerFiles(ctx.db, row.id)).map(presentLedgerFile),
        abilities: villageAbilities(actor, scope),
      };
    });
    endpoint(app, contract.startLedgerImport, importer, async (request) => {
      const upload = await uploadedLedger(request);
      const { importId, done } = await startLedgerImport(commandContext(ctx, request), upload);
      done.catch((error: unknown) =>
        request.log.error({ err: error, importId }, 'points ledger import failed'),
      );
      return { importId };
    });
    endpoint(app, contract.getLedgerImport, importer, async (request) => {
      const villageId = villageOf(request).row.id;
      const job = await importJobOf<LedgerImportResult>(
        ctx,
        villageId,
        LEDGER_IMPORT,
        request.params.importId,
        'pointsImport',
      );
      const [file] = job.result
        ? await ledgerFiles(ctx.db, villageId, { id: job.result.fileId })
        : [];
      return presentLedgerImport(job, file ?? null, requestLocale(request));
    });
  };
