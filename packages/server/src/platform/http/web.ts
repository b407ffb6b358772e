import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web app. Files are looked up on each request (so a rebuild
 * is served without a restart); hashed assets are cached for a year; any
 * other GET that accepts HTML gets the SPA's index.html. A missing asset or
 * API path stays a 404.
 */
export async function serveWeb(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    setHeaders(res, filePath) {
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
