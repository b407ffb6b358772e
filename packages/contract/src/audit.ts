import { z } from 'zod';
import { Instant, VillageParams } from './common.ts';
import { route } from './route.ts';

const tag = 'audit';

export const AuditEvent = z.object({
  seq: z.number(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  /** Null for acts of the system (setup, demo seeding). */
  actorName: z.string().nullable(),
  occurredAt: Instant,
  hash: z.string(),
});

export const AuditVerdict = z.object({
  ok: z.boolean(),
  checked: z.number(),
  headHash: z.string(),
  /** The first event that breaks the chain. */
  problem: z
    .object({ seq: z.number(), kind: z.enum(['hash', 'link', 'sequence', 'head']) })
    .nullable(),
});

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Events before this sequence number (the next page). */
  before: z.coerce.number().int().min(1).optional(),
  lang: z.string().optional(),
});

export const listAuditEvents = route({
  method: 'GET',
  url: '/api/villages/:villageId/audit',
  summary: '审计记录（新在前） / The village’s audit events, newest first',
  tag,
  params: VillageParams,
  query: AuditQuery,
  response: z.object({ items: z.array(AuditEvent) }),
});

export const verifyAuditChain = route({
  method: 'GET',
  url: '/api/villages/:villageId/audit/verify',
  summary: '校验审计链 / Recompute and check the village’s audit chain',
  tag,
  params: VillageParams,
  response: AuditVerdict,
});
