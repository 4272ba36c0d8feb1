import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  EXPANDED_CHARTS_UP_TO,
  SPARKLINE,
  SPARK_RUNS,
  buildSparkline,
  planBenchmarks,
  planCoveragePage,
} from '../../../src/lib/dashboards/index.js';
import { runIdentity, type BenchHistoryFile, type CoverageHistoryFile } from '../../../src/lib/history/index.js';
import { benchRun, fakeCommit } from '../../helpers/history.js';
import { renderDashboard } from './render/index.js';

/**
 * Issue 24: the benchmarks page opens with an overview table per suite (one
 * row per series: latest value, change from the run before, verdict,
 * sparkline) and keeps the full charts of a large suite behind a disclosure,
 * so it stays short at 100 series; a single run is a labelled point; counts
 * read "1 run", "2 runs"; every table scrolls in its own box.
 */
const SETTINGS = { baseline: { kind: 'median', runs: 5 } as const, threshold: 10, overrides: [], repository: 'https://github.com/portico-dev/portico' };
const COVERAGE_THRESHOLDS = { lines: 80, statements: 80, functions: 80, branches: 70, maxDrop: 1 };
const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString();

/**
 * A suite of `series` series over `runs` daily runs. Series 0 regresses by 50%
 * in the latest run, series 1 improves by 50%; the others wobble by under 1%.
 */
function suite(name: string, series: number, runs: number): BenchHistoryFile {
  return {
    schemaVersion: 1,
    kind: 'bench',
    suite: name,
    runs: Array.from({ length: runs }, (_, r) =>
      benchRun(
        name,
        day(r),
        fakeCommit(r + 1),
        Array.from({ length: series }, (_, s) => {
          const base = 100 + s;
          const last = r === runs - 1;
          const value = s === 0 && last ? base * 1.5 : s === 1 && last ? base * 0.5 : base * (1 + Math.sin(r + s) * 0.004);
          return { name: `endpoint ${String(s).padStart(3, '0')} p95`, value, spread: 1 };
        }),
      ),
    ),
  };
}

/** Charts that are shown without opening anything: not inside a closed `<details>`. */
const expandedCharts = ($: CheerioAPI) => $('svg[data-chart]').filter((_, el) => $(el).parents('details:not([open])').length === 0);

describe('the benchmarks page at 100 series', () => {
  const plan = planBenchmarks([suite('big', 100, 40), suite('small', 3, 40)], SETTINGS);
  const html = renderDashboard('benchmarks', plan.page);
  const $ = load(html);

  it('opens each suite with one overview row per series: latest value, change from the run before, verdict and sparkline', () => {
    const rows = $('table[data-overview="big"] tbody tr');
    expect(rows).toHaveLength(100);
    const cells = (i: number) =>
      rows
        .eq(i)
        .children()
        .map((_, el) => $(el).text())
        .get();
    const big = plan.page.suites[0]!;
    expect(cells(0)).toEqual(['endpoint 000 p95', big.series[0]!.latest.value, expect.stringMatching(/^\+\d+\.\d%$/), 'regression', '']);
    expect(cells(1)).toEqual(['endpoint 001 p95', big.series[1]!.latest.value, expect.stringMatching(/^-\d+\.\d%$/), 'improved', '']);
    expect(cells(2)[3]).toBe('ok');
    // The change is the latest run against the one before, not against the baseline.
    const series0 = suite('big', 100, 40).runs.slice(-2).map((run) => run.results[0]!.value);
    expect(cells(0)[2]).toBe(`+${(((series0[1]! - series0[0]!) / series0[0]!) * 100).toFixed(1)}%`);
    // The name links to the series' full chart; the sparkline is a named image drawn from the lines file.
    expect(rows.eq(0).find('a').attr('href')).toBe(`#${big.series[0]!.id}`);
    expect($(`h3#${big.series[0]!.id}`)).toHaveLength(1);
    const spark = rows.eq(0).find('svg[role="img"]');
    expect(spark.attr('aria-label')).toBe(`Latest ${SPARK_RUNS} runs: from ${big.series[0]!.spark.first} to ${big.series[0]!.latest.value}`);
    expect(spark.find('use').attr('href')).toBe(`${plan.page.linesFile}#${big.series[0]!.id}-spark`);
    const lines = plan.files.find((f) => f.path === plan.page.linesFile)!.contents;
    const d = new RegExp(`<path id="${big.series[0]!.id}-spark" d="([^"]+)"`).exec(lines)![1]!;
    expect(d.match(/[ML]/g)).toHaveLength(SPARK_RUNS);
  });

  it('keeps the 100 charts of the large suite behind one closed disclosure, and shows a small suite’s charts', () => {
    expect(plan.page.suites.map((s) => s.chartsExpanded)).toEqual([false, true]);
    expect($('details[data-charts="big"]:not([open]) article[data-series]')).toHaveLength(100);
    expect($('details[data-charts="big"] > summary').text()).toBe('Charts and runs of the 100 series');
    expect($('details[data-charts="small"]')).toHaveLength(0);
    // Only the small suite's 3 charts are shown without a click.
    expect(expandedCharts($).map((_, el) => $(el).attr('data-chart')).get()).toEqual(plan.page.suites[1]!.series.map((s) => s.id));
    expect(3).toBeLessThanOrEqual(EXPANDED_CHARTS_UP_TO);
  });

  it('stays within 5 KB of markup per series, with no point data in it', () => {
    // Measured at about 4.6 KB per series: the overview row, the chart's axes and labels, the facts and the data table of 10 runs.
    expect(Buffer.byteLength(html)).toBeLessThan(103 * 5_000);
    expect(html).not.toMatch(/ d="M\d+(\.\d)?,\d+(\.\d)?L/);
  });
});

describe('a series of a single run', () => {
  const history: BenchHistoryFile[] = [{ schemaVersion: 1, kind: 'bench', suite: 'once', runs: [benchRun('once', day(3), fakeCommit(1), [{ name: 'cold start', value: 117.3 }])] }];
  const plan = planBenchmarks(history, SETTINGS);
  const card = plan.page.suites[0]!.series[0]!;

  it('is a labelled point: its value and day next to a filled marker, the day as the one time label', () => {
    const latest = card.chart.markers.find((m) => m.kind === 'latest')!;
    expect(latest).toMatchObject({ caption: '117.3 ms on 2026-01-04', captionAnchor: 'middle', x: 500 });
    expect(latest.captionY).toBeLessThan(latest.y);
    expect(card.chart.xTicks).toEqual([[500, '2026-01-04']]);
    expect(card.chart.description).toBe('1 run on 2026-01-04; latest 117.3 ms.');
    const $ = load(renderDashboard('benchmarks', plan.page));
    const svg = $(`svg[data-chart="${card.id}"]`);
    expect(svg.find('text[data-caption]').text()).toBe('117.3 ms on 2026-01-04');
    expect(svg.find('circle[data-marker="latest"]').attr('cx')).toBe('50%');
    expect(svg.find('circle[data-marker="latest"]').attr('r')).toBe('5');
    // "1 run", never "1 runs".
    expect($.root().text()).not.toMatch(/\b1 runs\b/);
    expect($('section[data-suite="once"] > p').first().text()).toMatch(/^1 run; latest on 2026-01-04/);
    expect($('article details summary').text()).toBe('Data table (1 run)');
    expect($('table[data-overview] tbody td').eq(1).text()).toBe('—');
  });

  it('gives each coverage total of a single run its own caption, apart from the others', () => {
    const totals = { lines: { covered: 93, total: 100 }, statements: { covered: 92, total: 100 }, functions: { covered: 9, total: 10 }, branches: { covered: 81, total: 100 } };
    const coverage: CoverageHistoryFile[] = [
      {
        schemaVersion: 1,
        kind: 'coverage',
        suite: 'sdk',
        runs: [{ id: runIdentity({ kind: 'coverage', suite: 'sdk', commit: fakeCommit(1), explicitDate: day(0), content: { totals } }), date: day(0), commit: fakeCommit(1), format: 'istanbul-summary', totals, files: [] }],
      },
    ];
    const page = planCoveragePage(coverage, COVERAGE_THRESHOLDS, SETTINGS.repository);
    const markers = page.suites[0]!.chart.markers;
    expect(markers.map((m) => m.caption)).toEqual(['lines 93.00%', 'statements 92.00%', 'functions 90.00%', 'branches 81.00%']);
    const ys = markers.map((m) => m.captionY!).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15);
    const $ = load(renderDashboard('coverage', page));
    expect($('text[data-caption]')).toHaveLength(4);
    expect($('ul[aria-label^="Legend of"] li').map((_, el) => $(el).text()).get()).toEqual(['lines', 'statements', 'functions', 'branches']);
    expect($.root().text()).not.toMatch(/\b1 runs\b/);
    expect($('section[data-suite="sdk"] > p').first().text()).toMatch(/^1 run; /);
    // Every table scrolls sideways in its own focusable box, never the page.
    expect($('table')).toHaveLength(3);
    expect($('table').filter((_, el) => $(el).parent('div[role="region"][tabindex="0"][aria-label]').length === 1)).toHaveLength(3);
  });
});

describe('sparkline geometry', () => {
  it('spreads the runs over the width and their range over the height, and draws one run as a dot', () => {
    const { width, height, pad } = SPARKLINE;
    expect(buildSparkline([1, 3, 2])).toEqual({ d: `M${pad},${height - pad}L${width / 2},${pad}L${width - pad},${height / 2}`, last: [width - pad, height / 2] });
    expect(buildSparkline([5, 5])).toEqual({ d: `M${pad},${height / 2}L${width - pad},${height / 2}`, last: [width - pad, height / 2] });
    expect(buildSparkline([7])).toEqual({ d: `M${width / 2},${height / 2}Z`, last: [width / 2, height / 2] });
  });
});
