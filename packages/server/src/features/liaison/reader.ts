import type { FastifyRequest } from 'fastify';
import type { LiaisonReader } from '@cunzhi/core/liaison/access';
import { rolesIn } from '@cunzhi/core/policies/actor';
import { villageAbilities } from '@cunzhi/core/policies/village';
import { villageOf } from '../../platform/http/access.ts';
import { requireSignedIn } from '../../platform/http/session.ts';

/** The reader as the liaison policy sees them in this village. */
export function readerOf(request: FastifyRequest): LiaisonReader {
  const { row, scope } = villageOf(request);
  const { actor } = requireSignedIn(request);
  const home = actor.home?.villageId === row.id;
  return {
    roles: rolesIn(actor, scope),
    personId: home ? (actor.home?.personId ?? null) : null,
    gridsHeaded: home ? (actor.gridsHeaded ?? []) : [],
    bodyKinds: actor.posts.filter((p) => p.villageId === row.id).map((p) => p.bodyKind),
  };
}

export const abilitiesOf = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);
