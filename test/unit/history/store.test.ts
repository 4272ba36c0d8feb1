import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBenchmarkRun } from '../../../src/lib/bench/index.js';
import { ingestCoverageRun } from '../../../src/lib/coverage/index.js';
import { PortalError } from '../../../src/lib/errors.js';
import { LOCK_NAME, loadBenchHistory, loadCoverageHistory } from '../../../src/lib/history/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const BENCH = path.join(REPO_ROOT, 'test/fixtures/bench');
const COVERAGE = path.join(REPO_ROOT, 'test/fixtures/coverage');
const NOW = new Date('2026-11-21T00:00:00Z');

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-history-'));
  scratchDirs.push(dir);
  return dir;
}

/** Every file under `dir` with its bytes: a store's exact state. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = readFileSync(full).toString('base64');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

async function populated(): Promise<string> {
  const dir = scratch();
  await ingestBenchmarkRun({ file: path.join(BENCH, 'bad/unit-time.json'), historyDir: dir, suite: 'load', commit: 'aaaa111', date: '2026-11-01', now: NOW });
  await ingestBenchmarkRun({ file: path.join(BENCH, 'vitest/output.json'), historyDir: dir, suite: 'sdk', commit: 'aaaa111', date: '2026-11-01', now: NOW });
  await ingestCoverageRun({ file: path.join(COVERAGE, 'nyc/report/coverage-summary.json'), historyDir: dir, rootDir: '/ci/build/task-ids', commit: 'aaaa111', now: NOW });
  return dir;
}

describe('history store', () => {
  it('stores the same run once: a second ingest of the same file and commit changes no byte', async () => {
    const dir = scratch();
    const options = { file: path.join(BENCH, 'go/output.txt'), historyDir: dir, suite: 'go', commit: 'abc1234', now: NOW };
    const first = await ingestBenchmarkRun(options);
    const before = snapshot(dir);
    // A later ingest of the same file without --date: the ingest time is not part of the identity.
    const second = await ingestBenchmarkRun({ ...options, now: new Date('2026-11-21T06:00:00Z') });
    expect(first.outcome.status).toBe('added');
    expect(second.outcome).toMatchObject({ status: 'unchanged', runCount: 1, run: { id: first.outcome.run.id } });
    expect(snapshot(dir)).toEqual(before);
  });

  it('stores the same results for another commit, or with another explicit date, as new runs', async () => {
    const dir = scratch();
    const file = path.join(BENCH, 'go/output.txt');
    await ingestBenchmarkRun({ file, historyDir: dir, suite: 'go', commit: 'abc1234', now: NOW });
    await ingestBenchmarkRun({ file, historyDir: dir, suite: 'go', commit: 'def5678', now: NOW });
    await ingestBenchmarkRun({ file, historyDir: dir, suite: 'go', commit: 'def5678', date: '2026-11-02', now: NOW });
    expect(loadBenchHistory(dir)[0]!.runs).toHaveLength(3);
  });

  it('keeps runs in date order whatever the order of ingestion', async () => {
    const dir = scratch();
    for (const [commit, date] of [['c3', '2026-11-03'], ['c1', '2026-11-01'], ['c2', '2026-11-02']]) {
      await ingestBenchmarkRun({ file: path.join(BENCH, 'go/output.txt'), historyDir: dir, suite: 'go', commit: `${commit}aaaa`, date, now: NOW });
    }
    expect(loadBenchHistory(dir)[0]!.runs.map((run) => run.commit)).toEqual(['c1aaaa', 'c2aaaa', 'c3aaaa']);
  });

  it('writes one run per line with a schema version, and leaves no lock or temporary file behind', async () => {
    const dir = await populated();
    const text = readFileSync(path.join(dir, 'bench/sdk.json'), 'utf8');
    expect(text.split('\n').slice(0, 5)).toEqual(['{', '  "schemaVersion": 1,', '  "kind": "bench",', '  "suite": "sdk",', '  "runs": [']);
    expect(text.split('\n')[5]).toMatch(/^ {4}\{"id":"[0-9a-f]{16}","date":"2026-11-01T00:00:00.000Z","commit":"aaaa111","format":"vitest",/);
    expect(Object.keys(snapshot(dir)).sort()).toEqual(['bench/load.json', 'bench/sdk.json', 'coverage/default.json']);
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  });

  it('rejects a series whose unit changes (time, then rate) and leaves the store byte-for-byte unchanged', async () => {
    const dir = await populated();
    const before = snapshot(dir);
    await expect(
      ingestBenchmarkRun({ file: path.join(BENCH, 'bad/unit-rate.json'), historyDir: dir, suite: 'load', commit: 'bbbb222', now: NOW }),
    ).rejects.toThrow(PortalError);
    try {
      await ingestBenchmarkRun({ file: path.join(BENCH, 'bad/unit-rate.json'), historyDir: dir, suite: 'load', commit: 'bbbb222', now: NOW });
    } catch (error) {
      expect((error as PortalError).exitCode).toBe(2);
      expect((error as PortalError).message).toBe('The run does not fit the bench history of suite "load"; nothing was stored');
      expect((error as PortalError).problems).toEqual([
        `${path.relative(process.cwd(), path.join(BENCH, 'bad/unit-rate.json'))}#/0/name: "task throughput" is measured in ops/s (rate) here but in ns (time) in the history (run ${loadBenchHistory(dir)[0]!.runs[0]!.id} of 2026-11-01): a series keeps one unit; rename the series or use another --suite`,
      ]);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a history file written by a newer Portico, naming the file and the field', async () => {
    const dir = await populated();
    const file = path.join(dir, 'bench/sdk.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 2'));
    expect(() => loadBenchHistory(dir)).toThrow(/is not usable/);
    try {
      loadBenchHistory(dir);
    } catch (error) {
      expect((error as PortalError).problems[0]).toMatch(/bench\/sdk\.json#\/schemaVersion: got 2, expected 1: the file was written by a newer Portico; upgrade Portico to read it$/);
    }
  });

  it('reports a corrupt history file by pointer, and does not write to it', async () => {
    const dir = await populated();
    const file = path.join(dir, 'coverage/default.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"covered":13,"total":16', '"covered":"13","total":16'));
    const before = snapshot(dir);
    expect(() => loadCoverageHistory(dir)).toThrow(PortalError);
    await expect(
      ingestCoverageRun({ file: path.join(COVERAGE, 'nyc/report/lcov.info'), historyDir: dir, rootDir: '/ci/build/task-ids', commit: 'bbbb222', now: NOW }),
    ).rejects.toThrow(/coverage\/default\.json is not usable/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('never lets a reader see a half-written file (temporary file + rename)', async () => {
    const dir = scratch();
    // A large history, so a non-atomic write would be visible half-done.
    const big = path.join(dir, 'bench');
    cpSync(path.join(REPO_ROOT, 'test/fixtures/history/slowdown-25/bench'), big, { recursive: true });
    const file = path.join(big, 'api.json');
    const lines = readFileSync(file, 'utf8').split('\n');
    const runLine = lines.find((line) => line.startsWith('    {'))!.replace(/,$/, '');
    const many = Array.from({ length: 4000 }, (_, i) => runLine.replace(/"id":"[0-9a-f]{16}"/, `"id":"${i.toString(16).padStart(16, '0')}"`));
    writeFileSync(file, `{\n  "schemaVersion": 1,\n  "kind": "bench",\n  "suite": "api",\n  "runs": [\n${many.join(',\n')}\n  ]\n}\n`);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(1_000_000);

    let reads = 0;
    let torn = 0;
    let writing = true;
    // The reader runs between the writer's awaits: a write in chunks (plain writeFile) would show.
    const reader = (async () => {
      while (writing) {
        try {
          JSON.parse(readFileSync(file, 'utf8'));
        } catch {
          torn++;
        }
        reads++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let i = 0; i < 3; i++) {
      await ingestBenchmarkRun({ file: path.join(BENCH, 'go/output.txt'), historyDir: dir, suite: 'api', commit: `beef00${i}`, date: '2026-10-20', now: NOW });
    }
    writing = false;
    await reader;
    expect(reads).toBeGreaterThan(3);
    expect(torn).toBe(0);
    expect(loadBenchHistory(dir)[0]!.runs).toHaveLength(4003);
  }, 90_000);
});

describe('concurrent ingests', () => {
  it('lose nothing within one process either: eight ingests started together are all stored', async () => {
    // Without the lock every call would read the store before any of them wrote it, and the last write would win.
    const dir = scratch();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        ingestBenchmarkRun({ file: path.join(BENCH, 'go/output.txt'), historyDir: dir, suite: 'go', commit: `abcd00${i}`, date: '2026-11-01', now: NOW }),
      ),
    );
    expect(outcomes.map((o) => o.outcome.status)).toEqual(Array(8).fill('added'));
    expect(loadBenchHistory(dir)[0]!.runs.map((run) => run.commit).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `abcd00${i}`));
  });

  it('lose nothing: four processes at once into one store, every run is there', async () => {
    const dir = scratch();
    const runs = Array.from({ length: 4 }, (_, i) => ({ suite: i % 2 === 0 ? 'even' : 'odd', commit: `c0ffee${i}` }));
    const codes = await Promise.all(
      runs.map(
        ({ suite, commit }) =>
          new Promise<number | null>((resolve) => {
            const child = spawn(
              process.execPath,
              [path.join(REPO_ROOT, 'bin/portal.js'), 'ingest', 'bench', path.join(BENCH, 'hyperfine/output.json'), '--suite', suite, '--commit', commit, '--history', dir],
              { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } },
            );
            child.on('exit', resolve);
          }),
      ),
    );
    expect(codes).toEqual([0, 0, 0, 0]);
    const stored = loadBenchHistory(dir).flatMap((suite) => suite.runs.map((run) => `${suite.suite}:${run.commit}`));
    expect(stored.sort()).toEqual(runs.map((r) => `${r.suite}:${r.commit}`).sort());
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
    // Four processes start at once: on a busy 2-core machine each can take 20 s to start.
  }, 240_000);
});

describe('a failed ingest leaves the store byte-for-byte unchanged', () => {
  it.each([
    ['truncated JSON', 'bench', 'bad/truncated.json'],
    ['NaN', 'bench', 'bad/nan.json'],
    ['an empty file', 'bench', 'bad/empty.json'],
    ['the wrong format', 'bench', 'bad/wrong-format.json'],
    ['a negative value', 'bench', 'bad/negative.json'],
    ['an absurd value', 'bench', 'bad/absurd.json'],
    ['an unknown unit', 'bench', 'bad/unknown-unit.json'],
    ['duplicate names', 'bench', 'bad/duplicate-names.json'],
    ['truncated LCOV', 'coverage', 'bad/truncated.info'],
    ['truncated Cobertura XML', 'coverage', 'bad/truncated.xml'],
    ['a benchmark file as coverage', 'coverage', 'bad/wrong-format.json'],
  ])('%s: exit 2, same bytes', async (_label, kind, file) => {
    const dir = await populated();
    const before = snapshot(dir);
    const ingest =
      kind === 'bench'
        ? ingestBenchmarkRun({ file: path.join(BENCH, file), historyDir: dir, suite: 'load', commit: 'dddd444', now: NOW })
        : ingestCoverageRun({ file: path.join(COVERAGE, file), historyDir: dir, rootDir: REPO_ROOT, commit: 'dddd444', now: NOW });
    await expect(ingest).rejects.toMatchObject({ exitCode: 2 });
    expect(snapshot(dir)).toEqual(before);
  });

  it('through the CLI: exit 2 naming the file, no stack trace, same bytes', async () => {
    const dir = await populated();
    const before = snapshot(dir);
    const run = await runPortalInProcess(['ingest', 'bench', 'test/fixtures/bench/bad/nan.json', '--history', dir, '--suite', 'load', '--commit', 'dddd444']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('test/fixtures/bench/bad/nan.json:9:65 (at /benchmarks/0/stats/mean)');
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);

  it('mixed units within a series: exit 2, same bytes', async () => {
    const dir = await populated();
    const before = snapshot(dir);
    const run = await runPortalInProcess(['ingest', 'bench', 'test/fixtures/bench/bad/unit-rate.json', '--history', dir, '--suite', 'load', '--commit', 'dddd444']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"task throughput" is measured in ops/s (rate) here but in ns (time) in the history');
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);

  it('a failed ingest into a store that does not exist yet creates nothing', async () => {
    const dir = path.join(scratch(), 'history');
    const run = await runPortalInProcess(['ingest', 'bench', 'test/fixtures/bench/bad/nan.json', '--history', dir]);
    expect(run.code).toBe(2);
    expect(existsSync(dir)).toBe(false);
  }, 120_000);
});
