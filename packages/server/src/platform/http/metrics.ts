import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { httpRequests, renderMetrics, type ScrapedGauge } from '../ops/metrics.ts';

/** Where Prometheus scrapes (docs/operations.md). */
export const METRICS_PATH = '/metrics';

/**
 * Times every request into the route's series: the route's pattern (`/api/villages/:villageId/…`),
 * never the raw URL, so a series is a route and not a village or a person; a request no route
 * matched (a probe, a mistyped address) counts under `unmatched` for the same reason.
 */
export function installRequestMetrics(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    httpRequests.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_class: `${Math.floor(reply.statusCode / 100)}xx`,
      },
      reply.elapsedTime / 1000,
    );
  });
}

/**
 * `GET /metrics` for Prometheus, only with `Authorization: Bearer <METRICS_TOKEN>`: the figures
 * name the deployment's routes and load, which are no villager's business. Without a token
 * configured the address does not exist (404, as any unknown page); with one, a request without
 * it or with another is refused (401).
 */
export function installMetricsEndpoint(
  app: FastifyInstance,
  token: string | undefined,
  gauges: readonly ScrapedGauge[],
): void {
  if (!token) return;
  const expected = digest(token);
  app.get(METRICS_PATH, { config: { access: { kind: 'public' } } }, async (request, reply) => {
    if (!bearerMatches(request, expected)) {
      void reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new DomainError('not_signed_in');
    }
    return reply
      .type('text/plain; version=0.0.4; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(await renderMetrics(gauges));
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Compared as digests of equal length, in constant time: the answer's timing tells nothing. */
function bearerMatches(request: FastifyRequest, expected: Buffer): boolean {
  const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), expected);
}
