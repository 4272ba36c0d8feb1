import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants as zlibConstants, createBrotliCompress, createGzip } from 'node:zlib';

/** A running static server; see {@link startStaticServer}. */
export interface StaticServer {
  /** Origin plus baseUrl, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** The TCP port it listens on. */
  port: number;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** The build directory to serve. */
  root: string;
  /** Path the site lives under, starting and ending with `/`. @default "/" */
  baseUrl?: string;
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg\+xml)/;

/**
 * Serves a Docusaurus build on 127.0.0.1 the way a production static host
 * does, so Lighthouse measures what users get: brotli or gzip for text,
 * long-lived caching for content-hashed `/assets/`, `trailingSlash: false`
 * lookup (`/x` → `x`, `x.html`, `x/index.html`) and `404.html` with status 404.
 * (`docusaurus serve` compresses nothing; measured, performance scores ~60
 * uncompressed against ~75 gzipped on the mobile preset.)
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const baseUrl = options.baseUrl ?? '/';
  const server = createServer((request, response) => {
    serve(root, baseUrl, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${baseUrl}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(root: string, baseUrl: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  let file = pathname.startsWith(baseUrl) || `${pathname}/` === baseUrl ? await findBuildFile(root, pathname.slice(baseUrl.length)) : undefined;
  let status = 200;
  if (!file) {
    status = 404;
    file = await findBuildFile(root, '404.html');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': pathname.startsWith(`${baseUrl}assets/`) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  };
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.test(type) ? undefined : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  if (encoding) headers['Content-Encoding'] = encoding;
  else headers['Content-Length'] = String((await stat(file)).size);
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const source = createReadStream(file);
  if (encoding === 'br') {
    await pipeline(source, createBrotliCompress({ params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }), response);
  } else if (encoding === 'gzip') {
    await pipeline(source, createGzip({ level: 6 }), response);
  } else {
    await pipeline(source, response);
  }
}

/**
 * The file a `trailingSlash: false` build serves for a URL path relative to
 * its baseUrl: the exact file, then `x.html`, then `x/index.html` (`x/` is
 * `x/index.html` only); never a file outside `root`.
 */
export async function findBuildFile(root: string, relative: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  const candidates = decoded === '' || decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}.html`, `${decoded}/index.html`];
  for (const candidate of candidates) {
    const full = path.resolve(root, candidate);
    if (full !== root && !full.startsWith(`${root}${path.sep}`)) return undefined;
    try {
      if ((await stat(full)).isFile()) return full;
    } catch {
      // Not this candidate.
    }
  }
  return undefined;
}
