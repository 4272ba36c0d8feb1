import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runPortal } from '../helpers/run-portal.js';

const MINIMAL = path.join(REPO_ROOT, 'test/fixtures/projects/minimal/portal.config.ts');

/** The temp folders this file made, removed when it is done. */
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeConfig(body: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-cli-'));
  tempDirs.push(dir);
  const file = path.join(dir, 'portal.config.ts');
  writeFileSync(file, body);
  return file;
}

describe('portal CLI', () => {
  it('prints usage and exits 2 for an unknown command', () => {
    const run = runPortal(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
    expect(run.stderr).toContain('portal --help');
  });

  it('prints usage and exits 2 with no command', () => {
    const run = runPortal([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: portal <command> [options]');
  });

  it('lists its commands with --help and exits 0', () => {
    const run = runPortal(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/config\s+validate or show the portal configuration/);
    expect(run.stdout).toContain('setup-browser');
  });

  it('validates the shipped configuration', () => {
    const run = runPortal(['config', 'check']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/portal\.config\.ts is valid: "Portico" at https:\/\/portico\.example\.dev\//);
  });

  it('runs against another project with --config', () => {
    const run = runPortal(['config', 'check', '--config', MINIMAL]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Minimal Fixture" at https://minimal.example.org/minimal/');
    expect(run.stdout).toContain('0 API packages');
  });

  it('falls back to PORTAL_CONFIG when --config is absent', () => {
    const run = runPortal(['config', 'print'], { env: { PORTAL_CONFIG: MINIMAL } });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.site.baseUrl).toBe('/minimal/');
    expect(printed.changelogs[0].file).toBe(path.join(REPO_ROOT, 'test/fixtures/projects/minimal/CHANGELOG.md'));
  });

  it('gives a one-line error naming the field and exits 2 when a number is given for a URL', () => {
    const file = writeConfig(
      "export default { site: { title: 'X', url: 42, repository: 'https://github.com/e/e' } };\n",
    );
    const run = runPortal(['config', 'check', '--config', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `✖ Invalid Portico configuration in ${file}\n` +
        '  - site.url: got 42, expected an absolute http(s) URL such as "https://docs.example.com"\n',
    );
    expect(run.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  });

  it('exits 2 naming the path when the config file is missing', () => {
    const run = runPortal(['config', 'check', '--config', 'nope/portal.config.ts']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(path.join(REPO_ROOT, 'nope/portal.config.ts'));
    expect(run.stderr).toContain('file not found');
  });
});
