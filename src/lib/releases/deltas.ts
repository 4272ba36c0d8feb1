import { formatMeasurement, thresholdFor, worsePercent, type ThresholdOverride } from '../bench/index.js';
import { loadBenchHistory, loadCoverageHistory, type BenchHistoryFile, type BenchRun, type CoverageHistoryFile, type CoverageRun } from '../history/index.js';
import type { ReleaseSection } from './sections.js';
import type { ReleaseTag } from './tags.js';

/** The suite `portal doc-coverage --bench-json` results are ingested under (see docs/releases.md). */
export const DOC_COVERAGE_SUITE = 'doc-coverage';

/** How a benchmark series moved between two releases. */
export type DeltaVerdict = 'regressed' | 'improved' | 'unchanged';

/** One benchmark series at the two releases' commits. */
export interface BenchDelta {
  /** History suite. */
  suite: string;
  /** Series name (untrusted text from result files). */
  series: string;
  /** Unit of both values. */
  unit: string;
  /** Value at the previous release's commit. */
  before: number;
  /** Value at this release's commit. */
  after: number;
  /** Both values as a reader wants them, in a unit scaled to each (`112.9 ms`, not `112900000 ns`). */
  display: { before: string; after: string };
  /** How much worse `after` is, in percent (negative: better), whichever way is better. */
  worsePercent: number;
  /** The series' regression threshold, in percent (`thresholds.benchRegression` or an override). */
  threshold: number;
  /** Beyond the threshold either way, or not. */
  verdict: DeltaVerdict;
}

/** A coverage total at the two releases' commits, in percent. */
export interface CoverageDelta {
  /** History suite. */
  suite: string;
  /** Which total. */
  metric: 'lines' | 'statements' | 'functions' | 'branches';
  /** Percent at the previous release's commit. */
  before: number;
  /** Percent at this release's commit. */
  after: number;
}

/** The deltas sections of a release page. */
export interface ReleaseDeltas {
  /** Benchmark series (the doc-coverage suite excluded), regressed first, then improved, then unchanged. */
  benchmarks: ReleaseSection<BenchDelta[]>;
  /** Code-coverage totals per suite. */
  coverage: ReleaseSection<CoverageDelta[]>;
  /** Doc coverage per package, from the `doc-coverage` benchmark suite. */
  docCoverage: ReleaseSection<BenchDelta[]>;
}

/** Regression thresholds (`thresholds.benchRegression`, `thresholds.benchRegressionOverrides`). */
export interface DeltaThresholds {
  /** Default threshold, percent. */
  benchRegression: number;
  /** Per-series overrides. */
  benchRegressionOverrides?: readonly ThresholdOverride[];
}

/** A stored run measured the commit of a tag: equal hashes, or one a prefix (7+ digits) of the other. */
function sameCommit(stored: string | undefined, commit: string): boolean {
  if (!stored || stored.length < 7) return false;
  const a = stored.toLowerCase();
  return a === commit || commit.startsWith(a) || a.startsWith(commit);
}

/** The latest run of a suite that measured `commit`. */
function runAt<R extends { commit?: string }>(runs: readonly R[], commit: string): R | undefined {
  return runs.filter((run) => sameCommit(run.commit, commit)).at(-1);
}

const ORDER: Record<DeltaVerdict, number> = { regressed: 0, improved: 1, unchanged: 2 };

/**
 * Benchmark, coverage and doc-coverage deltas between the commits two tags
 * point at, from the history store's runs of exactly those commits.
 */
export function computeDeltas(
  history: { bench: readonly BenchHistoryFile[]; coverage: readonly CoverageHistoryFile[] },
  from: { version: string; tag: ReleaseTag },
  to: { version: string; tag: ReleaseTag },
  thresholds: DeltaThresholds,
): ReleaseDeltas {
  const at = (side: { version: string; tag: ReleaseTag }) => `${side.tag.name} (${side.tag.commit.slice(0, 7)})`;
  const benchOf = (suites: readonly BenchHistoryFile[], what: string, where: string): ReleaseSection<BenchDelta[]> => {
    if (suites.length === 0) return { available: false, reason: `the history store has no ${what} runs${where}` };
    const deltas: BenchDelta[] = [];
    const notes: string[] = [];
    for (const suite of suites) {
      const before = runAt<BenchRun>(suite.runs, from.tag.commit);
      const after = runAt<BenchRun>(suite.runs, to.tag.commit);
      if (!before || !after) {
        notes.push(`suite ${suite.suite}: no run recorded for ${[!before ? at(from) : '', !after ? at(to) : ''].filter(Boolean).join(' or ')}`);
        continue;
      }
      for (const result of after.results) {
        const old = before.results.find((candidate) => candidate.name === result.name && candidate.unit === result.unit);
        if (!old) continue;
        const worse = worsePercent(result.value, old.value, result.direction);
        const threshold = thresholdFor(suite.suite, result.name, thresholds.benchRegression, thresholds.benchRegressionOverrides);
        const verdict: DeltaVerdict = worse > threshold ? 'regressed' : worse < -threshold ? 'improved' : 'unchanged';
        const display = { before: formatMeasurement(old.value, result.unit), after: formatMeasurement(result.value, result.unit) };
        deltas.push({ suite: suite.suite, series: result.name, unit: result.unit, before: old.value, after: result.value, display, worsePercent: round(worse), threshold, verdict });
      }
    }
    if (deltas.length === 0) return { available: false, reason: `no ${what} run${where} is recorded for both ${at(from)} and ${at(to)}${notes.length ? ` (${notes.join('; ')})` : ''}` };
    deltas.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
    return { available: true, value: deltas, notes };
  };

  const coverage = ((): ReleaseSection<CoverageDelta[]> => {
    if (history.coverage.length === 0) return { available: false, reason: 'the history store has no coverage runs' };
    const deltas: CoverageDelta[] = [];
    const notes: string[] = [];
    for (const suite of history.coverage) {
      const before = runAt<CoverageRun>(suite.runs, from.tag.commit);
      const after = runAt<CoverageRun>(suite.runs, to.tag.commit);
      if (!before || !after) {
        notes.push(`suite ${suite.suite}: no run recorded for ${[!before ? at(from) : '', !after ? at(to) : ''].filter(Boolean).join(' or ')}`);
        continue;
      }
      for (const metric of ['lines', 'statements', 'functions', 'branches'] as const) {
        const a = before.totals[metric];
        const b = after.totals[metric];
        if (!a || !b || a.total === 0 || b.total === 0) continue;
        deltas.push({ suite: suite.suite, metric, before: round((a.covered / a.total) * 100), after: round((b.covered / b.total) * 100) });
      }
    }
    if (deltas.length === 0) return { available: false, reason: `no coverage run is recorded for both ${at(from)} and ${at(to)}${notes.length ? ` (${notes.join('; ')})` : ''}` };
    return { available: true, value: deltas, notes };
  })();

  return {
    benchmarks: benchOf(history.bench.filter((suite) => suite.suite !== DOC_COVERAGE_SUITE), 'benchmark', ''),
    coverage,
    docCoverage: benchOf(history.bench.filter((suite) => suite.suite === DOC_COVERAGE_SUITE), 'doc-coverage', ` (suite ${DOC_COVERAGE_SUITE})`),
  };
}

/** Reads the history store; a store that cannot be read makes every deltas section say why. */
export function loadDeltaHistory(historyDir: string): { bench: BenchHistoryFile[]; coverage: CoverageHistoryFile[] } | { reason: string } {
  try {
    return { bench: loadBenchHistory(historyDir), coverage: loadCoverageHistory(historyDir) };
  } catch (error) {
    const problems = (error as { problems?: string[] }).problems;
    return { reason: `the history store cannot be read: ${problems?.[0] ?? (error as Error).message}` };
  }
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : value;
}
