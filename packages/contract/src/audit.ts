import { z } from 'zod';
import { DateText, Instant, VillageParams } from './common.ts';
import { route } from './route.ts';
import { AUDIT_KINDS } from '@cunzhi/core/audit/kinds';

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
  /** The act in the reader's language: 召集会议 for `meeting.convened`. */
  actionName: z.string(),
  /** The object as people know it (a name or title; null where it is gone or has none) and the page that shows it. */
  targetTitle: z.string().nullable(),
  targetPage: z
    .object({
      kind: z.enum([
        'person',
        'household',
        'matter',
        'meeting',
        'notice',
        'rules',
        'roster',
        'finance',
        'spending',
        'evaluation',
        'supervision',
        'supervisionInspection',
        'supervisionReport',
        'complaint',
        'serviceLists',
        'collectiveBooks',
      ]),
      /** Null for a list page (the rules, the roster, the books). */
      id: z.string().nullable(),
    })
    .nullable(),
});

/** A village's chain head as published on a day: on its public page and on notices printed that day. */
export const AuditCheckpoint = z.object({
  day: DateText,
  seq: z.number(),
  hash: z.string(),
});

export const AuditVerdict = z.object({
  ok: z.boolean(),
  checked: z.number(),
  headHash: z.string(),
  /** The first event that breaks the chain, or the village's chain missing, headless, restarted, or without a head it published. */
  problem: z
    .object({
      seq: z.number(),
      kind: z.enum([
        'hash',
        'link',
        'sequence',
        'head',
        'missing',
        'missingHead',
        'genesis',
        'checkpoint',
      ]),
    })
    .nullable(),
  /** For a `checkpoint` problem: the published head the chain no longer holds. */
  checkpoint: AuditCheckpoint.optional(),
});

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Events before this sequence number (the next page). */
  before: z.coerce.number().int().min(1).optional(),
  /** Only acts of this kind (all when absent). */
  kind: z.enum(AUDIT_KINDS).optional(),
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

export const listAuditCheckpoints = route({
  method: 'GET',
  url: '/api/public/villages/:villageId/audit/checkpoints',
  summary:
    '公开的审计链头（每日一条，无需登录） / The village’s published audit chain heads, one a day (public)',
  tag,
  params: VillageParams,
  response: z.object({
    village: z.object({ id: z.string(), name: z.string() }),
    /** Newest first; today’s is published when first asked for. */
    items: z.array(AuditCheckpoint),
  }),
});
