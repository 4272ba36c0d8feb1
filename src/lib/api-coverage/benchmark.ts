import type { DocCoverageReport } from './report.js';

/** Suite the doc-coverage figures are ingested into by default, and that the coverage page links to. */
export const DOC_COVERAGE_SUITE = 'doc-coverage';

/** One entry of github-action-benchmark's custom JSON format, which `portal ingest bench` reads. */
export interface DocCoverageBenchmarkEntry {
  /** Series name: `doc coverage <package>`. */
  name: string;
  /** Always `%`. */
  unit: '%';
  /** Documented share of the package's counted symbols, in percent (two decimals). */
  value: number;
  /** `documented/total symbols`, kept with the run in the history. */
  extra: string;
}

/** Series name of a package's doc coverage in the history. */
export function docCoverageSeriesName(packageName: string): string {
  return `doc coverage ${packageName}`;
}

/**
 * The report as benchmark entries, one series per package, so the history
 * store and the dashboards chart doc coverage over time like any other
 * figure: `portal ingest bench <file> --format customBiggerIsBetter --suite doc-coverage`.
 */
export function docCoverageToBenchmark(report: DocCoverageReport): DocCoverageBenchmarkEntry[] {
  return report.packages.map((pkg) => ({
    name: docCoverageSeriesName(pkg.name),
    unit: '%',
    // Two decimals: enough to see one symbol in a 2,000-symbol package move the line.
    value: Math.round(pkg.totals.percent * 100) / 100,
    extra: `${pkg.totals.documented}/${pkg.totals.total} symbols`,
  }));
}
