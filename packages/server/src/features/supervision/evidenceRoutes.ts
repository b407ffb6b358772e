import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import {
  EVIDENCE_TYPES,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_FILES,
} from '@cunzhi/core/supervision/evidence';
import * as contract from '@cunzhi/contract/supervision';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { zodProblems } from '../../platform/http/errors.ts';
import { sendFile } from '../../platform/http/download.ts';
import { readUpload } from '../../platform/http/upload.ts';
import { recordFinding } from './commands/recordFinding.ts';
import { evidenceDownload } from './evidence.ts';
import { viewerOf } from './routes.ts';
import { inspectionView } from './views.ts';

const readSupervision = { kind: 'village', ability: 'readSupervision' } as const;
const supervise = { kind: 'village', ability: 'supervise' } as const;

/** The finding form with its files: the text parts FindingBody checks, and up to six files. */
const FINDING_FORM = {
  text: ['text', 'voucherNumbers', 'evidence', 'on'],
  files: {
    files: { maxBytes: MAX_EVIDENCE_BYTES, maxCount: MAX_EVIDENCE_FILES, types: EVIDENCE_TYPES },
  },
  missing: { field: 'text', error: 'field_required' },
} as const;

/** The form's text as the JSON route takes it, checked by the same contract shape. */
async function readFindingForm(request: FastifyRequest) {
  const { text, files } = await readUpload(request, FINDING_FORM);
  const numbers = (text.voucherNumbers ?? '').split(/[\s,，、;；]+/).filter(Boolean);
  const parsed = contract.FindingBody.safeParse({
    text: text.text,
    voucherNumbers: numbers,
    evidence: text.evidence,
    on: text.on || undefined,
  });
  if (!parsed.success) throw new DomainError('validation_failed', {}, zodProblems(parsed.error));
  return { ...parsed.data, files: files.map((f) => ({ name: f.name, bytes: f.bytes })) };
}

/**
 * A finding's photos and documents (检查发现的证据): recorded with the finding in one form,
 * read by whoever may read the inspection (the committee, the cadres, the town and county).
 */
export const supervisionEvidenceRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.recordFindingWithFiles, supervise, async (request, reply) => {
      const { inspectionId } = request.params;
      const form = await readFindingForm(request);
      await recordFinding(commandContext(ctx, request), { inspectionId, ...form });
      reply.status(201);
      return { inspection: await inspectionView(ctx, viewerOf(request), inspectionId) };
    });

    endpoint(app, contract.getEvidenceFile, readSupervision, async (request, reply) => {
      const { inspectionId, evidenceId } = request.params;
      const file = await evidenceDownload(ctx, villageOf(request).row.id, inspectionId, evidenceId);
      const { file_name: name, media_type: mediaType, bytes } = file;
      return sendFile(reply, { name, mediaType, bytes }, { inline: true });
    });
  };
