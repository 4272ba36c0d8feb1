import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPortalConfig } from '../../src/config/index.js';
import { checkBuildLinks } from '../../src/lib/links/index.js';
import { REPO_ROOT } from '../helpers/run-portal.js';
import { BENCH_FIXTURES, COVERAGE_FIXTURES, poisonedSite } from '../helpers/shared-sites.js';
import { buildStarter, starterSite, type StarterSite } from '../helpers/starter-site.js';

const starters: StarterSite[] = [];
afterAll(() => {
  for (const site of starters) site.remove();
});

describe('dashboards in a real build', () => {
  // A suite per benchmark and coverage format is ingested into the shared poisoned site, built once (test/helpers/shared-sites.ts).
  it('shows a chart and a data table for the series of every ingested benchmark format, and every coverage format', async () => {
    const site = await poisonedSite();
    const { code, output } = site;
    expect(output).not.toContain('[ERROR]');
    expect(code).toBe(0);

    const build = site.buildDir;
    const $ = load(readFileSync(path.join(build, 'dashboards/benchmarks.html'), 'utf8'));
    // The charts draw their lines from one SVG file next to the page: no point data in the HTML.
    const linesHref = $('svg[role="img"] use[data-line]').first().attr('href')!;
    expect(linesHref).toMatch(/^\/dashboards\/benchmarks\/lines\.[0-9a-f]{10}\.svg#/);
    const lines = load(readFileSync(path.join(build, linesHref.split('#')[0]!), 'utf8'), { xml: true });
    expect($('svg[role="img"] path[data-line]')).toHaveLength(0);
    for (const fixture of BENCH_FIXTURES) {
      const card = $(`section[data-suite="${fixture.suite}"] article`).filter((_, el) => $(el).attr('data-series') === fixture.series);
      expect(card, `${fixture.suite}: ${fixture.series}`).toHaveLength(1);
      const svg = card.find('svg[role="img"]');
      expect(svg.find('title').text()).toContain(fixture.series);
      expect(svg.attr('aria-labelledby')).toBe(svg.find('title').attr('id'));
      expect(svg.attr('aria-describedby')).toBe(svg.find('desc').attr('id'));
      // One run: d3 draws a zero-length path (a dot with round caps), and the latest-run marker shows it.
      const ref = svg.find('use[data-line="value"]').attr('href')!.split('#')[1]!;
      expect(lines(`path[id="${ref}"]`).attr('d')).toMatch(/^M[\d.]+,[\d.]+Z$/);
      expect(svg.find('circle[data-marker="latest"]')).toHaveLength(1);
      expect(card.find('details table tbody tr')).toHaveLength(1);
      // Every run of the suite is a download away, as CSV and JSON files of the build.
      const csv = readFileSync(path.join(build, `dashboards/benchmarks/data/${fixture.suite}.csv`), 'utf8').trimEnd().split('\n');
      expect(csv, fixture.suite).toHaveLength(2);
      expect(csv[0]).toContain(fixture.series);
      expect(JSON.parse(readFileSync(path.join(build, `dashboards/benchmarks/data/${fixture.suite}.json`), 'utf8'))).toMatchObject({ suite: fixture.suite, runs: [expect.any(Array)] });
      expect(card.find(`a[href="/dashboards/benchmarks/data/${fixture.suite}.csv"]`)).toHaveLength(1);
    }
    // The seeded suites are still there, next to the new ones.
    expect($('section[data-suite="task-service-load"] article')).toHaveLength(7);

    const coverage = load(readFileSync(path.join(site.dir, 'build/dashboards/coverage.html'), 'utf8'));
    for (const fixture of COVERAGE_FIXTURES) {
      const section = coverage(`section[data-suite="${fixture.suite}"]`);
      expect(section, fixture.suite).toHaveLength(1);
      expect(section.find('tr[data-metric="lines"]').text()).toMatch(fixture.suite === 'fmt-cobertura' ? /93\.75%/ : /81\.25%/);
    }

    const atom = readFileSync(path.join(site.dir, 'build/dashboards/benchmarks/atom.xml'), 'utf8');
    expect(atom.match(/<entry>/g)).toHaveLength(3);

    // `portal check links` finds every href of the dashboards (lines files, downloads, feeds) in the build.
    const config = await loadPortalConfig(path.join(site.dir, 'portal.config.ts'));
    const report = await checkBuildLinks(build, { siteUrl: config.site.url, baseUrl: config.site.baseUrl });
    expect(report.broken.filter((link) => link.page.startsWith(`${config.site.baseUrl}dashboards`))).toEqual([]);
  });

  // The build reads the history before bundling (src/cli/commands/build/gates.ts), so this stops in
  // seconds; a starter portal, since no other input matters here.
  it('stops the build with exit code 2, naming the file and the place, when the history is corrupt', () => {
    const site = starterSite();
    starters.push(site);
    const file = path.join(site.dir, '.portal/history/bench/task-service-load.json');
    mkdirSync(path.dirname(file), { recursive: true });
    const seeded = readFileSync(path.join(REPO_ROOT, 'examples/task-service/history/bench/task-service-load.json'), 'utf8');
    writeFileSync(file, seeded.replace('"schemaVersion": 1', '"schemaVersion": "one"'));
    const { code, output } = buildStarter(site.config);
    expect(code, output.slice(-3000)).toBe(2);
    expect(output).toContain('✖ The bench history file');
    expect(output).toContain('✖ Build stopped before bundling: an input cannot be used');
    expect(output).not.toContain('build step');
    expect(output).toContain('task-service-load.json#/schemaVersion: got "one", expected schemaVersion 1');
    expect(output).not.toMatch(/\n\s+at .*dashboards.*:\d+:\d+/);
  });
});
