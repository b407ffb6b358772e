import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { existsSync } from 'node:fs';
import type { AppContext } from './context.ts';
import { installErrorHandler } from './errors.ts';
import { installAccessGuard, requireAccessDeclarations } from './access.ts';
import { installSessionLoader } from './session.ts';
import { installApiDocs, installContract } from './contract.ts';
import { serveWeb } from './web.ts';
import { endpoint } from './endpoint.ts';
import { health } from '@cunzhi/contract/platform';
import { authRoutes } from '../../features/auth/routes.ts';
import { villageRoutes } from '../../features/villages/routes.ts';
import { bodyRoutes } from '../../features/bodies/routes.ts';
import { registryRoutes } from '../../features/registry/routes.ts';
import { rosterRoutes } from '../../features/roster/routes.ts';
import { auditRoutes } from '../../features/audit/routes.ts';
import { matterRoutes } from '../../features/matters/routes.ts';
import { ruleRoutes } from '../../features/rules/routes.ts';
import { meetingRoutes } from '../../features/meetings/routes.ts';

import { MAX_UPLOAD_BYTES } from './limits.ts';

/**
 * The HTTP app: cookies → session → access guard → route (validate, command,
 * present). Errors are mapped in one place (errors.ts).
 */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: ctx.config.LOG_LEVEL === 'silent' ? false : { level: ctx.config.LOG_LEVEL },
    trustProxy: true,
    bodyLimit: 1024 * 1024,
  });
  requireAccessDeclarations(app);
  installErrorHandler(app);
  installContract(app, ctx.config.CHECK_RESPONSES);
  // villagers on slow rural networks: the web app is ~1 MB raw, ~300 KB compressed
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  installSessionLoader(app, ctx);
  installAccessGuard(app, ctx);
  await installApiDocs(app);

  endpoint(app, health, { kind: 'public' }, async () => ({
    ok: true as const,
    database: ctx.db.kind,
  }));
  await app.register(authRoutes(ctx));
  await app.register(villageRoutes(ctx));
  await app.register(bodyRoutes(ctx));
  await app.register(registryRoutes(ctx));
  await app.register(rosterRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(matterRoutes(ctx));
  await app.register(ruleRoutes(ctx));
  await app.register(meetingRoutes(ctx));

  if (existsSync(ctx.config.WEB_DIST)) await serveWeb(app, ctx.config.WEB_DIST);
  return app;
}
