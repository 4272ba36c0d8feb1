import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../src/lib/lighthouse/index.js';

let outer: string;
let root: string;
let server: StaticServer;

beforeAll(async () => {
  // The build sits inside another temporary directory, next to a file it must never serve.
  outer = mkdtempSync(path.join(tmpdir(), 'portal-serve-'));
  root = path.join(outer, 'build');
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    'docs/cli.html': `<h1>cli</h1>${'text '.repeat(500)}`,
    'runbooks/Alias/index.html': '<meta http-equiv="refresh" content="0; url=/runbooks/x">',
    'assets/js/main.abc123.js': 'console.log(1)',
    '404.html': '<h1>Page Not Found</h1>',
    'img/logo.png': 'PNG',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  writeFileSync(path.join(outer, 'secret.txt'), 'outside the build');
  server = await startStaticServer({ root, baseUrl: '/base/' });
});

afterAll(async () => {
  await server.close();
  rmSync(outer, { recursive: true, force: true });
});

function get(urlPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 under the baseUrl', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/base/`);
  });

  it('serves /x as x.html and /x/ as x/index.html, like a host serving a trailingSlash: false build', async () => {
    expect((await get('/base/')).body.toString()).toBe('<h1>home</h1>');
    expect((await get('/base/docs/cli')).body.toString()).toMatch(/^<h1>cli<\/h1>/);
    expect((await get('/base/runbooks/Alias')).body.toString()).toContain('refresh');
    expect((await get('/base/runbooks/Alias/')).status).toBe(200);
  });

  it('compresses text with gzip or brotli, as the client accepts, and leaves images alone', async () => {
    const gz = await get('/base/docs/cli', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toMatch(/^<h1>cli<\/h1>/);
    expect(gz.body.length).toBeLessThan(500);
    expect((await get('/base/docs/cli', { 'Accept-Encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br');
    expect((await get('/base/docs/cli')).headers['content-encoding']).toBeUndefined();
    expect((await get('/base/img/logo.png', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
  });

  it('caches content-hashed assets for a year and revalidates pages', async () => {
    expect((await get('/base/assets/js/main.abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/base/docs/cli')).headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('answers 404 with the site\'s 404 page, outside the baseUrl and outside the build too', async () => {
    for (const missing of ['/base/nope', '/docs/cli', '/base/..%2Fsecret.txt', '/base/../secret.txt']) {
      const response = await get(missing);
      expect(response.status, missing).toBe(404);
      expect(response.body.toString()).toBe('<h1>Page Not Found</h1>');
    }
  });
});
