import type { CoverageHistoryFile } from '../history/index.js';
import { COVERAGE_METRICS, coveragePercent, type CoverageMetric } from './model.js';
import { plural } from '../core/text.js';

const EPSILON = 1e-9;

/** Minimums and the largest allowed drop, as in `thresholds.coverage`. */
export interface CoverageThresholds {
  /** Minimum line coverage, in percent. */
  lines: number;
  /** Minimum statement coverage, in percent. */
  statements: number;
  /** Minimum function coverage, in percent. */
  functions: number;
  /** Minimum branch coverage, in percent. */
  branches: number;
  /** Largest allowed drop of any total against the previous run, in percentage points. */
  maxDrop: number;
}

/** The gate's finding for one metric of one suite. */
export interface CoverageMetricVerdict {
  /** Suite of the run. */
  suite: string;
  /** The total judged. */
  metric: CoverageMetric;
  /** `failed` when below the minimum or dropped too far; `unavailable` when the format does not report the metric. */
  verdict: 'ok' | 'failed' | 'unavailable';
  /** Why it failed. */
  reasons: ('below minimum' | 'dropped')[];
  /** Minimum for this total, in percent. */
  minimum: number;
  /** Largest allowed drop, in percentage points. */
  maxDrop: number;
  /** Latest percentage, with its counts. */
  latest?: CoverageFigure;
  /** Percentage in the previous run, when there is one with this metric. */
  previous?: number;
  /** Percentage points lost since the previous run (negative: gained). */
  drop?: number;
}

/** A coverage percentage with the counts it comes from. */
export interface CoverageFigure {
  /** Covered share, in percent. */
  percent: number;
  /** Items covered. */
  covered: number;
  /** Items in total. */
  total: number;
}

/** The run of a suite the coverage gate judged. */
export interface CheckedCoverageRun {
  /** Suite of the run. */
  suite: string;
  /** Id of the latest run. */
  runId: string;
  /** Its date (ISO 8601 UTC). */
  date: string;
  /** Its commit, if recorded. */
  commit?: string;
  /** Id of the run it was compared with for the drop, if any. */
  previousRunId?: string;
}

/** Everything `portal check coverage` found. */
export interface CoverageGateReport {
  /** One verdict per total per suite. */
  verdicts: CoverageMetricVerdict[];
  /** Latest run of each suite checked. */
  runs: CheckedCoverageRun[];
  /** False when any total failed. */
  passed: boolean;
}

/**
 * The coverage gate: in each suite's latest run, every total must reach its
 * minimum and must not have dropped by more than `maxDrop` percentage points
 * since the previous run.
 */
export function checkCoverage(history: readonly CoverageHistoryFile[], thresholds: CoverageThresholds, suites?: readonly string[]): CoverageGateReport {
  const verdicts: CoverageMetricVerdict[] = [];
  const runs: CoverageGateReport['runs'] = [];
  for (const suite of history) {
    if (suite.runs.length === 0 || (suites && !suites.includes(suite.suite))) continue;
    const latest = suite.runs.at(-1)!;
    const previous = suite.runs.at(-2);
    runs.push({ suite: suite.suite, runId: latest.id, date: latest.date, ...(latest.commit ? { commit: latest.commit } : {}), ...(previous ? { previousRunId: previous.id } : {}) });
    for (const metric of COVERAGE_METRICS) {
      const base = { suite: suite.suite, metric, minimum: thresholds[metric], maxDrop: thresholds.maxDrop, reasons: [] as CoverageMetricVerdict['reasons'] };
      const count = latest.totals[metric];
      if (!count) {
        verdicts.push({ ...base, verdict: 'unavailable' });
        continue;
      }
      const percent = coveragePercent(count);
      const before = previous?.totals[metric];
      const previousPercent = before ? coveragePercent(before) : undefined;
      const drop = previousPercent !== undefined ? previousPercent - percent : undefined;
      const reasons: CoverageMetricVerdict['reasons'] = [];
      // Percentages are ratios of integers: allow for float rounding at the exact boundary (89/100*100 is 89.00000000000001).
      if (percent < thresholds[metric] - EPSILON) reasons.push('below minimum');
      if (drop !== undefined && drop > thresholds.maxDrop + EPSILON) reasons.push('dropped');
      verdicts.push({
        ...base,
        verdict: reasons.length > 0 ? 'failed' : 'ok',
        reasons,
        latest: { percent, covered: count.covered, total: count.total },
        ...(previousPercent !== undefined ? { previous: previousPercent, drop } : {}),
      });
    }
  }
  return { verdicts, runs, passed: verdicts.every((v) => v.verdict !== 'failed') };
}

/** `99.32%`: two decimals, the precision coverage tools print. */
export function formatPercent(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(2)}%`;
}

/** The terminal report of `portal check coverage`. */
export function formatCoverageGateReport(report: CoverageGateReport): string {
  const rows = [
    ['Suite', 'Metric', 'Minimum', 'Previous', 'Latest', 'Change', 'Verdict'],
    ...report.verdicts.map((v) => [
      v.suite,
      v.metric,
      `${v.minimum}%`,
      formatPercent(v.previous),
      v.latest ? `${formatPercent(v.latest.percent)} (${v.latest.covered}/${v.latest.total})` : '—',
      v.drop === undefined ? '—' : `${v.drop > 0 ? '-' : '+'}${Math.abs(v.drop).toFixed(2)} pt`,
      v.verdict === 'failed'
        ? `failed: ${v.reasons.map((r) => (r === 'dropped' ? `dropped more than ${v.maxDrop} pt` : `below ${v.minimum}%`)).join(', ')}`
        : v.verdict === 'unavailable'
          ? 'not in this format'
          : 'ok',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => `  ${row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')}`.trimEnd());
  const failed = report.verdicts.filter((v) => v.verdict === 'failed').length;
  const suites = plural(report.runs.length, 'suite');
  return [...lines, `${report.passed ? '✔' : '✖'} ${suites}: ${failed === 0 ? 'every total meets its minimum and maximum drop' : `${plural(failed, 'total')} failed`}`, ''].join('\n');
}

/** The `--json` report of `portal check coverage` (`schemaVersion: 1`). */
export interface CoverageGateJson {
  /** Version of this layout. */
  schemaVersion: 1;
  /** False when any total failed. */
  passed: boolean;
  /** Latest run of each suite checked. */
  runs: CheckedCoverageRun[];
  /** One verdict per total per suite. */
  verdicts: CoverageMetricVerdict[];
}

/** The `--json` form of the coverage report. */
export function coverageGateReportToJson(report: CoverageGateReport): CoverageGateJson {
  return { schemaVersion: 1, passed: report.passed, runs: report.runs, verdicts: report.verdicts };
}
