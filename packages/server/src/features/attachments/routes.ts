import type { FastifyPluginAsync } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import * as contract from '@cunzhi/contract/attachments';
import type { AppContext } from '../../platform/http/context.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { sendFile } from '../../platform/http/download.ts';
import { readUpload } from '../../platform/http/upload.ts';
import { ATTACHMENT_FILES } from '../../platform/attachments/attach.ts';
import { attachmentWithBytes } from '../../platform/attachments/read.ts';
import { listView, ownerOf } from './owner.ts';
import { attachFiles } from './commands/attachFiles.ts';
import { removeFile } from './commands/removeFile.ts';

/** Anyone with a role in the village knocks; the case's kind decides (platform/attachments/owners.ts). */
const use = { kind: 'village', ability: 'useAttachments' } as const;

const UPLOAD = {
  text: [],
  files: { files: ATTACHMENT_FILES },
  missing: { field: 'files', error: 'field_required' },
} as const;

/**
 * A case's photos and documents: listed, added, removed by the one who added them and read,
 * through the case's own policy. The bytes are sent only to those who may read the case; a photo
 * is shown in the page (inline).
 */
export const attachmentsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listAttachments, use, async (request) => {
      const { cmd, key, canAttach } = await ownerOf(ctx, request);
      return listView(ctx, key, cmd.actorAccountId!, await canAttach());
    });

    endpoint(app, contract.uploadAttachments, use, async (request, reply) => {
      const { cmd, key, canAttach } = await ownerOf(ctx, request);
      // asked before the form is read: one who may not add learns nothing from its checks
      if (!(await canAttach())) throw new DomainError('attachment_not_attachable');
      const { files } = await readUpload(request, UPLOAD);
      const added = await attachFiles(cmd, { ownerKind: key.kind, ownerId: key.id, files });
      reply.status(201);
      return { ...(await listView(ctx, key, cmd.actorAccountId!, true)), added };
    });

    endpoint(app, contract.removeAttachment, use, async (request) => {
      const { cmd, key, canAttach } = await ownerOf(ctx, request);
      const caseTakesFiles = await canAttach();
      const { attachmentId } = request.params;
      await removeFile(cmd, { ownerKind: key.kind, ownerId: key.id, attachmentId, caseTakesFiles });
      return listView(ctx, key, cmd.actorAccountId!, caseTakesFiles);
    });

    endpoint(app, contract.getAttachment, use, async (request, reply) => {
      const { key } = await ownerOf(ctx, request);
      const file = await attachmentWithBytes(ctx, key, request.params.attachmentId);
      const { file_name: name, media_type: mediaType, bytes } = file;
      return sendFile(reply, { name, mediaType, bytes }, { inline: true });
    });
  };
