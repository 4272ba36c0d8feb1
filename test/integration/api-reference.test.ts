import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-portal.js';
import { buildSite, copySite, type SiteCopy } from '../helpers/site.js';

const copies: SiteCopy[] = [];
afterAll(() => copies.forEach((site) => site.remove()));

const CLIENT = 'examples/task-service/sdk/src/client.ts';

describe('API reference and the doc-coverage gate in the site build', () => {
  it('fails the build when a doc comment is removed, naming the symbol with file and line', () => {
    const site = copySite();
    copies.push(site);
    const file = path.join(site.dir, CLIENT);
    const source = readFileSync(file, 'utf8');
    const edited = source.replace(/\n {2}\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?= {2}getTask\()/, '\n');
    expect(edited).not.toBe(source);
    writeFileSync(file, edited);
    const line = edited.split('\n').findIndex((text) => text.startsWith('  getTask(')) + 1;

    const { code, output } = buildSite(site.dir);
    expect(code).toBe(1);
    expect(output).toContain('✖ Doc coverage is below the threshold of 100% (gates.docCoverage: "error")');
    expect(output).toMatch(/ {2}- task-client: 99\.\d% \(\d+\/\d+\) is below 100%/);
    expect(output).toContain(`  - ${CLIENT}:${line}  Method  TaskClient.getTask`);
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/); // a failed check, not a crash
  });

  it('in warn mode builds, and every undocumented symbol on the coverage page links to its API page (strict link and anchor checks)', () => {
    const site = copySite();
    copies.push(site);
    // The mixed fixture has 32 undocumented symbols of every kind: classes, enums, namespaces, inline types.
    cpSync(path.join(REPO_ROOT, 'test/fixtures/api-coverage/mixed'), path.join(site.dir, 'fixtures/mixed'), { recursive: true });
    const config = path.join(site.dir, 'portal.warn.config.ts');
    writeFileSync(
      config,
      [
        "import base from './portal.config.ts';",
        'export default {',
        '  ...base,',
        "  api: { packages: [...base.api!.packages!, { name: 'mixed', title: 'Mixed fixture', entryPoints: ['fixtures/mixed/src/index.ts'], tsconfig: 'fixtures/mixed/tsconfig.json' }] },",
        "  gates: { ...base.gates, docCoverage: 'warn' as const },",
        '};',
        '',
      ].join('\n'),
    );

    const { code, output } = buildSite(site.dir, { PORTAL_CONFIG: config });
    expect(output).toContain('⚠ Doc coverage is below the threshold of 100%; continuing (gates.docCoverage: "warn")');
    expect(output).toContain('  - fixtures/mixed/src/shapes.ts:14  Property  Circle.center.x');
    expect(code).toBe(0);

    const page = cheerio.load(readFileSync(path.join(site.dir, 'build/api/coverage.html'), 'utf8'));
    // The undocumented-symbols table (the page also has package, kind and history tables).
    const rows = page('main table')
      .filter((_, table) => page(table).find('thead th').first().text() === 'Symbol')
      .find('tbody tr')
      .toArray()
      .map((row) => {
        const cells = page(row).find('td');
        return { symbol: cells.eq(0).text(), href: cells.eq(0).find('a').attr('href'), source: cells.eq(3).find('a').attr('href'), package: cells.eq(2).text() };
      })
      .filter((row) => row.package === 'Mixed fixture')
      .map(({ package: _package, ...row }) => row);
    expect(rows).toHaveLength(32);
    expect(rows).toContainEqual({
      symbol: 'Circle.center.x',
      href: '/api/mixed/classes/Circle#center',
      source: 'https://github.com/portico-dev/portico/blob/main/fixtures/mixed/src/shapes.ts#L14',
    });
    expect(rows).toContainEqual(expect.objectContaining({ symbol: 'Geometry.Nested.twice', href: '/api/mixed/mixed-docs-fixture/namespaces/Geometry/namespaces/Nested/functions/twice' }));
    for (const row of rows) {
      // Each link resolves to a built page that has the anchor (the build's own check passed too).
      const [route, anchor] = row.href!.split('#');
      const target = cheerio.load(readFileSync(path.join(site.dir, 'build', `${route}.html`), 'utf8'));
      if (anchor) expect(target(`main [id="${anchor}"]`).length, row.href).toBe(1);
    }
    expect(existsSync(path.join(site.dir, 'build/api/task-client/classes/TaskClient.html'))).toBe(true);
  });
});
