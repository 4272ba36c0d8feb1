import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findUningestedResults } from '../../../src/lib/ingest/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { hashTree, portal, scratch } from '../hostile/cli.js';

/**
 * Issue 21, item 5: `portal ingest` with no file reads the result files and
 * folders of `dashboards.benchmarks` / `dashboards.coverage`, records them at
 * the git HEAD commit, and skips files already stored (by content hash). Runs
 * the CLI in-process on a temporary git repository.
 */

const BENCH = path.join(REPO_ROOT, 'test/fixtures/bench');
const COVERAGE = path.join(REPO_ROOT, 'test/fixtures/coverage');
const CONFIG = `export default {
  site: { title: 'Ingest', url: 'https://ingest.example.org', baseUrl: '/', repository: 'https://github.com/example/ingest' },
  dashboards: {
    benchmarks: ['results/bench'],
    coverage: ['results/coverage-summary.json'],
    historyDir: '.portal/history',
  },
};
`;

let dir: string;

function git(...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=Portico Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

function commitAll(message: string): string {
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
}

function storedRuns(kind: 'bench' | 'coverage', suite: string): { commit?: string; source?: string; sourceSha256?: string; id: string }[] {
  return JSON.parse(readFileSync(path.join(dir, '.portal/history', kind, `${suite}.json`), 'utf8')).runs;
}

beforeEach(() => {
  dir = scratch('portico-ingest-');
  writeFileSync(path.join(dir, 'portal.config.ts'), CONFIG);
  mkdirSync(path.join(dir, 'results/bench'), { recursive: true });
  mkdirSync(path.join(dir, '.portal/history'), { recursive: true });
  copyFileSync(path.join(BENCH, 'go/output.txt'), path.join(dir, 'results/bench/taskid.txt'));
  copyFileSync(path.join(BENCH, 'vitest/output.json'), path.join(dir, 'results/bench/sdk.json'));
  writeFileSync(path.join(dir, 'results/bench/notes.md'), '# How these were measured\n');
  copyFileSync(path.join(COVERAGE, 'nyc/report/coverage-summary.json'), path.join(dir, 'results/coverage-summary.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('portal ingest (no file)', () => {
  it('stores every configured result file at git HEAD, one line each, and skips what is not a result', async () => {
    git('init', '-q');
    const head = commitAll('first');
    const run = await portal(['ingest'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [sdk] = storedRuns('bench', 'sdk');
    const [taskid] = storedRuns('bench', 'taskid');
    const [coverage] = storedRuns('coverage', 'default');
    expect(run.stdout.split('\n')).toEqual([
      `✔ results/bench/sdk.json: stored run ${sdk!.id} in suite "sdk" (vitest), 1 run in the suite`,
      `✔ results/bench/taskid.txt: stored run ${taskid!.id} in suite "taskid" (go), 1 run in the suite`,
      `✔ results/coverage-summary.json: stored run ${coverage!.id} in suite "default" (istanbul-summary), 1 run in the suite`,
      '  skipped results/bench/notes.md: not a benchmark result (neither a known JSON shape nor Benchmark.js or go test -bench lines)',
      `3 result files: 3 stored, 0 already ingested (commit ${head.slice(0, 12)})`,
      '',
    ]);
    for (const stored of [sdk!, taskid!, coverage!]) {
      expect(stored.commit).toBe(head);
      expect(stored.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('skips files already ingested at an earlier commit, and stores only the one whose content changed', async () => {
    git('init', '-q');
    commitAll('first');
    expect((await portal(['ingest'], dir)).code).toBe(0);
    const second = commitAll('second');
    const before = hashTree(path.join(dir, '.portal/history'));
    const again = await portal(['ingest'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('· results/bench/sdk.json: already ingested (a stored run has the same content)\n');
    expect(again.stdout).toContain(`3 result files: 0 stored, 3 already ingested (commit ${second.slice(0, 12)})\n`);
    expect(hashTree(path.join(dir, '.portal/history'))).toBe(before);

    copyFileSync(path.join(BENCH, 'go/count3.txt'), path.join(dir, 'results/bench/taskid.txt'));
    const third = commitAll('third');
    const changed = await portal(['ingest', 'bench'], dir);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/^✔ results\/bench\/taskid\.txt: stored run [0-9a-f]{16} in suite "taskid" \(go\), 2 runs in the suite$/m);
    expect(changed.stdout).toContain(`2 result files: 1 stored, 1 already ingested (commit ${third.slice(0, 12)})\n`);
    expect(storedRuns('bench', 'taskid').map((stored) => stored.commit)).toEqual(expect.arrayContaining([third]));
    expect(storedRuns('bench', 'sdk')).toHaveLength(1);
  });

  it('`portal ingest coverage` ingests only the coverage files', async () => {
    git('init', '-q');
    commitAll('first');
    const run = await portal(['ingest', 'coverage'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 result file: 1 stored, 0 already ingested \(commit [0-9a-f]{12}\)$/m);
    expect(storedRuns('coverage', 'default')).toHaveLength(1);
    expect(() => storedRuns('bench', 'sdk')).toThrow(/ENOENT/);
  });

  it('exits 2 outside a git repository without --commit, and stores nothing; --commit then works', async () => {
    const before = hashTree(path.join(dir, '.portal/history'));
    const run = await portal(['ingest'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`✖ No commit to record the runs under: ${dir}: it is not in a git repository\n  - pass --commit <sha>\n`);
    expect(hashTree(path.join(dir, '.portal/history'))).toBe(before);
    const given = await portal(['ingest', '--commit', 'ABCDEF1'], dir);
    expect(given.code).toBe(0);
    expect(storedRuns('bench', 'sdk')[0]!.commit).toBe('abcdef1');
  });

  it('exits 2 naming a configured file that cannot be read, after storing the others', async () => {
    copyFileSync(path.join(BENCH, 'bad/truncated.json'), path.join(dir, 'results/coverage-summary.json'));
    const run = await portal(['ingest', '--commit', 'abcdef1'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^✖ results\/coverage-summary\.json: Cannot read coverage from results\/coverage-summary\.json$/m);
    expect(run.stdout).toContain('3 result files: 2 stored, 0 already ingested, 1 failed (commit abcdef1)\n');
    expect(run.stderr).toMatch(/^✖ 1 configured result file could not be ingested\n {2}- Cannot read coverage from results\/coverage-summary\.json\n/);
    expect(storedRuns('bench', 'sdk')).toHaveLength(1);
  });

  it('refuses --suite without a file (each configured file has its own suite)', async () => {
    const run = await portal(['ingest', 'bench', '--suite', 'api', '--commit', 'abcdef1'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('✖ --suite needs a file\n');
  });
});

describe('findUningestedResults', () => {
  const paths = () => ({
    benchmarks: [path.join(dir, 'results/bench')],
    coverage: [path.join(dir, 'results/coverage-summary.json')],
    historyDir: path.join(dir, '.portal/history'),
  });

  it('lists every result file while the history is empty, none after an ingest, and a file written after the last run', async () => {
    expect(findUningestedResults(paths()).map((result) => path.relative(dir, result.file))).toEqual([
      'results/bench/sdk.json',
      'results/bench/taskid.txt',
      'results/coverage-summary.json',
    ]);
    expect((await portal(['ingest', '--commit', 'abcdef1', '--date', '2026-11-20'], dir)).code).toBe(0);
    expect(findUningestedResults(paths())).toEqual([]);

    // A new result, written after the newest stored run (2026-11-20): reported.
    copyFileSync(path.join(BENCH, 'go/count3.txt'), path.join(dir, 'results/bench/taskid.txt'));
    utimesSync(path.join(dir, 'results/bench/taskid.txt'), new Date('2026-11-21T00:00:00Z'), new Date('2026-11-21T00:00:00Z'));
    expect(findUningestedResults(paths())).toEqual([
      { kind: 'bench', file: path.join(dir, 'results/bench/taskid.txt'), fromFolder: true, modified: '2026-11-21T00:00:00.000Z' },
    ]);
    // The same file dated before the newest run is an old result, not a missed one.
    utimesSync(path.join(dir, 'results/bench/taskid.txt'), new Date('2026-11-19T00:00:00Z'), new Date('2026-11-19T00:00:00Z'));
    expect(findUningestedResults(paths())).toEqual([]);
  });
});

describe('the dashboards plugin', () => {
  it('warns in one line while loading when a configured file is not ingested, and not once it is', async () => {
    const { default: dashboardsPlugin } = await import('../../../src/plugins/dashboards/index.js');
    const options = {
      historyDir: path.join(dir, '.portal/history'),
      benchmarks: [path.join(dir, 'results/bench')],
      coverage: [path.join(dir, 'results/coverage-summary.json')],
      repository: 'https://github.com/example/ingest',
      thresholds: { benchRegression: 10, coverage: { lines: 0, statements: 0, functions: 0, branches: 0, maxDrop: 1 } },
    };
    const load = async () => {
      const written: string[] = [];
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      const previous = process.cwd();
      process.chdir(dir);
      try {
        const plugin = dashboardsPlugin({ siteDir: dir } as Parameters<typeof dashboardsPlugin>[0], options);
        await plugin.loadContent!();
      } finally {
        process.chdir(previous);
        stderr.mockRestore();
      }
      return written.join('');
    };
    expect(await load()).toBe(
      '⚠ Dashboards: 3 configured result files are newer than the last ingested run and not in the history ' +
        '(results/bench/sdk.json, results/bench/taskid.txt, results/coverage-summary.json): the dashboards do not show them until you run "portal ingest"\n',
    );
    expect((await portal(['ingest', '--commit', 'abcdef1'], dir)).code).toBe(0);
    expect(await load()).toBe('');
  });
});
