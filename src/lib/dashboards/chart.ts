import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';

/** A point of a chart line. */
export interface ChartPoint {
  /** Date, in milliseconds since the epoch. */
  x: number;
  /** Value, in the chart's display unit. */
  y: number;
}

/** One line of a chart: points with x as a date (epoch ms) and y in display units. */
export interface ChartLineInput {
  /** Stable key of the line (also its `data-line` attribute). */
  key: string;
  /** Name in the legend. */
  label: string;
  /** Points, oldest first. */
  points: readonly ChartPoint[];
}

/** A horizontal reference line, such as a coverage minimum. */
export interface ChartThreshold {
  /** Stable key. */
  key: string;
  /** Text drawn above the line. */
  label: string;
  /** Position: a value in display units in a spec, an SVG y coordinate in a model. */
  y: number;
}

/** A marked point, such as a regression or the latest run. */
export interface ChartMarker {
  /** Text shown on hover (the marker's SVG `<title>`). */
  label: string;
  /** `regression` or `latest`. */
  kind: 'regression' | 'latest';
  /** Position: epoch ms in a spec, an x coordinate of the line layer (0 to `width`) in a model. */
  x: number;
  /** Position: a value in display units in a spec, a y coordinate in CSS pixels in a model. */
  y: number;
  /**
   * Text drawn next to the marker, always visible: a series of a single run
   * is a labelled point (its value and day), not a lone dot.
   */
  caption?: string;
  /** In a model: the y of the caption's baseline, moved apart from the other captions so none overlap. */
  captionY?: number;
  /**
   * In a model: `middle` for a lone caption, centred above its point; `start`
   * for captions of several points at one instant, stacked right of them.
   */
  captionAnchor?: 'middle' | 'start';
}

/** A drawn line: its SVG path. */
export interface ChartLine {
  /** Stable key of the line. */
  key: string;
  /** Name in the legend. */
  label: string;
  /** SVG path data. */
  d: string;
}

/**
 * A drawn line as page data carries it: by reference to its `<path>` in the
 * page's lines file (see `LinesFile`), or with the path inline when there is
 * no such file (the development server).
 */
export interface ChartLineRef {
  /** Stable key of the line (also its `data-line` attribute). */
  key: string;
  /** Name in the legend. */
  label: string;
  /** Id of the line's `<path>` in the lines file. */
  ref: string;
  /** SVG path data, only when the line is inline. */
  d?: string;
}

/** A chart as page data carries it: everything laid out, the lines by reference. */
export interface ChartView extends Omit<LineChartModel, 'lines'> {
  /** The drawn lines. */
  lines: ChartLineRef[];
}

/**
 * An axis tick: `[position, label]`, the SVG coordinate along the axis and
 * its text. A tuple because a page has a dozen per chart.
 */
export type ChartTick = [at: number, label: string];

/** The plot area inside the axes, in SVG user units. */
export interface PlotArea {
  /** Left edge. */
  left: number;
  /** Top edge. */
  top: number;
  /** Right edge. */
  right: number;
  /** Bottom edge. */
  bottom: number;
}

/** What to draw: lines, optional fixed y range, threshold lines and point markers. */
export interface LineChartSpec {
  /** Unique id on the page, used for the title/description ids. */
  id: string;
  /** Accessible title (the `<title>` of the SVG). */
  title: string;
  /** Accessible description: what the chart shows, in one or two sentences. */
  description: string;
  /** Unit of the y axis, e.g. `ms` or `%`. */
  yUnit: string;
  /** The lines to draw. */
  lines: readonly ChartLineInput[];
  /** Fixed y domain (coverage: up to 100%); computed from the data when absent. */
  yDomain?: [number, number];
  /** Horizontal reference lines, e.g. coverage minimums. */
  thresholds?: readonly ChartThreshold[];
  /** Marked points, e.g. regressions and the latest run. */
  markers?: readonly ChartMarker[];
}

/**
 * A chart as geometry, ready for React to render; no D3 runs in the browser.
 * The chart is drawn at the full width of its column and a fixed height in
 * CSS pixels: y coordinates are CSS pixels, x coordinates are units of the
 * line layer, `0` to `width`, which is stretched to the chart's width (the
 * component turns them into percentages). Text is therefore never scaled:
 * labels keep their CSS font size on a 360-pixel phone and a wide desktop.
 */
export interface LineChartModel {
  /** Unique id on the page. */
  id: string;
  /** Accessible title. */
  title: string;
  /** Accessible description. */
  description: string;
  /** Width of the line layer's viewBox: x coordinates run from 0 to it, whatever the drawn width. */
  width: number;
  /** Height of the chart in CSS pixels (and of the line layer's viewBox). */
  height: number;
  /** The plot area inside the axes. */
  plot: PlotArea;
  /** Unit label of the y axis. */
  yUnit: string;
  /** The drawn lines. */
  lines: ChartLine[];
  /** Ticks of the time axis. */
  xTicks: ChartTick[];
  /** Ticks of the value axis. */
  yTicks: ChartTick[];
  /** Reference lines, at SVG y coordinates. */
  thresholds: ChartThreshold[];
  /** Markers, at SVG coordinates. */
  markers: ChartMarker[];
}

/** x units of the line layer; stretched to the chart's drawn width. */
const WIDTH = 1000;
/** Height of a chart, in CSS pixels. */
const HEIGHT = 240;
// y margins are CSS pixels: the top leaves room for the unit label, the bottom for the time labels.
// x margins are line-layer units (1.5% of the width each side), so end markers stay inside.
const MARGIN = { top: 24, right: 15, bottom: 28, left: 15 };
const DAY_MS = 86_400_000;
/** Captions of markers are at least this many pixels apart vertically (a 12 px label plus spacing). */
const CAPTION_GAP = 15;

/** One decimal is sub-pixel at any zoom a reader uses, and keeps path strings short. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out a line chart with d3-scale (UTC time on x, linear on y, "nice"
 * ticks) and d3-shape (the line paths). Pure and synchronous: it runs at build
 * time, and the page ships only the resulting geometry.
 */
export function buildLineChart(spec: LineChartSpec): LineChartModel {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: WIDTH - MARGIN.right, bottom: HEIGHT - MARGIN.bottom };
  const all = spec.lines.flatMap((l) => l.points);
  const xs = all.map((p) => p.x);
  const ys = [...all.map((p) => p.y), ...(spec.thresholds ?? []).map((t) => t.y)];
  const xMin = xs.length > 0 ? Math.min(...xs) : 0;
  const xMax = xs.length > 0 ? Math.max(...xs) : DAY_MS;
  // A single run (or runs on one instant) still gets a readable day-wide axis.
  const xDomain: [Date, Date] = xMin === xMax ? [new Date(xMin - DAY_MS), new Date(xMax + DAY_MS)] : [new Date(xMin), new Date(xMax)];
  const x = scaleUtc().domain(xDomain).range([plot.left, plot.right]);
  let yDomain = spec.yDomain;
  if (!yDomain) {
    const yMin = ys.length > 0 ? Math.min(...ys) : 0;
    const yMax = ys.length > 0 ? Math.max(...ys) : 1;
    const pad = yMax === yMin ? Math.abs(yMax) * 0.1 || 1 : (yMax - yMin) * 0.08;
    yDomain = [Math.max(0, yMin - pad), yMax + pad];
  }
  const y = scaleLinear().domain(yDomain).range([plot.bottom, plot.top]).nice(5);
  const path = line<ChartPoint>()
    .x((p) => round(x(new Date(p.x))))
    .y((p) => round(y(p.y)));
  const yFormat = y.tickFormat(5);
  const xFormat = x.tickFormat(5);
  // A single instant: one tick, at the point, with its day, instead of hours around it.
  const xTicks: ChartTick[] = xMin === xMax && xs.length > 0 ? [[round(x(new Date(xMin))), new Date(xMin).toISOString().slice(0, 10)]] : x.ticks(5).map((tick): ChartTick => [round(x(tick)), xFormat(tick)]);
  const markers = (spec.markers ?? []).map((m): ChartMarker => ({ label: m.label, kind: m.kind, x: round(x(new Date(m.x))), y: round(y(m.y)), ...(m.caption ? { caption: m.caption } : {}) }));
  placeCaptions(markers, plot);
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    width: WIDTH,
    height: HEIGHT,
    plot,
    yUnit: spec.yUnit,
    lines: spec.lines.map((l) => ({ key: l.key, label: l.label, d: path(l.points as ChartPoint[]) ?? '' })),
    xTicks,
    yTicks: y.ticks(5).map((tick): ChartTick => [round(y(tick)), yFormat(tick)]),
    thresholds: (spec.thresholds ?? []).map((t) => ({ key: t.key, label: t.label, y: round(y(t.y)) })),
    markers,
  };
}

/**
 * Baselines of the captions: a lone one above its point; several, right of
 * their points, 4 px below each centre (a 12 px label centred on it), pushed apart top to bottom so that captions of close
 * values (four coverage totals of one run) never overlap, and kept inside the plot.
 */
function placeCaptions(markers: ChartMarker[], plot: PlotArea): void {
  const captioned = markers.filter((m) => m.caption).sort((a, b) => a.y - b.y);
  if (captioned.length === 1) {
    // One point: its caption centred above it, where a long "117.3 ms on 2026-11-20" fits a phone.
    const marker = captioned[0]!;
    marker.captionAnchor = 'middle';
    marker.captionY = round(Math.max(marker.y - 12, plot.top + 8));
    return;
  }
  for (const marker of captioned) marker.captionAnchor = 'start';
  let previous = -Infinity;
  for (const marker of captioned) {
    const at = Math.max(marker.y + 4, previous + CAPTION_GAP, plot.top + 8);
    marker.captionY = round(at);
    previous = at;
  }
  // Pushed below the plot: shift the whole stack back up.
  const overflow = (captioned.at(-1)?.captionY ?? 0) - (plot.bottom - 4);
  if (overflow > 0) for (const marker of captioned) marker.captionY = round(marker.captionY! - overflow);
}

/** Size of a sparkline, in CSS pixels. */
export const SPARKLINE = { width: 96, height: 24, pad: 3 } as const;

/** A sparkline laid out: its path and its last point, in CSS pixels of a {@link SPARKLINE}-sized SVG. */
export interface SparklineModel {
  /** SVG path data; a single value is a zero-length path, drawn as a dot by round line caps. */
  d: string;
  /** The last point, which the sparkline marks. */
  last: [x: number, y: number];
}

/**
 * Lays out a sparkline of values, oldest first, evenly spaced (runs, not
 * days: a sparkline shows the shape of the latest runs), scaled to their own
 * range; a flat series is drawn across the middle.
 */
export function buildSparkline(values: readonly number[]): SparklineModel {
  const { width, height, pad } = SPARKLINE;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const xOf = (i: number) => (values.length === 1 ? width / 2 : pad + ((width - 2 * pad) * i) / (values.length - 1));
  const yOf = (v: number) => (max === min ? height / 2 : height - pad - ((height - 2 * pad) * (v - min)) / (max - min));
  const points = values.map((v, i): [number, number] => [round(xOf(i)), round(yOf(v))]);
  const d = points.length === 1 ? `M${points[0]![0]},${points[0]![1]}Z` : points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px},${py}`).join('');
  return { d, last: points.at(-1)! };
}
