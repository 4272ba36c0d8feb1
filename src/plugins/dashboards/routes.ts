import type { ThresholdOverride } from '../../lib/bench/index.js';
import type { CoverageThresholds } from '../../lib/coverage/index.js';
import { DEFAULT_BASELINE } from '../../lib/bench/index.js';
import {
  BENCHMARKS_PATH,
  COVERAGE_PATH,
  MAX_LISTED_REGRESSIONS,
  planBenchmarksPage,
  planCoveragePage,
  planOverviewPage,
  type BenchmarksPageData,
  type CoveragePageData,
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
  /** `site.repository`, for commit links. */
  repository: string;
  /** `thresholds` of the configuration (only the bench and coverage fields are read). */
  thresholds: { benchRegression: number; benchRegressionOverrides?: ThresholdOverride[]; coverage: CoverageThresholds };
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
}

const COMPONENTS = '@site/src/components/Dashboards';

/** Plans the three dashboard pages and the regressions feed from the stored history. */
export function planDashboardRoutes(bench: readonly BenchHistoryFile[], coverage: readonly CoverageHistoryFile[], options: DashboardsPluginOptions): DashboardRoutePlan {
  const benchmarks = planBenchmarksPage(bench, {
    baseline: DEFAULT_BASELINE,
    threshold: options.thresholds.benchRegression,
    overrides: options.thresholds.benchRegressionOverrides ?? [],
    repository: options.repository,
  });
  const coveragePage = planCoveragePage(coverage, options.thresholds.coverage, options.repository);
  const overview = planOverviewPage(benchmarks, coveragePage, { benchmarks: BENCHMARKS_PATH, coverage: COVERAGE_PATH });
  return {
    routes: [
      { path: DASHBOARDS_PATH, component: `${COMPONENTS}/OverviewPage.tsx`, dataName: 'overview.json', data: overview },
      // The page lists the most recent regressions; the feed below carries more.
      {
        path: BENCHMARKS_PATH,
        component: `${COMPONENTS}/BenchmarksPage.tsx`,
        dataName: 'benchmarks.json',
        data: { ...benchmarks, regressions: benchmarks.regressions.slice(0, MAX_LISTED_REGRESSIONS) },
      },
      { path: COVERAGE_PATH, component: `${COMPONENTS}/CoveragePage.tsx`, dataName: 'coverage.json', data: coveragePage },
    ],
    feed: {
      path: BENCHMARKS_PATH,
      entries: benchmarks.regressions.map((r) => ({
        anchor: r.id,
        seriesAnchor: r.seriesId,
        title: `${r.series} (${r.suite}) ${r.open ? 'regressed in the latest run' : 'regressed'}: ${r.change}`,
        date: new Date(`${r.date}T00:00:00Z`),
        description:
          `${r.series} in suite ${r.suite} went from ${r.before} to ${r.after} (${r.change})` +
          `${r.commit ? ` at commit ${r.commit.short}` : ''}${r.previousCommit ? `; last good commit ${r.previousCommit.short}` : ''}.`,
      })),
    },
  };
}
