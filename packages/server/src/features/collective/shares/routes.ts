import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/collectiveShares';
import type { AppContext } from '../../../platform/http/context.ts';
import { villageOf } from '../../../platform/http/access.ts';
import { commandContext } from '../../../platform/http/commandContext.ts';
import { endpoint } from '../../../platform/http/endpoint.ts';
import { requestLocale } from '../../../platform/http/locale.ts';
import { MAX_UPLOAD_BYTES } from '../../../platform/http/limits.ts';
import { readUpload } from '../../../platform/http/upload.ts';
import { requireSignedIn } from '../../../platform/http/session.ts';
import { importJobOf } from '../../../platform/jobs/importJob.ts';
import { dateField } from '../../../platform/fields.ts';
import { readRosterFile, RosterFileError } from '../../roster/workbook.ts';
import { issueCertificate, issueMissingCertificates } from './commands/certificates.ts';
import { grantNewbornShares, inheritShares, transferShares } from './commands/changes.ts';
import {
  SHARE_REGISTER_IMPORT,
  startShareRegisterImport,
  type ShareRegisterImportResult,
} from './commands/importRegister.ts';
import { quantifyShares } from './commands/quantify.ts';
import { presentShareRegisterImport } from './present.ts';
import { certificatePrintOf, presentCertificate, sharesRegisterOf } from './reads.ts';
import { certificates, shareFiles } from './repository.ts';

const read = { kind: 'village', ability: 'readShares' } as const;
const manage = { kind: 'village', ability: 'manageShares' } as const;

const abilitiesOf = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

/** The uploaded 股东名册 (part `file`: .xlsx or .csv) with its basis, as sheet rows and bytes. */
async function uploadedRegister(request: FastifyRequest) {
  const { text, files } = await readUpload(request, {
    text: ['resolutionId', 'reformReference'],
    files: { file: { maxBytes: MAX_UPLOAD_BYTES } },
    missing: { field: 'file', error: 'field_required' },
  });
  const file = files[0];
  if (!file)
    throw new DomainError('validation_failed', {}, [{ field: 'file', error: 'field_required' }]);
  try {
    return {
      fileName: file.name,
      bytes: file.bytes,
      raw: await readRosterFile(file.bytes),
      resolutionId: text.resolutionId || undefined,
      reformReference: text.reformReference || undefined,
    };
  } catch (error) {
    if (error instanceof RosterFileError)
      throw new DomainError(error.kind === 'xls' ? 'roster_xls_unsupported' : 'file_invalid');
    throw error;
  }
}

/** 股权量化: the register of shares, its changes, the 股东名册 import and the 股权证. */
export const collectiveSharesRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getShares, read, async (request) => {
      const { on } = request.query;
      return sharesRegisterOf(
        ctx,
        villageOf(request).row.id,
        request.params.orgId,
        on ? dateField('on', on) : ctx.clock.today(),
        abilitiesOf(request),
      );
    });
    endpoint(app, contract.quantifyShares, manage, async (request) =>
      quantifyShares(commandContext(ctx, request), request.params.orgId, request.body),
    );
    endpoint(app, contract.startShareRegisterImport, manage, async (request) => {
      const upload = await uploadedRegister(request);
      const { importId, done } = await startShareRegisterImport(
        commandContext(ctx, request),
        request.params.orgId,
        upload,
      );
      done.catch((error: unknown) =>
        request.log.error({ err: error, importId }, 'share register import failed'),
      );
      return { importId };
    });
    endpoint(app, contract.getShareRegisterImport, manage, async (request) => {
      const villageId = villageOf(request).row.id;
      const { orgId, importId } = request.params;
      const job = await importJobOf<ShareRegisterImportResult>(
        ctx,
        villageId,
        SHARE_REGISTER_IMPORT,
        importId,
        'shareRegisterFile',
      );
      const [file] = job.result
        ? await shareFiles(ctx.db, villageId, orgId, { id: job.result.fileId })
        : [];
      return presentShareRegisterImport(job, file ?? null, requestLocale(request));
    });
    endpoint(app, contract.grantNewbornShares, manage, async (request) => {
      const { personId, resolutionId } = request.body;
      return grantNewbornShares(commandContext(ctx, request), request.params.orgId, personId, {
        resolutionId,
      });
    });
    endpoint(app, contract.transferShares, manage, async (request) => {
      await transferShares(commandContext(ctx, request), request.params.orgId, request.body);
      return { ok: true as const };
    });
    endpoint(app, contract.inheritShares, manage, async (request) =>
      inheritShares(commandContext(ctx, request), request.params.orgId, request.body),
    );
    endpoint(app, contract.issueCertificate, manage, async (request) => {
      const cmd = commandContext(ctx, request);
      const { orgId } = request.params;
      const { id } = await issueCertificate(cmd, orgId, request.body.householdId, request.body);
      const [c] = await certificates(ctx.db, cmd.villageId, orgId, { id });
      return { certificate: presentCertificate(c!) };
    });
    endpoint(app, contract.issueMissingCertificates, manage, async (request) =>
      issueMissingCertificates(commandContext(ctx, request), request.params.orgId),
    );
    endpoint(app, contract.getCertificatePrint, read, async (request) =>
      certificatePrintOf(
        ctx,
        villageOf(request).row,
        request.params.orgId,
        request.params.certificateId,
      ),
    );
  };
