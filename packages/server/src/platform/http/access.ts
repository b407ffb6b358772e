import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { can, type VillageAbility } from '@cunzhi/core/policies/village';
import type { VillageScope } from '@cunzhi/core/policies/actor';
import { scopeOf, type VillageRow } from '../tenancy/repository.ts';
import { VillageCache } from '../tenancy/villageCache.ts';
import type { AppContext } from './context.ts';
import { API_DOCS_PREFIX } from './contract.ts';

/**
 * What a route needs before its handler runs. Every /api route must declare
 * one (checked when the route is registered), so a new route cannot ship
 * without a policy.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  /** A village route: the caller must hold the ability in `:villageId`. */
  | { kind: 'village'; ability: VillageAbility };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    village: VillageRow | null;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access, for the role × route test and the docs. */
    accessCatalog: Array<{ method: string; url: string; access: Access; documented: boolean }>;
  }
}

export const ROUTES_WITHOUT_POLICY_ERROR = 'route without an access policy';

/** Refuses to register an /api route that declares no access policy. */
export function requireAccessDeclarations(app: FastifyInstance): void {
  const catalog: FastifyInstance['accessCatalog'] = [];
  app.decorate('accessCatalog', catalog);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/')) return;
    // the API's own documentation (swagger-ui's pages) is as public as /api/openapi.json
    if (route.url.startsWith(API_DOCS_PREFIX) && !route.config?.access)
      route.config = { ...route.config, access: { kind: 'public' } };
    const access = route.config?.access;
    if (!access)
      throw new Error(`${ROUTES_WITHOUT_POLICY_ERROR}: ${String(route.method)} ${route.url}`);
    if (access.kind === 'village' && !route.url.includes(':villageId')) {
      throw new Error(`village route without :villageId: ${String(route.method)} ${route.url}`);
    }
    for (const method of [route.method].flat())
      if (method !== 'HEAD')
        catalog.push({
          method,
          url: route.url,
          access,
          // answered by a contract schema (platform/http/endpoint.ts), or swagger-ui's own pages
          documented: Boolean(route.schema?.response) || route.url.startsWith(API_DOCS_PREFIX),
        });
  });
}

/** Enforces the declared access before every handler. */
export function installAccessGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('village', null);
  const villages = new VillageCache();
  // before validation: a caller without the right learns nothing from a 400 about the body
  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind === 'public') return;
    if (!request.signedIn) throw new DomainError('not_signed_in');
    if (access.kind === 'signedIn') return;
    const { villageId } = request.params as { villageId?: string };
    const village = villageId && isUuid(villageId) ? await villages.find(ctx.db, villageId) : null;
    if (!village) throw new DomainError('not_found', { what: 'village' });
    if (!can(request.signedIn.actor, access.ability, scopeOf(village)))
      throw new DomainError('forbidden');
    request.village = village;
  });
}

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}

/** The village a guarded village route runs in (set by the guard). */
export function villageOf(request: FastifyRequest): { row: VillageRow; scope: VillageScope } {
  if (!request.village) throw new Error('villageOf called on a route without village access');
  return { row: request.village, scope: scopeOf(request.village) };
}
