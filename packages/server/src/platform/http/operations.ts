import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { installRequestIds } from './requestLog.ts';
import { installMetricsEndpoint, installRequestMetrics } from './metrics.ts';
import { scrapedGauges } from '../ops/gauges.ts';

/** What the operator sees of the app (docs/operations.md): request ids on answers, /metrics. */
export function installOperations(app: FastifyInstance, ctx: AppContext): void {
  installRequestIds(app);
  installRequestMetrics(app);
  installMetricsEndpoint(app, ctx.config.METRICS_TOKEN, scrapedGauges(ctx.db));
}
