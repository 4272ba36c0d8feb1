import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { CLIENT, failingGatesSite, poisonedSite } from '../helpers/shared-sites.js';

describe('API reference and the doc-coverage gate in the site build', () => {
  // The same build also carries the OpenAPI and runbook gate failures (test/helpers/shared-sites.ts).
  it('fails the build when a doc comment is removed, naming the symbol with file and line', async () => {
    const { code, output, facts } = await failingGatesSite();
    const line = facts.getTaskLine;
    expect(code).toBe(1);
    expect(output).toContain('✖ Doc coverage is below the threshold of 100% (gates.docCoverage: "error")');
    expect(output).toMatch(/ {2}- task-client: 99\.\d% \(\d+\/\d+\) is below 100%/);
    expect(output).toContain(`  - ${CLIENT}:${line}  Method  TaskClient.getTask`);
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/); // a failed check, not a crash
  });

  // The mixed fixture has 32 undocumented symbols of every kind: classes, enums, namespaces, inline types.
  // Built once with the other defects that do not stop a build (test/helpers/shared-sites.ts).
  it('in warn mode builds, and every undocumented symbol on the coverage page links to its API page (strict link and anchor checks)', async () => {
    const { code, output, buildDir } = await poisonedSite();
    expect(output).toContain('⚠ Doc coverage is below the threshold of 100% (gates.docCoverage: "warn", not failing)');
    expect(output).toContain('  - fixtures/mixed/src/shapes.ts:14  Property  Circle.center.x');
    expect(code).toBe(0);

    const page = cheerio.load(readFileSync(path.join(buildDir, 'api/coverage.html'), 'utf8'));
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
      const target = cheerio.load(readFileSync(path.join(buildDir, `${route}.html`), 'utf8'));
      if (anchor) expect(target(`main [id="${anchor}"]`).length, row.href).toBe(1);
    }
    expect(existsSync(path.join(buildDir, 'api/task-client/classes/TaskClient.html'))).toBe(true);
  });
});
