import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadPortalConfig, validatePortalConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/lib/errors.js';
import { REPO_ROOT } from '../helpers/run-portal.js';

const site = { title: 'T', url: 'https://docs.example.com', repository: 'https://github.com/e/e' };

/** Validates `raw` as if it came from /virtual/portal.config.ts and returns the problem lines. */
function problemsOf(raw: unknown, file = path.join(tmpdir(), 'portal.config.ts')): readonly string[] {
  try {
    validatePortalConfig(raw, file);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('validatePortalConfig', () => {
  it('fills in defaults for a minimal configuration', () => {
    const config = validatePortalConfig({ site }, path.join(tmpdir(), 'portal.config.ts'));
    expect(config.site.baseUrl).toBe('/');
    expect(config.site.branch).toBe('main');
    expect(config.thresholds.docCoverage).toBe(100);
    expect(config.thresholds.benchRegression).toBe(10);
    expect(config.thresholds.coverage).toEqual({ lines: 0, statements: 0, functions: 0, branches: 0, maxDrop: 1 });
    expect(config.api.packages).toEqual([]);
    expect(config.dashboards.historyDir).toBe(path.join(tmpdir(), '.portal/history'));
    expect(config.build).toEqual({ persistentCache: false, bundleInSeparateProcess: true, bundleClientAndServerSeparately: true, reuseRender: true });
  });

  it.each([
    ['a number where a URL is expected', { site: { ...site, url: 42 } }, 'site.url: got 42, expected an absolute http(s) URL such as "https://docs.example.com"'],
    ['a URL with a path', { site: { ...site, url: 'https://x.dev/docs' } }, 'site.url: got "https://x.dev/docs", expected an origin without a path (put the path in site.baseUrl)'],
    ['a non-http URL', { site: { ...site, repository: 'ftp://x.dev' } }, 'site.repository: got "ftp://x.dev", expected an absolute http(s) URL such as "https://docs.example.com"'],
    ['a baseUrl without slashes', { site: { ...site, baseUrl: 'docs' } }, 'site.baseUrl: got "docs", expected a path that starts and ends with "/", such as "/" or "/docs/"'],
    ['a missing title', { site: { url: site.url, repository: site.repository } }, 'site.title: missing, expected a non-empty string'],
    ['a percent above 100', { site, thresholds: { docCoverage: 120 } }, 'thresholds.docCoverage: got 120, expected a number between 0 and 100'],
    ['a string where a percent is expected', { site, thresholds: { coverage: { lines: '80' } } }, 'thresholds.coverage.lines: got "80", expected a number between 0 and 100'],
    ['a negative regression threshold', { site, thresholds: { benchRegression: -5 } }, 'thresholds.benchRegression: got -5, expected a positive number (percent)'],
    ['a package name that is not kebab-case', { site, api: { packages: [{ name: 'My SDK', entryPoints: ['a.ts'], tsconfig: 't.json' }] } }, 'api.packages[0].name: got "My SDK", expected a lowercase kebab-case id such as "task-service"'],
    ['an empty entry-point list', { site, api: { packages: [{ name: 'sdk', entryPoints: [], tsconfig: 't.json' }] } }, 'api.packages[0].entryPoints: got an empty list, expected at least one entry point'],
    ['a string where a switch is expected', { site, build: { persistentCache: 'yes' } }, 'build.persistentCache: got "yes", expected true or false'],
    ['a misspelled field', { site, site2: {} }, expect.stringMatching(/^\(root\): unknown field "site2" \(did you mean "site"\?\), expected one of "site", .*"thresholds", .*"gates"$/)],
    ['a misspelled field in an object', { site: { ...site, titel: 'X' } }, 'site: unknown field "titel" (did you mean "title"?), expected one of "title", "tagline", "url", "baseUrl", "repository", "branch"'],
    ['an unknown gate', { site, gates: { link: 'warn' } }, 'gates: unknown field "link" (did you mean "links"?), expected one of "links", "anchors", "docCoverage", "openapiLint", "runbooks", "rfcs", "changelog", "markdownLint", "scriptBudgets"'],
    ['an unknown gate severity', { site, gates: { anchors: 'fatal' } }, 'gates.anchors: got "fatal", expected "error", "warn" or "off"'],
    ['not an object at all', 'portal', '(root): got "portal", expected an object: export default definePortalConfig({ site: {...}, ... })'],
  ] as [string, unknown, unknown][])('reports %s as one line naming the field', (_name, raw, expected) => {
    expect(problemsOf(raw)).toEqual([expected]);
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsOf({ site: { ...site, url: 42, baseUrl: 'x' }, thresholds: { docCoverage: 101 } });
    expect(problems).toHaveLength(3);
    expect(problems.map((line) => line.split(':')[0])).toEqual(['site.url', 'site.baseUrl', 'thresholds.docCoverage']);
  });

  it('resolves paths against the config file and reports files that do not exist', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-config-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(path.join(dir, 'sdk'));
    writeFileSync(path.join(dir, 'sdk/index.ts'), 'export const x = 1;\n');
    const raw = {
      site,
      api: { packages: [{ name: 'sdk', entryPoints: ['sdk/index.ts'], tsconfig: 'sdk/tsconfig.json' }] },
      openapi: { specs: [{ id: 'api', file: 'sdk' }] },
    };
    const problems = problemsOf(raw, path.join(dir, 'portal.config.ts'));
    expect(problems).toEqual([
      'api.packages[0].tsconfig: got "sdk/tsconfig.json", expected an existing file',
      'openapi.specs[0].file: got "sdk", expected a file, not a directory',
    ]);
    writeFileSync(path.join(dir, 'sdk/tsconfig.json'), '{}');
    writeFileSync(path.join(dir, 'api.yaml'), 'openapi: 3.1.0\n');
    const config = validatePortalConfig({ ...raw, openapi: { specs: [{ id: 'api', file: 'api.yaml' }] } }, path.join(dir, 'portal.config.ts'));
    expect(config.api.packages[0]?.entryPoints).toEqual([path.join(dir, 'sdk/index.ts')]);
    expect(config.rootDir).toBe(dir);
  });
});

describe('loadPortalConfig', () => {
  it('loads the shipped portal.config.ts', async () => {
    const config = await loadPortalConfig(path.join(REPO_ROOT, 'portal.config.ts'));
    expect(config.site.title).toBe('Portico');
    expect(config.api.packages.map((p) => p.name)).toContain('task-client');
  });

  it('names the file when it does not exist', async () => {
    const missing = path.join(tmpdir(), 'no-such-portal.config.ts');
    await expect(loadPortalConfig(missing)).rejects.toMatchObject({
      exitCode: 2,
      file: missing,
      problems: ['file not found (pass --config <file> or set PORTAL_CONFIG)'],
    });
  });

  it('reports a config file that does not compile as unusable, not as a crash', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-config-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'portal.config.ts');
    writeFileSync(file, 'export default {{ site: \n');
    await expect(loadPortalConfig(file)).rejects.toBeInstanceOf(ConfigError);
    await expect(loadPortalConfig(file)).rejects.toMatchObject({ problems: [expect.stringMatching(/^could not be loaded: /)] });
  });
});
