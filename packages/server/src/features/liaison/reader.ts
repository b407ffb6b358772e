import type { FastifyRequest } from 'fastify';
import type { LiaisonReader } from '@cunzhi/core/liaison/access';
import { rolesIn, type Actor, type VillageScope } from '@cunzhi/core/policies/actor';
import { villageAbilities } from '@cunzhi/core/policies/village';
import { villageOf } from '../../platform/http/access.ts';
import { requireSignedIn } from '../../platform/http/session.ts';

/** An actor as the liaison policy sees them in a village: roles, own person, grids headed, seats. */
export function readerFrom(actor: Actor, scope: VillageScope): LiaisonReader {
  const home = actor.home?.villageId === scope.villageId;
  return {
    roles: rolesIn(actor, scope),
    personId: home ? (actor.home?.personId ?? null) : null,
    gridsHeaded: home ? (actor.gridsHeaded ?? []) : [],
    bodyKinds: actor.posts.filter((p) => p.villageId === scope.villageId).map((p) => p.bodyKind),
  };
}

/** The reader of a request as the liaison policy sees them in its village. */
export const readerOf = (request: FastifyRequest): LiaisonReader =>
  readerFrom(requireSignedIn(request).actor, villageOf(request).scope);

export const abilitiesOf = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);
