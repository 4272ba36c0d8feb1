import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `n` bytes that gzip cannot shrink (a fixed pseudo-random sequence), so gzipped size ≈ raw size. */
export function incompressible(n: number, seed: number): Buffer {
  const bytes = Buffer.alloc(n);
  let state = seed >>> 0;
  for (let i = 0; i < n; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function page(scripts: string): string {
  return `<!DOCTYPE html><html><head><meta charset="UTF-8">${scripts}<link rel="stylesheet" href="/assets/css/styles.css"></head><body><div id="__docusaurus"></div></body></html>`;
}

const RUNTIME = '<script src="/assets/js/runtime~main.js" defer></script><script src="/assets/js/main.js" defer></script>';

/**
 * A tiny built site: a sitemap, the HTML of six pages in both of Docusaurus'
 * layouts (`x.html` and `x/index.html`) and scripts of known size. Every page
 * loads runtime~main.js (4 KB) and main.js (50 bytes under 24 KB, so the gzipped total of 28.0 KB is not near a rounding edge), both incompressible;
 * /docs/a preloads a 4 KB chunk; /docs/b modulepreloads a chunk 60 bytes under 8 KB and
 * loads 100 KB of one repeated letter (next to nothing gzipped); /api/...
 * also loads an external script (not counted); /search is no budgeted kind.
 */
export function writeFakeBuild(dir: string, origin = 'https://docs.example.com', baseUrl = '/'): void {
  const file = (relative: string, content: string | Buffer) => {
    const target = path.join(dir, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  };
  const paths = ['', 'docs/a', 'docs/b', 'api/x/classes/Y', 'rfcs/0001-foo', 'search'];
  file('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${origin}${baseUrl}${p}</loc></url>`).join('')}</urlset>`);
  file('assets/js/runtime~main.js', incompressible(4 * 1024, 1));
  file('assets/js/main.js', incompressible(24 * 1024 - 50, 2));
  file('assets/js/a.js', incompressible(4 * 1024, 3));
  file('assets/js/b.js', incompressible(8 * 1024 - 60, 4));
  file('assets/js/letters.js', 'a'.repeat(100 * 1024));
  file('index.html', page(RUNTIME));
  file('docs/a.html', page(`<link rel="preload" href="/assets/js/a.js" as="script">${RUNTIME}`));
  file('docs/b/index.html', page(`<link rel="modulepreload" href="/assets/js/b.js">${RUNTIME}<script src="/assets/js/letters.js"></script>`));
  file('api/x/classes/Y.html', page(`${RUNTIME}<script src="https://cdn.example.com/analytics.js"></script>`));
  file('rfcs/0001-foo.html', page(RUNTIME));
  file('search.html', page(`${RUNTIME}<script src="/assets/js/b.js"></script>`));
}
