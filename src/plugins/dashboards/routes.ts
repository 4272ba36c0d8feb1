import type { ThresholdOverride } from '../../lib/bench/index.js';
import type { CoverageThresholds } from '../../lib/coverage/index.js';
import { DEFAULT_BASELINE } from '../../lib/bench/index.js';
import {
  BENCHMARKS_PATH,
  COVERAGE_PATH,
  planBenchmarks,
  planCoverage,
  planOverviewPage,
  type BenchmarksPageData,
  type CoveragePageData,
  type DashboardFile,
  type OverviewPageData,
} from '../../lib/dashboards/index.js';
import type { FeedEntry } from '../../lib/feeds/index.js';
import type { BenchHistoryFile, CoverageHistoryFile } from '../../lib/history/index.js';

/** Route of the overview page. */
export const DASHBOARDS_PATH = '/dashboards';

/** Options of the dashboards plugin, from `portal.config.ts`. */
export interface DashboardsPluginOptions {
  /** Absolute history directory (`dashboards.historyDir`). */
  historyDir: string;
  /** Absolute result files and folders (`dashboards.benchmarks`): the build warns when one holds results not ingested yet. */
  benchmarks?: readonly string[];
  /** Absolute coverage reports and folders (`dashboards.coverage`), checked likewise. */
  coverage?: readonly string[];
  /** `site.repository`, for commit links. */
  repository: string;
  /** `thresholds` of the configuration (only the bench and coverage fields are read). */
  thresholds: { benchRegression: number; benchRegressionOverrides?: ThresholdOverride[]; coverage: CoverageThresholds };
}

/** How the plugin builds: set by the plugin, not by the configuration. */
export interface DashboardBuildMode {
  /**
   * Chart lines inline in the page data rather than in a lines file: for the
   * development server, which runs no `postBuild` and so serves no files.
   */
  inlineLines?: boolean;
}

/** One page to add: its route, the component that renders it and the data it is handed. */
export interface DashboardRoute {
  path: string;
  component: string;
  /** Name of the data file (`createData`). */
  dataName: string;
  data: OverviewPageData | BenchmarksPageData | CoveragePageData;
}

/** The route plan: built as data first, then applied by the plugin in one loop. */
export interface DashboardRoutePlan {
  routes: DashboardRoute[];
  /** Regressions for the Atom/RSS feed, newest first; links are site paths. */
  feed: { path: string; entries: (Omit<FeedEntry, 'id' | 'link'> & { anchor: string; seriesAnchor: string })[] };
  /** Files the pages link to (lines files, per-suite downloads), written into the build by `postBuild`. */
  files: DashboardFile[];
}

const COMPONENTS = '@site/src/components/Dashboards';

/** Plans the three dashboard pages, the regressions feed and the files the pages link to, from the stored history. */
export function planDashboardRoutes(
  bench: readonly BenchHistoryFile[],
  coverage: readonly CoverageHistoryFile[],
  options: DashboardsPluginOptions,
  mode: DashboardBuildMode = {},
): DashboardRoutePlan {
  const benchmarks = planBenchmarks(bench, {
    baseline: DEFAULT_BASELINE,
    threshold: options.thresholds.benchRegression,
    overrides: options.thresholds.benchRegressionOverrides ?? [],
    repository: options.repository,
    inlineLines: mode.inlineLines ?? false,
  });
  const coveragePlan = planCoverage(coverage, options.thresholds.coverage, options.repository, { inlineLines: mode.inlineLines ?? false });
  const overview = planOverviewPage(benchmarks.page, coveragePlan.page, { benchmarks: BENCHMARKS_PATH, coverage: COVERAGE_PATH });
  return {
    routes: [
      { path: DASHBOARDS_PATH, component: `${COMPONENTS}/OverviewPage.tsx`, dataName: 'overview.json', data: overview },
      // The page lists the most recent regressions; the feed below carries more, the downloads all.
      { path: BENCHMARKS_PATH, component: `${COMPONENTS}/BenchmarksPage.tsx`, dataName: 'benchmarks.json', data: benchmarks.page },
      { path: COVERAGE_PATH, component: `${COMPONENTS}/CoveragePage.tsx`, dataName: 'coverage.json', data: coveragePlan.page },
    ],
    files: [...benchmarks.files, ...coveragePlan.files],
    feed: {
      path: BENCHMARKS_PATH,
      entries: benchmarks.feed.map((r) => ({
        anchor: r.id,
        seriesAnchor: r.seriesId,
        title: `${r.series} (${r.suite}) ${r.open ? 'regressed in the latest run' : 'regressed'}: ${r.change}`,
        date: new Date(`${r.date}T00:00:00Z`),
        description:
          `${r.series} in suite ${r.suite} went from ${r.before} to ${r.after} (${r.change})` +
          `${r.commit ? ` at commit ${r.commit.slice(0, 7)}` : ''}${r.previousCommit ? `; last good commit ${r.previousCommit.slice(0, 7)}` : ''}.`,
      })),
    },
  };
}
