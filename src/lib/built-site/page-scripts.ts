import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio/slim';

/**
 * The scripts a built page loads before it is interactive: its `<script src>`
 * tags plus the scripts it preloads (`<link rel="preload" as="script">`,
 * `<link rel="modulepreload">`), each URL once, in document order. Docusaurus
 * preloads the chunks of the page's route and loads runtime~main.js and
 * main.js, which hydrate the page. External URLs are left out.
 */
export function pageScriptUrls(html: string): string[] {
  const $ = load(html);
  const urls = new Set<string>();
  $('script[src], link[rel~="preload"][as="script"], link[rel~="modulepreload"]').each((_, el) => {
    const url = el.tagName === 'script' ? $(el).attr('src') : $(el).attr('href');
    if (url && !/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:')) urls.add(url);
  });
  return [...urls];
}

/** One script of a page, by size. */
export interface PageScript {
  /** The URL as the page writes it (`/assets/js/main.1a2b.js`). */
  url: string;
  /** The file in the build. */
  file: string;
  /** Bytes on disk. */
  bytes: number;
  /** Bytes gzipped (zlib's default level 6, what servers commonly send). */
  gzipBytes: number;
  /** Named by the page's HTML, or one of its route's chunks (see route-scripts.ts). */
  source: 'html' | 'route';
}

/** The JavaScript a page loads, file by file and in total. */
export interface PageJavaScript {
  /** The page's HTML file. */
  htmlFile: string;
  scripts: PageScript[];
  /** Sum of `bytes`. */
  bytes: number;
  /** Sum of `gzipBytes`. */
  gzipBytes: number;
}

/**
 * Sizes of the build's script files, each read and gzipped once however many
 * pages load it (main.js is on every page).
 */
export class ScriptSizes {
  private readonly sizes = new Map<string, { bytes: number; gzipBytes: number }>();

  /** @param buildDir - The built site. @param baseUrl - The site's base URL, which script URLs start with. */
  constructor(
    readonly buildDir: string,
    readonly baseUrl = '/',
  ) {}

  /** The file of a script URL in the build: the base URL taken off, the query and hash dropped. */
  fileOf(url: string, htmlFile: string): string {
    const clean = decodeURI(url.replace(/[?#].*$/, ''));
    if (!clean.startsWith('/')) return path.resolve(path.dirname(htmlFile), clean);
    const base = this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`;
    return path.join(this.buildDir, clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1));
  }

  /** Raw and gzipped bytes of a file; throws (ENOENT) when it is not there. */
  of(file: string): { bytes: number; gzipBytes: number } {
    let size = this.sizes.get(file);
    if (!size) {
      const content = readFileSync(file);
      size = { bytes: statSync(file).size, gzipBytes: gzipSync(content).length };
      this.sizes.set(file, size);
    }
    return size;
  }

  /**
   * Every script a page's HTML loads (see {@link pageScriptUrls}), then its route's chunks
   * that the HTML does not name, each with its sizes.
   */
  page(htmlFile: string, routeUrls: readonly string[] = []): PageJavaScript {
    const html = pageScriptUrls(readFileSync(htmlFile, 'utf8'));
    const named = new Set(html.map((url) => this.fileOf(url, htmlFile)));
    const urls = [
      ...html.map((url) => ({ url, source: 'html' as const })),
      ...routeUrls.filter((url) => !named.has(this.fileOf(url, htmlFile))).map((url) => ({ url, source: 'route' as const })),
    ];
    const scripts = urls.map(({ url, source }): PageScript => {
      const file = this.fileOf(url, htmlFile);
      return { url, file, ...this.of(file), source };
    });
    return {
      htmlFile,
      scripts,
      bytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
      gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    };
  }
}
