import { PortalError } from '../errors.js';
import type { BenchHistoryFile } from '../history/index.js';
import type { Direction } from './model.js';
import { changePercent, collectSeries, median, worsePercent, type BenchSeries } from './series.js';

/** The previous run as baseline. */
export interface PreviousBaseline {
  /** Always `previous`. */
  kind: 'previous';
}

/** The median of the runs before the latest as baseline. */
export interface MedianBaseline {
  /** Always `median`. */
  kind: 'median';
  /** How many runs before the latest the median is taken over. */
  runs: number;
}

/** What the latest run of a series is compared with. */
export type BaselineSpec = PreviousBaseline | MedianBaseline;

/**
 * The default baseline: the median of the 5 runs before the latest. Comparing
 * with the previous run alone blames the wrong commit when that run was a
 * slow outlier on a noisy machine.
 */
export const DEFAULT_BASELINE: BaselineSpec = { kind: 'median', runs: 5 };

/**
 * Reads `--baseline`: `previous`, `median` (of 5) or `median:N`.
 *
 * @throws {@link PortalError} (exit 2) otherwise.
 */
export function parseBaseline(text: string): BaselineSpec {
  if (text === 'previous') return { kind: 'previous' };
  const match = /^median(?::(\d+))?$/.exec(text);
  if (match) {
    const runs = match[1] === undefined ? 5 : Number(match[1]);
    if (runs >= 1 && runs <= 1000) return { kind: 'median', runs };
  }
  throw new PortalError(`Invalid baseline ${JSON.stringify(text)}`, 2, ['--baseline: expected "previous", "median" or "median:N" with N from 1 to 1000, such as median:5']);
}

/** `previous` or `median:5`, the way `--baseline` is written. */
export function formatBaseline(spec: BaselineSpec): string {
  return spec.kind === 'previous' ? 'previous' : `median:${spec.runs}`;
}

/** A per-series threshold from `thresholds.benchRegressionOverrides` in the configuration. */
export interface ThresholdOverride {
  /** Series name, or a pattern where `*` matches any text. */
  series: string;
  /** Only series of this suite; any suite when absent. */
  suite?: string;
  /** Regression threshold for matching series, in percent. */
  threshold: number;
}

/** The regression threshold of a series: the first matching override, else the default. */
export function thresholdFor(suite: string, series: string, defaultThreshold: number, overrides: readonly ThresholdOverride[] = []): number {
  const match = overrides.find((o) => (o.suite === undefined || o.suite === suite) && globToRegExp(o.series).test(series));
  return match?.threshold ?? defaultThreshold;
}

function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** What the gate concluded about one series. */
export type Verdict = 'regressed' | 'noisy' | 'improved' | 'ok' | 'new' | 'missing';

/** The gate's finding for one series. */
export interface SeriesVerdict {
  /** Suite of the series. */
  suite: string;
  /** Series name. */
  series: string;
  /** Canonical unit of the values. */
  unit: string;
  /** Which way is better. */
  direction: Direction;
  /** What the gate concluded. */
  verdict: Verdict;
  /** Threshold applied, in percent. */
  threshold: number;
  /** The latest value (absent when the series is missing from the latest run). */
  latest?: LatestPoint;
  /** The baseline value and how many runs it was computed from. */
  baseline?: BaselineValue;
  /** Signed change from baseline to latest, in percent. */
  changePercent?: number;
  /** How much worse, direction taken into account (see `worsePercent`); negative is better. */
  worsePercent?: number;
}

/** The latest point of a series, as the gate saw it. */
export interface LatestPoint {
  /** Id of the latest run. */
  runId: string;
  /** Its date (ISO 8601 UTC). */
  date: string;
  /** Its commit, if recorded. */
  commit?: string;
  /** Its value, in the series' canonical unit. */
  value: number;
  /** Its reported spread in percent, if any. */
  spreadPercent?: number;
}

/** A baseline: its value and what it was computed from. */
export interface BaselineValue {
  /** Baseline value, in the series' canonical unit. */
  value: number;
  /** Number of runs it was computed from. */
  runs: number;
  /** Median reported spread of those runs, in percent, if any. */
  spreadPercent?: number;
}

/** Everything `portal check bench` found. */
export interface BenchGateReport {
  /** The baseline used. */
  baseline: BaselineSpec;
  /** Default threshold, in percent (overrides may differ per series). */
  defaultThreshold: number;
  /** One verdict per series, suite by suite. */
  verdicts: SeriesVerdict[];
  /** Number of series per verdict. */
  counts: Record<Verdict, number>;
  /** Suites checked. */
  suites: string[];
  /** False when any series regressed. */
  passed: boolean;
}

/** Options of {@link checkBenchmarks}. */
export interface BenchGateOptions {
  /** Baseline; {@link DEFAULT_BASELINE} when absent. */
  baseline?: BaselineSpec;
  /** Default threshold in percent (`thresholds.benchRegression`, or `--threshold`). */
  threshold: number;
  /** Per-series thresholds (`thresholds.benchRegressionOverrides`). */
  overrides?: readonly ThresholdOverride[];
  /** Only these suites; all when absent. */
  suites?: readonly string[];
}

/**
 * The regression gate. For each suite, every series of its latest run is
 * compared with its baseline. Beyond the threshold in the bad direction it is
 * `regressed`, unless the reported spread (of the latest run or the baseline
 * runs) is at least as wide as the change: then it is `noisy`. Series of the
 * previous run that the latest run lacks are `missing` (reported, not failed).
 */
export function checkBenchmarks(history: readonly BenchHistoryFile[], options: BenchGateOptions): BenchGateReport {
  const baseline = options.baseline ?? DEFAULT_BASELINE;
  const suites = history.filter((suite) => suite.runs.length > 0 && (!options.suites || options.suites.includes(suite.suite)));
  const series = collectSeries(suites);
  const verdicts: SeriesVerdict[] = [];
  for (const suite of suites) {
    const latestRun = suite.runs.at(-1)!;
    const previousRun = suite.runs.at(-2);
    const inLatest = new Set(latestRun.results.map((r) => r.name));
    for (const entry of series.filter((s) => s.suite === suite.suite)) {
      const threshold = thresholdFor(entry.suite, entry.name, options.threshold, options.overrides);
      if (inLatest.has(entry.name)) verdicts.push(evaluateSeries(entry, baseline, threshold));
      else if (previousRun?.results.some((r) => r.name === entry.name)) {
        verdicts.push({ suite: entry.suite, series: entry.name, unit: entry.unit, direction: entry.direction, verdict: 'missing', threshold });
      }
    }
  }
  const counts: Record<Verdict, number> = { regressed: 0, noisy: 0, improved: 0, ok: 0, new: 0, missing: 0 };
  for (const v of verdicts) counts[v.verdict]++;
  return { baseline, defaultThreshold: options.threshold, verdicts, counts, suites: suites.map((s) => s.suite), passed: counts.regressed === 0 };
}

/** Compares the last point of a series with its baseline. */
export function evaluateSeries(series: BenchSeries, baseline: BaselineSpec, threshold: number): SeriesVerdict {
  const latest = series.points.at(-1)!;
  const before = series.points.slice(0, -1);
  const base = { suite: series.suite, series: series.name, unit: series.unit, direction: series.direction, threshold, latest };
  if (before.length === 0) return { ...base, verdict: 'new' };
  const window = baseline.kind === 'previous' ? before.slice(-1) : before.slice(-baseline.runs);
  const baselineValue = median(window.map((p) => p.value));
  const spreads = window.flatMap((p) => (p.spreadPercent !== undefined ? [p.spreadPercent] : []));
  const baselineSpread = spreads.length > 0 ? median(spreads) : undefined;
  const change = changePercent(latest.value, baselineValue);
  const worse = worsePercent(latest.value, baselineValue, series.direction);
  const noise = Math.max(latest.spreadPercent ?? 0, baselineSpread ?? 0);
  let verdict: Verdict = 'ok';
  if (Math.abs(worse) > threshold) {
    if (noise >= Math.abs(change)) verdict = 'noisy';
    else verdict = worse > 0 ? 'regressed' : 'improved';
  }
  return {
    ...base,
    verdict,
    baseline: { value: baselineValue, runs: window.length, ...(baselineSpread !== undefined ? { spreadPercent: baselineSpread } : {}) },
    changePercent: change,
    worsePercent: worse,
  };
}
