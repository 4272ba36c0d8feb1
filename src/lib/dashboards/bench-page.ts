import {
  changePercent,
  checkBenchmarks,
  collectSeries,
  describeVerdict,
  detectRegressions,
  displayUnitFor,
  formatBaseline,
  formatChange,
  formatMeasurement,
  thresholdFor,
  type BaselineSpec,
  type BenchSeries,
  type RegressionEvent,
  type SeriesVerdict,
  type ThresholdOverride,
  type Verdict,
} from '../bench/index.js';
import type { BenchHistoryFile } from '../history/index.js';
import { buildLineChart, buildSparkline, type ChartView } from './chart.js';
import { downsampleIndices } from './downsample.js';
import { LinesFile, suiteDownloads, toCsv, type DashboardFile, type PathRef, type SuiteDownloads } from './files.js';
import { commitUrlPrefix, countOf, dayOf, runSpan, slugify, uniqueIds } from './links.js';

/** Gate settings the dashboards use: the same as `portal check bench` without flags. */
export interface BenchDashboardSettings {
  /** Baseline of the verdicts. */
  baseline: BaselineSpec;
  /** Default threshold, in percent. */
  threshold: number;
  /** Per-series thresholds. */
  overrides: readonly ThresholdOverride[];
  /** `site.repository`, for commit links. */
  repository: string;
  /**
   * Put each chart's line path in the page data instead of the page's lines
   * file. For the development server, which runs no `postBuild` and so
   * serves no lines file; production builds leave it off.
   */
  inlineLines?: boolean;
}

/**
 * A row of a series' data table, one of its latest runs:
 * `[date, short commit or '', value, change from the run before or '', spread or '', 1 when a past regression landed there else 0]`.
 * A tuple, not an object, to keep the page data small. Rows show the commit
 * id without a link; the latest run and every regression link to their commit.
 */
export type BenchTableRow = [date: string, commit: string, value: string, change: string, spread: string, regression: 0 | 1];

/** Everything the benchmarks page shows about one series. */
export interface SeriesCard {
  /** Anchor of the series on the page. */
  id: string;
  /** Suite of the series. */
  suite: string;
  /** Series name. */
  name: string;
  /** `smaller is better` or `bigger is better`. */
  direction: string;
  /** Display unit of the chart and table. */
  unit: string;
  /** The latest run: formatted value, day and commit. */
  latest: RunFigure;
  /** Formatted baseline value, when there is one. */
  baseline?: string;
  /** Change against the baseline, e.g. `+3.1%`. */
  change?: string;
  /** Change of the latest run against the run before it, e.g. `-0.4%`; absent for a single run. */
  previousChange?: string;
  /** The overview row's sparkline of the latest runs. */
  spark: SparklineView;
  /** The gate's verdict. */
  verdict: Verdict;
  /** The verdict in words, e.g. `regressed (> 10%)`. */
  verdictText: string;
  /** The chart, laid out; its line is in the page's lines file. */
  chart: ChartView;
  /** The data table: the latest runs. */
  table: SeriesTable;
}

/**
 * A sparkline of a series' latest {@link SPARK_RUNS} runs in the suite's
 * overview table: its path is in the page's lines file like the charts' lines.
 */
export interface SparklineView extends PathRef {
  /** Runs drawn. */
  runs: number;
  /** Formatted value of the first run drawn. */
  first: string;
  /** The last point, marked with a dot: `[x, y]` in CSS pixels. */
  last: [x: number, y: number];
}

/** A formatted value of one run. */
export interface RunFigure {
  /** Formatted value, e.g. `84.7 ms`. */
  value: string;
  /** Day of the run, `YYYY-MM-DD`. */
  date: string;
  /** Commit id of the run, if recorded (linked through the page's `commitUrl`). */
  commit?: string;
}

/** The data table of a series. */
export interface SeriesTable {
  /** The latest {@link TABLE_RUNS} runs (or fewer), oldest first. */
  rows: BenchTableRow[];
  /** Runs of the series in the history; all of them are in the suite's downloads. */
  total: number;
}

/** A past regression as the page and the feed show it. */
export interface RegressionView {
  /** Stable id, also the feed entry id suffix. */
  id: string;
  /** Suite of the series. */
  suite: string;
  /** Series name. */
  series: string;
  /** Anchor of the series card. */
  seriesId: string;
  /** Day of the first run at the new level. */
  date: string;
  /** Commit id of that run: where the regression landed. */
  commit?: string;
  /** Commit id of the run before: the last good one. */
  previousCommit?: string;
  /** Formatted level before. */
  before: string;
  /** Formatted level after. */
  after: string;
  /** How much worse, e.g. `+34.5%`. */
  change: string;
  /** `true` for a regression of the latest run that the gate reports now (not yet confirmed by later runs). */
  open: boolean;
}

/** A benchmark suite on the page. */
export interface BenchSuiteView {
  /** Suite name. */
  suite: string;
  /** The history file's note, e.g. that it is sample data. */
  note?: string;
  /** Runs in the suite. */
  runs: number;
  /** Day and commit of the latest run. */
  latest: RunStamp;
  /** Series per verdict. */
  counts: Record<Verdict, number>;
  /** One card per series. */
  series: SeriesCard[];
  /** Whether the full charts are shown expanded ({@link EXPANDED_CHARTS_UP_TO} series or fewer) or behind a disclosure. */
  chartsExpanded: boolean;
  /** Every run of every series of the suite, as CSV and JSON files of the build. */
  downloads: SuiteDownloads;
}

/** When and at which commit a run happened. */
export interface RunStamp {
  /** Day of the run, `YYYY-MM-DD`. */
  date: string;
  /** Commit id of the run, if recorded (linked through the page's `commitUrl`). */
  commit?: string;
}

/** The data of `/dashboards/benchmarks`: what its JSON module holds. */
export interface BenchmarksPageData {
  /** `previous` or `median:N`. */
  baseline: string;
  /** Default threshold, in percent. */
  threshold: number;
  /** Suites with at least one run. */
  suites: BenchSuiteView[];
  /** Newest first: every open regression and the {@link MAX_LISTED_REGRESSIONS} most recent confirmed ones. */
  regressions: RegressionView[];
  /** Regressions found in the whole history. */
  regressionCount: number;
  /** Site paths of the regression feeds. */
  feeds: FeedPaths;
  /** Site path of the SVG file holding every chart's line, unless the lines are inline. */
  linesFile?: string;
  /** `<repository>/commit/`: commit ids are links under it (absent when `site.repository` is not http(s)). */
  commitUrl?: string;
}

/** Site paths of a feed in both formats. */
export interface FeedPaths {
  /** Atom 1.0. */
  atom: string;
  /** RSS 2.0. */
  rss: string;
}

/** The benchmarks page, its regression feed and the files it links to. */
export interface BenchmarksPlan {
  /** The page's data. */
  page: BenchmarksPageData;
  /** Regressions for the feeds, newest first; at most {@link MAX_FEED_REGRESSIONS}. */
  feed: RegressionView[];
  /** The lines file and each suite's downloads, to write into the build. */
  files: DashboardFile[];
}

/** Route of the benchmarks page. */
export const BENCHMARKS_PATH = '/dashboards/benchmarks';

/**
 * A series' data table lists this many of its latest runs, whatever the
 * length of the history; every run is in the suite's downloads.
 */
export const TABLE_RUNS = 10;

/**
 * Besides every open regression (at most one per series), the page lists
 * this many confirmed past regressions, the most recent, so its size is set
 * by the number of series however long the history gets. The feed carries
 * more; the suite downloads and the history files keep every one.
 */
export const MAX_LISTED_REGRESSIONS = 5;

/** A series' sparkline in the suite's overview table draws this many of its latest runs. */
export const SPARK_RUNS = 30;

/**
 * A suite shows its full charts expanded when it has at most this many
 * series; a larger suite keeps them behind one disclosure below its overview
 * table (each row links to its chart), so the page stays short at 100 series.
 */
export const EXPANDED_CHARTS_UP_TO = 4;

/** The regression feeds carry this many entries, newest first. */
export const MAX_FEED_REGRESSIONS = 50;

/** A chart marks at most this many past regressions of its series, the latest ones. */
export const MAX_MARKED_REGRESSIONS = 5;

/** One series with everything judged about it. */
interface SeriesAnalysis {
  series: BenchSeries;
  id: string;
  threshold: number;
  events: RegressionEvent[];
  verdict?: SeriesVerdict;
}

interface SuiteAnalysis {
  suite: BenchHistoryFile;
  fileName: string;
  series: SeriesAnalysis[];
}

/** Judges every series once: its threshold, past regressions and the gate's verdict of its latest run. */
function analyse(history: readonly BenchHistoryFile[], settings: BenchDashboardSettings): SuiteAnalysis[] {
  const report = checkBenchmarks(history, { baseline: settings.baseline, threshold: settings.threshold, overrides: settings.overrides });
  const verdictOf = new Map(report.verdicts.map((v) => [`${v.suite}\u0000${v.series}`, v]));
  const allSeries = collectSeries(history);
  const ids = uniqueIds(allSeries.map((s) => `bench-${slugify(s.suite)}-${slugify(s.name)}`));
  const suites = history.filter((suite) => suite.runs.length > 0);
  const fileNames = uniqueIds(suites.map((suite) => slugify(suite.suite)));
  return suites.map((suite, index) => ({
    suite,
    fileName: fileNames[index]!,
    series: allSeries.flatMap((series, i) => {
      if (series.suite !== suite.suite) return [];
      const threshold = thresholdFor(series.suite, series.name, settings.threshold, settings.overrides);
      const verdict = verdictOf.get(`${series.suite}\u0000${series.name}`);
      return [{ series, id: ids[i]!, threshold, events: detectRegressions(series, { threshold }), ...(verdict ? { verdict } : {}) }];
    }),
  }));
}

/**
 * Plans the benchmarks page: per series a chart (LTTB-downsampled for
 * display), its exact latest value, the gate's verdict against the baseline
 * and a table of its latest runs; and the most recent regressions. Verdicts
 * come from `checkBenchmarks`, the function `portal check bench` runs, so the
 * page and the gate cannot disagree. Its size is set by the number of series,
 * not of runs: the chart lines are in a separate file (see {@link planBenchmarks}).
 */
export function planBenchmarksPage(history: readonly BenchHistoryFile[], settings: BenchDashboardSettings): BenchmarksPageData {
  return pageOf(analyse(history, settings), settings).page;
}

/** The benchmarks page plus its feed entries and the files it links to: the lines file and each suite's downloads. */
export function planBenchmarks(history: readonly BenchHistoryFile[], settings: BenchDashboardSettings): BenchmarksPlan {
  const analysis = analyse(history, settings);
  const { page, feed, lines } = pageOf(analysis, settings);
  const files = analysis.flatMap((suite) => downloadFiles(suite, settings));
  return { page, feed, files: lines ? [lines, ...files] : files };
}

function pageOf(analysis: readonly SuiteAnalysis[], settings: BenchDashboardSettings) {
  const lines = new LinesFile(BENCHMARKS_PATH, settings.inlineLines);
  const regressions: RegressionView[] = [];
  const suites: BenchSuiteView[] = analysis.map(({ suite, fileName, series }) => {
    const latestRun = suite.runs.at(-1)!;
    const counts = { regressed: 0, noisy: 0, improved: 0, ok: 0, new: 0, missing: 0 } as Record<Verdict, number>;
    const cards = series.map((entry) => {
      // Series no longer measured keep their chart but get no verdict.
      counts[entry.verdict?.verdict ?? 'missing']++;
      for (const event of entry.events) regressions.push(regressionView(event, entry.id));
      const verdict = entry.verdict;
      if (verdict?.verdict === 'regressed' && !entry.events.some((e) => e.runId === verdict.latest?.runId)) {
        regressions.push(openRegressionView(verdict, entry.id));
      }
      return seriesCard(entry, lines);
    });
    return {
      suite: suite.suite,
      ...(suite.note ? { note: suite.note } : {}),
      runs: suite.runs.length,
      latest: { date: dayOf(latestRun.date), ...commitOf(latestRun.commit) },
      counts,
      series: cards,
      chartsExpanded: cards.length <= EXPANDED_CHARTS_UP_TO,
      downloads: suiteDownloads(BENCHMARKS_PATH, fileName),
    };
  });
  regressions.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.open === b.open ? 0 : a.open ? -1 : 1));
  const linesFile = lines.file();
  const listed = new Set(regressions.filter((r) => !r.open).slice(0, MAX_LISTED_REGRESSIONS));
  const page: BenchmarksPageData = {
    baseline: formatBaseline(settings.baseline),
    threshold: settings.threshold,
    suites,
    regressions: regressions.filter((r) => r.open || listed.has(r)),
    regressionCount: regressions.length,
    feeds: { atom: `${BENCHMARKS_PATH}/atom.xml`, rss: `${BENCHMARKS_PATH}/rss.xml` },
    ...(linesFile ? { linesFile: linesFile.path } : {}),
    ...(commitUrlPrefix(settings.repository) ? { commitUrl: commitUrlPrefix(settings.repository)! } : {}),
  };
  return { page, feed: regressions.slice(0, MAX_FEED_REGRESSIONS), lines: linesFile };
}

function commitOf(commit: string | undefined): { commit?: string } {
  return commit ? { commit } : {};
}

function seriesCard({ series, id, events, verdict }: SeriesAnalysis, lines: LinesFile): SeriesCard {
  const latest = series.points.at(-1)!;
  const { label, divisor } = displayUnitFor(series.unit, latest.value);
  const points = series.points.map((p) => ({ x: Date.parse(p.date), y: p.value / divisor }));
  const shown = downsampleIndices(points);
  const regressionRuns = new Set(events.map((e) => e.runId));
  const marked = events.slice(-MAX_MARKED_REGRESSIONS);
  const direction = series.direction === 'smaller' ? 'smaller is better' : 'bigger is better';
  const regressionsText =
    events.length === 0
      ? ''
      : `; ${countOf(events.length, 'past regression')}${marked.length < events.length ? `, the latest ${marked.length} marked` : ' marked'}`;
  const chart = buildLineChart({
    id,
    title: `${series.name} (${series.suite}), ${label}, ${direction}`,
    description:
      `${runSpan(series.points.length, dayOf(series.points[0]!.date), dayOf(latest.date))}; latest ${formatMeasurement(latest.value, series.unit)}` +
      `${regressionsText}${shown.length < points.length ? `; ${shown.length} of ${points.length} runs drawn (LTTB)` : ''}.`,
    yUnit: label,
    lines: [{ key: 'value', label: series.name, points: shown.map((i) => points[i]!) }],
    markers: [
      ...marked.map((e) => {
        const i = series.points.findIndex((p) => p.runId === e.runId);
        return { label: `Regression: ${formatChange(e.worsePercent)} at ${dayOf(e.date)}`, kind: 'regression' as const, x: points[i]!.x, y: points[i]!.y };
      }),
      {
        label: `Latest: ${formatMeasurement(latest.value, series.unit)}`,
        kind: 'latest' as const,
        x: points.at(-1)!.x,
        y: points.at(-1)!.y,
        // A single run is a labelled point: its value and day, not a lone dot.
        ...(series.points.length === 1 ? { caption: `${formatMeasurement(latest.value, series.unit)} on ${dayOf(latest.date)}` } : {}),
      },
    ],
  });
  const first = Math.max(0, series.points.length - TABLE_RUNS);
  const sparkPoints = series.points.slice(-SPARK_RUNS);
  const sparkline = buildSparkline(sparkPoints.map((p) => p.value));
  const previous = series.points.at(-2);
  return {
    id,
    suite: series.suite,
    name: series.name,
    direction,
    unit: label,
    latest: { value: formatMeasurement(latest.value, series.unit), date: dayOf(latest.date), ...commitOf(latest.commit) },
    ...(verdict?.baseline ? { baseline: formatMeasurement(verdict.baseline.value, series.unit) } : {}),
    ...(verdict?.changePercent !== undefined ? { change: formatChange(verdict.changePercent) } : {}),
    ...(previous ? { previousChange: formatChange(changePercent(latest.value, previous.value)) } : {}),
    spark: { ...lines.path(`${id}-spark`, sparkline.d), runs: sparkPoints.length, first: formatMeasurement(sparkPoints[0]!.value, series.unit), last: sparkline.last },
    verdict: verdict?.verdict ?? 'missing',
    verdictText: verdict ? describeVerdict(verdict) : 'not in the latest run',
    chart: lines.detach(chart),
    table: {
      total: series.points.length,
      rows: series.points.slice(first).map((p, k): BenchTableRow => {
        const previous = series.points[first + k - 1];
        return [
          dayOf(p.date),
          p.commit?.slice(0, 7) ?? '',
          formatMeasurement(p.value, series.unit),
          previous ? formatChange(changePercent(p.value, previous.value)) : '',
          p.spreadPercent !== undefined ? `±${p.spreadPercent.toFixed(1)}%` : '',
          regressionRuns.has(p.runId) ? 1 : 0,
        ];
      }),
    },
  };
}

/**
 * A suite's downloads: every run with the exact stored value of each series
 * (canonical units: ns, ops/s, B). The CSV has one row per run and two
 * columns per series (value and spread); the JSON has the same runs plus per
 * series its unit, direction, threshold, the gate's verdict of the latest run
 * and every past regression found.
 */
function downloadFiles({ suite, fileName, series }: SuiteAnalysis, settings: BenchDashboardSettings): DashboardFile[] {
  const paths = suiteDownloads(BENCHMARKS_PATH, fileName);
  const index = new Map(series.map(({ series: s }, i) => [s.name, i]));
  const runs = suite.runs.map((run) => {
    const values: (number | null)[] = series.map(() => null);
    const spreads: (number | null)[] = series.map(() => null);
    for (const result of run.results) {
      const i = index.get(result.name);
      if (i === undefined) continue;
      values[i] = result.value;
      spreads[i] = result.spread?.percent ?? null;
    }
    return { run, values, spreads };
  });
  const csv = toCsv(
    ['date', 'run_id', 'commit', 'branch', ...series.flatMap(({ series: s }) => [`${s.name} (${s.unit})`, `${s.name} spread (%)`])],
    runs.map(({ run, values, spreads }) => [run.date, run.id, run.commit, run.branch, ...values.flatMap((v, i) => [v ?? undefined, spreads[i] ?? undefined])]),
  );
  const json = {
    schemaVersion: 1,
    kind: 'bench',
    suite: suite.suite,
    ...(suite.note ? { note: suite.note } : {}),
    baseline: formatBaseline(settings.baseline),
    series: series.map(({ series: s, threshold, events, verdict }) => ({
      name: s.name,
      unit: s.unit,
      direction: s.direction,
      threshold,
      latest: verdict
        ? { verdict: verdict.verdict, ...(verdict.baseline ? { baseline: verdict.baseline.value } : {}), ...(verdict.changePercent !== undefined ? { changePercent: verdict.changePercent } : {}) }
        : { verdict: 'missing' },
      regressions: events.map((e) => ({
        date: e.date,
        runId: e.runId,
        commit: e.commit ?? null,
        previousCommit: e.previousCommit ?? null,
        before: e.before,
        after: e.after,
        worsePercent: e.worsePercent,
      })),
    })),
    columns: ['date', 'runId', 'commit', 'branch', 'values', 'spreadPercents'],
    runs: runs.map(({ run, values, spreads }) => [run.date, run.id, run.commit ?? null, run.branch ?? null, values, spreads]),
  };
  return [
    { path: paths.csv, contents: csv },
    { path: paths.json, contents: `${JSON.stringify(json)}\n` },
  ];
}

function regressionView(event: RegressionEvent, seriesId: string): RegressionView {
  return {
    id: `${seriesId}-${event.runId}`,
    suite: event.suite,
    series: event.series,
    seriesId,
    date: dayOf(event.date),
    ...commitOf(event.commit),
    ...(event.previousCommit ? { previousCommit: event.previousCommit } : {}),
    before: formatMeasurement(event.before, event.unit),
    after: formatMeasurement(event.after, event.unit),
    change: formatChange(event.worsePercent),
    open: false,
  };
}

function openRegressionView(verdict: SeriesVerdict, seriesId: string): RegressionView {
  const latest = verdict.latest!;
  return {
    id: `${seriesId}-${latest.runId}`,
    suite: verdict.suite,
    series: verdict.series,
    seriesId,
    date: dayOf(latest.date),
    ...commitOf(latest.commit),
    before: formatMeasurement(verdict.baseline!.value, verdict.unit),
    after: formatMeasurement(latest.value, verdict.unit),
    change: formatChange(verdict.worsePercent),
    open: true,
  };
}
