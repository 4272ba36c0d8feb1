import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortalConfig } from '../../../src/config/index.js';
import { formatMeasurement } from '../../../src/lib/bench/index.js';
import {
  MAX_CHART_POINTS,
  MAX_LISTED_REGRESSIONS,
  TABLE_RUNS,
  buildLineChart,
  commitHref,
  downsampleIndices,
  planBenchmarks,
  planBenchmarksPage,
  planCoveragePage,
  planOverviewPage,
} from '../../../src/lib/dashboards/index.js';
import { loadBenchHistory, loadCoverageHistory, type BenchHistoryFile } from '../../../src/lib/history/index.js';
import { planDashboardRoutes } from '../../../src/plugins/dashboards/routes.js';
import { benchRun, fakeCommit } from '../../helpers/history.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const REPOSITORY = 'https://github.com/portico-dev/portico';
const SETTINGS = { baseline: { kind: 'median', runs: 5 } as const, threshold: 10, overrides: [], repository: REPOSITORY };
const COVERAGE_THRESHOLDS = { lines: 80, statements: 80, functions: 80, branches: 70, maxDrop: 1 };
const SAMPLE = path.join(REPO_ROOT, 'examples/task-service/history');

/** A suite of `count` daily runs of three series, with a lasting 30% step half-way through. */
function longHistory(count: number): BenchHistoryFile[] {
  const runs = Array.from({ length: count }, (_, i) => {
    const wobble = Math.sin(i * 1.7) * 2;
    const step = i >= count / 2 ? 1.3 : 1;
    return benchRun('api', new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString(), fakeCommit(i + 1), [
      { name: 'GET /tasks', value: (100 + wobble) * step, spread: 2 },
      { name: 'POST /tasks', value: 120 + wobble, spread: 2 },
      { name: 'tasks created', value: 1800 + wobble * 10, unit: 'ops/s' },
    ]);
  });
  return [{ schemaVersion: 1, kind: 'bench', suite: 'api', runs }];
}

describe('LTTB downsampling', () => {
  it('keeps every point up to the limit, then the limit, first and last included', () => {
    const points = (n: number) => Array.from({ length: n }, (_, i) => ({ x: i, y: Math.sin(i / 10) }));
    expect(downsampleIndices(points(40))).toEqual(Array.from({ length: 40 }, (_, i) => i));
    const kept = downsampleIndices(points(10_000));
    expect(kept).toHaveLength(MAX_CHART_POINTS);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(9_999);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
  });

  it('keeps a lone spike that averaging would flatten', () => {
    const points = Array.from({ length: 5_000 }, (_, i) => ({ x: i, y: i === 2_345 ? 500 : 100 }));
    expect(downsampleIndices(points)).toContain(2_345);
  });
});

describe('a long history', () => {
  it('tabulates the latest runs with exact stored values and their change, and the gate still judges against all runs', () => {
    const history = longHistory(10_000);
    const page = planBenchmarksPage(history, SETTINGS);
    const card = page.suites[0]!.series[0]!;
    expect(card.table.total).toBe(10_000);
    expect(card.table.rows).toHaveLength(TABLE_RUNS);
    const runs = history[0]!.runs.slice(-TABLE_RUNS - 1);
    card.table.rows.forEach(([date, commit, value, change], i) => {
      const run = runs[i + 1]!;
      expect([date, commit, value]).toEqual([run.date.slice(0, 10), run.commit!.slice(0, 7), formatMeasurement(run.results[0]!.value, 'ns')]);
      const before = runs[i]!.results[0]!.value;
      expect(change).toBe(`${run.results[0]!.value >= before ? '+' : ''}${(((run.results[0]!.value - before) / before) * 100).toFixed(1)}%`);
    });
    // The latest value is exact, and the baseline is the median of the 5 runs before it.
    expect(card.latest.value).toBe(formatMeasurement(history[0]!.runs.at(-1)!.results[0]!.value, 'ns'));
    expect(card.baseline).toBe(formatMeasurement(runs.slice(-6, -1).map((r) => r.results[0]!.value).sort((a, b) => a - b)[2]!, 'ns'));
  });

  it('draws at most MAX_CHART_POINTS points per line, in the lines file rather than the page data', () => {
    const { page, files } = planBenchmarks(longHistory(10_000), SETTINGS);
    const lines = files.find((f) => f.path === page.linesFile)!;
    expect(page.linesFile).toMatch(/^\/dashboards\/benchmarks\/lines\.[0-9a-f]{10}\.svg$/);
    for (const card of page.suites[0]!.series) {
      const [line] = card.chart.lines;
      expect(line).toEqual({ key: 'value', label: card.name, ref: `${card.id}-value` });
      const d = new RegExp(`<path id="${line!.ref}" d="([^"]+)"`).exec(lines.contents)![1]!;
      expect(d.match(/[ML]/g)).toHaveLength(MAX_CHART_POINTS);
      expect(card.chart.description).toContain(`${MAX_CHART_POINTS} of 10000 runs drawn (LTTB)`);
    }
    // No point data left in the page's JSON module: no path, no per-run rows beyond the table.
    expect(JSON.stringify(page)).not.toMatch(/"d":|M\d+(\.\d)?,\d/);
  });

  it('keeps the lines inline, and writes no lines file, when asked to (the development server)', () => {
    const { page, files } = planBenchmarks(longHistory(100), { ...SETTINGS, inlineLines: true });
    expect(page.linesFile).toBeUndefined();
    expect(files.some((f) => f.path.endsWith('.svg'))).toBe(false);
    expect(page.suites[0]!.series[0]!.chart.lines[0]!.d!.match(/[ML]/g)).toHaveLength(MAX_CHART_POINTS);
  });
});

describe('benchmarks page', () => {
  it('marks the step as a past regression with its commit, links to the repository, and a verdict per series', () => {
    const history = longHistory(60);
    const page = planBenchmarksPage(history, SETTINGS);
    expect(page.regressions).toHaveLength(1);
    const [regression] = page.regressions;
    const stepRun = history[0]!.runs[30]!;
    expect(regression).toMatchObject({ series: 'GET /tasks', date: stepRun.date.slice(0, 10), open: false, change: expect.stringMatching(/^\+3\d\.\d%$/) });
    expect(regression!.commit).toBe(stepRun.commit);
    expect(regression!.previousCommit).toBe(history[0]!.runs[29]!.commit);
    expect(commitHref(regression!.commit!, page.commitUrl)).toBe(`${REPOSITORY}/commit/${stepRun.commit}`);
    const card = page.suites[0]!.series[0]!;
    expect(card.chart.markers.map((m) => m.kind)).toEqual(['regression', 'latest']);
    // The step is older than the table's latest runs; in a 16-run history it is among them, flagged.
    expect(card.table.rows.filter((row) => row[5] === 1)).toHaveLength(0);
    const short = planBenchmarksPage(longHistory(16), SETTINGS).suites[0]!.series[0]!;
    expect(short.table.rows.filter((row) => row[5] === 1).map((row) => row[0])).toEqual([longHistory(16)[0]!.runs[8]!.date.slice(0, 10)]);
    expect(page.suites[0]!.series.map((s) => [s.name, s.verdict])).toEqual([
      ['GET /tasks', 'ok'],
      ['POST /tasks', 'ok'],
      ['tasks created', 'ok'],
    ]);
  });

  it('lists a regression of the latest run as open, before older ones', () => {
    const history = longHistory(60);
    const runs = history[0]!.runs;
    const last = runs.at(-1)!;
    runs[runs.length - 1] = { ...last, results: last.results.map((r) => (r.name === 'POST /tasks' ? { ...r, value: r.value * 1.5 } : r)) };
    const page = planBenchmarksPage(history, SETTINGS);
    expect(page.regressions.map((r) => [r.series, r.open])).toEqual([
      ['POST /tasks', true],
      ['GET /tasks', false],
    ]);
    expect(page.suites[0]!.counts.regressed).toBe(1);
    const overview = planOverviewPage(page, planCoveragePage([], COVERAGE_THRESHOLDS, REPOSITORY), { benchmarks: '/b', coverage: '/c' });
    expect(overview.bench[0]).toMatchObject({ suite: 'api', status: 'regressed', regressed: 1 });
    expect(overview.openRegressions.map((r) => r.series)).toEqual(['POST /tasks']);
  });
});

describe('regression lists stay bounded', () => {
  it('lists the 5 most recent regressions on the page and 50 in the feed, counts them all, and marks at most 5 per chart', () => {
    // "GET /tasks" steps up by 30% every 20 runs and back down 10 runs later: 80 regressions in 1,600 runs.
    const runs = Array.from({ length: 1_600 }, (_, i) =>
      benchRun('api', new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString(), fakeCommit(i + 1), [
        { name: 'GET /tasks', value: i % 20 >= 10 ? 130 : 100, spread: 1 },
      ]),
    );
    const plan = planDashboardRoutes([{ schemaVersion: 1, kind: 'bench', suite: 'api', runs }], [], {
      historyDir: '/unused',
      repository: REPOSITORY,
      thresholds: { benchRegression: 10, coverage: COVERAGE_THRESHOLDS },
    });
    const page = plan.routes[1]!.data as ReturnType<typeof planBenchmarksPage>;
    expect(page.regressionCount).toBe(80);
    expect(page.regressions).toHaveLength(MAX_LISTED_REGRESSIONS);
    expect(plan.feed.entries).toHaveLength(50);
    expect(page.regressions[0]!.date > page.regressions[4]!.date).toBe(true);
    expect(page.regressions[0]!.date).toBe(plan.feed.entries[0]!.date.toISOString().slice(0, 10));
    const chart = page.suites[0]!.series[0]!.chart;
    expect(chart.markers.map((m) => m.kind)).toEqual(['regression', 'regression', 'regression', 'regression', 'regression', 'latest']);
    expect(chart.description).toContain('80 past regressions, the latest 5 marked');
  });
});

describe('the seeded sample history', () => {
  it('is marked as sample data and shows every suite, the past regressions and coverage', async () => {
    // The thresholds the embedded portal builds its dashboards with.
    const { thresholds } = await loadPortalConfig(path.join(REPO_ROOT, 'portal.config.ts'));
    const plan = planDashboardRoutes(loadBenchHistory(SAMPLE), loadCoverageHistory(SAMPLE), {
      historyDir: SAMPLE,
      repository: REPOSITORY,
      thresholds,
    });
    expect(plan.routes.map((r) => r.path)).toEqual(['/dashboards', '/dashboards/benchmarks', '/dashboards/coverage']);
    const [overview, benchmarks, coverage] = plan.routes.map((r) => r.data) as [
      ReturnType<typeof planOverviewPage>,
      ReturnType<typeof planBenchmarksPage>,
      ReturnType<typeof planCoveragePage>,
    ];
    expect(overview.notes).toHaveLength(1);
    expect(overview.notes[0]).toMatch(/^Sample data: /);
    expect(benchmarks.suites.map((s) => [s.suite, s.runs, s.series.length])).toEqual([
      // Real measurements kept in the same store (see its README).
      ['doc-coverage', 4, 2],
      ['portico-bench-large', 4, 11],
      ['portico-bench-medium', 2, 11],
      ['portico-bench-small', 1, 10],
      ['portico-lighthouse', 1, 20],
      ['task-client-sdk', 60, 8],
      // Sample load tests of the three tagged releases (examples/task-service/results/releases).
      ['task-service-load-releases', 3, 6],
      ['task-service-load', 60, 7],
    ]);
    expect(benchmarks.regressions.map((r) => r.series)).toEqual([
      'POST /tasks p95 latency',
      'bench/client.bench.ts > request pipeline (stub fetch) > listTasks, page of 100',
      'bench/client.bench.ts > request pipeline (stub fetch) > iterateTasks, 1k tasks over 10 pages',
    ]);
    expect(plan.feed.entries).toHaveLength(3);
    // The daily (sample) suite, and the SDK's real coverage at its three tagged releases.
    expect(coverage.suites.map((suite) => [suite.suite, suite.table.total])).toEqual([
      ['task-client-sdk-releases', 3],
      ['task-client-sdk', 60],
    ]);
    const sdk = coverage.suites.find((suite) => suite.suite === 'task-client-sdk')!;
    expect(sdk.totals.map((t) => [t.metric, t.percent])).toEqual([
      ['lines', '99.32%'],
      ['statements', '98.77%'],
      ['functions', '100.00%'],
      ['branches', '95.15%'],
    ]);
    expect(sdk.table.total).toBe(60);
    expect(sdk.table.rows).toHaveLength(10);
    expect(sdk.table.rows.at(-1)!.slice(2)).toEqual(['99.32%', '98.77%', '100.00%', '95.15%']);
    expect(sdk.downloads).toEqual({ csv: '/dashboards/coverage/data/task-client-sdk.csv', json: '/dashboards/coverage/data/task-client-sdk.json' });
    expect(plan.files.map((f) => f.path)).toEqual([
      expect.stringMatching(/^\/dashboards\/benchmarks\/lines\.[0-9a-f]{10}\.svg$/),
      ...['doc-coverage', 'portico-bench-large', 'portico-bench-medium', 'portico-bench-small', 'portico-lighthouse', 'task-client-sdk', 'task-service-load-releases', 'task-service-load'].flatMap((s) => [`/dashboards/benchmarks/data/${s}.csv`, `/dashboards/benchmarks/data/${s}.json`]),
      expect.stringMatching(/^\/dashboards\/coverage\/lines\.[0-9a-f]{10}\.svg$/),
      ...['task-client-sdk-releases', 'task-client-sdk'].flatMap((s) => [`/dashboards/coverage/data/${s}.csv`, `/dashboards/coverage/data/${s}.json`]),
    ]);
    expect(sdk.files.map((f) => f.path)).toEqual([
      'examples/task-service/sdk/src/client.ts',
      'examples/task-service/sdk/src/errors.ts',
      'examples/task-service/sdk/src/index.ts',
      'examples/task-service/sdk/src/types.ts',
    ]);
  });
});

describe('line chart geometry', () => {
  it('lays out lines, ticks, thresholds and markers inside the plot', () => {
    const chart = buildLineChart({
      id: 'c',
      title: 'T',
      description: 'D',
      yUnit: '%',
      yDomain: [70, 100],
      lines: [{ key: 'lines', label: 'lines', points: [{ x: Date.UTC(2026, 0, 1), y: 90 }, { x: Date.UTC(2026, 0, 11), y: 95 }] }],
      thresholds: [{ key: 'min', label: 'minimum 80%', y: 80 }],
      markers: [{ label: 'Latest', kind: 'latest', x: Date.UTC(2026, 0, 11), y: 95 }],
    });
    // x in line-layer units (0 to 1,000, stretched to the chart's width, 1.5% margins); y in CSS pixels of a 240 px chart.
    expect(chart.lines[0]!.d).toMatch(/^M15,\d+(\.\d)?L985,\d+(\.\d)?$/);
    expect([chart.width, chart.height]).toEqual([1000, 240]);
    expect(chart.yTicks.map(([, label]) => label)).toEqual(['70', '75', '80', '85', '90', '95', '100']);
    expect(chart.thresholds[0]!.y).toBeGreaterThan(chart.plot.top);
    expect(chart.thresholds[0]!.y).toBeLessThan(chart.plot.bottom);
    expect(chart.markers[0]).toMatchObject({ x: 985, kind: 'latest' });
    expect(chart.xTicks.length).toBeGreaterThan(1);
  });
});
