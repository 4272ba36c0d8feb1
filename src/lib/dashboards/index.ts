/**
 * Dashboard pages as data: what `/dashboards`, `/dashboards/benchmarks` and
 * `/dashboards/coverage` show, with charts laid out at build time (d3-scale,
 * d3-shape) and long histories downsampled for display with LTTB; chart
 * lines go to a lines file and the full history to per-suite CSV and JSON
 * downloads, so a page's size is set by its series, not its runs. Verdicts
 * come from the same gates as `portal check bench` and `portal check coverage`.
 */
export { MAX_CHART_POINTS, downsampleIndices } from './downsample.js';
export { SPARKLINE, buildLineChart, buildSparkline } from './chart.js';
export type { ChartLine, ChartLineInput, ChartLineRef, ChartMarker, ChartPoint, ChartThreshold, ChartTick, ChartView, LineChartModel, LineChartSpec, PlotArea, SparklineModel } from './chart.js';
export { LinesFile, suiteDownloads, toCsv } from './files.js';
export type { CsvCell, DashboardFile, PathRef, SuiteDownloads } from './files.js';
export { commitHref, commitLink, commitUrlPrefix, countOf, dayOf, runSpan, slugify, uniqueIds } from './links.js';
export type { CommitLink } from './links.js';
export {
  BENCHMARKS_PATH,
  EXPANDED_CHARTS_UP_TO,
  MAX_FEED_REGRESSIONS,
  MAX_LISTED_REGRESSIONS,
  MAX_MARKED_REGRESSIONS,
  SPARK_RUNS,
  TABLE_RUNS,
  planBenchmarks,
  planBenchmarksPage,
} from './bench-page.js';
export type {
  BenchDashboardSettings,
  BenchSuiteView,
  BenchTableRow,
  BenchmarksPageData,
  BenchmarksPlan,
  FeedPaths,
  RegressionView,
  RunFigure,
  RunStamp,
  SeriesCard,
  SeriesTable,
  SparklineView,
} from './bench-page.js';
export { COVERAGE_PATH, COVERAGE_TABLE_RUNS, planCoverage, planCoveragePage } from './coverage-page.js';
export type { CoverageFileRow, CoveragePageData, CoveragePageOptions, CoveragePlan, CoverageRunStamp, CoverageSuiteView, CoverageTable, CoverageTotalView } from './coverage-page.js';
export { planOverviewPage } from './overview.js';
export type { BenchSuiteStatus, CoverageSuiteStatus, CoverageTotalStatus, OverviewLinks, OverviewPageData } from './overview.js';
