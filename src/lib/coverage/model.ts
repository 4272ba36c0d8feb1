import type { CoverageFormat } from '../history/formats.js';

/** The four coverage totals Portico tracks. */
export const COVERAGE_METRICS = ['lines', 'statements', 'functions', 'branches'] as const;

/** One of {@link COVERAGE_METRICS}. */
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

/**
 * Largest count (lines, hits, branches) a coverage report may hold: 10¹⁵ is
 * beyond any code base and keeps counts exact (below 2⁵³); 1.7e308 is garbage.
 */
export const MAX_COVERAGE_COUNT = 1e15;

/** What a count above {@link MAX_COVERAGE_COUNT} is told it should be. */
export const COVERAGE_COUNT_TOO_LARGE = 'a whole number of at most 10¹⁵ (a larger count is not a measurement)';

/** The wording for a count: a non-number or a negative one is told the first, a huge one the second. */
export function expectedCoverageCount(text: string | undefined): string {
  return text !== undefined && /^\d+$/.test(text.trim()) ? COVERAGE_COUNT_TOO_LARGE : 'a whole number of zero or more';
}

/** Covered items out of a total, for one metric. */
export interface CoverageCount {
  /** Items executed at least once. */
  covered: number;
  /** Items that could be executed. */
  total: number;
}

/** Counts per metric; a metric the format does not report is absent (lcov and Cobertura have no statements). */
export interface CoverageCounts {
  /** Lines, when the format has them. */
  lines?: CoverageCount;
  /** Statements (Istanbul only). */
  statements?: CoverageCount;
  /** Functions, when the format has them. */
  functions?: CoverageCount;
  /** Branches, when the format has them. */
  branches?: CoverageCount;
}

/** Coverage of one source file. */
export interface FileCoverage extends CoverageCounts {
  /** Path as the report names it, relative to the project root when it was absolute inside it, with `/` separators. */
  path: string;
}

// The format list lives with the history schema, which validates it (history is below coverage).
export { COVERAGE_FORMATS, type CoverageFormat } from '../history/formats.js';

/** Human-readable name of each coverage format. */
export const COVERAGE_FORMAT_LABELS: Record<CoverageFormat, string> = {
  'istanbul-summary': 'Istanbul coverage-summary.json (json-summary reporter)',
  'istanbul-final': 'Istanbul coverage-final.json (json reporter)',
  lcov: 'LCOV tracefile (lcov.info)',
  cobertura: 'Cobertura XML',
};

/** A parsed coverage report. */
export interface ParsedCoverage {
  /** The format it was read as. */
  format: CoverageFormat;
  /** Totals over all files. */
  totals: CoverageCounts;
  /** Per-file counts, sorted by path. */
  files: FileCoverage[];
}

/** Covered share in percent; an empty total counts as fully covered, as Istanbul does. */
export function coveragePercent(count: CoverageCount): number {
  return count.total === 0 ? 100 : (count.covered / count.total) * 100;
}

/** Adds per-file counts into totals, metric by metric; a metric missing from every file stays absent. */
export function sumCoverage(files: readonly CoverageCounts[]): CoverageCounts {
  const totals: CoverageCounts = {};
  for (const file of files) {
    for (const metric of COVERAGE_METRICS) {
      const count = file[metric];
      if (!count) continue;
      const sum = totals[metric] ?? { covered: 0, total: 0 };
      totals[metric] = { covered: sum.covered + count.covered, total: sum.total + count.total };
    }
  }
  return totals;
}
