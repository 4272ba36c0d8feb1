import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { loadPortalConfig } from '../../../src/config/index.js';
import { makeRealProject } from './project.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-init-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `portal <args>` in-process and collects what it printed. */
async function portal(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await runCli(['node', 'portal', ...args]);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const STARTER_FILES = ['.gitignore', 'docs/getting-started.md', 'portal.config.ts', 'rfcs/0000-template.md', 'rfcs/index.mdx', 'runbooks/_template.md', 'runbooks/index.mdx'];

describe('portal init', () => {
  it('without --from writes a config that loads and validates, and one starter page per section', async () => {
    const dir = path.join(tempDir(), 'portal');
    const run = await portal('init', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Detected in');
    expect(listFiles(dir)).toEqual(STARTER_FILES);

    const config = await loadPortalConfig(path.join(dir, 'portal.config.ts'));
    expect(config.site.title).toBe(path.basename(process.cwd()));
    expect(config.site.repository).toBe('https://github.com/your-org/your-project');
    expect(config.api.packages).toEqual([]);
    expect(config.allowedRoots).toEqual([]);
    expect(config.gates).toEqual({ links: 'error', anchors: 'error', markdownLint: 'error', rfcs: 'error', docCoverage: 'error', openapiLint: 'error', runbooks: 'error', changelog: 'error', scriptBudgets: 'error' });
    // Each gate's comment says why it is strict: the input it would check is not configured yet.
    const source = readFileSync(path.join(dir, 'portal.config.ts'), 'utf8');
    expect(source).toContain("docCoverage: 'error', // nothing to check yet (no API package configured)");
    expect(source).toContain("runbooks: 'error', // nothing to check yet (no alert-rule file configured)");
    // Nothing of Portico's own content.
    for (const file of STARTER_FILES) expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(/Portico|Task Service/);

    const check = await portal('config', 'check', '--config', path.join(dir, 'portal.config.ts'));
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('is valid: "');
    // The starter pages pass the checks the build runs on them.
    expect((await portal('lint', 'md', '--config', path.join(dir, 'portal.config.ts'))).code).toBe(0);
    const rfcs = await portal('lint', 'rfcs', '--config', path.join(dir, 'portal.config.ts'));
    expect(rfcs.code).toBe(0);
    expect(rfcs.stdout).toContain('0 RFCs checked, no problems');
  });

  it('with --from fills the config from the repository, with paths relative to the config', async () => {
    const repo = makeRealProject();
    cleanups.push(repo.remove);
    const dir = path.join(repo.dir, 'portal');
    // Without a folder, the portal goes to portal/ in the repository.
    const run = await portal('init', '--from', repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  package: @types/d3-path\n');
    expect(run.stdout).toContain('  OpenAPI specs: ');
    expect(run.stdout).toMatch(/ {2}alert rules: .*ceph_default_alerts\.yml \(58 alerts, 58 without runbook_url\)\n/);
    expect(run.stdout).toContain('  coverage reports: none found\n');
    expect(listFiles(dir)).toEqual([...STARTER_FILES, 'tsconfig.api.json'].sort());

    const source = readFileSync(path.join(dir, 'portal.config.ts'), 'utf8');
    expect(source).toContain("entryPoints: ['../index.d.ts'],");
    expect(source).toContain("{ id: 'readme', file: '../openapi/readme.json' }, // OpenAPI 3.1.0");
    expect(source).toContain('// 58 alert(s); without runbook_url: CephHealthError, CephHealthWarning, CephMonDownQuorumAtRisk, CephMonDown, CephMonDiskspaceCritical and 53 more');

    const config = await loadPortalConfig(path.join(dir, 'portal.config.ts'));
    expect(config.site).toMatchObject({ title: '@types/d3-path', tagline: 'TypeScript definitions for d3-path', repository: 'https://github.com/DefinitelyTyped/DefinitelyTyped' });
    expect(config.allowedRoots).toEqual([repo.dir]);
    expect(config.api.packages).toEqual([{ name: 'd3-path', title: '@types/d3-path', entryPoints: [path.join(repo.dir, 'index.d.ts')], tsconfig: path.join(dir, 'tsconfig.api.json') }]);
    expect(config.openapi.specs).toEqual([{ id: 'readme', file: path.join(repo.dir, 'openapi/readme.json') }]);
    expect(config.changelogs).toEqual([{ id: 'd3-path', title: '@types/d3-path', file: path.join(repo.dir, 'CHANGELOG.md') }]);
    expect(config.runbooks.alertRules).toEqual([path.join(repo.dir, 'alerts/ceph_default_alerts.yml')]);
    expect(config.gates).toMatchObject({ links: 'error', docCoverage: 'warn', openapiLint: 'warn', runbooks: 'warn', changelog: 'warn' });
    expect(JSON.parse(readFileSync(path.join(dir, 'tsconfig.api.json'), 'utf8'))).toMatchObject({ files: ['../index.d.ts'] });

    // TypeDoc compiles the entry point with the generated tsconfig: the real doc-coverage command runs on it.
    const coverage = await portal('doc-coverage', '--config', path.join(dir, 'portal.config.ts'));
    expect(coverage.code).toBe(0);
    expect(coverage.stdout).toMatch(/documented \(\d+\/\d+ symbols in 1 package\)/);
  });

  it('refuses to overwrite existing files (exit 2, naming each), and replaces them with --force', async () => {
    const dir = path.join(tempDir(), 'portal');
    expect((await portal('init', dir)).code).toBe(0);
    const page = path.join(dir, 'docs/getting-started.md');
    writeFileSync(page, '# Our own page\n');
    writeFileSync(path.join(dir, 'docs/other.md'), '# Other\n');

    const refused = await portal('init', dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`portal init: 7 files already exist in ${dir}; nothing was written (pass --force to replace them)`);
    expect(refused.stderr).toContain(`${path.join(dir, 'portal.config.ts')}: exists`);
    expect(refused.stderr).toContain(`${page}: exists`);
    expect(refused.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(readFileSync(page, 'utf8')).toBe('# Our own page\n');

    const forced = await portal('init', dir, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(page, 'utf8')).toMatch(/^---\ntitle: Getting started\n/);
    expect(readFileSync(path.join(dir, 'docs/other.md'), 'utf8')).toBe('# Other\n');
  });

  it('is a usage error (exit 2) with an unknown flag, an extra argument or a --from that does not exist', async () => {
    const dir = path.join(tempDir(), 'portal');
    expect((await portal('init', dir, '--bogus')).code).toBe(2);
    expect((await portal('init', dir, 'extra')).code).toBe(2);
    const missing = await portal('init', dir, '--from', path.join(dir, 'no-such-repo'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('not a directory');
    expect(existsSync(dir)).toBe(false);
  });
});
