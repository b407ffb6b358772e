import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Serves the built web app, with the SPA's index.html for client-side routes. */
export async function serveWeb(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, { root: distDir, prefix: '/', wildcard: false });
  app.get('/*', { config: { access: { kind: 'public' } } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
