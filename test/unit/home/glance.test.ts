import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocCoverageJson } from '../../../src/lib/api-coverage/report-json.js';
import { loadCoverageHistory, type CoverageHistoryFile } from '../../../src/lib/history/index.js';
import { coverageGlance, docCoverageGlance } from '../../../src/lib/home/glance.js';

const THRESHOLDS = { lines: 80, statements: 80, functions: 80, branches: 70, maxDrop: 1 };
const EXAMPLE_HISTORY = path.join(import.meta.dirname, '../../../examples/task-service/history');

describe('coverageGlance', () => {
  it('summarises the latest run of the example suite as `portal check coverage` judges it', () => {
    expect(coverageGlance(loadCoverageHistory(EXAMPLE_HISTORY), THRESHOLDS)).toEqual([
      // The SDK's real coverage at its tagged releases, the latest (3.0.0) ingested on 2026-12-05.
      {
        suite: 'task-client-sdk-releases',
        date: '2026-12-05',
        passed: true,
        totals: [
          { metric: 'lines', percent: '99.32%' },
          { metric: 'statements', percent: '98.78%' },
          { metric: 'functions', percent: '100.00%' },
          { metric: 'branches', percent: '95.15%' },
        ],
      },
      {
        suite: 'task-client-sdk',
        date: '2026-11-20',
        passed: true,
        totals: [
          { metric: 'lines', percent: '99.32%' },
          { metric: 'statements', percent: '98.77%' },
          { metric: 'functions', percent: '100.00%' },
          { metric: 'branches', percent: '95.15%' },
        ],
      },
    ]);
  });

  it('marks a suite whose latest run fails the gate, and leaves out the totals its format lacks', () => {
    const run = (id: string, covered: number) => ({ id, date: `2026-12-0${id}T10:00:00.000Z`, format: 'lcov' as const, totals: { lines: { covered, total: 100 } }, files: [] });
    const history = [{ schemaVersion: 1, suite: 'web', kind: 'coverage', runs: [run('1', 90), run('2', 85)] }] as unknown as CoverageHistoryFile[];
    expect(coverageGlance(history, THRESHOLDS)).toEqual([{ suite: 'web', date: '2026-12-02', passed: false, totals: [{ metric: 'lines', percent: '85.00%' }] }]);
  });

  it('is empty before the first ingested run', () => {
    expect(coverageGlance([], THRESHOLDS)).toEqual([]);
  });
});

describe('docCoverageGlance', () => {
  it('rounds as the doc-coverage page does and judges each package against the threshold', () => {
    const count = (documented: number, total: number) => ({ documented, total, percent: (documented / total) * 100 });
    const pkg = (name: string, documented: number, total: number) => ({
      name,
      title: `@acme/${name}`,
      entryPoints: [`packages/${name}/src/index.ts`],
      passed: documented === total,
      totals: count(documented, total),
      byKind: {},
      symbols: [],
    });
    const parsed = parseDocCoverageJson({
      schemaVersion: 1,
      generator: 'portico doc-coverage',
      threshold: 90,
      passed: false,
      kinds: ['Function'],
      totals: count(29, 32),
      changedSince: null,
      packages: [pkg('core', 20, 20), pkg('cli', 9, 12)],
    });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(docCoverageGlance(parsed.report)).toEqual({
      percent: '90.6%',
      threshold: 90,
      passed: false,
      packages: [
        { title: '@acme/core', percent: '100.0%', passed: true },
        { title: '@acme/cli', percent: '75.0%', passed: false },
      ],
    });
  });
});
