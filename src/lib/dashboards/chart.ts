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
  /** Position: epoch ms in a spec, an SVG x coordinate in a model. */
  x: number;
  /** Position: a value in display units in a spec, an SVG y coordinate in a model. */
  y: number;
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

/** A chart as geometry in SVG user units, ready for React to render; no D3 runs in the browser. */
export interface LineChartModel {
  /** Unique id on the page. */
  id: string;
  /** Accessible title. */
  title: string;
  /** Accessible description. */
  description: string;
  /** Width of the SVG viewBox. */
  width: number;
  /** Height of the SVG viewBox. */
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

const WIDTH = 640;
const HEIGHT = 220;
// The top margin leaves room for the unit label above the highest tick.
const MARGIN = { top: 24, right: 16, bottom: 28, left: 56 };
const DAY_MS = 86_400_000;

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
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    width: WIDTH,
    height: HEIGHT,
    plot,
    yUnit: spec.yUnit,
    lines: spec.lines.map((l) => ({ key: l.key, label: l.label, d: path(l.points as ChartPoint[]) ?? '' })),
    xTicks: x.ticks(5).map((tick): ChartTick => [round(x(tick)), xFormat(tick)]),
    yTicks: y.ticks(5).map((tick): ChartTick => [round(y(tick)), yFormat(tick)]),
    thresholds: (spec.thresholds ?? []).map((t) => ({ key: t.key, label: t.label, y: round(y(t.y)) })),
    markers: (spec.markers ?? []).map((m) => ({ label: m.label, kind: m.kind, x: round(x(new Date(m.x))), y: round(y(m.y)) })),
  };
}
