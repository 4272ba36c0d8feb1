import { formatBaseline } from '../bench/index.js';
import type { SuiteAnalysis } from './bench-analysis.js';
import { BENCHMARKS_PATH } from './bench-limits.js';
import type { BenchDashboardSettings } from './bench-page-data.js';
import { suiteDownloads, toCsv, type DashboardFile } from './files.js';

/**
 * A suite's downloads: every run with the exact stored value of each series
 * (canonical units: ns, ops/s, B). The CSV has one row per run and two
 * columns per series (value and spread); the JSON has the same runs plus per
 * series its unit, direction, threshold, the gate's verdict of the latest run
 * and every past regression found.
 */
export function downloadFiles({ suite, fileName, series }: SuiteAnalysis, settings: BenchDashboardSettings): DashboardFile[] {
  const paths = suiteDownloads(BENCHMARKS_PATH, fileName);
  const index = new Map(series.map(({ series: s }, i) => [s.name, i]));
  const runs = suite.runs.map((run) => {
    const values: (number | null)[] = series.map(() => null);
    const spreads: (number | null)[] = series.map(() => null);
    for (const result of run.results) {
      const i = index.get(result.name);
      if (i === undefined) continue;
      values[i] = result.value;
      spreads[i] = result.spread?.percent ?? null;
    }
    return { run, values, spreads };
  });
  const csv = toCsv(
    ['date', 'run_id', 'commit', 'branch', ...series.flatMap(({ series: s }) => [`${s.name} (${s.unit})`, `${s.name} spread (%)`])],
    runs.map(({ run, values, spreads }) => [run.date, run.id, run.commit, run.branch, ...values.flatMap((v, i) => [v ?? undefined, spreads[i] ?? undefined])]),
  );
  const json = {
    schemaVersion: 1,
    kind: 'bench',
    suite: suite.suite,
    ...(suite.note ? { note: suite.note } : {}),
    baseline: formatBaseline(settings.baseline),
    series: series.map(({ series: s, threshold, events, verdict }) => ({
      name: s.name,
      unit: s.unit,
      direction: s.direction,
      threshold,
      latest: verdict
        ? { verdict: verdict.verdict, ...(verdict.baseline ? { baseline: verdict.baseline.value } : {}), ...(verdict.changePercent !== undefined ? { changePercent: verdict.changePercent } : {}) }
        : { verdict: 'missing' },
      regressions: events.map((e) => ({
        date: e.date,
        runId: e.runId,
        commit: e.commit ?? null,
        previousCommit: e.previousCommit ?? null,
        before: e.before,
        after: e.after,
        worsePercent: e.worsePercent,
      })),
    })),
    columns: ['date', 'runId', 'commit', 'branch', 'values', 'spreadPercents'],
    runs: runs.map(({ run, values, spreads }) => [run.date, run.id, run.commit ?? null, run.branch ?? null, values, spreads]),
  };
  return [
    { path: paths.csv, contents: csv },
    { path: paths.json, contents: `${JSON.stringify(json)}\n` },
  ];
}
