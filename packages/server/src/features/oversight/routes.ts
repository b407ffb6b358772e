import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import * as contract from '@cunzhi/contract/oversight';
import { XLSX } from '@cunzhi/contract/finance';
import type { AppContext } from '../../platform/http/context.ts';
import { sendFile } from '../../platform/http/download.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { presentVillageListItem } from '../villages/present.ts';
import { presentDashboard } from './present.ts';
import { oversightVillages } from './queries.ts';
import { dashboard } from './queries/dashboard.ts';
import { defaultScope, scopesOpenTo, type DashboardScope } from './queries/scope.ts';
import { workList } from './queries/workList.ts';
import { dashboardWorkbook } from './workbook.ts';

const signedIn = { kind: 'signedIn' } as const;

/** Town and county officials only: a villager's or a cadre's own village has its own pages. */
function official(request: FastifyRequest) {
  const { actor } = requireSignedIn(request);
  if (actor.staffScopes.length === 0) throw new DomainError('forbidden');
  return actor;
}

/** The scope asked for, or the official's own town (their county when they serve no town). */
function scopeOf(
  actor: ReturnType<typeof official>,
  q: { level?: 'town' | 'county'; id?: string },
): DashboardScope {
  if (q.level && q.id) return { level: q.level, id: q.id };
  const scope = defaultScope(actor);
  if (!scope) throw new DomainError('forbidden');
  return scope;
}

/** Town and county oversight: the village list with findings, the dashboard and the work list. */
export const oversightRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listOversightVillages, signedIn, async (request) => {
      const actor = official(request);
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
    endpoint(app, contract.getDashboard, signedIn, async (request) => {
      const actor = official(request);
      const d = await dashboard(ctx, actor, scopeOf(actor, request.query));
      return presentDashboard(d, await scopesOpenTo(ctx, actor));
    });
    endpoint(app, contract.exportDashboard, signedIn, async (request, reply) => {
      const actor = official(request);
      const d = await dashboard(ctx, actor, scopeOf(actor, request.query));
      const work = await workList(ctx, actor);
      const file = await dashboardWorkbook(d, work.items, requestLocale(request));
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
    endpoint(app, contract.getWorkList, signedIn, async (request) =>
      workList(ctx, official(request)),
    );
  };
