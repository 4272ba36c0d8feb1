import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED, parseDocCoverageJson } from '../../../src/lib/api-coverage/index.js';
import { GENERATED_FILES, generateApiReference, type GenerateApiReferenceOptions } from '../../../src/plugins/api-reference/generate.js';
import { FIXTURE_SITE, MIXED_DIR } from '../api-coverage/fixture.js';
import { headingIds, markdownFiles, markdownLinks } from './generated-pages.js';

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
}

/** A copy of the mixed fixture (tests edit its sources) and the options that generate its reference into a fresh folder. */
function fixtureProject(): { project: string; options: GenerateApiReferenceOptions } {
  const project = tempDir('portal-api-project-');
  cpSync(MIXED_DIR, project, { recursive: true });
  return {
    project,
    options: {
      packages: [{ name: 'mixed', title: 'Mixed fixture', entryPoints: [path.join(project, 'src/index.ts')], tsconfig: path.join(project, 'tsconfig.json') }],
      rootDir: project,
      outDir: path.join(tempDir('portal-api-out-'), 'api'),
      kinds: DEFAULT_REQUIRED_TO_BE_DOCUMENTED,
      threshold: 100,
      mode: 'warn',
      site: FIXTURE_SITE,
    },
  };
}

// The first three tests read one generation; the tests that edit a project make their own, so
// no test depends on another having run before it.
let project: string;
let options: GenerateApiReferenceOptions;
let firstRun: Awaited<ReturnType<typeof generateApiReference>>;

beforeAll(async () => {
  ({ project, options } = fixtureProject());
  firstRun = await generateApiReference(options);
}, 120_000);

describe('generateApiReference', () => {
  it('writes the pages, a sidebar with one category per package, and the report from the same conversion', () => {
    expect(firstRun.reused).toBe(false);
    const files = markdownFiles(options.outDir);
    expect(files).toEqual(expect.arrayContaining(['index.md', 'coverage.md', 'mixed/index.md', 'mixed/classes/Circle.md', 'mixed/enumerations/Color.md', 'mixed/functions/default.md']));

    const sidebars = createRequire(import.meta.url)(firstRun.sidebarPath) as { api: { type: string; id?: string; label?: string; link?: { id: string }; items?: unknown[] }[] };
    expect(sidebars.api.slice(0, 2)).toEqual([
      { type: 'doc', id: 'index', label: 'Overview' },
      { type: 'doc', id: 'coverage', label: 'Doc coverage' },
    ]);
    expect(sidebars.api[2]).toMatchObject({ type: 'category', label: 'Mixed fixture', link: { type: 'doc', id: 'mixed/index' } });
    // Every doc the sidebar names exists.
    const ids = JSON.stringify(sidebars).match(/"id":"[^"]+"/g)!.map((entry) => entry.slice(6, -1));
    for (const id of ids) expect(existsSync(path.join(options.outDir, `${id}.md`)), id).toBe(true);

    const stored = parseDocCoverageJson(JSON.parse(readFileSync(path.join(options.outDir, GENERATED_FILES.report), 'utf8')));
    expect(stored.ok && stored.report.packages[0]!.totals).toEqual(firstRun.report.packages[0]!.totals);
    expect(firstRun.report.packages[0]!.totals).toMatchObject({ documented: 33, total: 65 });
    expect(firstRun.watchFiles).toEqual(expect.arrayContaining([path.join(project, 'src/shapes.ts')]));
  });

  it('links every undocumented symbol on the coverage page to a heading of its API page and to its source line', () => {
    const coverage = readFileSync(path.join(options.outDir, 'coverage.md'), 'utf8');
    expect(coverage).toContain('| [`Circle.center.x`](./mixed/classes/Circle.md#center) | Property | Mixed fixture | [src/shapes.ts:14](https://github.com/example/mixed/blob/main/src/shapes.ts#L14) |');
    expect(coverage).toContain('| [`Direction`](./mixed/enumerations/Direction.md) | Enum | Mixed fixture |');
    const pageLinks = markdownLinks(path.join(options.outDir, 'coverage.md')).filter((link) => link.startsWith('./'));
    expect(pageLinks.length).toBeGreaterThan(30);
    for (const link of pageLinks) {
      const [file, anchor] = link.split('#');
      const target = path.join(options.outDir, file!);
      expect(existsSync(target), link).toBe(true);
      if (anchor) expect([...headingIds(target)], link).toContain(anchor);
    }
  });

  it('keeps cross-links between generated pages pointing at existing pages and headings', () => {
    const problems: string[] = [];
    for (const file of markdownFiles(options.outDir)) {
      const from = path.join(options.outDir, file);
      for (const link of markdownLinks(from)) {
        if (/^[a-z]+:/i.test(link)) continue;
        const [target, anchor] = link.split('#');
        const resolved = target ? path.resolve(path.dirname(from), target) : from;
        if (!existsSync(resolved)) problems.push(`${file}: ${link} (no such page)`);
        else if (anchor && !headingIds(resolved).has(anchor)) problems.push(`${file}: ${link} (no such heading)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reuses the output when nothing changed, and regenerates when a source file changes', async () => {
    const { project, options } = fixtureProject();
    expect((await generateApiReference(options)).reused).toBe(false);
    const marker = path.join(options.outDir, 'mixed', 'marker.txt');
    writeFileSync(marker, 'left by the test');
    const again = await generateApiReference({ ...options, threshold: 50 });
    expect(again.reused).toBe(true);
    expect(existsSync(marker)).toBe(true);
    // The threshold only shapes the section pages, which are rewritten without converting again.
    expect(again.report.threshold).toBe(50);
    expect(readFileSync(path.join(options.outDir, 'coverage.md'), 'utf8')).toContain('below **50%**');

    const shapes = path.join(project, 'src/shapes.ts');
    writeFileSync(shapes, readFileSync(shapes, 'utf8').replace('/** Radius in units. */\n', ''));
    const changed = await generateApiReference(options);
    expect(changed.reused).toBe(false);
    expect(existsSync(marker)).toBe(false);
    expect(changed.report.packages[0]!.symbols.find((s) => s.name === 'Circle.radius')).toMatchObject({ documented: false, file: 'src/shapes.ts', line: 12 });
  }, 120_000);

  it('regenerates when the tsconfig starts naming another file', async () => {
    const { project, options } = fixtureProject();
    expect((await generateApiReference(options)).reused).toBe(false);
    writeFileSync(path.join(project, 'src/extra.ts'), 'export const extra = 1;\n');
    expect((await generateApiReference(options)).reused).toBe(false);
    expect((await generateApiReference(options)).reused).toBe(true);
  }, 120_000);
});
