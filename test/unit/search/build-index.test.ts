import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, formatSearchIndexFigures, type SearchIndexFigures } from '../../../src/lib/search/build-index.js';
import { readIndexedPages } from '../../../src/lib/search/read-index.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/search/site');

describe('buildSearchIndex (Pagefind on a built site)', () => {
  let site: string;
  let figures: SearchIndexFigures;

  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'portico-search-'));
    cpSync(FIXTURE, site, { recursive: true });
    figures = await buildSearchIndex(site);
  }, 60_000);
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('indexes the marked pages only, each with its section as a filter and a meta field', async () => {
    expect(figures).toMatchObject({ pages: 2, htmlFiles: 4, indexChunks: 1, outputDir: path.join(site, 'pagefind') });
    const pages = await readIndexedPages(figures.outputDir);
    expect(pages.map((page) => [page.url, page.meta.title, page.meta.section, page.filters.section])).toEqual([
      ['/docs/intro.html', 'Introduction', 'Docs', ['Docs']],
      ['/http-api/tasks/reopen-task.html', 'Reopen a task', 'HTTP API', ['HTTP API']],
    ]);
  });

  it('keeps only the main content: no navbar, sidebar, breadcrumbs, tables of contents, edit row, pagination or footer', async () => {
    const [intro, operation] = await readIndexedPages(figures.outputDir);
    expect(intro!.content).toBe('Introduction. Portico builds a portal from portal.config.ts & your Promise<Task> types. Install. Run the installer with quuxoption.');
    expect(operation!.content).toBe('Reopen a task. POST /tasks/{id}/reopen moves a closed task back to open.');
  });

  it("writes Pagefind's script, WebAssembly and index files, without its ready-made UIs", () => {
    const names = readdirSync(figures.outputDir);
    expect(names).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', 'fragment', 'index', 'filter']));
    expect(names.filter((name) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name))).toEqual([]);
    expect(names.some((name) => /^pagefind\.en_[0-9a-f]+\.pf_meta$/.test(name))).toBe(true);
  });

  it('prints one line with the figures', () => {
    const line = formatSearchIndexFigures({ ...figures, bytes: 1_834_000, seconds: 1.43 }, site);
    expect(line).toBe('search index: 2 pages (of 4 HTML files), 1 index chunk, 1.8 MB in pagefind, 1.4 s');
  });
});
