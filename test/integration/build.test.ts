import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-portal.js';

const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report']);
const tempDirs: string[] = [];

/** A copy of the real site (same config, content and theme) in a temp dir, sharing node_modules. */
function copySite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-site-'));
  tempDirs.push(dir);
  cpSync(REPO_ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(siteDir: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [DOCUSAURUS, 'build', '--out-dir', path.join(siteDir, 'build')], {
    cwd: siteDir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 540_000,
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('docusaurus build of the portal', () => {
  // One build serves both cases: Docusaurus reports every broken link and anchor together.
  it('fails on a broken link and a broken anchor, naming each page and target', () => {
    const site = copySite();
    writeFileSync(
      path.join(site, 'docs/broken-link.md'),
      '---\ntitle: Broken link\n---\n\n# Broken link\n\nSee [the missing page](/docs/this-page-does-not-exist).\n',
    );
    writeFileSync(
      path.join(site, 'docs/broken-anchor.md'),
      '---\ntitle: Broken anchor\n---\n\n# Broken anchor\n\nSee [a heading that is not there](/docs/configuration#no-such-heading).\n',
    );
    const { code, output } = build(site);
    expect(code).not.toBe(0);
    expect(output).toMatch(/Broken link on source page path = \/docs\/broken-link:\s+-> linking to \/docs\/this-page-does-not-exist/);
    expect(output).toMatch(/Broken anchor on source page path = \/docs\/broken-anchor:\s+-> linking to \/docs\/configuration#no-such-heading/);
  });

  it('fails on a broken relative Markdown link, naming the file and the target', () => {
    const site = copySite();
    writeFileSync(
      path.join(site, 'docs/broken-md-link.md'),
      '---\ntitle: Broken Markdown link\n---\n\n# Broken Markdown link\n\nSee [the missing file](./missing-file.md).\n',
    );
    const { code, output } = build(site);
    expect(code).not.toBe(0);
    expect(output).toContain('missing-file.md');
    expect(output).toContain('broken-md-link.md');
  });

  it('stops with exit code 2 and one line per problem when PORTAL_CONFIG is invalid', () => {
    const site = copySite();
    const bad = path.join(site, 'bad.portal.config.ts');
    writeFileSync(bad, "export default { site: { title: 'X', url: 42, repository: 'https://github.com/e/e' } };\n");
    const { code, output } = build(site, { PORTAL_CONFIG: bad });
    expect(code).toBe(2);
    expect(output).toContain(`✖ Invalid Portico configuration in ${bad}`);
    expect(output).toContain('  - site.url: got 42, expected an absolute http(s) URL such as "https://docs.example.com"');
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
