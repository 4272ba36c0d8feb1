import { formatBaseline, type BenchGateReport, type SeriesVerdict, type Verdict } from './gate.js';
import { formatMeasurement } from './units.js';
import { plural } from '../core/text.js';

/** `+25.0%`, `-3.1%`, `—`. */
export function formatChange(percent: number | undefined): string {
  if (percent === undefined) return '—';
  if (!Number.isFinite(percent)) return percent > 0 ? '+∞%' : '-∞%';
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

/** The verdict as the table shows it: `regressed (> 10%)`, `noisy (±18.8%)`. */
export function describeVerdict(v: SeriesVerdict): string {
  switch (v.verdict) {
    case 'regressed':
      return `regressed (> ${v.threshold}%)`;
    case 'improved':
      return `improved (> ${v.threshold}%)`;
    case 'noisy': {
      const spread = Math.max(v.latest?.spreadPercent ?? 0, v.baseline?.spreadPercent ?? 0);
      return `noisy (spread ±${spread.toFixed(1)}%)`;
    }
    case 'ok':
      return 'ok';
    case 'new':
      return 'new (no baseline yet)';
    case 'missing':
      return 'missing from the latest run';
  }
}

/**
 * The terminal report of `portal check bench`: a table (suite, series,
 * baseline, latest, change, verdict) and a summary line counting verdicts.
 */
export function formatBenchGateReport(report: BenchGateReport): string {
  const rows = [
    ['Suite', 'Series', 'Baseline', 'Latest', 'Change', 'Verdict'],
    ...report.verdicts.map((v) => [
      v.suite,
      v.series,
      v.baseline ? formatMeasurement(v.baseline.value, v.unit) : '—',
      v.latest ? formatMeasurement(v.latest.value, v.unit) : '—',
      formatChange(v.changePercent),
      describeVerdict(v),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => `  ${row.map((cell, c) => (c === row.length - 1 ? cell : c >= 2 && c <= 4 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')}`.trimEnd());
  const order: Verdict[] = ['regressed', 'noisy', 'improved', 'ok', 'new', 'missing'];
  const counted = order.filter((verdict) => report.counts[verdict] > 0).map((verdict) => `${report.counts[verdict]} ${verdict}`);
  const series = plural(report.verdicts.length, 'series', 'series');
  const suites = plural(report.suites.length, 'suite');
  return [
    `Baseline: ${formatBaseline(report.baseline)} · default threshold ${report.defaultThreshold}%`,
    ...lines,
    `${report.passed ? '✔' : '✖'} ${series} in ${suites}: ${counted.join(', ') || 'nothing to compare'}`,
    '',
  ].join('\n');
}

/** One verdict in the `--json` report. */
export interface BenchVerdictJson {
  /** Suite of the series. */
  suite: string;
  /** Series name. */
  series: string;
  /** `regressed`, `noisy`, `improved`, `ok`, `new` or `missing`. */
  verdict: Verdict;
  /** Canonical unit of `baseline` and `latest`. */
  unit: string;
  /** `smaller` or `bigger` (is better). */
  direction: string;
  /** Threshold applied, in percent. */
  threshold: number;
  /** Baseline value, or null without one. */
  baseline: number | null;
  /** Runs the baseline was computed from. */
  baselineRuns: number;
  /** Latest value, or null when the series is missing from the latest run. */
  latest: number | null;
  /** Commit of the latest run. */
  commit: string | null;
  /** Signed change from baseline to latest, in percent. */
  changePercent: number | null;
  /** How much worse, direction taken into account, in percent (negative is better). */
  worsePercent: number | null;
  /** Reported spread of the latest run, in percent. */
  spreadPercent: number | null;
}

/** The `--json` report of `portal check bench` (`schemaVersion: 1`). */
export interface BenchGateJson {
  /** Version of this layout. */
  schemaVersion: 1;
  /** False when a series regressed. */
  passed: boolean;
  /** `previous` or `median:N`. */
  baseline: string;
  /** Default threshold, in percent. */
  defaultThreshold: number;
  /** Series per verdict. */
  counts: Record<Verdict, number>;
  /** Suites checked. */
  suites: string[];
  /** One verdict per series. */
  verdicts: BenchVerdictJson[];
}

/** The `--json` form of the report: the same verdicts, values in canonical units. */
export function benchGateReportToJson(report: BenchGateReport): BenchGateJson {
  return {
    schemaVersion: 1,
    passed: report.passed,
    baseline: formatBaseline(report.baseline),
    defaultThreshold: report.defaultThreshold,
    counts: report.counts,
    suites: report.suites,
    verdicts: report.verdicts.map((v) => ({
      suite: v.suite,
      series: v.series,
      verdict: v.verdict,
      unit: v.unit,
      direction: v.direction,
      threshold: v.threshold,
      baseline: v.baseline?.value ?? null,
      baselineRuns: v.baseline?.runs ?? 0,
      latest: v.latest?.value ?? null,
      commit: v.latest?.commit ?? null,
      changePercent: v.changePercent ?? null,
      worsePercent: v.worsePercent ?? null,
      spreadPercent: v.latest?.spreadPercent ?? null,
    })),
  };
}
