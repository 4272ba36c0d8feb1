import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Pagefind from 'pagefind';
import { PortalError } from '../errors.js';

/** Where the index goes inside the built site; the search box loads `<baseUrl>pagefind/pagefind.js`. */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Parts of a page inside its `data-pagefind-body` that are not its content:
 * the docs sidebar, both tables of contents, breadcrumbs and pagination (every
 * `<nav>`), the edit/last-updated row, version badges and heading anchors.
 * They are Docusaurus' stable theme class names (ThemeClassNames), given to
 * Pagefind instead of `data-pagefind-ignore` attributes because wrapping the
 * sticky table of contents in an element would unstick it.
 */
export const SEARCH_EXCLUDED_SELECTORS = [
  'nav',
  '.theme-doc-sidebar-container',
  '.theme-doc-toc-desktop',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.theme-doc-version-badge',
  '.theme-doc-version-banner',
  '.theme-edit-this-page',
  '.theme-last-updated',
  '.hash-link',
  'button',
] as const;

/**
 * Files Pagefind writes for its own ready-made search interfaces. Portico's
 * search box uses only `pagefind.js` with its worker, WebAssembly and index
 * files, so these are removed from the built site (about 430 KB).
 */
const UNUSED_UI_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** What `buildSearchIndex` did. */
export interface SearchIndexFigures {
  /** Pages in the index (HTML files with a `data-pagefind-body`). */
  pages: number;
  /** HTML files Pagefind read. */
  htmlFiles: number;
  /** Files of the written index (meta, index chunks, fragments, filters, script, WebAssembly). */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** Index chunks (`index/*.pf_index`): a query downloads the few its words fall in. */
  indexChunks: number;
  /** Wall time of the indexing and writing, in seconds. */
  seconds: number;
  /** The index folder, absolute. */
  outputDir: string;
}

/**
 * Indexes the built HTML pages of `siteDir` with Pagefind (its Rust indexer,
 * through the Node API) and writes the index to `<siteDir>/pagefind/`. Only the
 * element marked `data-pagefind-body` on each page is indexed; pages without
 * one (redirects, 404, listing pages) are left out.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexFigures> {
  const started = performance.now();
  const outputDir = path.join(siteDir, SEARCH_INDEX_DIR);
  const pagefind = await loadPagefind();
  try {
    const created = await pagefind.createIndex({ excludeSelectors: [...SEARCH_EXCLUDED_SELECTORS] });
    const index = expectNoErrors(created, 'create the index').index;
    if (!index) throw new PortalError('Pagefind did not create a search index', 2);
    const added = expectNoErrors(await index.addDirectory({ path: siteDir, glob: '**/*.html' }), `index the HTML files of ${siteDir}`);
    expectNoErrors(await index.writeFiles({ outputPath: outputDir }), `write the search index to ${outputDir}`);
    const written = await removeUnusedFiles(outputDir);
    return {
      pages: written.fragments,
      htmlFiles: added.page_count,
      files: written.files,
      bytes: written.bytes,
      indexChunks: written.indexChunks,
      seconds: (performance.now() - started) / 1000,
      outputDir,
    };
  } catch (error) {
    if (error instanceof PortalError) throw error;
    throw new PortalError('The search index could not be built with Pagefind', 2, [
      `${error instanceof Error ? error.message : String(error)}`,
      "Pagefind's indexer comes as an optional dependency for each platform (@pagefind/linux-x64, ...): install without --omit=optional",
    ]);
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind's Node API, from the `pagefind` package Portico depends on, imported
 * by its file's path. The package exports it for `import` only, and Docusaurus
 * loads plugins through jiti, which turns `import('pagefind')` into `require()`
 * and fails on that export (ERR_PACKAGE_PATH_NOT_EXPORTED); by path, jiti
 * requires the ES module (Node 20.19 and later can) and Node imports it.
 */
async function loadPagefind(): Promise<typeof Pagefind> {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const manifest = path.join(dir, 'pagefind', 'package.json');
    if (!existsSync(manifest)) continue;
    const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: { '.': { import: string } } };
    return (await import(path.join(dir, 'pagefind', exports['.'].import))) as typeof Pagefind;
  }
  throw new PortalError('The search index cannot be built: the pagefind package is not installed', 2, ['run npm ci in the Portico checkout']);
}

/** Throws the errors Pagefind reported (it reports them in the response instead of rejecting). */
function expectNoErrors<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) throw new PortalError(`Pagefind could not ${doing}`, 2, response.errors);
  return response;
}

/** Removes the ready-made UIs' files and counts what stays. */
async function removeUnusedFiles(outputDir: string): Promise<{ files: number; bytes: number; fragments: number; indexChunks: number }> {
  const totals = { files: 0, bytes: 0, fragments: 0, indexChunks: 0 };
  for (const entry of await readdir(outputDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.parentPath === outputDir && UNUSED_UI_FILES.test(entry.name)) {
      await rm(file);
      continue;
    }
    totals.files += 1;
    totals.bytes += (await stat(file)).size;
    if (entry.name.endsWith('.pf_fragment')) totals.fragments += 1;
    if (entry.name.endsWith('.pf_index')) totals.indexChunks += 1;
  }
  return totals;
}

/** The build's one line about the index, e.g. `search index: 412 pages (of 468 HTML files), 9 index chunks, 1.8 MB in build/pagefind, 1.4 s`. */
export function formatSearchIndexFigures(figures: SearchIndexFigures, cwd: string = process.cwd()): string {
  const megabytes = (figures.bytes / 1_000_000).toFixed(1);
  const where = path.relative(cwd, figures.outputDir) || '.';
  return (
    `search index: ${count(figures.pages, 'page')} (of ${count(figures.htmlFiles, 'HTML file')}), ${count(figures.indexChunks, 'index chunk')}, ` +
    `${megabytes} MB in ${where.startsWith('..') ? figures.outputDir : where}, ${figures.seconds.toFixed(1)} s`
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
