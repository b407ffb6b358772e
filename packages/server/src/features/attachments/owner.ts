import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { mayAttach, readableOwner } from '../../platform/attachments/owners.ts';
import { attachmentsOf } from '../../platform/attachments/read.ts';
import type { OwnerKey } from '../../platform/attachments/repository.ts';
import { presentAttachmentList } from './present.ts';

/** The case the request names, once its kind lets the reader see it (else a 404 that hides it). */
export async function ownerOf(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { ownerKind: string; ownerId: string } }>,
) {
  const cmd = commandContext(ctx, request);
  const { ownerKind, ownerId } = request.params;
  const access = { db: ctx.db, scope: villageOf(request).scope, personId: cmd.personId };
  const policy = await readableOwner(cmd.actor!, ownerKind, ownerId, access);
  const key: OwnerKey = { villageId: cmd.villageId, kind: ownerKind, id: ownerId };
  return { cmd, key, canAttach: () => mayAttach(policy, cmd.actor!, ownerId, access) };
}

export async function listView(ctx: AppContext, key: OwnerKey, viewer: string, canAttach: boolean) {
  return presentAttachmentList(key, await attachmentsOf(ctx.db, key), viewer, canAttach);
}
