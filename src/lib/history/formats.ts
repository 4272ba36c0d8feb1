/**
 * The result formats a history run records. They live here, under both the
 * benchmark and the coverage capabilities, because the history schema
 * validates them and `src/lib/bench` and `src/lib/coverage` build on the
 * history (imports point down only: bench, coverage → history).
 */

/** The benchmark formats `portal ingest bench` reads; ids follow github-action-benchmark's `tool` names where one exists. */
export const BENCH_FORMATS = [
  'customSmallerIsBetter',
  'customBiggerIsBetter',
  'vitest',
  'benchmarkjs',
  'hyperfine',
  'googlecpp',
  'go',
  'pytest',
] as const;

/** One of {@link BENCH_FORMATS}. */
export type BenchFormat = (typeof BENCH_FORMATS)[number];

/** The coverage formats `portal ingest coverage` reads. */
export const COVERAGE_FORMATS = ['istanbul-summary', 'istanbul-final', 'lcov', 'cobertura'] as const;

/** One of {@link COVERAGE_FORMATS}. */
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];
