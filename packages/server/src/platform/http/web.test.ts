import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { isTraversalProbe } from './web.ts';

/**
 * A GET with the path sent byte for byte (fetch would resolve `%2e%2e` before sending) and the
 * body as sent, not decompressed (fetch would undo the Content-Encoding).
 */
function rawGet(baseUrl: string, rawPath: string, accept: string, acceptEncoding = 'identity') {
  const { hostname, port } = new URL(baseUrl);
  return new Promise<{ status: number; body: string; headers: IncomingHttpHeaders }>(
    (resolve, reject) => {
      const headers = { accept, 'accept-encoding': acceptEncoding };
      const req = request({ hostname, port, path: rawPath, headers }, (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

/** The built web app's files: served from their folder, and nothing outside it, ever with a 500. */
describe(`static files refuse path-traversal probes with a 4xx (${describeDatabase()})`, () => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-web-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>村治</title>');
    await writeFile(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    // as packages/web/build/precompress.ts writes them beside a large enough file
    await writeFile(path.join(dist, 'assets', 'big.js'), 'plain');
    await writeFile(path.join(dist, 'assets', 'big.js.br'), 'brotli');
    await writeFile(path.join(dist, 'assets', 'big.js.gz'), 'gzip');
    server = await startTestServer({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await server.close();
    await rm(dist, { recursive: true, force: true });
  });

  const PROBES = [
    '/..%2f..%2fetc/passwd',
    '/%2e%2e/',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2f..%2fetc%2fpasswd',
    '/..%5c..%5cetc%5cpasswd',
    '/%00',
    '/assets/%00',
    '/index.html%00.js',
    '/assets/app.js%00',
    '/%c0%ae%c0%ae/etc/passwd',
    '/%',
    '/assets/%E0%A4%A',
  ];

  for (const probe of PROBES)
    for (const accept of ['*/*', 'text/html'])
      it(`${probe} (accept ${accept}) → 4xx in the product's error shape`, async () => {
        const res = await rawGet(server.baseUrl, probe, accept);
        const text = res.body;
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(text).not.toContain('root:');
        expect(JSON.parse(text)).toMatchObject({ error: { id: 'validation_failed' } });
      });

  it('still serves the app, its assets and the SPA fallback', async () => {
    const asset = await fetch(`${server.baseUrl}/assets/app.js`);
    expect(asset.status).toBe(200);
    const page = await fetch(`${server.baseUrl}/v/x/notices`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('村治');
    const missing = await fetch(`${server.baseUrl}/assets/none.js`);
    expect(missing.status).toBe(404);
  });

  it("sends the build's brotli or gzip copy by Accept-Encoding, the plain file otherwise", async () => {
    const br = await rawGet(server.baseUrl, '/assets/big.js', '*/*', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toBe('brotli');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toContain('immutable');
    const gz = await rawGet(server.baseUrl, '/assets/big.js', '*/*', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toBe('gzip');
    const plain = await rawGet(server.baseUrl, '/assets/big.js', '*/*');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('plain');
    // no copies beside it: the file as it is
    const small = await rawGet(server.baseUrl, '/assets/app.js', '*/*');
    expect(small.status).toBe(200);
    expect(small.body).toBe('console.log(1)');
    // the hashed assets are kept a year; the HTML is asked again each time
    expect(small.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const html = await rawGet(server.baseUrl, '/index.html', 'text/html');
    expect(html.headers['cache-control']).toBe('no-cache');
  });

  it('tells probes from ordinary paths', () => {
    expect(isTraversalProbe('/v/abc/notices?q=a%2Fb')).toBe(false);
    expect(isTraversalProbe('/assets/index-3f2a.js')).toBe(false);
    expect(isTraversalProbe('/a/./b')).toBe(true);
    expect(isTraversalProbe('/a/%2E%2E/b')).toBe(true);
  });
});
