import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { DomainError } from '@cunzhi/core/errors';

/**
 * Serves the built web app. Files are looked up on each request (so a rebuild
 * is served without a restart); hashed assets are cached for a year; any
 * other GET that accepts HTML gets the SPA's index.html. A missing asset or
 * API path stays a 404. The build writes each text file also as `.br` and `.gz`
 * at their best levels (packages/web/build/precompress.ts); those are sent to
 * browsers that accept them, so a phone on slow 4G gets brotli's smaller bytes
 * without the server compressing anything per request (a file without them is
 * still compressed on the fly by @fastify/compress).
 */
export async function serveWeb(app: FastifyInstance, distDir: string): Promise<void> {
  // before the file lookup: a probe for files outside the web root is a bad request, never a 500
  app.addHook('onRequest', async (request) => {
    if (isTraversalProbe(request.url))
      throw new DomainError('validation_failed', {}, [{ field: 'path', error: 'field_invalid' }]);
  });
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    preCompressed: true,
    // ours below, not send's `public, max-age=0`, which was written after setHeaders and won
    cacheControl: false,
    setHeaders(res, filePath) {
      // the same address answers in brotli, gzip or plain by the request's Accept-Encoding
      res.setHeader('vary', 'accept-encoding');
      res.setHeader(
        'cache-control',
        filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}

export function isSpaNavigation(method: string, url: string, accept: string | undefined): boolean {
  return (
    method === 'GET' &&
    !url.startsWith('/api/') &&
    !url.startsWith('/assets/') &&
    (accept ?? '').includes('text/html')
  );
}

/**
 * A path that tries to leave the web root or to smuggle a byte past the file
 * lookup: a `..` or `.` segment (plain or percent-encoded), an encoded slash or
 * backslash, a backslash, a NUL, or an encoding that does not decode.
 */
export function isTraversalProbe(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  if (/%(2f|5c|00)/i.test(path)) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return /[\0\\]/.test(decoded) || decoded.split('/').some((s) => s === '..' || s === '.');
}
