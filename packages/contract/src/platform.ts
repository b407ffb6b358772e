import { z } from 'zod';
import { route } from './route.ts';

/** Endpoints of the platform itself, outside any capability. */
export const health = route({
  method: 'GET',
  url: '/api/health',
  summary: '服务状态 / Liveness and the database kind',
  tag: 'platform',
  response: z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']) }),
});
