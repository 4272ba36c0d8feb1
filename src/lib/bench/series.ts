import type { BenchHistoryFile } from '../history/index.js';
import type { Dimension, Direction } from './model.js';

/** One stored value of a series. */
export interface SeriesPoint {
  /** Id of the run it comes from. */
  runId: string;
  /** Date of the run (ISO 8601 UTC). */
  date: string;
  /** Commit of the run, if recorded. */
  commit?: string;
  /** Value in the series' canonical unit. */
  value: number;
  /** Reported spread in percent of the value, if any. */
  spreadPercent?: number;
}

/** A benchmark series across all runs of its suite, oldest first. */
export interface BenchSeries {
  /** Suite of the series. */
  suite: string;
  /** Series name. */
  name: string;
  /** Canonical unit of the values. */
  unit: string;
  /** What the unit measures. */
  dimension: Dimension;
  /** Which way is better. */
  direction: Direction;
  /** One point per run that measured the series, oldest first. */
  points: SeriesPoint[];
}

/**
 * Turns suite histories into series: one per suite and name, points in run
 * order. The unit and direction are the latest run's (ingest keeps them
 * consistent). Series are ordered by suite, then by first appearance.
 */
export function collectSeries(history: readonly BenchHistoryFile[]): BenchSeries[] {
  const series: BenchSeries[] = [];
  for (const suite of history) {
    const byName = new Map<string, BenchSeries>();
    for (const run of suite.runs) {
      for (const result of run.results) {
        let entry = byName.get(result.name);
        if (!entry) {
          entry = { suite: suite.suite, name: result.name, unit: result.unit, dimension: result.dimension, direction: result.direction, points: [] };
          byName.set(result.name, entry);
          series.push(entry);
        }
        entry.unit = result.unit;
        entry.direction = result.direction;
        entry.points.push({
          runId: run.id,
          date: run.date,
          ...(run.commit ? { commit: run.commit } : {}),
          value: result.value,
          ...(result.spread ? { spreadPercent: result.spread.percent } : {}),
        });
      }
    }
  }
  return series;
}

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How much worse `latest` is than `baseline`, in percent, whichever way is
 * better: for smaller-is-better `latest / baseline - 1`, for bigger-is-better
 * `baseline / latest - 1`. A throughput drop from 100 to 80 ops/s is thus a
 * 25% regression, the same as a time going from 100 to 125 ms (this is how
 * github-action-benchmark compares, too). Negative means better.
 */
export function worsePercent(latest: number, baseline: number, direction: Direction): number {
  if (direction === 'smaller') return baseline === 0 ? (latest === 0 ? 0 : Infinity) : (latest / baseline - 1) * 100;
  return latest === 0 ? (baseline === 0 ? 0 : Infinity) : (baseline / latest - 1) * 100;
}

/** Signed relative change from baseline to latest, in percent. */
export function changePercent(latest: number, baseline: number): number {
  return baseline === 0 ? (latest === 0 ? 0 : Infinity) : ((latest - baseline) / baseline) * 100;
}
