import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/audit';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { auditPage, targetTitles, verifyVillageChain } from './queries.ts';
import { presentAuditEvents, targetOf } from './present.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { publicCheckpoints } from './checkpoints.ts';

const readAudit = { kind: 'village', ability: 'readAudit' } as const;

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listAuditEvents, readAudit, async (request) => {
      const villageId = villageOf(request).row.id;
      const rows = await auditPage(ctx, villageId, request.query);
      const titles = await targetTitles(ctx, villageId, rows.map(targetOf));
      return { items: presentAuditEvents(rows, titles, requestLocale(request)) };
    });

    endpoint(app, contract.verifyAuditChain, readAudit, async (request) =>
      verifyVillageChain(ctx, villageOf(request).row.id),
    );

    // public: a village's published chain heads (no personal data), for anyone to keep and check later
    endpoint(
      app,
      contract.listAuditCheckpoints,
      { kind: 'public' },
      async (request) => publicCheckpoints(ctx, request.params.villageId),
      { rateLimit: { max: 120, timeWindow: '1 minute' } },
    );
  };
