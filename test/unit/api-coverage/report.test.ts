import { describe, expect, it } from 'vitest';
import {
  buildDocCoverageReport,
  countOf,
  evaluateDocCoverage,
  formatPercent,
  limitToFiles,
  meetsThreshold,
  type DocCoverageSymbol,
  type PackageDocCoverage,
} from '../../../src/lib/api-coverage/index.js';

function symbol(name: string, documented: boolean, file = 'src/a.ts', line = 1): DocCoverageSymbol {
  return { name, kind: 'Function', reflectionKind: 'CallSignature', documented, file, line, page: null, url: null, sourceUrl: null };
}

function pkg(name: string, symbols: DocCoverageSymbol[]): PackageDocCoverage {
  return { name, title: name, entryPoints: ['src/index.ts'], totals: countOf(symbols), byKind: { Function: countOf(symbols) }, symbols };
}

describe('threshold logic', () => {
  it.each([
    [199, 200, 99.5, true],
    [199, 200, 99.6, false],
    [1, 3, 33.3, true],
    [1, 3, 33.4, false],
    [2, 3, 66.66666666666667, true],
    [0, 0, 100, true],
    [9, 10, 100, false],
  ])('%i of %i documented against %d%% → %s', (documented, total, threshold, expected) => {
    const count = { documented, total, percent: total === 0 ? 100 : (documented * 100) / total };
    expect(meetsThreshold(count, threshold)).toBe(expected);
  });

  it('rounds displayed percentages down, so a failing run never shows 100.0%', () => {
    expect(formatPercent((1999 * 100) / 2000)).toBe('99.9%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent((1 * 100) / 3)).toBe('33.3%');
    expect(formatPercent(0)).toBe('0.0%');
  });

  it('judges each package on its own and lists every undocumented symbol, sorted by file, line and name', () => {
    const report = buildDocCoverageReport(
      [
        pkg('good', [symbol('a', true), symbol('b', true)]),
        pkg('bad', [symbol('z', false, 'src/b.ts', 3), symbol('y', false, 'src/a.ts', 9), symbol('x', true)]),
      ],
      { kinds: ['Function'], threshold: 80 },
    );
    // 3 of 5 overall is 60%, but only the package below the threshold fails.
    expect(report.totals).toEqual({ documented: 3, total: 5, percent: 60 });
    const verdict = evaluateDocCoverage(report);
    expect(verdict.passed).toBe(false);
    expect(verdict.failing.map((p) => p.name)).toEqual(['bad']);
    expect(verdict.undocumented.map((s) => [s.package, s.file, s.line, s.name])).toEqual([
      ['bad', 'src/a.ts', 9, 'y'],
      ['bad', 'src/b.ts', 3, 'z'],
    ]);
    expect(evaluateDocCoverage({ ...report, threshold: 33 }).passed).toBe(true);
  });

  it('limits a report to changed files and holds them to 100%', () => {
    const report = buildDocCoverageReport([pkg('p', [symbol('old', false, 'src/old.ts'), symbol('new', true, 'src/new.ts'), symbol('new2', false, 'src/new.ts', 5)])], {
      kinds: ['Function'],
      threshold: 10,
    });
    const limited = limitToFiles(report, 'origin/main', ['src/new.ts']);
    expect(limited.threshold).toBe(100);
    expect(limited.changedSince).toEqual({ ref: 'origin/main', files: ['src/new.ts'] });
    expect(limited.packages[0]!.symbols.map((s) => s.name)).toEqual(['new', 'new2']);
    expect(limited.totals).toEqual({ documented: 1, total: 2, percent: 50 });
    expect(evaluateDocCoverage(limited).passed).toBe(false);
    // Nothing changed that is counted: nothing can fail.
    expect(evaluateDocCoverage(limitToFiles(report, 'HEAD', ['README.md'])).passed).toBe(true);
  });
});
