import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { parseInput } from '../../platform/http/errors.ts';
import { listAuditEvents } from '../../platform/audit/repository.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';

const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
  lang: z.string().optional(),
});
const readAudit = { access: { kind: 'village', ability: 'readAudit' } } as const;

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/api/villages/:villageId/audit', { config: readAudit }, async (request) => {
      const q = parseInput(AuditQuery, request.query);
      const rows = await listAuditEvents(
        ctx.db,
        villageOf(request).row.id,
        q.limit,
        q.before ?? null,
      );
      return {
        items: rows.map((e) => ({
          seq: e.seq,
          action: e.action,
          targetType: e.target_type,
          targetId: e.target_id,
          actorName: e.actor_name,
          occurredAt: e.occurred_at,
          hash: e.hash,
        })),
      };
    });

    app.get('/api/villages/:villageId/audit/verify', { config: readAudit }, async (request) =>
      verifyChain(ctx.db, villageOf(request).row.id),
    );
  };
