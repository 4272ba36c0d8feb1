import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docCoverageJsonSchema } from '../../../src/lib/api-coverage/index.js';
import { loadBenchHistory } from '../../../src/lib/history/index.js';
import { renderCoveragePage } from '../../../src/plugins/api-reference/section-pages.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const SDK = path.join(REPO_ROOT, 'examples/task-service/sdk');
const API_DOCS_PROJECT = path.join(REPO_ROOT, 'test/fixtures/projects/api-docs');
// TypeDoc converts whole programs: these runs take seconds each, more on a busy machine.
const SLOW = 180_000;

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  temp.push(dir);
  return dir;
}

/** The output a user sees, and that no expected failure prints a stack trace. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
}

describe('portal doc-coverage', () => {
  // The shipped configuration's own figure (both packages at 100%) is the build's doc-coverage gate:
  // `npm run build` in `npm test` runs it on the same packages and fails below 100%.
  it('exits 0 with the portal.config.ts of the working folder, with a table per package', async () => {
    const run = await runPortalInProcess(['doc-coverage'], { cwd: API_DOCS_PROJECT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('@example/geometry (geometry)');
    expect(run.stdout).toMatch(/^ {2}Kind +Documented +Total +Percent$/m);
    expect(run.stdout).toMatch(/^✔ 80\.0% documented \(4\/5 symbols in 1 package\), threshold 75%$/m);
  }, SLOW);

  it('exits 1 when a doc comment is removed, naming the symbol with file and line', async () => {
    const dir = tempDir('portal-sdk-');
    cpSync(SDK, dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
    // The SDK's tests import vitest and @types/node: resolve them from Portico's node_modules.
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const client = path.join(dir, 'src/client.ts');
    const source = readFileSync(client, 'utf8');
    const withoutDoc = source.replace(/\n {2}\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?= {2}getTask\()/, '\n');
    expect(withoutDoc).not.toBe(source);
    writeFileSync(client, withoutDoc);
    const line = withoutDoc.split('\n').findIndex((text) => text.startsWith('  getTask(')) + 1;

    const run = await runPortalInProcess(['doc-coverage', '--entry', 'src/index.ts', '--tsconfig', 'tsconfig.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('@example/task-client (task-client)');
    expect(run.stdout).toContain(`Undocumented (1):\nsrc/client.ts:${line}  Method  TaskClient.getTask\n`);
    expect(run.stdout).toMatch(/^✖ 99\.\d% documented \(\d+\/\d+ symbols in 1 package\), threshold 100%; below it: task-client 99\.\d%$/m);
    expect(run.stderr).toMatch(/^✖ Doc coverage is below the threshold of 100%\n {2}- task-client: 99\.\d% \(\d+\/\d+\)\n$/);
    expectNoStack(run.stderr);
  }, SLOW);

  it('exits 2 for a missing entry point or tsconfig, naming each', async () => {
    const run = await runPortalInProcess(['doc-coverage', '--entry', 'src/missing.ts', '--tsconfig', 'missing/tsconfig.json'], { cwd: API_DOCS_PROJECT });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '✖ API package "missing" cannot be read\n  - src/missing.ts: entry point not found\n  - missing/tsconfig.json: tsconfig not found\n',
    );
    expect(run.stdout).toBe('');
  });

  it('exits 2 for tsconfig and TypeScript errors, listing them one per line', async () => {
    const dir = tempDir('portal-geometry-');
    cpSync(path.join(API_DOCS_PROJECT, 'geometry'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'tsconfig.broken.json'), '{ "compilerOptions": { "target": 2022, } }');
    const badConfig = await runPortalInProcess(['doc-coverage', '--entry', 'src/index.ts', '--tsconfig', 'tsconfig.broken.json'], { cwd: dir });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/^✖ API package "\S+" cannot be read\n {2}- tsconfig\.broken\.json: error TS5024: Compiler option 'target' requires a value of type string\.\n$/);

    const source = readFileSync(path.join(dir, 'src/index.ts'), 'utf8');
    writeFileSync(path.join(dir, 'src/index.ts'), `${source}export const broken: number = 'one';\n`);
    const line = source.split('\n').length;
    const typeError = await runPortalInProcess(['doc-coverage', '--entry', 'src/index.ts', '--tsconfig', 'tsconfig.json'], { cwd: dir });
    expect(typeError.code).toBe(2);
    expect(typeError.stderr).toBe(
      `✖ TypeScript reports 1 error in API package "geometry"\n  - src/index.ts:${line}:14 error TS2322: Type 'string' is not assignable to type 'number'.\n`,
    );
    expectNoStack(typeError.stderr);
  }, SLOW);

  it('reads another project with --config: its package, its threshold, and writes --json and --badge', async () => {
    const out = tempDir('portal-doc-coverage-out-');
    const config = path.join(API_DOCS_PROJECT, 'portal.config.ts');
    const run = await runPortalInProcess(['doc-coverage', '--config', config, '--json', path.join(out, 'report.json'), '--badge', path.join(out, 'badge.svg')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Undocumented (1):\ngeometry/src/index.ts:20  Function  midpoint\n');
    expect(run.stdout).toContain('✔ 80.0% documented (4/5 symbols in 1 package), threshold 75%');

    const json = docCoverageJsonSchema.parse(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')));
    expect(json).toMatchObject({ schemaVersion: 1, threshold: 75, passed: true, totals: { documented: 4, total: 5, percent: 80 } });
    expect(json.packages[0]!.symbols.find((s) => s.name === 'midpoint')).toEqual({
      name: 'midpoint',
      kind: 'Function',
      reflectionKind: 'CallSignature',
      documented: false,
      file: 'geometry/src/index.ts',
      line: 20,
      page: 'functions/midpoint.md',
      url: 'https://geometry.example.org/api/geometry/functions/midpoint',
      // From the root of the git checkout holding the package, wherever the config sits.
      sourceUrl: 'https://github.com/example/geometry/blob/main/test/fixtures/projects/api-docs/geometry/src/index.ts#L20',
    });
    expect(readFileSync(path.join(out, 'badge.svg'), 'utf8')).toContain('>80.0%</text>');

    const strict = await runPortalInProcess(['doc-coverage', '--config', config, '--threshold', '90']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('✖ Doc coverage is below the threshold of 90%\n  - geometry: 80.0% (4/5)\n');
  }, SLOW);

  it('writes --bench-json that `portal ingest bench` stores as the doc-coverage history the coverage page lists', async () => {
    const out = tempDir('portal-doc-coverage-history-');
    const config = path.join(API_DOCS_PROJECT, 'portal.config.ts');
    const bench = path.join(out, 'doc-coverage.json');
    const run = await runPortalInProcess(['doc-coverage', '--config', config, '--bench-json', bench]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(bench, 'utf8'))).toEqual([{ name: 'doc coverage geometry', unit: '%', value: 80, extra: '4/5 symbols' }]);

    const history = path.join(out, 'history');
    const ingest = await runPortalInProcess(['ingest', 'bench', bench, '--format', 'customBiggerIsBetter', '--suite', 'doc-coverage', '--history', history, '--commit', 'abc1234', '--date', '2026-11-20']);
    expect(ingest.code, ingest.stderr).toBe(0);
    const stored = loadBenchHistory(history).find((file) => file.suite === 'doc-coverage')!;
    expect(stored.runs[0]!.results[0]).toMatchObject({ name: 'doc coverage geometry', value: 80, direction: 'bigger' });

    const report = { kinds: [], threshold: 75, packages: [{ name: 'geometry', title: 'geometry', entryPoints: [], totals: { documented: 4, total: 5, percent: 80 }, byKind: {}, symbols: [] }], totals: { documented: 4, total: 5, percent: 80 } };
    const page = renderCoveragePage(report as never, 'error', [{ date: stored.runs[0]!.date, commit: 'abc1234', values: { 'doc coverage geometry': 80 } }]);
    expect(page).toContain('One run is recorded in the history store; the [benchmarks dashboard](/dashboards/benchmarks#suite-doc-coverage) charts them');
    expect(page).toContain('| 2026-11-20 | `abc1234` | 80.0% |');
    expect(renderCoveragePage(report as never, 'error', [])).toContain('No doc-coverage run is recorded in the history store yet.');
  }, SLOW);

  it('with --changed-since, holds only the exports of changed files to 100%', async () => {
    const dir = tempDir('portal-changed-project-');
    cpSync(API_DOCS_PROJECT, dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=T', 'add', '.');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=T', 'commit', '-qm', 'base');
    const args = ['doc-coverage', '--config', path.join(dir, 'portal.config.ts'), '--threshold', '100', '--changed-since', 'main'];

    // Nothing changed: the undocumented `midpoint` of the base does not count.
    const clean = await runPortalInProcess(args);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('Only exports declared in the 0 files changed since main.');

    writeFileSync(path.join(dir, 'geometry/src/shapes.ts'), '/** A circle. */\nexport interface Circle {\n  radius: number;\n}\n');
    writeFileSync(path.join(dir, 'geometry/src/index.ts'), `${readFileSync(path.join(dir, 'geometry/src/index.ts'), 'utf8')}export type { Circle } from './shapes.js';\n`);
    const changed = await runPortalInProcess(args);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('Undocumented (2):\ngeometry/src/index.ts:20  Function  midpoint\ngeometry/src/shapes.ts:3  Property  Circle.radius\n');
    expect(changed.stderr).toContain('✖ 2 undocumented exports in files changed since main');

    const unknownRef = await runPortalInProcess(['doc-coverage', '--config', path.join(dir, 'portal.config.ts'), '--changed-since', 'no-such-ref']);
    expect(unknownRef.code).toBe(2);
    expect(unknownRef.stderr).toContain('✖ Unknown git ref "no-such-ref"');
  }, SLOW);

  it.each([
    [['--threshold', '120'], "option '--threshold <percent>' argument '120' is invalid. expected a number between 0 and 100."],
    [['--kinds', 'Method,Methods'], "unknown kind Methods; expected some of Project, Module"],
    [['--tsconfig', 'tsconfig.json'], '--tsconfig is only used with --entry'],
  ])('exits 2 on bad options: %j', async (args, message) => {
    const run = await runPortalInProcess(['doc-coverage', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
