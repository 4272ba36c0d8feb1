import { changePercent, describeVerdict, displayUnitFor, formatChange, formatMeasurement } from '../bench/index.js';
import type { SeriesAnalysis } from './bench-analysis.js';
import { MAX_MARKED_REGRESSIONS, SPARK_RUNS, TABLE_RUNS } from './bench-limits.js';
import type { BenchTableRow, SeriesCard } from './bench-page-data.js';
import { buildLineChart, buildSparkline } from './chart.js';
import { downsampleIndices } from './downsample.js';
import type { LinesFile } from './files.js';
import { commitOf, countOf, dayOf, runSpan } from './links.js';

/**
 * Everything the page shows about one series: its chart (LTTB-downsampled
 * for display, line in the page's lines file), sparkline, latest value,
 * changes, the gate's verdict and the table of its latest runs.
 */
export function seriesCard({ series, id, events, verdict }: SeriesAnalysis, lines: LinesFile): SeriesCard {
  const latest = series.points.at(-1)!;
  const { label, divisor } = displayUnitFor(series.unit, latest.value);
  const points = series.points.map((p) => ({ x: Date.parse(p.date), y: p.value / divisor }));
  const shown = downsampleIndices(points);
  const regressionRuns = new Set(events.map((e) => e.runId));
  const marked = events.slice(-MAX_MARKED_REGRESSIONS);
  const direction = series.direction === 'smaller' ? 'smaller is better' : 'bigger is better';
  const regressionsText =
    events.length === 0
      ? ''
      : `; ${countOf(events.length, 'past regression')}${marked.length < events.length ? `, the latest ${marked.length} marked` : ' marked'}`;
  const chart = buildLineChart({
    id,
    title: `${series.name} (${series.suite}), ${label}, ${direction}`,
    description:
      `${runSpan(series.points.length, dayOf(series.points[0]!.date), dayOf(latest.date))}; latest ${formatMeasurement(latest.value, series.unit)}` +
      `${regressionsText}${shown.length < points.length ? `; ${shown.length} of ${points.length} runs drawn (LTTB)` : ''}.`,
    yUnit: label,
    lines: [{ key: 'value', label: series.name, points: shown.map((i) => points[i]!) }],
    markers: [
      ...marked.map((e) => {
        const i = series.points.findIndex((p) => p.runId === e.runId);
        return { label: `Regression: ${formatChange(e.worsePercent)} at ${dayOf(e.date)}`, kind: 'regression' as const, x: points[i]!.x, y: points[i]!.y };
      }),
      {
        label: `Latest: ${formatMeasurement(latest.value, series.unit)}`,
        kind: 'latest' as const,
        x: points.at(-1)!.x,
        y: points.at(-1)!.y,
        // A single run is a labelled point: its value and day, not a lone dot.
        ...(series.points.length === 1 ? { caption: `${formatMeasurement(latest.value, series.unit)} on ${dayOf(latest.date)}` } : {}),
      },
    ],
  });
  const first = Math.max(0, series.points.length - TABLE_RUNS);
  const sparkPoints = series.points.slice(-SPARK_RUNS);
  const sparkline = buildSparkline(sparkPoints.map((p) => p.value));
  const previous = series.points.at(-2);
  return {
    id,
    suite: series.suite,
    name: series.name,
    direction,
    unit: label,
    latest: { value: formatMeasurement(latest.value, series.unit), date: dayOf(latest.date), ...commitOf(latest.commit) },
    ...(verdict?.baseline ? { baseline: formatMeasurement(verdict.baseline.value, series.unit) } : {}),
    ...(verdict?.changePercent !== undefined ? { change: formatChange(verdict.changePercent) } : {}),
    ...(previous ? { previousChange: formatChange(changePercent(latest.value, previous.value)) } : {}),
    spark: { ...lines.path(`${id}-spark`, sparkline.d), runs: sparkPoints.length, first: formatMeasurement(sparkPoints[0]!.value, series.unit), last: sparkline.last },
    verdict: verdict?.verdict ?? 'missing',
    verdictText: verdict ? describeVerdict(verdict) : 'not in the latest run',
    chart: lines.detach(chart),
    table: {
      total: series.points.length,
      rows: series.points.slice(first).map((p, k): BenchTableRow => {
        const previous = series.points[first + k - 1];
        return [
          dayOf(p.date),
          p.commit?.slice(0, 7) ?? '',
          formatMeasurement(p.value, series.unit),
          previous ? formatChange(changePercent(p.value, previous.value)) : '',
          p.spreadPercent !== undefined ? `±${p.spreadPercent.toFixed(1)}%` : '',
          regressionRuns.has(p.runId) ? 1 : 0,
        ];
      }),
    },
  };
}
