import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { generateBenchHistory } from '../../../scripts/bench/generate-history.js';
import { MAX_CHART_POINTS, SPARK_RUNS, TABLE_RUNS, planBenchmarks, planBenchmarksPage, planCoverage, planCoveragePage } from '../../../src/lib/dashboards/index.js';
import { runIdentity, type BenchHistoryFile, type CoverageHistoryFile, type CoverageRun } from '../../../src/lib/history/index.js';
import { benchRun, fakeCommit } from '../../helpers/history.js';
import { renderDashboard } from './render/index.js';

/**
 * The target: a dashboard page weighs the same, within 10%, for a
 * history of 10 runs and one of 10,000. Sizes are bytes of the planned page
 * data (the page's JSON module, what scripts/bench measures) and of the
 * markup the page components render from it with react-dom/server.
 */
const SETTINGS = { baseline: { kind: 'median', runs: 5 } as const, threshold: 10, overrides: [], repository: 'https://github.com/portico-dev/portico' };
const COVERAGE_THRESHOLDS = { lines: 80, statements: 80, functions: 80, branches: 70, maxDrop: 1 };
const bytes = (value: unknown) => Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));
const growth = (small: number, large: number) => (large - small) / small;

/** The bench script's history (5 series, a lasting 20% step two thirds of the way), cut to its latest `runs`. */
const BENCH = generateBenchHistory(10_000);
const latestRuns = (runs: number): BenchHistoryFile[] => [{ ...BENCH, runs: BENCH.runs.slice(-runs) }];

/** A coverage suite of `count` daily runs creeping up towards 90% of 4,000 lines, 4 files. */
function coverageHistory(count: number): CoverageHistoryFile[] {
  const runs: CoverageRun[] = Array.from({ length: count }, (_, i) => {
    const share = 0.8 + (0.1 * i) / count + Math.sin(i) * 0.004;
    const count4 = (total: number) => ({ covered: Math.round(total * share), total });
    const files = ['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/d.ts'].map((path) => ({ path, lines: count4(1000), statements: count4(1100), functions: count4(100), branches: count4(400) }));
    const totals = { lines: count4(4000), statements: count4(4400), functions: count4(400), branches: count4(1600) };
    const date = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString();
    const commit = fakeCommit(i + 1);
    return { id: runIdentity({ kind: 'coverage', suite: 'sdk', commit, explicitDate: date, content: { totals, files } }), date, commit, format: 'istanbul-summary', totals, files };
  });
  return [{ schemaVersion: 1, kind: 'coverage', suite: 'sdk', runs }];
}

describe('dashboard page weight does not depend on the length of the history', () => {
  it('plans benchmarks page data of the same size, within 10%, for 10 and 10,000 runs', () => {
    const small = bytes(planBenchmarksPage(latestRuns(10), SETTINGS));
    const large = bytes(planBenchmarksPage(latestRuns(10_000), SETTINGS));
    // The 10,000-run page carries one more thing worth its bytes: the step change, listed and marked.
    expect(growth(small, large)).toBeLessThanOrEqual(0.1);
    expect(growth(small, large)).toBeGreaterThanOrEqual(-0.1);
  });

  it('renders benchmarks markup of the same size, within 10%, for 10 and 10,000 runs, with every run in the downloads instead', () => {
    const small = planBenchmarks(latestRuns(10), SETTINGS);
    const large = planBenchmarks(latestRuns(10_000), SETTINGS);
    const [smallHtml, largeHtml] = [renderDashboard('benchmarks', small.page), renderDashboard('benchmarks', large.page)];
    expect(growth(bytes(smallHtml), bytes(largeHtml))).toBeLessThanOrEqual(0.1);
    expect(growth(bytes(smallHtml) + bytes(small.page), bytes(largeHtml) + bytes(large.page))).toBeLessThanOrEqual(0.1);

    const $ = load(largeHtml);
    // Five series, each a chart whose line comes from the lines file, and a table of the latest runs.
    expect($('article[data-series]')).toHaveLength(5);
    expect($('svg[role="img"] use[data-line="value"]')).toHaveLength(5);
    expect($('svg[role="img"] path[data-line]')).toHaveLength(0);
    expect($('use[data-line]').first().attr('href')).toBe(`${large.page.linesFile}#${large.page.suites[0]!.series[0]!.id}-value`);
    expect($('details tbody tr')).toHaveLength(5 * TABLE_RUNS);
    expect($('article details summary').first().text()).toBe(`Data table (latest ${TABLE_RUNS} of 10000 runs)`);
    // The full series is a link away, not on the page.
    expect($('a[href="/dashboards/benchmarks/data/bench-load.csv"]').length).toBeGreaterThan(0);
    expect($('a[href="/dashboards/benchmarks/data/bench-load.json"]').length).toBeGreaterThan(0);
    // The files: the lines file's size is set by the point budget, the downloads by the history.
    const lines = large.files.find((f) => f.path === large.page.linesFile)!;
    // A chart line and an overview sparkline (the latest SPARK_RUNS runs) per series.
    expect(lines.contents.match(/<path /g)).toHaveLength(10);
    expect(lines.contents.match(/[ML]/g)).toHaveLength(5 * MAX_CHART_POINTS + 5 * SPARK_RUNS);
    const csv = large.files.find((f) => f.path.endsWith('/bench-load.csv'))!.contents.trimEnd().split('\n');
    expect(csv).toHaveLength(10_001);
  });

  it('plans and renders a coverage page of the same size, within 10%, for 10 and 10,000 runs', () => {
    const small = planCoveragePage(coverageHistory(10), COVERAGE_THRESHOLDS, SETTINGS.repository);
    const large = planCoveragePage(coverageHistory(10_000), COVERAGE_THRESHOLDS, SETTINGS.repository);
    expect(growth(bytes(small), bytes(large))).toBeLessThanOrEqual(0.1);
    const [smallHtml, largeHtml] = [renderDashboard('coverage', small), renderDashboard('coverage', large)];
    expect(growth(bytes(smallHtml) + bytes(small), bytes(largeHtml) + bytes(large))).toBeLessThanOrEqual(0.1);
    expect(load(largeHtml)('details tbody tr')).toHaveLength(10);
  });
});

describe('the downloads', () => {
  it('hold every run of every series with its exact stored value, as CSV and JSON', () => {
    const history = latestRuns(4_000);
    const { page, files } = planBenchmarks(history, SETTINGS);
    expect(page.suites[0]!.downloads).toEqual({ csv: '/dashboards/benchmarks/data/bench-load.csv', json: '/dashboards/benchmarks/data/bench-load.json' });
    const [header, ...rows] = files.find((f) => f.path === page.suites[0]!.downloads.csv)!.contents.trimEnd().split('\n');
    expect(header).toBe(
      'date,run_id,commit,branch,GET /tasks p95 (ns),GET /tasks p95 spread (%),POST /tasks p95 (ns),POST /tasks p95 spread (%),' +
        'GET /tasks/{id} p95 (ns),GET /tasks/{id} p95 spread (%),search p95 (ns),search p95 spread (%),tasks created (ops/s),tasks created spread (%)',
    );
    expect(rows).toHaveLength(4_000);
    const last = history[0]!.runs.at(-1)!;
    expect(rows.at(-1)).toBe([last.date, last.id, last.commit, 'main', ...last.results.flatMap((r) => [r.value, r.spread!.percent])].join(','));

    const json = JSON.parse(files.find((f) => f.path === page.suites[0]!.downloads.json)!.contents);
    expect(json).toMatchObject({ schemaVersion: 1, kind: 'bench', suite: 'bench-load', baseline: 'median:5', columns: ['date', 'runId', 'commit', 'branch', 'values', 'spreadPercents'] });
    expect(json.runs).toHaveLength(4_000);
    expect(json.runs.at(-1)).toEqual([last.date, last.id, last.commit, 'main', last.results.map((r) => r.value), last.results.map((r) => r.spread!.percent)]);
    // The step two thirds of the way through, with both commits, though the page lists only recent ones.
    expect(json.series[0]).toMatchObject({ name: 'GET /tasks p95', unit: 'ns', direction: 'smaller', threshold: 10, latest: { verdict: 'ok' } });
    expect(json.series[0].regressions).toHaveLength(1);
    expect(json.series[0].regressions[0]).toMatchObject({ commit: expect.stringMatching(/^[0-9a-f]{40}$/), previousCommit: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });

  it('hold the coverage totals of every run', () => {
    const history = coverageHistory(100);
    const { page, files } = planCoverage(history, COVERAGE_THRESHOLDS, SETTINGS.repository);
    const [header, ...rows] = files.find((f) => f.path === page.suites[0]!.downloads.csv)!.contents.trimEnd().split('\n');
    expect(header).toBe(
      'suite,date,run_id,commit,branch,lines_covered,lines_total,lines_percent,statements_covered,statements_total,statements_percent,' +
        'functions_covered,functions_total,functions_percent,branches_covered,branches_total,branches_percent',
    );
    expect(rows).toHaveLength(100);
    const last = history[0]!.runs.at(-1)!;
    expect(rows.at(-1)!.startsWith(`sdk,${last.date},${last.id},${last.commit},,${last.totals.lines!.covered},4000,`)).toBe(true);
    const json = JSON.parse(files.find((f) => f.path === page.suites[0]!.downloads.json)!.contents);
    expect(json.rows).toHaveLength(100);
    expect(json.rows.at(-1).slice(4)).toEqual(['lines', 'statements', 'functions', 'branches'].map((m) => [last.totals[m as 'lines']!.covered, last.totals[m as 'lines']!.total]));
  });
});

describe('untrusted benchmark names', () => {
  const HOSTILE = ['<script>alert(1)</script>', 'javascript:alert(1)', '=HYPERLINK("https://evil.example","x"),"', '"><img src=x onerror=alert(1)>'];
  const history: BenchHistoryFile[] = [
    {
      schemaVersion: 1,
      kind: 'bench',
      suite: 'api',
      runs: Array.from({ length: 20 }, (_, i) =>
        benchRun('api', new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(), fakeCommit(i + 1), HOSTILE.map((name) => ({ name, value: i >= 10 ? 150 : 100, spread: 1 }))),
      ),
    },
  ];

  it('are text on the page, in the lines file and the feed of regressions, never markup or links', () => {
    const { page, files } = planBenchmarks(history, SETTINGS);
    expect(page.regressions.map((r) => r.series).sort()).toEqual([...HOSTILE].sort());
    const html = renderDashboard('benchmarks', page);
    const $ = load(html);
    expect($('script')).toHaveLength(0);
    expect($('img')).toHaveLength(0);
    expect($('[onerror]')).toHaveLength(0);
    const hrefs = $('[href]')
      .map((_, el) => $(el).attr('href'))
      .get();
    // Site paths, commit links, and the overview rows' links to the charts, whose ids are slugs.
    expect(hrefs.filter((href) => !/^(\/|https:\/\/github\.com\/portico-dev\/portico\/commit\/[0-9a-f]{40}$|#bench-[a-z0-9-]+$)/.test(href))).toEqual([]);
    expect($('table[data-overview] th[scope="row"]').map((_, el) => $(el).text()).get()).toEqual(HOSTILE);
    expect($('article[data-series]').map((_, el) => $(el).attr('data-series')).get()).toEqual(HOSTILE);
    expect($('article h3').map((_, el) => $(el).text()).get()).toEqual(HOSTILE);
    // The lines file holds ids built from slugs, and path data: a chart line and a sparkline per series.
    const lines = files.find((f) => f.path === page.linesFile)!.contents.trim().split('\n');
    expect(lines.slice(1, -1)).toHaveLength(2 * HOSTILE.length);
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^<path id="[a-z0-9-]+" d="[MLZ\d.,]+" vector-effect="non-scaling-stroke"\/>$/);
  });

  it('cannot become formulas or break the columns of the CSV download', () => {
    const { page, files } = planBenchmarks(history, SETTINGS);
    const table = parseCsv(files.find((f) => f.path === page.suites[0]!.downloads.csv)!.contents);
    expect(table).toHaveLength(21);
    for (const row of table) expect(row).toHaveLength(4 + 2 * HOSTILE.length);
    // Names read back as they are, except that a formula gets a leading apostrophe, which spreadsheets show as text.
    expect(table[0]!.slice(4).filter((_, i) => i % 2 === 0)).toEqual(HOSTILE.map((name) => `${name.startsWith('=') ? "'" : ''}${name} (ns)`));
    expect(table[20]!.slice(4, 6)).toEqual(['150000000', '1']);
  });
});

/** RFC 4180 fields, quoted or not, per line. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}
