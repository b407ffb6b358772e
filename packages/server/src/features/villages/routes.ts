import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { rolesIn } from '@cunzhi/core/policies/actor';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/villages';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { presentBodies } from '../bodies/present.ts';
import { gridsOf, groupsOf, myHome, villagesOpenTo, villageView } from './queries.ts';
import { presentGrid, presentVillage, presentVillageListItem } from './present.ts';

const readRegistry = { kind: 'village', ability: 'readRegistry' } as const;
const readVillage = { kind: 'village', ability: 'readVillage' } as const;

/** The village with the reader's roles and abilities in it, as the access guard found them. */
function villageFrame(request: FastifyRequest) {
  const { actor } = requireSignedIn(request);
  const { row, scope } = villageOf(request);
  return {
    village: presentVillage(row),
    roles: [...rolesIn(actor, scope)],
    abilities: villageAbilities(actor, scope),
  };
}

export const villageRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listVillages, { kind: 'signedIn' }, async (request) => {
      const rows = await villagesOpenTo(ctx, requireSignedIn(request).actor);
      return { items: rows.map(presentVillageListItem) };
    });

    // every page's frame: what the guard loaded already, no query of its own
    endpoint(app, contract.getVillageFrame, readVillage, async (request) => villageFrame(request));

    endpoint(app, contract.getVillage, readVillage, async (request) => {
      const { row } = villageOf(request);
      const today = ctx.clock.today();
      const { stats, bodyMap } = await villageView(ctx, row.id, today);
      return { ...villageFrame(request), stats, bodies: presentBodies(bodyMap, today) };
    });

    // the villager's own home: only their household and the meetings they are due at
    endpoint(app, contract.getMyHome, readVillage, async (request) => {
      const { actor } = requireSignedIn(request);
      const { row } = villageOf(request);
      const personId = actor.home?.villageId === row.id ? actor.home.personId : null;
      return myHome(ctx, row, personId, ctx.clock.today());
    });

    endpoint(app, contract.listGroups, readRegistry, async (request) => ({
      items: await groupsOf(ctx, villageOf(request).row.id),
    }));

    endpoint(app, contract.listGrids, readRegistry, async (request) => ({
      items: (await gridsOf(ctx, villageOf(request).row.id)).map(presentGrid),
    }));
  };
