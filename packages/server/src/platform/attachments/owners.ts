import { DomainError } from '@cunzhi/core/errors';
import type { Actor, VillageScope } from '@cunzhi/core/policies/actor';
import type { Queryable } from '../db/database.ts';

/**
 * The kinds of case that hold attachments, each with who may read and add them. A feature
 * registers its kind once, at the top level of a module its routes import:
 *
 *   registerAttachmentOwner('serviceRequest', {
 *     canRead: (actor, villageId, requestId, { db }) => …,
 *     canAttach: (actor, villageId, requestId, { db }) => …,
 *   });
 *
 * The attachments' routes ask the kind before anything else: an unknown kind, a case that does
 * not exist and a case the reader may not see all answer the same 404, so no one learns from it
 * which cases exist. Adding asks `canRead` first, then `canAttach` (false: 403; a DomainError it
 * throws — "the case is closed" — is answered as it says).
 */
export interface OwnerContext {
  db: Queryable;
  /** The village's place in the hierarchy, for `can(actor, ability, scope)`. */
  scope: VillageScope;
  /** The actor's own person in this village (a villager's), else null. */
  personId: string | null;
}

type Decision = boolean | Promise<boolean>;

export interface AttachmentOwner {
  /** Whether the actor may see the case and so its files; false also when there is no such case. */
  canRead(actor: Actor, villageId: string, ownerId: string, ctx: OwnerContext): Decision;
  /** Whether the actor may add files to the case now (asked only of a reader). */
  canAttach(actor: Actor, villageId: string, ownerId: string, ctx: OwnerContext): Decision;
}

const OWNERS = new Map<string, AttachmentOwner>();
const KIND = /^[a-z][A-Za-z]{1,39}$/;

export function registerAttachmentOwner(kind: string, owner: AttachmentOwner): void {
  if (!KIND.test(kind))
    throw new Error(`attachment owner kind "${kind}" must be camelCase letters`);
  const known = OWNERS.get(kind);
  // the same registration seen again is harmless; two features claiming one kind is a bug
  if (known && known !== owner) throw new Error(`attachment owner kind "${kind}" registered twice`);
  OWNERS.set(kind, owner);
}

const notFound = () => new DomainError('not_found', { what: 'attachmentOwner' });

/** The kind's policy once the actor may read the case; else the 404 that hides it. */
export async function readableOwner(
  actor: Actor,
  kind: string,
  ownerId: string,
  ctx: OwnerContext,
): Promise<AttachmentOwner> {
  const owner = OWNERS.get(kind);
  if (!owner || !(await owner.canRead(actor, ctx.scope.villageId, ownerId, ctx))) throw notFound();
  return owner;
}

/** Whether the actor may add to a case they may read. */
export async function mayAttach(
  owner: AttachmentOwner,
  actor: Actor,
  ownerId: string,
  ctx: OwnerContext,
): Promise<boolean> {
  return owner.canAttach(actor, ctx.scope.villageId, ownerId, ctx);
}
