import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { existsSync } from 'node:fs';
import type { AppContext } from './context.ts';
import { frameworkError, installErrorHandler } from './errors.ts';
import { installAccessGuard, requireAccessDeclarations } from './access.ts';
import { installSessionLoader } from './session.ts';
import { installApiDocs, installContract } from './contract.ts';
import { serveWeb } from './web.ts';
import { installCrossSiteCheck } from './csrf.ts';
import { servesHttps } from '../config.ts';
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
import { oversightRoutes } from '../../features/oversight/routes.ts';
import { disclosureRoutes } from '../../features/disclosure/routes.ts';
import { broadcastRoutes } from '../../features/broadcast/routes.ts';
import { portalRoutes } from '../../features/portal/routes.ts';
import { financeRoutes } from '../../features/finance/routes.ts';
import { spendingRoutes } from '../../features/spending/routes.ts';
import { responsibilityAuditRoutes } from '../../features/responsibilityAudits/routes.ts';
import { archiveRoutes } from '../../features/archive/routes.ts';
import { attachmentsRoutes } from '../../features/attachments/routes.ts';
import { evaluationsRoutes } from '../../features/evaluations/routes.ts';
import { supervisionRoutes } from '../../features/supervision/routes.ts';
import { supervisionEvidenceRoutes } from '../../features/supervision/evidenceRoutes.ts';
import { complaintsRoutes } from '../../features/complaints/routes.ts';
import { petitionsRoutes } from '../../features/petitions/routes.ts';
import { disputesRoutes } from '../../features/disputes/routes.ts';
import { liaisonRoutes } from '../../features/liaison/routes.ts';
import { partyRoutes } from '../../features/party/routes.ts';
import { townInboxRoutes } from '../../features/townInbox/routes.ts';
import { electionsRoutes } from '../../features/elections/routes.ts';
import { recallRoutesPlugin } from '../../features/elections/recall/routes.ts';
import { moralListRoutes } from '../../features/moralList/routes.ts';
import { activitiesRoutes } from '../../features/activities/routes.ts';
import { servicesRoutes } from '../../features/services/routes.ts';
import { villageRulesRoutes } from '../../features/villageRules/routes.ts';
import { pointsRoutes } from '../../features/points/routes.ts';
import { collectiveBooksRoutes } from '../../features/collective/books/routes.ts';
import { countyPointsRoutes } from '../../features/countyPoints/routes.ts';
import { workAdmissionRoutes } from '../../features/workAdmission/routes.ts';
import { serviceListsRoutes } from '../../features/serviceLists/routes.ts';
import { pointsSupermarketRoutes } from '../../features/points/supermarket/routes.ts';
import { pointsImportRoutes } from '../../features/points/import/routes.ts';
import { collectiveSharesRoutes } from '../../features/collective/shares/routes.ts';
import { collectiveRoutes } from '../../features/collective/routes.ts';
import { collectiveDistributionRoutes } from '../../features/collective/distribution/routes.ts';
import { assistanceRoutes } from '../../features/assistance/routes.ts';
import { reconciliationRoutes } from '../../features/reconciliation/routes.ts';
import { partyDuesRoutes } from '../../features/party/dues/routes.ts';
import { notificationsRoutes } from '../../features/notifications/routes.ts';

import { MAX_UPLOAD_BYTES } from './limits.ts';
import { loggerOptions, requestId } from './requestLog.ts';
import { installOperations } from './operations.ts';

/**
 * The HTTP app: cookies → session → access guard → route (validate, command,
 * present). Errors are mapped in one place (errors.ts).
 */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    // JSON lines with personal data masked, one id per request (requestLog.ts, docs/operations.md)
    logger: loggerOptions(ctx.config, ctx.logStream),
    genReqId: requestId,
    // X-Forwarded-For is believed only from the listed proxies (TRUST_PROXY): otherwise any
    // client could name its own address and escape the per-address sign-in limits
    trustProxy: ctx.config.TRUST_PROXY.length > 0 ? ctx.config.TRUST_PROXY : false,
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkError,
  });
  requireAccessDeclarations(app);
  installOperations(app, ctx);
  installErrorHandler(app);
  installCrossSiteCheck(app, ctx.config.PUBLIC_ORIGIN);
  installContract(app, ctx.config.CHECK_RESPONSES);
  // villagers on slow rural networks: the web app is ~1 MB raw, ~300 KB compressed
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie);
  // HSTS and upgrade-insecure-requests only where the deployment says it serves HTTPS: on a
  // plain-HTTP village office PC they would make browsers refuse the site
  const https = servesHttps(ctx.config);
  await app.register(helmet, {
    strictTransportSecurity: https,
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        'upgrade-insecure-requests': https ? [] : null,
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
  await app.register(oversightRoutes(ctx));
  await app.register(disclosureRoutes(ctx));
  await app.register(broadcastRoutes(ctx));
  await app.register(portalRoutes(ctx));
  await app.register(financeRoutes(ctx));
  await app.register(spendingRoutes(ctx));
  await app.register(responsibilityAuditRoutes(ctx));
  await app.register(archiveRoutes(ctx));
  await app.register(attachmentsRoutes(ctx));
  await app.register(evaluationsRoutes(ctx));
  await app.register(supervisionRoutes(ctx));
  await app.register(supervisionEvidenceRoutes(ctx));
  await app.register(complaintsRoutes(ctx));
  await app.register(petitionsRoutes(ctx));
  await app.register(disputesRoutes(ctx));
  await app.register(liaisonRoutes(ctx));
  await app.register(partyRoutes(ctx));
  await app.register(townInboxRoutes(ctx));
  await app.register(electionsRoutes(ctx));
  await app.register(recallRoutesPlugin(ctx));
  await app.register(moralListRoutes(ctx));
  await app.register(activitiesRoutes(ctx));
  await app.register(servicesRoutes(ctx));
  await app.register(villageRulesRoutes(ctx));
  await app.register(pointsRoutes(ctx));
  await app.register(collectiveBooksRoutes(ctx));
  await app.register(countyPointsRoutes(ctx));
  await app.register(workAdmissionRoutes(ctx));
  await app.register(serviceListsRoutes(ctx));
  await app.register(pointsSupermarketRoutes(ctx));
  await app.register(pointsImportRoutes(ctx));
  await app.register(collectiveSharesRoutes(ctx));
  await app.register(collectiveRoutes(ctx));
  await app.register(collectiveDistributionRoutes(ctx));
  await app.register(assistanceRoutes(ctx));
  await app.register(reconciliationRoutes(ctx));
  await app.register(partyDuesRoutes(ctx));
  await app.register(notificationsRoutes(ctx));

  if (existsSync(ctx.config.WEB_DIST)) await serveWeb(app, ctx.config.WEB_DIST);
  return app;
}
