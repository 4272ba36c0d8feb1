import type { BaselineSpec, ThresholdOverride, Verdict } from '../bench/index.js';
import type { ChartView } from './chart.js';
import type { DashboardFile, PathRef, SuiteDownloads } from './files.js';

/*
 * The data of the benchmarks page (`/dashboards/benchmarks`) and its plan:
 * what its JSON module holds, per suite and per series, and what the build
 * writes next to it. The sizes named in the comments are in bench-limits.ts.
 */

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
