import type { BenchFormat } from '../history/formats.js';
import type { InputPlace } from '../results/index.js';

/** Whether a smaller or a bigger value of a series is the better one. */
export type Direction = 'smaller' | 'bigger';

/** What a series measures; values of one dimension are stored in one canonical unit. */
export type Dimension = 'time' | 'rate' | 'size' | 'percent' | 'count';

/** How a tool reported the spread of a measurement. */
export type SpreadKind = 'rme' | 'stddev' | 'range';

/** The spread of a measurement, as a percentage of its value so tools compare. */
export interface Spread {
  /** Relative margin of error (Benchmark.js, vitest), standard deviation (hyperfine, pytest-benchmark, Google Benchmark repetitions, go -count) or a reported ± range. */
  kind: SpreadKind;
  /** The spread in percent of the measured value. */
  percent: number;
}

/** One measured series in one run, in its canonical unit. */
export interface BenchResult {
  /** Series name, unique within a run of a suite. */
  name: string;
  /** Measured value in `unit`. */
  value: number;
  /** Canonical unit: `ns`, `ops/s`, `B`, `%`, or the tool's own label for counts. */
  unit: string;
  /** What the unit measures. */
  dimension: Dimension;
  /** Which way is better. */
  direction: Direction;
  /** Spread of the measurement, when the tool reports one. */
  spread?: Spread;
  /** Number of samples or iterations behind the value, when reported. */
  samples?: number;
}

// The format list lives with the history schema, which validates it (history is below bench).
export { BENCH_FORMATS, type BenchFormat } from '../history/formats.js';

/** Human-readable name of each format, as messages and pages show it. */
export const BENCH_FORMAT_LABELS: Record<BenchFormat, string> = {
  customSmallerIsBetter: 'github-action-benchmark custom JSON (customSmallerIsBetter)',
  customBiggerIsBetter: 'github-action-benchmark custom JSON (customBiggerIsBetter)',
  vitest: 'vitest bench --outputJson',
  benchmarkjs: 'Benchmark.js console output',
  hyperfine: 'hyperfine --export-json',
  googlecpp: 'Google Benchmark JSON',
  go: 'go test -bench output',
  pytest: 'pytest-benchmark JSON',
};

/** Other names accepted by `--format`, mapped to the format id. */
export const BENCH_FORMAT_ALIASES: Record<string, BenchFormat> = {
  'github-action-benchmark': 'customSmallerIsBetter',
  'custom-smaller-is-better': 'customSmallerIsBetter',
  'custom-bigger-is-better': 'customBiggerIsBetter',
  'vitest-bench': 'vitest',
  'benchmark.js': 'benchmarkjs',
  'google-benchmark': 'googlecpp',
  'go-test': 'go',
  'pytest-benchmark': 'pytest',
};

/** What a parser found in a result file, besides the results. */
export interface BenchFileMeta {
  /** When the run happened, if the file says (ISO 8601, UTC). */
  date?: string;
  /** Commit the run measured, if the file says. */
  commit?: string;
  /** Branch the run measured, if the file says. */
  branch?: string;
}

/** A parsed benchmark result file. */
export interface ParsedBench {
  /** The format it was read as. */
  format: BenchFormat;
  /** Normalised results, in file order. */
  results: BenchResult[];
  /** Date, commit and branch when the file reports them. */
  meta: BenchFileMeta;
  /** JSON pointers of the date, commit and branch in the file, for messages about them. */
  metaPointers?: {
    /** Pointer of the run's date. */
    date?: string;
    /** Pointer of the commit. */
    commit?: string;
    /** Pointer of the branch. */
    branch?: string;
  };
  /** Where each series is in the file, for messages about it later (such as a unit clash with the history). */
  places: ReadonlyMap<string, InputPlace>;
}
