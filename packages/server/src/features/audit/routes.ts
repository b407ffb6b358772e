import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/audit';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { auditPage, verifyVillageChain } from './queries.ts';
import { presentAuditEvent } from './present.ts';

const readAudit = { kind: 'village', ability: 'readAudit' } as const;

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listAuditEvents, readAudit, async (request) => {
      const rows = await auditPage(ctx, villageOf(request).row.id, request.query);
      return { items: rows.map(presentAuditEvent) };
    });

    endpoint(app, contract.verifyAuditChain, readAudit, async (request) =>
      verifyVillageChain(ctx, villageOf(request).row.id),
    );
  };
