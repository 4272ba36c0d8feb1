import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgram } from '../../../src/cli/main.js';
import { DEFAULT_COVERAGE_SUITE_HELP } from '../../../src/cli/commands/ingest-coverage/register.js';
import { DEFAULT_COVERAGE_SUITE } from '../../../src/lib/coverage/ingest.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

// Start-up cost is tested by what a command loads, never by how long it takes:
// each `portal` run below records every module it loads through the ESM loader.
const RECORDER = pathToFileURL(path.join(REPO_ROOT, 'test/unit/cli/record-module-loads.mjs')).href;
const MIXED = path.join(REPO_ROOT, 'test/fixtures/api-coverage/mixed');
// TypeDoc converts a whole program in the doc-coverage run; slow on a busy machine.
const SLOW = 180_000;

const logDir = mkdtempSync(path.join(tmpdir(), 'portal-module-loads-'));
afterAll(() => rmSync(logDir, { recursive: true, force: true }));
let runs = 0;

interface RecordedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Packages under node_modules that were loaded, by name (`@redocly/openapi-core`, `typedoc`). */
  packages: Set<string>;
  /** Portico's own modules that were loaded, relative to the repository (`src/cli/main.ts`). */
  sources: string[];
}

/** Runs bin/portal.js as a user would, with the module recorder preloaded. */
function runRecorded(args: string[]): RecordedRun {
  const log = path.join(logDir, `run-${(runs += 1)}.log`);
  const result = spawnSync(process.execPath, ['--import', RECORDER, path.join(REPO_ROOT, 'bin/portal.js'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PORTAL_TEST_MODULE_LOG: log },
    encoding: 'utf8',
    timeout: SLOW,
  });
  const urls = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const packages = new Set<string>();
  const sources: string[] = [];
  const root = `${pathToFileURL(REPO_ROOT).href}/`;
  for (const url of urls) {
    const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (inPackage) packages.add(inPackage[1]!);
    else if (url.startsWith(root)) sources.push(url.slice(root.length).replace(/\?.*$/, ''));
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, packages, sources };
}

/** Libraries only some commands need: Redocly, Lighthouse, the HTML and Markdown parsers, TypeDoc, the config loader. */
const HEAVY = ['@redocly/openapi-core', 'lighthouse', 'cheerio', 'unified', 'remark-parse', 'typedoc', 'typedoc-plugin-markdown', 'typescript', 'zod', 'jiti'];
const heavyLoaded = (run: RecordedRun, allowed: readonly string[] = []) => HEAVY.filter((name) => run.packages.has(name) && !allowed.includes(name));
/** What `portal` may load to build its command tree: main.ts, each command's register.ts and the shared option factories. */
const REGISTRY = /^src\/cli\/(main\.ts|commands\/[^/]+\/register\.ts|shared\/(history-)?options\.ts)$/;
/** CLI modules a run loaded beyond the command tree: the implementations it needed. */
const implementations = (run: RecordedRun) => run.sources.filter((file) => file.startsWith('src/cli/') && !REGISTRY.test(file));

describe('portal start-up: commands load their implementation on use', () => {
  it('records what a run loads (the test would pass vacuously otherwise)', () => {
    const run = runRecorded(['--help']);
    expect(run.code).toBe(0);
    expect(run.packages.has('commander')).toBe(true);
    expect(run.sources).toContain('src/cli/main.ts');
  });

  it.each(['--help', 'doc-coverage --help', 'openapi lint --help', 'lint md --help', 'lighthouse --help'])(
    '`portal %s` loads no command implementation and no library beyond commander and picocolors',
    (commandLine) => {
      const run = runRecorded(commandLine.split(' '));
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: portal');
      expect(run.sources.filter((file) => file.startsWith('src/cli/commands/') && file.endsWith('/register.ts')).length).toBeGreaterThan(10);
      expect(implementations(run)).toEqual([]);
      expect(run.sources.filter((file) => file.startsWith('src/config/'))).toEqual([]);
      // tsx (and its esbuild) is the TypeScript loader of bin/portal.js.
      expect([...run.packages].filter((name) => !['commander', 'picocolors', 'tsx', 'esbuild'].includes(name))).toEqual([]);
    },
  );

  it(
    '`portal doc-coverage --entry` loads TypeDoc but neither Redocly, Lighthouse, cheerio, remark, the Markdown plugin nor the configuration',
    () => {
      const run = runRecorded(['doc-coverage', '--entry', path.join(MIXED, 'src/index.ts'), '--tsconfig', path.join(MIXED, 'tsconfig.json'), '--threshold', '0']);
      expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/documented \(\d+\/\d+ symbols in 1 package\), threshold 0%/);
      expect(run.packages.has('typedoc')).toBe(true);
      expect(heavyLoaded(run, ['typedoc', 'typescript'])).toEqual([]);
      expect(implementations(run)).toEqual(['src/cli/commands/doc-coverage/run.ts']);
    },
    SLOW,
  );

  it('`portal lint rfcs --dir` loads remark but neither Redocly, Lighthouse, cheerio nor TypeDoc', () => {
    const run = runRecorded(['lint', 'rfcs', '--dir', 'test/fixtures/rfcs/valid']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ 3 RFCs checked, no problems\n');
    expect(run.packages.has('unified')).toBe(true);
    expect(heavyLoaded(run, ['unified', 'remark-parse', 'zod'])).toEqual([]);
    expect(implementations(run)).toEqual(['src/cli/commands/lint-rfcs/run.ts', 'src/cli/shared/write-json.ts']);
  });
});

describe('portal command registry', () => {
  it('names the same default coverage suite in `ingest coverage --help` as the ingest uses', () => {
    expect(DEFAULT_COVERAGE_SUITE_HELP).toBe(DEFAULT_COVERAGE_SUITE);
    const ingest = createProgram().commands.find((command) => command.name() === 'ingest')!;
    const coverage = ingest.commands.find((command) => command.name() === 'coverage')!;
    expect(coverage.helpInformation()).toContain(`(default: ${DEFAULT_COVERAGE_SUITE})`);
  });

  it('gives every command an action, so none is registered without its implementation', () => {
    const leaves = (command: ReturnType<typeof createProgram>): ReturnType<typeof createProgram>[] =>
      command.commands.length === 0 ? [command] : command.commands.flatMap(leaves);
    const program = createProgram();
    const names = leaves(program).map((command) => `${command.parent === program ? '' : `${command.parent!.name()} `}${command.name()}`);
    expect(names.sort()).toEqual(
      [
        'build',
        'check bench',
        'check coverage',
        'check links',
        'check runbooks',
        'check scripts',
        'config check',
        'config print',
        'doc-coverage',
        'ingest all',
        'ingest bench',
        'ingest coverage',
        'init',
        'lighthouse',
        'lint changelog',
        'lint md',
        'lint rfcs',
        'openapi lint',
        'release check',
        'release notes',
        'setup-browser',
      ].sort(),
    );
  });
});
