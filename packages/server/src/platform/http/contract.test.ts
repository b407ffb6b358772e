import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';

/** Fastify's `:param` → OpenAPI's `{param}`. */
const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('the API contract', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('gives every /api route a contract schema (no route answers without one)', () => {
    const undocumented = server.app.accessCatalog
      .filter((r) => !r.documented && r.url !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.url}`);
    expect(undocumented).toEqual([]);
  });

  it('publishes a valid OpenAPI 3 document covering every route, to anyone', async () => {
    const res = await server.anonymous().request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const missing = server.app.accessCatalog
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))
      .filter((r) => r.url !== '/api/openapi.json')
      .filter((r) => !doc.paths[openApiPath(r.url)]?.[r.method.toLowerCase()])
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('renders browsable API docs at /api/docs', async () => {
    const res = await server.anonymous().request('GET', '/api/docs/');
    expect(res.status).toBe(200);
    expect(String(res.body)).toContain('swagger-ui');
  });

  it('answers a body that breaks the contract with 400 naming the field, after the access check', async () => {
    const anonymous = await server.anonymous().request('POST', '/api/me/password', {});
    expect(anonymous.status).toBe(401);
    const client = await server.as('villager');
    const bad = await client.request('POST', '/api/me/password', { currentPassword: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.id).toBe('validation_failed');
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toEqual([
      'currentPassword',
      'newPassword',
    ]);
  });
});
