import { createLTTB } from 'downsample';

/**
 * Charts show at most this many points per line. Beyond it a line is
 * downsampled with LTTB (Largest-Triangle-Three-Buckets, Steinarsson 2013),
 * which keeps the points that shape the line (peaks, steps) and always the
 * first and last. On a 640-pixel-wide chart that is a point every ~7 pixels.
 * The bound was lowered from 100 to 80 when the benchmarks page of the
 * sample (15 series) measured 304 KB at 10,000 runs, over its 300 KB budget.
 * This bound is what keeps a page's size independent of the length of the
 * history (docs/performance.md has the figures).
 */
export const MAX_CHART_POINTS = 80;

const lttb = createLTTB<{ x: number; y: number; i: number }>({ x: 'x', y: 'y' });

/**
 * Indices of the points to draw, in order: all of them up to `max`, else the
 * LTTB selection. The selected points are real runs with their exact values,
 * never averages, so tables built from the same indices show true figures.
 */
export function downsampleIndices(points: readonly { x: number; y: number }[], max: number = MAX_CHART_POINTS): number[] {
  if (points.length <= max) return points.map((_, i) => i);
  const tagged = points.map((p, i) => ({ x: p.x, y: p.y, i }));
  return Array.from(lttb(tagged, max) as ArrayLike<{ i: number }>, (p) => p.i);
}
