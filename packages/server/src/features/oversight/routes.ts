import type { FastifyPluginAsync } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import * as contract from '@cunzhi/contract/oversight';
import type { AppContext } from '../../platform/http/context.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { presentVillageListItem } from '../villages/present.ts';
import { oversightVillages } from './queries.ts';

/** Town and county oversight: for now the village list with each village's findings. */
export const oversightRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listOversightVillages, { kind: 'signedIn' }, async (request) => {
      const { actor } = requireSignedIn(request);
      // town and county officials only: a villager's own village has its own pages
      if (actor.staffScopes.length === 0) throw new DomainError('forbidden');
      const { on, items } = await oversightVillages(ctx, actor, requestLocale(request));
      return {
        on,
        items: items.map(({ village, findings, disclosure }) => ({
          ...presentVillageListItem(village),
          findings,
          disclosure,
        })),
      };
    });
  };
