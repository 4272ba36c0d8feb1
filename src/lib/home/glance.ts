import { evaluateDocCoverage, formatPercent as formatDocPercent, meetsThreshold, type DocCoverageReport } from '../api-coverage/report.js';
import { checkCoverage, formatPercent as formatCoveragePercent, type CoverageThresholds } from '../coverage/gate.js';
import type { CoverageHistoryFile } from '../history/index.js';

/**
 * The figures the home page shows at a glance. Each comes from the function
 * its own page and gate use (the doc-coverage report, `portal check
 * coverage`), so the home page never disagrees with them.
 */
export interface HomeGlance {
  /** The public API's doc coverage when the site was built; absent without API packages. */
  docCoverage?: DocCoverageGlance;
  /** Each coverage suite's latest run; empty before the first `portal ingest coverage`. */
  coverage: CoverageGlance[];
}

/** Doc coverage of the whole API and of each package. */
export interface DocCoverageGlance {
  /** All packages together, formatted (`97.5%`). */
  percent: string;
  /** Minimum each package must reach, in percent. */
  threshold: number;
  /** True when every package reaches it. */
  passed: boolean;
  /** One entry per package, in configuration order. */
  packages: { title: string; percent: string; passed: boolean }[];
}

/** The latest run of one coverage suite. */
export interface CoverageGlance {
  /** Suite name. */
  suite: string;
  /** Day of the run (`YYYY-MM-DD`). */
  date: string;
  /** False when a total fails the coverage gate. */
  passed: boolean;
  /** Each total the run has, formatted (`lines 91.20%`). */
  totals: { metric: string; percent: string }[];
}

/** The doc-coverage figures of a report, as its coverage page rounds them. */
export function docCoverageGlance(report: DocCoverageReport): DocCoverageGlance {
  return {
    percent: formatDocPercent(report.totals.percent),
    threshold: report.threshold,
    passed: evaluateDocCoverage(report).passed,
    packages: report.packages.map((pkg) => ({ title: pkg.title, percent: formatDocPercent(pkg.totals.percent), passed: meetsThreshold(pkg.totals, report.threshold) })),
  };
}

/** Each suite's latest run with the coverage gate's verdict. */
export function coverageGlance(history: readonly CoverageHistoryFile[], thresholds: CoverageThresholds): CoverageGlance[] {
  const report = checkCoverage(history, thresholds);
  return report.runs.map((run) => {
    const verdicts = report.verdicts.filter((verdict) => verdict.suite === run.suite && verdict.latest);
    return {
      suite: run.suite,
      date: run.date.slice(0, 10),
      passed: verdicts.every((verdict) => verdict.verdict !== 'failed'),
      totals: verdicts.map((verdict) => ({ metric: verdict.metric, percent: formatCoveragePercent(verdict.latest!.percent) })),
    };
  });
}
