import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkBenchmarks,
  collectSeries,
  detectRegressions,
  evaluateSeries,
  formatBenchGateReport,
  parseBaseline,
  thresholdFor,
  worsePercent,
  type BenchSeries,
} from '../../../src/lib/bench/index.js';
import { loadBenchHistory } from '../../../src/lib/history/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const fixtureHistory = (name: string) => loadBenchHistory(path.join(REPO_ROOT, 'test/fixtures/history', name));

/** A series of times (ms) with optional spreads, one run per value. */
function series(values: readonly number[], options: { direction?: 'smaller' | 'bigger'; spreads?: readonly (number | undefined)[] } = {}): BenchSeries {
  return {
    suite: 's',
    name: 'x',
    unit: 'ns',
    dimension: 'time',
    direction: options.direction ?? 'smaller',
    points: values.map((value, i) => ({
      runId: `r${i}`,
      date: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
      commit: `c${i}`,
      value,
      ...(options.spreads?.[i] !== undefined ? { spreadPercent: options.spreads[i] } : {}),
    })),
  };
}

describe('regression gate', () => {
  it('fails a 25% slowdown against the median of the last 5 runs', () => {
    const report = checkBenchmarks(fixtureHistory('slowdown-25'), { threshold: 10 });
    expect(report.passed).toBe(false);
    expect(report.counts).toMatchObject({ regressed: 1, ok: 2 });
    const verdict = report.verdicts.find((v) => v.series === 'GET /tasks')!;
    expect(verdict).toMatchObject({ verdict: 'regressed', baseline: { value: 100.4e6, runs: 5 }, latest: { value: 125.5e6 } });
    expect(verdict.changePercent).toBeCloseTo(25.0, 1);
  });

  it('passes a 3% change', () => {
    const report = checkBenchmarks(fixtureHistory('change-3'), { threshold: 10 });
    expect(report.passed).toBe(true);
    expect(report.verdicts.find((v) => v.series === 'GET /tasks')).toMatchObject({ verdict: 'ok' });
  });

  it('calls a 25% change within a ±30% reported spread noisy, not regressed', () => {
    const report = checkBenchmarks(fixtureHistory('noisy-25'), { threshold: 10 });
    expect(report.passed).toBe(true);
    expect(report.verdicts.find((v) => v.series === 'GET /tasks')).toMatchObject({ verdict: 'noisy' });
  });

  it('fails the 3% history with a 2% threshold, and passes the 25% one with a per-series override of 30%', () => {
    expect(checkBenchmarks(fixtureHistory('change-3'), { threshold: 2 }).passed).toBe(false);
    const overridden = checkBenchmarks(fixtureHistory('slowdown-25'), { threshold: 10, overrides: [{ series: 'GET /tasks*', threshold: 30 }] });
    expect(overridden.passed).toBe(true);
    expect(overridden.verdicts.map((v) => v.threshold)).toEqual([30, 30, 10]);
  });

  it('compares with the previous run only when asked, which can blame a single slow run', () => {
    // The run before the latest was a 30% outlier: against it the latest looks 20% faster.
    const values = [100, 100, 100, 100, 130, 104];
    expect(evaluateSeries(series(values), { kind: 'previous' }, 10).verdict).toBe('improved');
    expect(evaluateSeries(series(values), { kind: 'median', runs: 5 }, 10).verdict).toBe('ok');
  });

  it('takes direction into account: a throughput drop from 100 to 80 is a 25% regression', () => {
    expect(worsePercent(80, 100, 'bigger')).toBeCloseTo(25);
    expect(worsePercent(125, 100, 'smaller')).toBeCloseTo(25);
    expect(evaluateSeries(series([100, 100, 100, 80], { direction: 'bigger' }), { kind: 'median', runs: 5 }, 10).verdict).toBe('regressed');
    expect(evaluateSeries(series([100, 100, 100, 120], { direction: 'bigger' }), { kind: 'median', runs: 5 }, 10).verdict).toBe('improved');
  });

  it('reports a first run as new and a series gone from the latest run as missing', () => {
    expect(evaluateSeries(series([100]), { kind: 'median', runs: 5 }, 10).verdict).toBe('new');
    const history = fixtureHistory('change-3');
    const suite = history[0]!;
    const last = suite.runs.at(-1)!;
    const trimmed = [{ ...suite, runs: [...suite.runs.slice(0, -1), { ...last, results: last.results.filter((r) => r.name !== 'tasks created') }] }];
    expect(checkBenchmarks(trimmed, { threshold: 10 }).verdicts.map((v) => [v.series, v.verdict])).toEqual([
      ['GET /tasks', 'ok'],
      ['GET /tasks/{id}', 'ok'],
      ['tasks created', 'missing'],
    ]);
  });

  it('parses --baseline', () => {
    expect(parseBaseline('previous')).toEqual({ kind: 'previous' });
    expect(parseBaseline('median')).toEqual({ kind: 'median', runs: 5 });
    expect(parseBaseline('median:9')).toEqual({ kind: 'median', runs: 9 });
    expect(() => parseBaseline('mean:3')).toThrow('Invalid baseline "mean:3"');
    expect(() => parseBaseline('median:0')).toThrow('Invalid baseline');
  });

  it('matches threshold overrides by suite and * pattern, first match wins', () => {
    const overrides = [
      { suite: 'load', series: 'GET *', threshold: 25 },
      { series: '*p95*', threshold: 15 },
    ];
    expect(thresholdFor('load', 'GET /tasks', 10, overrides)).toBe(25);
    expect(thresholdFor('sdk', 'GET /tasks', 10, overrides)).toBe(10);
    expect(thresholdFor('sdk', 'POST p95 latency', 10, overrides)).toBe(15);
  });

  it('prints a table with series, baseline, latest, change and verdict', () => {
    expect(formatBenchGateReport(checkBenchmarks(fixtureHistory('slowdown-25'), { threshold: 10 }))).toBe(
      [
        'Baseline: median:5 · default threshold 10%',
        '  Suite  Series              Baseline      Latest  Change  Verdict',
        '  api    GET /tasks          100.4 ms    125.5 ms  +25.0%  regressed (> 10%)',
        '  api    GET /tasks/{id}      30.2 ms       30 ms   -0.7%  ok',
        '  api    tasks created    1.81k ops/s  1.8k ops/s   -0.6%  ok',
        '✖ 3 series in 1 suite: 1 regressed, 2 ok',
        '',
      ].join('\n'),
    );
  });
});

describe('past regressions (step changes)', () => {
  it('finds a lasting step at the run where it landed, with its commit and the last good one', () => {
    const values = [100, 101, 99, 100, 102, 100, 130, 131, 129, 130, 132];
    const events = detectRegressions(series(values), { threshold: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ runId: 'r6', commit: 'c6', previousCommit: 'c5', before: 100, after: 130 });
    expect(events[0]!.worsePercent).toBeCloseTo(30);
  });

  it('ignores a single slow run and a step within the reported spread', () => {
    expect(detectRegressions(series([100, 101, 99, 100, 150, 100, 101, 99]), { threshold: 10 })).toEqual([]);
    const spreads = Array(11).fill(40);
    expect(detectRegressions(series([100, 101, 99, 100, 102, 100, 130, 131, 129, 130, 132], { spreads }), { threshold: 10 })).toEqual([]);
  });

  it('finds two separate steps, and leaves an unconfirmed latest step to the gate', () => {
    const values = [100, 100, 100, 100, 125, 125, 125, 125, 125, 125, 160, 160, 160, 160, 160, 160, 200];
    expect(detectRegressions(series(values), { threshold: 10 }).map((e) => e.runId)).toEqual(['r4', 'r10']);
  });

  it('does not report an improvement', () => {
    expect(detectRegressions(series([100, 100, 100, 100, 70, 70, 70, 70]), { threshold: 10 })).toEqual([]);
  });

  it('collects series per suite from stored runs', () => {
    const collected = collectSeries(fixtureHistory('slowdown-25'));
    expect(collected.map((s) => [s.name, s.points.length, s.direction])).toEqual([
      ['GET /tasks', 7, 'smaller'],
      ['GET /tasks/{id}', 7, 'smaller'],
      ['tasks created', 7, 'bigger'],
    ]);
  });
});
