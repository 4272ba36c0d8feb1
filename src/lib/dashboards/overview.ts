import type { BenchmarksPageData, RegressionView } from './bench-page.js';
import type { CoveragePageData } from './coverage-page.js';

/** The data of `/dashboards`: each suite's latest status, open regressions, coverage totals. */
export interface OverviewPageData {
  /** One row per benchmark suite. */
  bench: BenchSuiteStatus[];
  /** Regressions of the latest runs, as the gate reports them now. */
  openRegressions: RegressionView[];
  /** The most recent confirmed past regressions. */
  recentRegressions: RegressionView[];
  /** One row per coverage suite. */
  coverage: CoverageSuiteStatus[];
  /** Sample-data notes of the suites, deduplicated. */
  notes: string[];
  /** Site paths of the detail pages and the regression feed. */
  links: OverviewLinks;
  /** `<repository>/commit/`: commit ids are links under it. */
  commitUrl?: string;
}

/** A benchmark suite's status on the overview. */
export interface BenchSuiteStatus {
  /** Suite name. */
  suite: string;
  /** Anchor of its first series on the benchmarks page. */
  id: string;
  /** Runs in the suite. */
  runs: number;
  /** Day of the latest run. */
  latestDate: string;
  /** Number of series. */
  series: number;
  /** Series regressed in the latest run. */
  regressed: number;
  /** Series beyond the threshold but within their spread. */
  noisy: number;
  /** `regressed` when a series regressed. */
  status: 'regressed' | 'ok';
}

/** A coverage suite's status on the overview. */
export interface CoverageSuiteStatus {
  /** Suite name. */
  suite: string;
  /** Anchor of the suite on the coverage page. */
  id: string;
  /** Runs in the suite. */
  runs: number;
  /** Day of the latest run. */
  latestDate: string;
  /** The totals of the latest run. */
  totals: CoverageTotalStatus[];
  /** False when a total fails the gate. */
  passed: boolean;
}

/** One total of a coverage suite on the overview. */
export interface CoverageTotalStatus {
  /** The total. */
  metric: string;
  /** Formatted percentage. */
  percent: string;
  /** The gate's verdict. */
  verdict: 'ok' | 'failed';
}

/** Where the overview links to. */
export interface OverviewLinks {
  /** The benchmarks page. */
  benchmarks: string;
  /** The coverage page. */
  coverage: string;
  /** The Atom feed of regressions. */
  feed: string;
}

/** How many confirmed past regressions the overview lists. */
const RECENT_REGRESSIONS = 5;

/** Summarises the two detail pages for the overview; it computes nothing of its own, so all three pages agree. */
export function planOverviewPage(benchmarks: BenchmarksPageData, coverage: CoveragePageData, paths: { benchmarks: string; coverage: string }): OverviewPageData {
  return {
    bench: benchmarks.suites.map((suite) => ({
      suite: suite.suite,
      id: suite.series[0]?.id ?? '',
      runs: suite.runs,
      latestDate: suite.latest.date,
      series: suite.series.length,
      regressed: suite.counts.regressed,
      noisy: suite.counts.noisy,
      status: suite.counts.regressed > 0 ? 'regressed' : 'ok',
    })),
    openRegressions: benchmarks.regressions.filter((r) => r.open),
    recentRegressions: benchmarks.regressions.filter((r) => !r.open).slice(0, RECENT_REGRESSIONS),
    coverage: coverage.suites.map((suite) => ({
      suite: suite.suite,
      id: suite.id,
      runs: suite.runs,
      latestDate: suite.latest.date,
      totals: suite.totals.map((t) => ({ metric: t.metric, percent: t.percent, verdict: t.verdict })),
      passed: suite.passed,
    })),
    notes: [...new Set([...benchmarks.suites, ...coverage.suites].flatMap((suite) => (suite.note ? [suite.note] : [])))],
    links: { ...paths, feed: benchmarks.feeds.atom },
    ...(benchmarks.commitUrl ? { commitUrl: benchmarks.commitUrl } : {}),
  };
}
