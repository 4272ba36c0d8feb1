import { createHash } from 'node:crypto';
import type { ChartLine, ChartLineRef, ChartView, LineChartModel } from './chart.js';

/**
 * A static file the dashboards emit into the build next to their pages: the
 * lines file a page's charts draw from, and the per-suite downloads of the
 * full history. Not part of a page's JSON module, so not of its weight.
 */
export interface DashboardFile {
  /** Site path without the baseUrl, e.g. `/dashboards/benchmarks/data/api.csv`. */
  path: string;
  /** The file's text. */
  contents: string;
}

/** Where a suite's full history can be downloaded from (site paths, without the baseUrl). */
export interface SuiteDownloads {
  /** One row per run and series (or metric): spreadsheets, pandas, `csvkit`. */
  csv: string;
  /** The same runs plus metadata and every detected regression. */
  json: string;
}

/** Download paths of a suite under a page's directory. */
export function suiteDownloads(pageDir: string, fileName: string): SuiteDownloads {
  return { csv: `${pageDir}/data/${fileName}.csv`, json: `${pageDir}/data/${fileName}.json` };
}

/**
 * Collects the paths of a page's chart lines into one SVG file of `<path>`
 * elements that each chart references with `<use href="…#id">`. The page's
 * HTML and its JSON module then carry no point data at all; the file is
 * fetched once per page view (and cached), and its size is set by the point
 * budget per line (MAX_CHART_POINTS), not by the length of the history.
 */
export class LinesFile {
  private readonly paths: { id: string; d: string }[] = [];

  constructor(
    /** Directory of the page, e.g. `/dashboards/benchmarks`. */
    private readonly pageDir: string,
    /** Keep each path inline in the page instead (`docusaurus start`, which runs no `postBuild` to write the file). */
    private readonly inline = false,
  ) {}

  /** The chart as the page data carries it: its lines by reference (or inline), everything else as laid out. */
  detach(chart: LineChartModel): ChartView {
    const { lines, ...rest } = chart;
    return { ...rest, lines: lines.map((line) => this.add(chart.id, line)) };
  }

  private add(chartId: string, line: ChartLine): ChartLineRef {
    return { key: line.key, label: line.label, ...this.path(`${chartId}-${line.key}`, line.d) };
  }

  /** Any other path of the page, such as a sparkline: by reference to the file, or inline. */
  path(id: string, d: string): PathRef {
    const ref = id.replace(/[^A-Za-z0-9_-]/g, '-');
    if (this.inline) return { ref, d };
    this.paths.push({ id: ref, d });
    return { ref };
  }

  /**
   * The file, named after a hash of its contents so a browser never draws a
   * cached old line under new axes; `undefined` when inline or empty.
   */
  file(): DashboardFile | undefined {
    if (this.inline || this.paths.length === 0) return undefined;
    // A chart stretches its line layer to its width; the stroke keeps its width in CSS pixels all the same.
    const body = this.paths.map((p) => `<path id="${escapeXml(p.id)}" d="${escapeXml(p.d)}" vector-effect="non-scaling-stroke"/>`).join('\n');
    const contents = `<svg xmlns="http://www.w3.org/2000/svg"><defs>\n${body}\n</defs></svg>\n`;
    const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10);
    return { path: `${this.pageDir}/lines.${hash}.svg`, contents };
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A path of the lines file: its id, and its data only when it is inline. */
export interface PathRef {
  /** Id of the `<path>` in the lines file. */
  ref: string;
  /** SVG path data, only when inline. */
  d?: string;
}

/** A cell of a CSV file: text, a number, or empty. */
export type CsvCell = string | number | undefined;

/**
 * RFC 4180 CSV: a header and rows, fields quoted when they hold a comma, a
 * quote or a line break. Text fields that a spreadsheet would read as a
 * formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) get
 * a leading `'`, because series names come from benchmark output, which is
 * not trusted. Numbers are written as they are.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvText).join(',')];
  for (const row of rows) lines.push(row.map((cell) => (cell === undefined ? '' : typeof cell === 'number' ? String(cell) : csvText(cell))).join(','));
  return `${lines.join('\n')}\n`;
}

function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
