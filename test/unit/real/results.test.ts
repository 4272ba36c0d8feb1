import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

// Real outputs of the benchmark and coverage tools Portico reads
// (test/fixtures/real/results/README.md), ingested with `portal ingest` into a temporary
// history and compared with EXPECTED.json, which derive-expected.mjs reads from the files
// themselves without Portico.
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/real/results');
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const DATE = '2026-12-01T00:00:00Z';

interface ExpectedSeries {
  name: string;
  value: number;
  unit: string;
  samples?: number;
}
type Counts = Record<string, { covered: number; total: number }>;
interface Expected {
  bench: Record<string, { format: string; series: ExpectedSeries[]; knownDisagreement?: string }>;
  coverage: Record<string, { format: string; totals: Counts; files: ({ path: string } & Counts)[] }>;
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'EXPECTED.json'), 'utf8')) as Expected;
const history = mkdtempSync(path.join(tmpdir(), 'portal-real-results-'));
afterAll(() => rmSync(history, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs `portal ingest <kind> <file>` in-process; returns the exit code and what it wrote to stderr. */
async function ingest(kind: 'bench' | 'coverage', file: string, suite: string, extra: string[] = []): Promise<{ code: number; stderr: string }> {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const stderr: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  const argv = ['node', 'portal', 'ingest', kind, path.join(FIXTURES, file), '--history', history, '--suite', suite, '--commit', COMMIT, '--date', DATE, ...extra];
  const code = await runCli(argv);
  vi.restoreAllMocks();
  return { code, stderr: stderr.join('') };
}

function suiteOf(file: string): string {
  return file.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

function storedRun(kind: 'bench' | 'coverage', suite: string): Record<string, unknown> & { format: string } {
  const store = JSON.parse(readFileSync(path.join(history, kind, `${suite}.json`), 'utf8')) as { runs: (Record<string, unknown> & { format: string })[] };
  expect(store.runs).toHaveLength(1);
  return store.runs[0]!;
}

describe('real benchmark outputs: portal ingest bench stores what the file says', () => {
  for (const [file, want] of Object.entries(expected.bench)) {
    // A known disagreement keeps the correct expectation and is marked as failing (see README.md).
    const test = want.knownDisagreement ? it.fails : it.skipIf(!existsSync(path.join(FIXTURES, file)));
    test(`${file}: ${want.series.length} series (${want.format})`, async () => {
      const suite = suiteOf(file);
      // The custom JSON does not say which direction is better: its user names the format.
      const { code, stderr } = await ingest('bench', file, suite, want.format.startsWith('custom') ? ['--format', want.format] : []);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const run = storedRun('bench', suite) as { format: string; results: { name: string; value: number; unit: string; samples?: number }[] };
      expect(run.format).toBe(want.format);
      expect(run.results.map((r) => [r.name, r.unit, r.samples])).toEqual(want.series.map((s) => [s.name, s.unit, s.samples]));
      // Portico keeps 12 significant digits.
      run.results.forEach((result, index) => expect(Math.abs(result.value / want.series[index]!.value - 1)).toBeLessThan(1e-9));
    });
  }
});

describe('real coverage reports: portal ingest coverage stores what the file says', () => {
  for (const [file, want] of Object.entries(expected.coverage)) {
    it(`${file}: ${want.files.length} files (${want.format})`, async () => {
      const suite = suiteOf(file);
      const { code, stderr } = await ingest('coverage', file, suite);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const run = storedRun('coverage', suite);
      expect(run.format).toBe(want.format);
      expect(run.totals).toEqual(want.totals);
      expect(run.files).toEqual(want.files);
    });
  }
});
