import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { ingestBenchmarkRun, type BenchFormat } from '../../src/lib/bench/index.js';
import { ingestCoverageRun } from '../../src/lib/coverage/index.js';
import { claimFolder } from './portico-site-lock.js';
import { REPO_ROOT } from './run-portal.js';
import { buildSite, copySite } from './site.js';

/**
 * Copies of the site built ONCE per integration run and read by several test
 * files: a build of the real site takes minutes on 2 cores, so independent
 * defects that one build reports together share that build. Each scenario
 * lives in the run's folder (test/helpers/integration-setup.ts); the first
 * test file that asks for it builds it, the others read its result.
 */
export interface SharedSite {
  /** The copy of the site. */
  dir: string;
  /** Its build folder. */
  buildDir: string;
  /** Exit code and output (stdout then stderr) of its `portal build`. */
  code: number | null;
  output: string;
  /** Facts about the poisoned inputs the assertions need (e.g. a line number). */
  facts: Record<string, number | string>;
}

async function sharedSite(name: string, prepare: (dir: string) => Promise<Record<string, number | string>>, env: (dir: string) => NodeJS.ProcessEnv = () => ({})): Promise<SharedSite> {
  const root = path.join(inject('integrationRunDir'), name);
  const resultFile = path.join(root, 'result.json');
  const dir = path.join(root, 'site');
  // Test files run two at a time: the first to create the scenario's folder builds it (mkdir is
  // atomic), a file asking meanwhile waits for the result the builder writes, failed or not.
  if (claimFolder(root)) {
    let result: object = { error: `building the shared site "${name}" threw` };
    try {
      copySite(dir);
      const facts = await prepare(dir);
      const { code, output } = buildSite(dir, env(dir));
      result = { code, output, facts };
    } finally {
      writeFileSync(resultFile, JSON.stringify(result));
    }
  }
  while (!existsSync(resultFile)) await new Promise((resolve) => setTimeout(resolve, 1_000));
  const stored = JSON.parse(readFileSync(resultFile, 'utf8')) as Omit<SharedSite, 'dir' | 'buildDir'> & { error?: string };
  if (stored.error) throw new Error(stored.error);
  const { code, output, facts } = stored;
  return { dir, buildDir: path.join(dir, 'build'), code, output, facts };
}

/** Replaces `pattern` in a file of the copy, failing loudly when the source changed and the poison no longer applies. */
function edit(file: string, pattern: string | RegExp, replacement: string): string {
  const source = readFileSync(file, 'utf8');
  const edited = source.replace(pattern, replacement);
  if (edited === source) throw new Error(`The poison for ${file} no longer applies: ${String(pattern)} not found`);
  writeFileSync(file, edited);
  return edited;
}

/** Adds an OpenAPI fixture (its whole folder under test/fixtures/openapi) as the first spec of the copy's configuration. */
function addSpec(dir: string, id: string, fixture: string): void {
  const target = path.join('openapi-fixtures', fixture);
  cpSync(path.join(REPO_ROOT, 'test/fixtures/openapi', path.dirname(fixture)), path.join(dir, path.dirname(target)), { recursive: true });
  edit(path.join(dir, 'portal.config.ts'), /specs: \[/, `specs: [{ id: '${id}', file: '${target}' }, `);
}

/**
 * Drops Portico's own library from the copy's API packages: half of the
 * embedded portal's pages and most of its TypeDoc time, and nothing a shared
 * scenario asserts (the task-client SDK and the fixtures carry the API cases).
 * The embedded portal itself, with that package, is built by `npm run build`
 * and checked by the browser tests.
 */
function withoutPorticoApi(dir: string): void {
  edit(path.join(dir, 'portal.config.ts'), /\n[^\n]*\n\s*\{ name: 'portico', title: 'Portico library',[^\n]*\n/, '\n');
}

/** The alert rules file of the example service. */
export const RULES = 'examples/task-service/alerts/task-service.rules.yml';
/** The SDK client whose doc comments the doc-coverage gate counts. */
export const CLIENT = 'examples/task-service/sdk/src/client.ts';
/** Markup and script in every field a hostile author controls. */
export const EVIL = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

/** One fixture per benchmark format, the suite it goes to and a series it must show. */
export const BENCH_FIXTURES: { suite: string; file: string; format?: BenchFormat; series: string }[] = [
  { suite: 'fmt-custom', file: 'github-action-benchmark/smaller-is-better.json', series: 'cold start' },
  { suite: 'fmt-vitest', file: 'vitest/output.json', series: 'bench/client.bench.ts > URL building > no query' },
  { suite: 'fmt-benchmarkjs', file: 'benchmarkjs/output.txt', series: 'Array#join' },
  { suite: 'fmt-hyperfine', file: 'hyperfine/output.json', series: 'node startup' },
  { suite: 'fmt-googlecpp', file: 'google-benchmark/output.json', series: 'BM_SortVector/1024' },
  { suite: 'fmt-go', file: 'go/output.txt', series: 'BenchmarkParse' },
  { suite: 'fmt-pytest', file: 'pytest-benchmark/output.json', series: 'tests/test_ids.py::test_parse_task_id' },
];

/** One fixture per coverage format. */
export const COVERAGE_FIXTURES = [
  { suite: 'fmt-istanbul-summary', file: 'nyc/report/coverage-summary.json', root: '/ci/build/task-ids' },
  { suite: 'fmt-istanbul-final', file: 'nyc/report/coverage-final.json', root: '/ci/build/task-ids' },
  { suite: 'fmt-lcov', file: 'nyc/report/lcov.info', root: '/ci/build/task-ids' },
  { suite: 'fmt-cobertura', file: 'coverage-py/report/coverage.xml', root: '/ci/build/task-exporter' },
];

/**
 * The site with every independent defect that must NOT stop the build, built
 * once (it used to be five builds): each test file asserts its own part.
 * - api-reference: the `mixed` API fixture (32 undocumented symbols) with `gates.docCoverage: 'warn'`;
 * - openapi: the hostile spec as an extra spec;
 * - dashboards: a suite per benchmark format and per coverage format ingested into the history;
 * - link-check: an `<img>` in raw MDX pointing at a missing image (Docusaurus does not see it);
 * - validated-sections: markup and script in a changelog entry, an alert summary, RFC authors and a runbook owner.
 * The build runs with PORTAL_CONFIG = portal.warn.config.ts (the copy's portal.config.ts plus the two changes above).
 */
export function poisonedSite(): Promise<SharedSite> {
  return sharedSite(
    'poisoned',
    async (dir) => {
      withoutPorticoApi(dir);
      // api-reference
      cpSync(path.join(REPO_ROOT, 'test/fixtures/api-coverage/mixed'), path.join(dir, 'fixtures/mixed'), { recursive: true });
      writeFileSync(
        path.join(dir, 'portal.warn.config.ts'),
        [
          "import base from './portal.config.ts';",
          'export default {',
          '  ...base,',
          "  api: { packages: [...base.api!.packages!, { name: 'mixed', title: 'Mixed fixture', entryPoints: ['fixtures/mixed/src/index.ts'], tsconfig: 'fixtures/mixed/tsconfig.json' }] },",
          "  gates: { ...base.gates, docCoverage: 'warn' as const },",
          '};',
          '',
        ].join('\n'),
      );
      // openapi
      addSpec(dir, 'hostile', 'hostile/hostile.yaml');
      // dashboards
      const historyDir = path.join(dir, 'examples/task-service/history');
      for (const [i, fixture] of BENCH_FIXTURES.entries()) {
        const { outcome } = await ingestBenchmarkRun({
          file: path.join(REPO_ROOT, 'test/fixtures/bench', fixture.file),
          historyDir,
          suite: fixture.suite,
          commit: `f1a7${i}000`,
          date: '2026-11-01',
        });
        if (outcome.status !== 'added') throw new Error(`${fixture.file}: ingest ${outcome.status}, expected added`);
      }
      for (const [i, fixture] of COVERAGE_FIXTURES.entries()) {
        await ingestCoverageRun({
          file: path.join(REPO_ROOT, 'test/fixtures/coverage', fixture.file),
          historyDir,
          rootDir: fixture.root,
          suite: fixture.suite,
          commit: `c0de${i}000`,
          date: '2026-11-01',
        });
      }
      // link-check: an <img> written as JSX in MDX is not a Markdown image, so Docusaurus's own checker never sees it.
      writeFileSync(
        path.join(dir, 'docs/qa-raw-html.mdx'),
        '---\ntitle: Raw HTML asset\n---\n\n# Raw HTML asset\n\n<img src="/img/does-not-exist.png" alt="A missing image" />\n',
      );
      // validated-sections: a changelog release whose notes try every trick, an alert annotation with markup,
      // an RFC and a runbook whose front matter carries markup.
      edit(
        path.join(dir, 'examples/task-service/CHANGELOG.md'),
        '## [Unreleased]',
        `## [Unreleased]\n\n### Security\n\n- ${EVIL} [click](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">x</a>\n`,
      );
      edit(path.join(dir, RULES), /summary: .*/, `summary: '${EVIL.replace(/'/g, "''")}'`);
      edit(path.join(dir, 'rfcs/0002-static-dashboards-with-build-time-svg.md'), /^authors:\n(\s+- .*\n)+/m, `authors:\n  - "${EVIL.replace(/"/g, '\\"')}"\n`);
      const runbook = path.join(dir, 'runbooks/service-down.md');
      edit(runbook, /^owner: .*/m, `owner: "${EVIL.replace(/"/g, '\\"')}"`);
      appendFileSync(runbook, '\n');
      return {};
    },
    (dir) => ({ PORTAL_CONFIG: path.join(dir, 'portal.warn.config.ts') }),
  );
}

/**
 * The site with one failing defect per input gate that the build's preflight
 * runs (all gates run even after one fails, and each prints its findings), built
 * once (it used to be three builds):
 * - api-reference: `TaskClient.getTask` loses its doc comment (gates.docCoverage);
 * - openapi: a spec with two lint errors (gates.openapiLint);
 * - validated-sections: an alert's runbook_url names a runbook that does not exist (gates.runbooks).
 * `facts.getTaskLine` is the line of `getTask(` in the edited client.
 */
export function failingGatesSite(): Promise<SharedSite> {
  return sharedSite('failing-gates', async (dir) => {
    withoutPorticoApi(dir);
    const edited = edit(path.join(dir, CLIENT), /\n {2}\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?= {2}getTask\()/, '\n');
    addSpec(dir, 'broken', 'lint-error/missing-summary.yaml');
    edit(path.join(dir, RULES), 'https://portico.example.dev/runbooks/high-latency', 'https://portico.example.dev/runbooks/slow-requests');
    return { getTaskLine: edited.split('\n').findIndex((text) => text.startsWith('  getTask(')) + 1 };
  });
}
