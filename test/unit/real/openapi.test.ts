import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { lintOpenApiSpec } from '../../../src/lib/openapi/index.js';
import { REAL_CORPUS_CACHE } from '../../../scripts/fetch-real-corpus.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

// Real published specs (test/fixtures/real/openapi/README.md), linted by Portico with the
// recommended rules and compared with what Redocly's own CLI reported on the same files
// (EXPECTED.json, recorded by running `redocly lint --format=json`, not by Portico).
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/real/openapi');

interface ExpectedSpec {
  openapi: string;
  operations: number;
  errors: number;
  warnings: number;
  byRule: Record<string, number>;
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'EXPECTED.json'), 'utf8')) as { specs: Record<string, ExpectedSpec> };

let workDir: string;

/** The spec as a plain file: gzipped ones are unpacked into the work directory under their own name. */
function specFile(relative: string): string {
  const source = path.join(FIXTURES, relative);
  if (!relative.endsWith('.gz')) return source;
  const target = path.join(workDir, path.basename(relative, '.gz'));
  writeFileSync(target, gunzipSync(readFileSync(source)));
  return target;
}

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'portal-real-openapi-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('real OpenAPI specs: Portico lint agrees with Redocly CLI', { timeout: 120_000 }, () => {
  for (const [relative, want] of Object.entries(expected.specs)) {
    it(`${relative}: ${want.errors} errors and ${want.warnings} warnings, rule by rule`, async () => {
      const result = await lintOpenApiSpec(specFile(relative));
      const byRule: Record<string, number> = {};
      for (const finding of result.findings) {
        const key = `${finding.rule}/${finding.severity}`;
        byRule[key] = (byRule[key] ?? 0) + 1;
      }
      expect(byRule).toEqual(want.byRule);
      expect({ errors: result.errors, warnings: result.warnings }).toEqual({ errors: want.errors, warnings: want.warnings });
    });
  }

  it('portal openapi lint prints the same totals for the three specs and exits 1', async () => {
    // A project of its own holding the three specs: `portal openapi lint` reads only specs inside the project.
    const project = path.join(workDir, 'project');
    const specs = Object.keys(expected.specs).map((relative) => {
      const target = path.join(project, relative.replace(/\.gz$/, ''));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(specFile(relative)));
      return `{ id: '${path.dirname(relative)}', file: '${path.relative(project, target)}' }`;
    });
    writeFileSync(
      path.join(project, 'portal.config.ts'),
      `export default { site: { title: 'T', url: 'https://t.example.org', repository: 'https://github.com/t/t' }, openapi: { specs: [${specs.join(', ')}] } };\n`,
    );
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
    const code = await runCli(['node', 'portal', 'openapi', 'lint', '--config', path.join(project, 'portal.config.ts')]);
    vi.restoreAllMocks();
    const errors = Object.values(expected.specs).reduce((sum, spec) => sum + spec.errors, 0);
    const warnings = Object.values(expected.specs).reduce((sum, spec) => sum + spec.warnings, 0);
    expect(code).toBe(1);
    expect(err.join('')).toBe(`✖ OpenAPI lint failed: ${errors} errors and ${warnings} warnings in 3 of 3 specs (rules: the recommended rules)\n`);
    const findingLines = out.join('').split('\n').filter((line) => line !== '');
    expect(findingLines).toHaveLength(errors + warnings);
  });
});

// GitHub's REST description (1,223 operations, 13 MB) is too large to commit; scripts/fetch-real-corpus.ts
// fetches it with a pinned version and sha256. Redocly CLI 2.62.1 reported 1,630 errors and 2,280 warnings on it.
const LARGE = path.join(REAL_CORPUS_CACHE, 'api.github.com.json');

describe('a real spec with over 1,000 operations', { timeout: 600_000 }, () => {
  it.skipIf(!existsSync(LARGE))('lints api.github.com.json without crashing (run scripts/fetch-real-corpus.ts to fetch it)', async () => {
    const result = await lintOpenApiSpec(LARGE);
    expect(result.errors).toBeGreaterThan(0);
    expect(result.findings).toHaveLength(result.errors + result.warnings);
  });
});
