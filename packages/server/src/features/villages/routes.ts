import type { FastifyPluginAsync } from 'fastify';
import { latestBirthDateForAge } from '@cunzhi/core/calendarDate';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import { gridSize } from '@cunzhi/core/registry/grid';
import { rolesIn } from '@cunzhi/core/policies/actor';
import { villageAbilities } from '@cunzhi/core/policies/village';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import {
  listGrids,
  listGroups,
  listVillagesFor,
  villageStats,
} from '../../platform/tenancy/repository.ts';
import { presentBodies } from '../bodies/present.ts';

export const villageRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/api/villages', { config: { access: { kind: 'signedIn' } } }, async (request) => {
      const { actor } = requireSignedIn(request);
      const rows = await listVillagesFor(ctx.db, {
        villageIds: actor.home ? [actor.home.villageId] : [],
        townIds: actor.staffScopes.filter((s) => s.level === 'town').map((s) => s.id),
        countyIds: actor.staffScopes.filter((s) => s.level === 'county').map((s) => s.id),
      });
      return {
        items: rows.map((v) => ({
          id: v.id,
          name: v.name,
          kind: v.kind,
          townId: v.town_id,
          townName: v.town_name,
          countyName: v.county_name,
          population: v.population,
          households: v.households,
        })),
      };
    });

    app.get(
      '/api/villages/:villageId',
      { config: { access: { kind: 'village', ability: 'readVillage' } } },
      async (request) => {
        const { actor } = requireSignedIn(request);
        const { row, scope } = villageOf(request);
        const today = ctx.clock.today();
        return {
          village: {
            id: row.id,
            name: row.name,
            kind: row.kind,
            townName: row.town_name,
            countyName: row.county_name,
          },
          roles: [...rolesIn(actor, scope)],
          abilities: villageAbilities(actor, scope),
          stats: await villageStats(ctx.db, row.id, latestBirthDateForAge(today, ADULT_AGE)),
          bodies: await presentBodies(ctx.db, row.id, today),
        };
      },
    );

    app.get(
      '/api/villages/:villageId/groups',
      { config: { access: { kind: 'village', ability: 'readRegistry' } } },
      async (request) => ({
        items: await listGroups(ctx.db, villageOf(request).row.id),
      }),
    );

    app.get(
      '/api/villages/:villageId/grids',
      { config: { access: { kind: 'village', ability: 'readRegistry' } } },
      async (request) => ({
        items: (await listGrids(ctx.db, villageOf(request).row.id)).map((g) => ({
          ...g,
          size: gridSize(g.households),
        })),
      }),
    );
  };
