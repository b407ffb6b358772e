import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';

/** Methods that change nothing; every other method must come from our own pages. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests another website made a browser send (CSRF): the session
 * cookie is SameSite=Lax, which still lets a sibling site (same-site) post, and lets a
 * top-level form post through in some browsers; so every POST/PATCH/PUT/DELETE is checked:
 *
 * - `Sec-Fetch-Site` (set by the browser, scripts cannot forge it): `same-origin` or `none`
 *   (typed by the user, a bookmark) pass; `same-site` and `cross-site` are refused;
 * - else `Origin`: it must be the request's own host, or `PUBLIC_ORIGIN`;
 * - a request with neither header is not from a browser page (browsers send `Origin` on every
 *   cross-origin POST and `Sec-Fetch-Site` on every request): curl, the CLI, tests. It passes —
 *   it carries no one else's cookie by accident.
 *
 * Runs in onRequest, before the body is read, so a refused upload is never parsed.
 */
export function installCrossSiteCheck(
  app: FastifyInstance,
  publicOrigin: string | undefined,
): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!isOwnOrigin(request, publicOrigin)) throw new DomainError('cross_site_refused');
  });
}

export function isOwnOrigin(request: FastifyRequest, publicOrigin: string | undefined): boolean {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = header(request, 'origin');
  if (origin === undefined) return true;
  if (publicOrigin !== undefined && origin === publicOrigin) return true;
  try {
    // the scheme is not compared: behind a TLS proxy the server itself is reached over http
    return new URL(origin).host === request.host;
  } catch {
    // "null" (a sandboxed frame, a file) or garbage
    return false;
  }
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
