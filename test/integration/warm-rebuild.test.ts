import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/build-cache/index.js';
import { runPortal } from '../helpers/run-portal.js';
import { copySite } from '../helpers/site.js';
import { starterSite } from '../helpers/starter-site.js';

/**
 * A warm rebuild reuses the last render step only while everything it reads is
 * unchanged (src/lib/build-cache), and gives the site a cold build gave; one
 * edited doc makes the next build render again. Three builds of the
 * `portal init` starter, one after another in the same project.
 */
const site = starterSite();
// Built by a copy of Portico of its own: the render key hashes Portico's .docusaurus/ and src/,
// which builds of other test files running meanwhile through this checkout would change between
// two of these builds; and so these builds need no turn at the checkout (test/helpers/portico-site-lock.ts).
const portico = copySite();
afterAll(() => {
  site.remove();
  portico.remove();
});

function build(config: string): { code: number | null; output: string } {
  const run = runPortal(['build', '--config', config], { cwd: path.dirname(config), env: { PORTAL_CONFIG: '' }, timeout: 600_000, portico: portico.dir });
  return { code: run.code, output: `${run.stdout}\n${run.stderr}` };
}

const buildDir = path.join(site.dir, 'build');
const contentOf = (dir: string) => Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));

describe('a warm rebuild (portal build twice)', () => {
  it('reuses the render with unchanged inputs, giving the same files, and renders again after a doc changes', () => {
    const cold = build(site.config);
    expect(cold.code, cold.output).toBe(0);
    expect(cold.output).toContain('[portico] build step 3/3: rendering');
    expect(cold.output).not.toContain('render step reused');
    expect(cold.output).toMatch(/\[portico\] built .*\(client bundle [\d.]+ s peak \d+ MB, server bundle [\d.]+ s peak \d+ MB, render [\d.]+ s peak \d+ MB;/);
    const coldFiles = contentOf(buildDir);
    expect(Object.keys(coldFiles)).toContain('docs/getting-started.html');
    expect(Object.keys(coldFiles).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(Object.keys(coldFiles).some((file) => file.startsWith('__server/'))).toBe(false);

    const warm = build(site.config);
    expect(warm.code, warm.output).toBe(0);
    // Both bundles are made again; only the render step is taken from the cache, and its log printed again.
    expect(warm.output).toContain('[portico] build step 2/3: bundling the server bundle (Rspack)');
    expect(warm.output).toMatch(/\[portico\] render step reused: .* unchanged since the render of \d{4}-\d\d-\d\dT[\d:.]+Z \(key [0-9a-f]{12}\); \d+ files restored from .*node_modules\/\.cache\/portico\/render\/[0-9a-f]{16}/);
    expect(warm.output).toMatch(/\[portico\] search index: \d+ pages/);
    expect(warm.output).toMatch(/\[portico\] built .*\(client bundle [\d.]+ s peak \d+ MB, server bundle [\d.]+ s peak \d+ MB, render [\d.]+ s \(reused\);/);
    // The same files with the same bytes as the cold build: pages, search index, feeds, sitemap, assets; no server bundle.
    expect(contentOf(buildDir)).toEqual(coldFiles);

    appendFileSync(path.join(site.dir, 'docs/getting-started.md'), '\nA sentence added after the warm build: renderedagain42.\n');
    const edited = build(site.config);
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).not.toContain('render step reused');
    // The edit reached the bundles and the route data; the build says which inputs changed.
    expect(edited.output).toMatch(/\[portico\] rendering again: \d+ of the render step's inputs changed since the last render \((generated|out)\//);
    expect(edited.output).toContain('[portico] build step 3/3: rendering');
    const editedFiles = contentOf(buildDir);
    expect(editedFiles['docs/getting-started.html']).toContain('renderedagain42');
    expect(coldFiles['docs/getting-started.html']).not.toContain('renderedagain42');
    // The search index has the new word too: it was built from the new HTML, not reused.
    const fragments = Object.keys(editedFiles).filter((file) => file.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.filter((file) => !(file in coldFiles)).length).toBeGreaterThan(0);
  });
});
