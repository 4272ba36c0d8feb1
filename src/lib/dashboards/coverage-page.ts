import {
  COVERAGE_METRICS,
  checkCoverage,
  coveragePercent,
  formatPercent,
  type CoverageCount,
  type CoverageMetric,
  type CoverageThresholds,
} from '../coverage/index.js';
import type { CoverageHistoryFile } from '../history/index.js';
import { buildLineChart, type LineChartModel } from './chart.js';
import { MAX_CHART_POINTS, downsampleIndices } from './downsample.js';
import { commitLink, dayOf, slugify, uniqueIds, type CommitLink } from './links.js';

/** One total of the latest run, with its minimum and verdict. */
export interface CoverageTotalView {
  /** The total. */
  metric: CoverageMetric;
  /** Formatted percentage, e.g. `99.32%`. */
  percent: string;
  /** Items covered. */
  covered: number;
  /** Items in total. */
  total: number;
  /** Minimum, in percent. */
  minimum: number;
  /** Change since the previous run, in percentage points: `+0.12 pt`. */
  change?: string;
  /** The gate's verdict. */
  verdict: 'ok' | 'failed';
  /** Why it failed, in words. */
  reasons: string[];
}

/** A coverage suite on the page. */
export interface CoverageSuiteView {
  /** Anchor of the suite. */
  id: string;
  /** Suite name. */
  suite: string;
  /** The history file's note, e.g. that it is sample data. */
  note?: string;
  /** Runs in the suite. */
  runs: number;
  /** Day, commit and format of the latest run. */
  latest: CoverageRunStamp;
  /** The four totals, or fewer when the format lacks some. */
  totals: CoverageTotalView[];
  /** False when a total fails the gate. */
  passed: boolean;
  /** Trend of the totals, with the minimums as threshold lines. */
  chart: LineChartModel;
  /** Drawn runs with their exact percentages. */
  table: CoverageTable;
  /** Per-file figures of the latest run, one value per entry of `fileMetrics`. */
  files: CoverageFileRow[];
  /** The metrics of the per-file table's columns. */
  fileMetrics: CoverageMetric[];
}

/** When, at which commit and from which format a coverage run came. */
export interface CoverageRunStamp {
  /** Day of the run, `YYYY-MM-DD`. */
  date: string;
  /** Commit of the run, if recorded. */
  commit?: CommitLink;
  /** Format it was ingested from. */
  format: string;
}

/** The data table of a coverage suite. */
export interface CoverageTable {
  /** The metrics of the columns after date and commit. */
  metrics: CoverageMetric[];
  /** `[date, short commit or '', one percentage per metric]` per drawn run (tuples, see `BenchTableRow`). */
  rows: string[][];
  /** Rows shown. */
  shown: number;
  /** Runs in the history. */
  total: number;
}

/** A file of the latest run in the per-file table. */
export interface CoverageFileRow {
  /** Source path. */
  path: string;
  /** `98.96% (96/97)` per metric, `—` when the file has none. */
  values: string[];
}

/** The data of `/dashboards/coverage`. */
export interface CoveragePageData {
  /** The minimums and maximum drop of `thresholds.coverage`. */
  thresholds: CoverageThresholds;
  /** Suites with at least one run. */
  suites: CoverageSuiteView[];
}

/** Route of the coverage page. */
export const COVERAGE_PATH = '/dashboards/coverage';

/**
 * Beyond MAX_CHART_POINTS runs, each metric keeps this many points, and the
 * table is the union of the four selections (at most twice the chart limit,
 * usually far less: the selections overlap).
 */
const POINTS_PER_METRIC = Math.floor(MAX_CHART_POINTS / 2);

/**
 * Plans the coverage page: the trend of the four totals with the minimums as
 * threshold lines, the latest totals judged by `checkCoverage` (the function
 * `portal check coverage` runs), and the per-file table of the latest run.
 */
export function planCoveragePage(history: readonly CoverageHistoryFile[], thresholds: CoverageThresholds, repository: string): CoveragePageData {
  const report = checkCoverage(history, thresholds);
  const suites = history.filter((s) => s.runs.length > 0);
  const ids = uniqueIds(suites.map((s) => `coverage-${slugify(s.suite)}`));
  return {
    thresholds,
    suites: suites.map((suite, index) => {
      const latest = suite.runs.at(-1)!;
      const metrics = COVERAGE_METRICS.filter((m) => suite.runs.some((run) => run.totals[m]));
      const verdicts = report.verdicts.filter((v) => v.suite === suite.suite && v.verdict !== 'unavailable');
      const lines = metrics.map((metric) => {
        const points = suite.runs.flatMap((run, i) => (run.totals[metric] ? [{ x: Date.parse(run.date), y: coveragePercent(run.totals[metric]!), run: i }] : []));
        const kept = downsampleIndices(points, suite.runs.length <= MAX_CHART_POINTS ? MAX_CHART_POINTS : POINTS_PER_METRIC).map((k) => points[k]!);
        return { metric, kept };
      });
      const tableRuns = [...new Set(lines.flatMap((l) => l.kept.map((p) => p.run)))].sort((a, b) => a - b);
      const minimums = metrics.filter((m) => thresholds[m] > 0);
      const thresholdLines = [...new Set(minimums.map((m) => thresholds[m]))].map((value) => ({
        key: `min-${value}`,
        label: `minimum ${value}% (${minimums.filter((m) => thresholds[m] === value).join(', ')})`,
        y: value,
      }));
      const lowest = Math.min(...lines.flatMap((l) => l.kept.map((p) => p.y)), ...thresholdLines.map((t) => t.y));
      const id = ids[index]!;
      return {
        id,
        suite: suite.suite,
        ...(suite.note ? { note: suite.note } : {}),
        runs: suite.runs.length,
        latest: { date: dayOf(latest.date), ...(latest.commit ? { commit: commitLink(latest.commit, repository) } : {}), format: latest.format },
        totals: verdicts.map((v) => ({
          metric: v.metric,
          percent: formatPercent(v.latest!.percent),
          covered: v.latest!.covered,
          total: v.latest!.total,
          minimum: v.minimum,
          ...(v.drop !== undefined ? { change: `${v.drop > 0 ? '-' : '+'}${Math.abs(v.drop).toFixed(2)} pt` } : {}),
          verdict: v.verdict === 'failed' ? 'failed' : 'ok',
          reasons: v.reasons.map((r) => (r === 'dropped' ? `dropped more than ${v.maxDrop} pt` : `below the ${v.minimum}% minimum`)),
        })),
        passed: verdicts.every((v) => v.verdict !== 'failed'),
        chart: buildLineChart({
          id,
          title: `Coverage of ${suite.suite}: ${metrics.join(', ')} in percent`,
          description:
            `${suite.runs.length} runs from ${dayOf(suite.runs[0]!.date)} to ${dayOf(latest.date)}; latest ` +
            `${verdicts.map((v) => `${v.metric} ${formatPercent(v.latest!.percent)}`).join(', ')}` +
            `${thresholdLines.length > 0 ? `; dashed lines mark the minimums` : ''}.`,
          yUnit: '%',
          // Zoomed on the range in use: coverage moves by tenths of a point.
          yDomain: [Math.max(0, Math.floor(lowest - 2)), 100],
          lines: lines.map((l) => ({ key: l.metric, label: l.metric, points: l.kept })),
          thresholds: thresholdLines,
        }),
        table: {
          metrics,
          shown: tableRuns.length,
          total: suite.runs.length,
          rows: tableRuns.map((i) => {
            const run = suite.runs[i]!;
            return [dayOf(run.date), run.commit?.slice(0, 7) ?? '', ...metrics.map((m) => (run.totals[m] ? formatPercent(coveragePercent(run.totals[m]!)) : '—'))];
          }),
        },
        fileMetrics: metrics,
        files: latest.files.map((file) => ({ path: file.path, values: metrics.map((m) => formatCount(file[m])) })),
      };
    }),
  };
}

/** `98.96% (96/97)`, or `—` when the file has no figure for the metric. */
function formatCount(count: CoverageCount | undefined): string {
  return count ? `${formatPercent(coveragePercent(count))} (${count.covered}/${count.total})` : '—';
}
