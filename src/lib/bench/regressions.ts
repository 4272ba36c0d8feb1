import type { Direction } from './model.js';
import { median, worsePercent, type BenchSeries } from './series.js';

/** A step change for the worse found in a series' history. */
export interface RegressionEvent {
  /** Suite of the series. */
  suite: string;
  /** Series name. */
  series: string;
  /** Canonical unit of `before` and `after`. */
  unit: string;
  /** Which way is better. */
  direction: Direction;
  /** The first run at the new level. */
  runId: string;
  /** Date of that run (ISO 8601 UTC). */
  date: string;
  /** Commit of that run: where the regression landed. */
  commit?: string;
  /** Commit of the run before it: the last good one. */
  previousCommit?: string;
  /** Median of the runs before the step. */
  before: number;
  /** Median of the runs from the step on. */
  after: number;
  /** How much worse, in percent (direction taken into account). */
  worsePercent: number;
  /** Threshold it was judged against. */
  threshold: number;
}

/** Options of {@link detectRegressions}. */
export interface StepDetectionOptions {
  /** Regression threshold of the series, in percent. */
  threshold: number;
  /** Runs before a candidate step whose median is the old level. @default 5 */
  window?: number;
  /** Runs from the step on whose median must stay worse, so a single slow run is not a step. @default 3 */
  confirm?: number;
}

/**
 * Finds the past regressions of a series: points where the level stepped up
 * for good. At run i the old level is the median of the `window` runs before
 * it and the new level the median of the `confirm` runs from it on; i is a
 * step when both run i and the new level are worse than the old level by more
 * than the threshold and by more than the reported spread. A run of
 * consecutive candidates is one step, dated at its first run. The latest
 * runs, not yet confirmed, are left to the gate (`portal check bench`).
 */
export function detectRegressions(series: BenchSeries, options: StepDetectionOptions): RegressionEvent[] {
  const window = options.window ?? 5;
  const confirm = options.confirm ?? 3;
  const points = series.points;
  const events: RegressionEvent[] = [];
  let inStep = false;
  // After a step, its own neighbours (still judged against the old level) are not new steps.
  let quietUntil = -1;
  // At least 3 earlier runs, so the old level is a median and not one value.
  for (let i = Math.min(3, window); i + confirm <= points.length; i++) {
    const before = points.slice(Math.max(0, i - window), i);
    const after = points.slice(i, i + confirm);
    const oldLevel = median(before.map((p) => p.value));
    const newLevel = median(after.map((p) => p.value));
    const worseAtPoint = worsePercent(points[i]!.value, oldLevel, series.direction);
    const worseAfter = worsePercent(newLevel, oldLevel, series.direction);
    const spreads = [...before, points[i]!].flatMap((p) => (p.spreadPercent !== undefined ? [p.spreadPercent] : []));
    const noise = spreads.length > 0 ? median(spreads) : 0;
    const isStep = worseAtPoint > options.threshold && worseAfter > options.threshold && worseAfter > noise;
    if (isStep && !inStep && i >= quietUntil) {
      quietUntil = i + confirm;
      const point = points[i]!;
      events.push({
        suite: series.suite,
        series: series.name,
        unit: series.unit,
        direction: series.direction,
        runId: point.runId,
        date: point.date,
        ...(point.commit ? { commit: point.commit } : {}),
        ...(points[i - 1]?.commit ? { previousCommit: points[i - 1]!.commit } : {}),
        before: oldLevel,
        after: newLevel,
        worsePercent: worseAfter,
        threshold: options.threshold,
      });
    }
    inStep = isStep;
  }
  return events;
}
