/**
 * Dashboard pages as data: what `/dashboards`, `/dashboards/benchmarks` and
 * `/dashboards/coverage` show, with charts laid out at build time (d3-scale,
 * d3-shape) and long histories downsampled for display with LTTB. Verdicts
 * come from the same gates as `portal check bench` and `portal check coverage`.
 */
export { MAX_CHART_POINTS, downsampleIndices } from './downsample.js';
export { buildLineChart } from './chart.js';
export type { ChartLine, ChartLineInput, ChartMarker, ChartPoint, ChartThreshold, ChartTick, LineChartModel, LineChartSpec, PlotArea } from './chart.js';
export { commitLink, dayOf, slugify, uniqueIds } from './links.js';
export type { CommitLink } from './links.js';
export { BENCHMARKS_PATH, MAX_FEED_REGRESSIONS, MAX_LISTED_REGRESSIONS, planBenchmarksPage } from './bench-page.js';
export type { BenchDashboardSettings, BenchSuiteView, BenchTableRow, BenchmarksPageData, FeedPaths, RegressionView, RunFigure, RunStamp, SeriesCard, SeriesTable } from './bench-page.js';
export { COVERAGE_PATH, planCoveragePage } from './coverage-page.js';
export type { CoverageFileRow, CoveragePageData, CoverageRunStamp, CoverageSuiteView, CoverageTable, CoverageTotalView } from './coverage-page.js';
export { planOverviewPage } from './overview.js';
export type { BenchSuiteStatus, CoverageSuiteStatus, CoverageTotalStatus, OverviewLinks, OverviewPageData } from './overview.js';
