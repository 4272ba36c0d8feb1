import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const HISTORY = 'test/fixtures/history';

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}
// Each test starts `portal` processes; on a busy 2-core machine one can take 20 s (2 s when idle).
const SLOW = 120_000;

describe('portal check bench', () => {
  it('exits 1 on a 25% slowdown, printing the table, and writes the verdicts with --json', async () => {
    const json = path.join(scratch('portal-check-'), 'verdicts.json');
    const run = await runPortalInProcess(['check', 'bench', '--history', `${HISTORY}/slowdown-25`, '--json', json]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  api    GET /tasks          100.4 ms    125.5 ms  +25.0%  regressed (> 10%)');
    expect(run.stdout).toContain('✖ 3 series in 1 suite: 1 regressed, 2 ok');
    expect(run.stderr).toBe('✖ Benchmark check failed: 1 series regressed beyond the threshold\n');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ schemaVersion: 1, passed: false, baseline: 'median:5', defaultThreshold: 10, counts: { regressed: 1, ok: 2 } });
    expect(report.verdicts[0]).toMatchObject({ suite: 'api', series: 'GET /tasks', verdict: 'regressed', baseline: 100.4e6, latest: 125.5e6, baselineRuns: 5 });
  }, SLOW);

  it('exits 0 on a 3% change and on a noisy 25% change', async () => {
    const ok = await runPortalInProcess(['check', 'bench', '--history', `${HISTORY}/change-3`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('✔ 3 series in 1 suite: 3 ok');
    const noisy = await runPortalInProcess(['check', 'bench', '--history', `${HISTORY}/noisy-25`]);
    expect(noisy.code).toBe(0);
    expect(noisy.stdout).toContain('+25.0%  noisy (spread ±30.0%)');
  }, SLOW);

  it('takes --baseline and --threshold: the 3% change fails a 2% threshold against the previous run', async () => {
    const run = await runPortalInProcess(['check', 'bench', '--history', `${HISTORY}/change-3`, '--baseline', 'previous', '--threshold', '2']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Baseline: previous · default threshold 2%');
  }, SLOW);

  it('exits 2 for an invalid baseline and for an empty store, without a stack trace', async () => {
    const bad = await runPortalInProcess(['check', 'bench', '--history', `${HISTORY}/change-3`, '--baseline', 'mean']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--baseline: expected "previous", "median" or "median:N"');
    const empty = scratch('portal-empty-');
    const none = await runPortalInProcess(['check', 'bench', '--history', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`No benchmark runs in ${empty}`);
    expect(none.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  }, SLOW);

  it('passes on the seeded sample history (the dashboards show no open regression)', async () => {
    const run = await runPortalInProcess(['check', 'bench']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ 75 series in 8 suites: 16 improved, 29 ok, 30 new');
  }, SLOW);
});

describe('portal check coverage', () => {
  it('passes on the seeded sample history', async () => {
    const run = await runPortalInProcess(['check', 'coverage']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('task-client-sdk           lines       80%      99.32%    99.32% (146/147)  +0.00 pt  ok');
  }, SLOW);

  it('exits 1 when a total drops by more than maxDrop (93.75% → 81.25% lines)', async () => {
    const dir = scratch('portal-cov-');
    expect((await runPortalInProcess(['ingest', 'coverage', 'test/fixtures/coverage/coverage-py/report/coverage.xml', '--history', dir, '--commit', 'aaaa111', '--date', '2026-11-01'])).code).toBe(0);
    const ingest = await runPortalInProcess(['ingest', 'coverage', 'test/fixtures/coverage/nyc/report/lcov.info', '--history', dir, '--commit', 'bbbb222', '--date', '2026-11-02']);
    expect(ingest.stdout).toContain('Detected format: LCOV tracefile (lcov.info) (lcov): SF:/DA:/end_of_record lines');
    expect(ingest.stdout).toContain('lines 81.25%, functions 83.33%, branches 75.00%; 2 files, commit bbbb222');
    const run = await runPortalInProcess(['check', 'coverage', '--history', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('default  lines       80%      93.75%    81.25% (13/16)  -12.50 pt  failed: dropped more than 1 pt');
  }, SLOW * 2);
});

describe('portal ingest bench', () => {
  it('says which format it detected, stores the run, and says so when the same run comes again', async () => {
    const dir = scratch('portal-ingest-');
    const args = ['ingest', 'bench', 'test/fixtures/bench/google-benchmark/output.json', '--history', dir, '--commit', '4f6c1d2', '--branch', 'main'];
    const first = await runPortalInProcess(args);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Detected format: Google Benchmark JSON (googlecpp): JSON with context and benchmarks[].run_name / time_unit');
    expect(first.stdout).toMatch(/✔ Stored run [0-9a-f]{16} in suite "output": 3 series, commit 4f6c1d2, 2026-11-22T00:52:22.000Z \(from the file\)/);
    const again = await runPortalInProcess(args);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Already stored: run [0-9a-f]{16} in suite "output" has the same commit and results; the history is unchanged/);
    expect(again.stdout).toContain('output.json: 1 run');
  }, SLOW);

  it('exits 2 for an unknown --format, an invalid --commit and an invalid --suite', async () => {
    const dir = scratch('portal-ingest-');
    const file = 'test/fixtures/bench/go/output.txt';
    expect((await runPortalInProcess(['ingest', 'bench', file, '--history', dir, '--format', 'jmh'])).stderr).toContain('✖ Unknown benchmark format "jmh"');
    const commit = await runPortalInProcess(['ingest', 'bench', file, '--history', dir, '--commit', 'HEAD']);
    expect(commit.code).toBe(2);
    expect(commit.stderr).toContain('--commit: got "HEAD", expected a hex commit id such as 4f6c1d2');
    const suite = await runPortalInProcess(['ingest', 'bench', file, '--history', dir, '--suite', '../escape']);
    expect(suite.code).toBe(2);
    expect(suite.stderr).toContain('✖ Invalid suite name "../escape"');
  }, SLOW);
});

