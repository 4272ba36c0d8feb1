import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMeasurement } from '../../../src/lib/bench/index.js';
import {
  MAX_CHART_POINTS,
  buildLineChart,
  commitLink,
  downsampleIndices,
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

describe('page size does not grow with the history', () => {
  it('draws and tabulates at most MAX_CHART_POINTS runs per series, so 1,000 and 10,000 runs make pages of about the same size', () => {
    const size = (runs: number) => JSON.stringify(planBenchmarksPage(longHistory(runs), SETTINGS)).length;
    const [small, thousand, tenThousand] = [size(10), size(1_000), size(10_000)];
    expect(small).toBeLessThan(thousand);
    expect(Math.abs(tenThousand - thousand) / thousand).toBeLessThan(0.05);
    // Three series: well inside the 300 KB budget a page may use.
    expect(tenThousand).toBeLessThan(40_000);
  });

  it('shows exact stored values in the table, and the gate still judges against all runs', () => {
    const history = longHistory(10_000);
    const page = planBenchmarksPage(history, SETTINGS);
    const card = page.suites[0]!.series[0]!;
    expect(card.table).toMatchObject({ shown: MAX_CHART_POINTS, total: 10_000 });
    const byDay = new Map(history[0]!.runs.map((run) => [run.date.slice(0, 10), run.results[0]!.value]));
    for (const [date, , value] of card.table.rows) expect(value).toBe(formatMeasurement(byDay.get(date)!, 'ns'));
    // The latest value is exact, and the baseline is the median of the 5 runs before it.
    expect(card.latest.value).toBe(formatMeasurement(history[0]!.runs.at(-1)!.results[0]!.value, 'ns'));
    expect(card.chart.lines[0]!.d.match(/[ML]/g)).toHaveLength(MAX_CHART_POINTS);
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
    expect(regression!.commit).toEqual(commitLink(stepRun.commit!, REPOSITORY));
    expect(regression!.commit!.url).toBe(`${REPOSITORY}/commit/${stepRun.commit}`);
    const card = page.suites[0]!.series[0]!;
    expect(card.chart.markers.map((m) => m.kind)).toEqual(['regression', 'latest']);
    expect(card.table.rows.filter((row) => row[4] === 1)).toHaveLength(1);
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
  it('lists the 25 most recent regressions on the page and 50 in the feed, and counts them all', () => {
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
    expect(page.regressions).toHaveLength(25);
    expect(plan.feed.entries).toHaveLength(50);
    expect(page.regressions[0]!.date > page.regressions[24]!.date).toBe(true);
  });
});

describe('the seeded sample history', () => {
  it('is marked as sample data and shows every suite, the past regressions and coverage', () => {
    const plan = planDashboardRoutes(loadBenchHistory(SAMPLE), loadCoverageHistory(SAMPLE), {
      historyDir: SAMPLE,
      repository: REPOSITORY,
      thresholds: { benchRegression: 10, coverage: COVERAGE_THRESHOLDS },
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
      ['doc-coverage', 1, 2],
      ['portico-bench-small', 1, 10],
      ['task-client-sdk', 60, 8],
      ['task-service-load', 60, 7],
    ]);
    expect(benchmarks.regressions.map((r) => r.series)).toEqual([
      'POST /tasks p95 latency',
      'bench/client.bench.ts > request pipeline (stub fetch) > listTasks, page of 100',
      'bench/client.bench.ts > request pipeline (stub fetch) > iterateTasks, 1k tasks over 10 pages',
    ]);
    expect(plan.feed.entries).toHaveLength(3);
    expect(coverage.suites[0]!.totals.map((t) => [t.metric, t.percent])).toEqual([
      ['lines', '99.32%'],
      ['statements', '98.77%'],
      ['functions', '100.00%'],
      ['branches', '95.15%'],
    ]);
    expect(coverage.suites[0]!.table).toMatchObject({ shown: 60, total: 60 });
    expect(coverage.suites[0]!.files.map((f) => f.path)).toEqual([
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
      markers: [{ key: 'latest', label: 'Latest', kind: 'latest', x: Date.UTC(2026, 0, 11), y: 95 }],
    });
    expect(chart.lines[0]!.d).toMatch(/^M56,\d+(\.\d)?L624,\d+(\.\d)?$/);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['70', '75', '80', '85', '90', '95', '100']);
    expect(chart.thresholds[0]!.y).toBeGreaterThan(chart.plot.top);
    expect(chart.thresholds[0]!.y).toBeLessThan(chart.plot.bottom);
    expect(chart.markers[0]).toMatchObject({ x: 624, kind: 'latest' });
    expect(chart.xTicks.length).toBeGreaterThan(1);
  });
});
