import { describe, expect, it } from 'vitest';
import { checkCoverage, formatCoverageGateReport } from '../../../src/lib/coverage/index.js';
import type { CoverageHistoryFile, CoverageRun } from '../../../src/lib/history/index.js';

const THRESHOLDS = { lines: 80, statements: 80, functions: 80, branches: 70, maxDrop: 1 };

function run(id: string, totals: CoverageRun['totals']): CoverageRun {
  return { id: id.padEnd(16, '0'), date: `2026-11-0${id.length}T00:00:00.000Z`, commit: id, format: 'lcov', totals, files: [] };
}

function history(...runs: CoverageRun[]): CoverageHistoryFile[] {
  return [{ schemaVersion: 1, kind: 'coverage', suite: 'sdk', runs }];
}

describe('coverage gate', () => {
  it('passes totals at or above their minimums that did not drop', () => {
    const report = checkCoverage(
      history(run('a', { lines: { covered: 90, total: 100 } }), run('ab', { lines: { covered: 895, total: 1000 }, branches: { covered: 7, total: 10 } })),
      THRESHOLDS,
    );
    expect(report.passed).toBe(true);
    expect(report.verdicts.map((v) => [v.metric, v.verdict])).toEqual([
      ['lines', 'ok'],
      ['statements', 'unavailable'],
      ['functions', 'unavailable'],
      ['branches', 'ok'],
    ]);
  });

  it('fails a total below its minimum, and a drop of more than maxDrop points since the previous run', () => {
    const report = checkCoverage(history(run('a', { lines: { covered: 95, total: 100 } }), run('ab', { lines: { covered: 79, total: 100 } })), THRESHOLDS);
    expect(report.passed).toBe(false);
    expect(report.verdicts[0]).toMatchObject({ metric: 'lines', verdict: 'failed', reasons: ['below minimum', 'dropped'], previous: 95, drop: 16 });
    const dropOnly = checkCoverage(history(run('a', { lines: { covered: 95, total: 100 } }), run('ab', { lines: { covered: 938, total: 1000 } })), THRESHOLDS);
    expect(dropOnly.verdicts[0]).toMatchObject({ verdict: 'failed', reasons: ['dropped'] });
    expect(formatCoverageGateReport(dropOnly)).toContain('sdk    lines       80%      95.00%    93.80% (938/1000)  -1.20 pt  failed: dropped more than 1 pt');
  });

  it('allows a drop of exactly maxDrop points, and treats an empty total as fully covered', () => {
    const report = checkCoverage(
      history(run('a', { lines: { covered: 90, total: 100 }, functions: { covered: 0, total: 0 } }), run('ab', { lines: { covered: 89, total: 100 }, functions: { covered: 0, total: 0 } })),
      THRESHOLDS,
    );
    expect(report.passed).toBe(true);
    expect(report.verdicts.find((v) => v.metric === 'functions')!.latest!.percent).toBe(100);
  });
});
