import {
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
import { buildLineChart, type LineChartModel } from './chart.js';
import { downsampleIndices } from './downsample.js';
import { commitLink, dayOf, slugify, uniqueIds, type CommitLink } from './links.js';

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
}

/**
 * A row of a series' data table, one drawn point with exact figures:
 * `[date, short commit or '', value, spread or '', 1 when a past regression landed there else 0]`.
 * A tuple, not an object, because a page carries up to MAX_CHART_POINTS rows
 * per series and the keys would be a third of its data. Rows show the commit
 * id without a link for the same reason; the latest run and every regression
 * link to their commit.
 */
export type BenchTableRow = [date: string, commit: string, value: string, spread: string, regression: 0 | 1];

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
  /** The gate's verdict. */
  verdict: Verdict;
  /** The verdict in words, e.g. `regressed (> 10%)`. */
  verdictText: string;
  /** The chart, laid out. */
  chart: LineChartModel;
  /** The data table: the runs the chart draws. */
  table: SeriesTable;
}

/** A formatted value of one run. */
export interface RunFigure {
  /** Formatted value, e.g. `84.7 ms`. */
  value: string;
  /** Day of the run, `YYYY-MM-DD`. */
  date: string;
  /** Commit of the run, if recorded. */
  commit?: CommitLink;
}

/** The data table of a series. */
export interface SeriesTable {
  /** One row per drawn run, oldest first. */
  rows: BenchTableRow[];
  /** Rows shown. */
  shown: number;
  /** Runs in the history (the table shows all of them up to MAX_CHART_POINTS). */
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
  /** Commit of that run: where the regression landed. */
  commit?: CommitLink;
  /** Commit of the run before: the last good one. */
  previousCommit?: CommitLink;
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
}

/** When and at which commit a run happened. */
export interface RunStamp {
  /** Day of the run, `YYYY-MM-DD`. */
  date: string;
  /** Commit of the run, if recorded. */
  commit?: CommitLink;
}

/** The data of `/dashboards/benchmarks`. */
export interface BenchmarksPageData {
  /** `previous` or `median:N`. */
  baseline: string;
  /** Default threshold, in percent. */
  threshold: number;
  /** Suites with at least one run. */
  suites: BenchSuiteView[];
  /** Newest first: open regressions, then confirmed past ones; at most {@link MAX_FEED_REGRESSIONS} (the plugin hands the page the first {@link MAX_LISTED_REGRESSIONS}). */
  regressions: RegressionView[];
  /** Regressions found in the whole history. */
  regressionCount: number;
  /** Site paths of the regression feeds. */
  feeds: FeedPaths;
}

/** Site paths of a feed in both formats. */
export interface FeedPaths {
  /** Atom 1.0. */
  atom: string;
  /** RSS 2.0. */
  rss: string;
}

/** Route of the benchmarks page. */
export const BENCHMARKS_PATH = '/dashboards/benchmarks';

/**
 * The page lists this many regressions, newest first, so its size stays
 * bounded however long the history gets (the feed carries more; the history
 * files keep everything).
 */
export const MAX_LISTED_REGRESSIONS = 25;

/** The regression feeds carry this many entries, newest first. */
export const MAX_FEED_REGRESSIONS = 50;

/**
 * Plans the benchmarks page: per series a chart (LTTB-downsampled for
 * display), its exact latest value, the gate's verdict against the baseline
 * and a data table of the drawn runs; and the list of regressions. Verdicts
 * come from `checkBenchmarks`, the function `portal check bench` runs, so the
 * page and the gate cannot disagree.
 */
export function planBenchmarksPage(history: readonly BenchHistoryFile[], settings: BenchDashboardSettings): BenchmarksPageData {
  const report = checkBenchmarks(history, { baseline: settings.baseline, threshold: settings.threshold, overrides: settings.overrides });
  const verdictOf = new Map(report.verdicts.map((v) => [`${v.suite}\u0000${v.series}`, v]));
  const allSeries = collectSeries(history);
  const ids = uniqueIds(allSeries.map((s) => `bench-${slugify(s.suite)}-${slugify(s.name)}`));
  const regressions: RegressionView[] = [];
  const suites: BenchSuiteView[] = history
    .filter((suite) => suite.runs.length > 0)
    .map((suite) => {
      const latestRun = suite.runs.at(-1)!;
      const counts = { regressed: 0, noisy: 0, improved: 0, ok: 0, new: 0, missing: 0 } as Record<Verdict, number>;
      const cards: SeriesCard[] = [];
      allSeries.forEach((series, index) => {
        if (series.suite !== suite.suite) return;
        const id = ids[index]!;
        const threshold = thresholdFor(series.suite, series.name, settings.threshold, settings.overrides);
        const events = detectRegressions(series, { threshold });
        const verdict = verdictOf.get(`${series.suite}\u0000${series.name}`);
        // Series no longer measured keep their chart but get no verdict.
        const shownVerdict: Verdict = verdict?.verdict ?? 'missing';
        counts[shownVerdict]++;
        for (const event of events) regressions.push(regressionView(event, id, settings.repository, false));
        if (verdict?.verdict === 'regressed' && !events.some((e) => e.runId === verdict.latest?.runId)) {
          regressions.push(openRegressionView(verdict, id, settings.repository));
        }
        cards.push(seriesCard(series, id, verdict, events, settings.repository));
      });
      return {
        suite: suite.suite,
        ...(suite.note ? { note: suite.note } : {}),
        runs: suite.runs.length,
        latest: { date: dayOf(latestRun.date), ...linkOf(latestRun.commit, settings.repository) },
        counts,
        series: cards,
      };
    });
  regressions.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.open === b.open ? 0 : a.open ? -1 : 1));
  return {
    baseline: formatBaseline(settings.baseline),
    threshold: settings.threshold,
    suites,
    regressions: regressions.slice(0, MAX_FEED_REGRESSIONS),
    regressionCount: regressions.length,
    feeds: { atom: `${BENCHMARKS_PATH}/atom.xml`, rss: `${BENCHMARKS_PATH}/rss.xml` },
  };
}

function linkOf(commit: string | undefined, repository: string): { commit?: CommitLink } {
  return commit ? { commit: commitLink(commit, repository) } : {};
}

function seriesCard(series: BenchSeries, id: string, verdict: SeriesVerdict | undefined, events: readonly RegressionEvent[], repository: string): SeriesCard {
  const latest = series.points.at(-1)!;
  const { label, divisor } = displayUnitFor(series.unit, latest.value);
  const points = series.points.map((p) => ({ x: Date.parse(p.date), y: p.value / divisor }));
  const shown = downsampleIndices(points);
  const regressionRuns = new Set(events.map((e) => e.runId));
  const direction = series.direction === 'smaller' ? 'smaller is better' : 'bigger is better';
  const chart = buildLineChart({
    id,
    title: `${series.name} (${series.suite}), ${label}, ${direction}`,
    description:
      `${series.points.length} runs from ${dayOf(series.points[0]!.date)} to ${dayOf(latest.date)}; latest ${formatMeasurement(latest.value, series.unit)}` +
      `${events.length > 0 ? `; ${events.length} past regression${events.length === 1 ? '' : 's'} marked` : ''}` +
      `${shown.length < points.length ? `; ${shown.length} of ${points.length} runs drawn (LTTB)` : ''}.`,
    yUnit: label,
    lines: [{ key: 'value', label: series.name, points: shown.map((i) => points[i]!) }],
    markers: [
      ...events.map((e) => {
        const i = series.points.findIndex((p) => p.runId === e.runId);
        return { key: `regression-${e.runId}`, label: `Regression: ${formatChange(e.worsePercent)} at ${dayOf(e.date)}`, kind: 'regression' as const, x: points[i]!.x, y: points[i]!.y };
      }),
      { key: 'latest', label: `Latest: ${formatMeasurement(latest.value, series.unit)}`, kind: 'latest' as const, x: points.at(-1)!.x, y: points.at(-1)!.y },
    ],
  });
  return {
    id,
    suite: series.suite,
    name: series.name,
    direction,
    unit: label,
    latest: { value: formatMeasurement(latest.value, series.unit), date: dayOf(latest.date), ...linkOf(latest.commit, repository) },
    ...(verdict?.baseline ? { baseline: formatMeasurement(verdict.baseline.value, series.unit) } : {}),
    ...(verdict?.changePercent !== undefined ? { change: formatChange(verdict.changePercent) } : {}),
    verdict: verdict?.verdict ?? 'missing',
    verdictText: verdict ? describeVerdict(verdict) : 'not in the latest run',
    chart,
    table: {
      shown: shown.length,
      total: series.points.length,
      rows: shown.map((i): BenchTableRow => {
        const p = series.points[i]!;
        return [
          dayOf(p.date),
          p.commit?.slice(0, 7) ?? '',
          formatMeasurement(p.value, series.unit),
          p.spreadPercent !== undefined ? `±${p.spreadPercent.toFixed(1)}%` : '',
          regressionRuns.has(p.runId) ? 1 : 0,
        ];
      }),
    },
  };
}

function regressionView(event: RegressionEvent, seriesId: string, repository: string, open: boolean): RegressionView {
  return {
    id: `${seriesId}-${event.runId}`,
    suite: event.suite,
    series: event.series,
    seriesId,
    date: dayOf(event.date),
    ...linkOf(event.commit, repository),
    ...(event.previousCommit ? { previousCommit: commitLink(event.previousCommit, repository) } : {}),
    before: formatMeasurement(event.before, event.unit),
    after: formatMeasurement(event.after, event.unit),
    change: formatChange(event.worsePercent),
    open,
  };
}

function openRegressionView(verdict: SeriesVerdict, seriesId: string, repository: string): RegressionView {
  const latest = verdict.latest!;
  return {
    id: `${seriesId}-${latest.runId}`,
    suite: verdict.suite,
    series: verdict.series,
    seriesId,
    date: dayOf(latest.date),
    ...linkOf(latest.commit, repository),
    before: formatMeasurement(verdict.baseline!.value, verdict.unit),
    after: formatMeasurement(latest.value, verdict.unit),
    change: formatChange(verdict.worsePercent),
    open: true,
  };
}
