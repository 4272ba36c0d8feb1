import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/changelog');
const fixture = (name: string) => path.join(FIXTURES, name);

/** Runs `portal lint changelog …` in-process and returns its exit code and output (colours stripped). */
async function lint(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
    const code = await runCli(['node', 'portal', 'lint', 'changelog', ...args]);
    // eslint-disable-next-line no-control-regex
    const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
    return { code, stdout: plain(stdout), stderr: plain(stderr) };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The temp folders this file made, removed when it is done. */
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A portal.config.ts in a fresh temporary directory whose changelogs are copies of the given files, beside it. */
function writeConfig(changelogs: { id: string; file: string }[], gate?: 'error' | 'warn' | 'off'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-changelog-'));
  tempDirs.push(dir);
  const file = path.join(dir, 'portal.config.ts');
  for (const log of changelogs) copyFileSync(log.file, path.join(dir, path.basename(log.file)));
  const entries = changelogs.map(({ id, file: log }) => `{ id: '${id}', title: '${id}', file: ${JSON.stringify(path.basename(log))} }`);
  writeFileSync(
    file,
    `export default { site: { title: 'T', url: 'https://t.example.org', repository: 'https://github.com/t/t' }, changelogs: [${entries.join(', ')}]` +
      `${gate ? `, gates: { changelog: '${gate}' }` : ''} };\n`,
  );
  return file;
}

afterEach(() => vi.restoreAllMocks());

describe('portal lint changelog <file>', () => {
  it('prints the style and a table of releases, and exits 0', async () => {
    const run = await lint(['test/fixtures/changelog/keep-a-changelog.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'test/fixtures/changelog/keep-a-changelog.md',
        '  style: keep-a-changelog — 13 of 13 section headings are Keep a Changelog types (Added, Fixed, Changed, Removed, …)',
        '  Version     Date        Flags        Entries',
        '  Unreleased  —                        Added 1, Fixed 1',
        '  2.0.0       2026-01-15               Added 2, Changed 2, Removed 1',
        '  2.0.0-rc.1  2025-12-20  pre-release  Changed 1',
        '  1.3.1       2025-11-02  yanked       Fixed 1',
        '  1.3.0       2025-10-20               Added 1, Deprecated 1, Security 1',
        '  1.2.0       2025-08-01               Changed 1, Fixed 1',
        '  1.0.0       2025-05-12               Added 1',
        '✔ 7 releases (1 pre-release), 15 entries',
        '',
        '',
      ].join('\n'),
    );
  });

  it('summarises conventional sections compactly, without their emoji', async () => {
    const run = await lint([fixture('conventional-standard-version.md')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  style: conventional — 7 of 7 section headings are conventional-changelog types');
    expect(run.stdout).toContain('  2.0.0    2026-01-15         BREAKING CHANGES 1, Features 2, Bug Fixes 1\n');
    expect(run.stdout).toContain('✔ 4 releases, 8 entries\n');
  });

  it('prints dashes for Changesets releases, which have no dates', async () => {
    const run = await lint([fixture('changesets.md')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  style: changesets — ');
    expect(run.stdout).toContain('  3.0.0-next.0  —     pre-release  Major Changes 1\n');
  });

  it('prints JSON with --json: releases without bodyMarkdown, notes and findings', async () => {
    const run = await lint(['--json', fixture('keep-a-changelog.md')]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual(['gate', 'changelogs']);
    expect(printed.gate).toBe('error');
    const [log] = printed.changelogs;
    expect(log).toMatchObject({
      id: null,
      title: null,
      file: fixture('keep-a-changelog.md'),
      style: 'keep-a-changelog',
      styleReason: '13 of 13 section headings are Keep a Changelog types (Added, Fixed, Changed, Removed, …)',
      documentTitle: 'Changelog',
      notes: [],
      findings: [],
    });
    expect(log.releases).toHaveLength(7);
    expect(log.releases[3]).toEqual({
      version: '1.3.1',
      title: '1.3.1 - 2025-11-02 [YANKED]',
      date: '2025-11-02',
      dateSource: 'changelog',
      prerelease: false,
      yanked: true,
      compareUrl: 'https://github.com/acme/acme-cli/compare/v1.3.0...v1.3.1',
      line: 41,
      slug: '1.3.1',
      sections: [{ title: 'Fixed', kind: 'fixed', entries: [{ markdown: 'Cache keys ignored the lockfile.', line: 45 }] }],
    });
  });

  it('exits 1 on findings (gates.changelog "error"), listing each once with file:line:column, the release kept', async () => {
    const run = await lint(['test/fixtures/changelog/bad-date.md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  1.2.0    —                  Added 1\n');
    const listed = run.stdout.split('\n').filter((line) => line.startsWith('  error  '));
    expect(listed).toEqual([
      '  error  test/fixtures/changelog/bad-date.md:3:14: release 1.2.0 has an invalid date "2026-02-30"; it is published without a date (invalid-date) — write a calendar date as YYYY-MM-DD, such as 2026-01-15',
      '  error  test/fixtures/changelog/bad-date.md:9:14: release 1.1.0 has an invalid date "15.01.2026"; it is published without a date (invalid-date) — write a calendar date as YYYY-MM-DD, such as 2026-01-15',
    ]);
    expect(run.stdout).toContain('✖ 3 releases, 3 entries, 2 findings\n');
    expect(run.stderr).toBe('✖ 2 changelog findings in 1 file (gates.changelog: "error")\n');
  });

  it('also prints the findings as GitHub annotations under GitHub Actions, but not with --json', async () => {
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    try {
      const run = await lint(['test/fixtures/changelog/bad-date.md']);
      expect(run.code).toBe(1);
      expect(run.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([
        '::error file=test/fixtures/changelog/bad-date.md,line=3,col=14,title=invalid-date::release 1.2.0 has an invalid date "2026-02-30"; it is published without a date%0Awrite a calendar date as YYYY-MM-DD, such as 2026-01-15',
        '::error file=test/fixtures/changelog/bad-date.md,line=9,col=14,title=invalid-date::release 1.1.0 has an invalid date "15.01.2026"; it is published without a date%0Awrite a calendar date as YYYY-MM-DD, such as 2026-01-15',
      ]);
      const json = await lint(['--json', 'test/fixtures/changelog/bad-date.md']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).changelogs[0].findings).toHaveLength(2);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('exits 1 with --json too, the findings in the document', async () => {
    const file = fixture('bad-duplicate-version.md');
    const run = await lint(['--json', file]);
    expect(run.code).toBe(1);
    const [log] = JSON.parse(run.stdout).changelogs;
    expect(log.releases.map((release: { slug: string }) => release.slug)).toEqual(['1.1.0', '1.1.0_2', '1.0.0']);
    expect(log.findings).toEqual([
      {
        file,
        line: 15,
        rule: 'duplicate-version',
        severity: 'error',
        message: 'version 1.1.0 already has a heading at line 3; both are published, this one as 1.1.0_2',
        hint: 'give each release one heading: merge the two, or correct the version of one',
      },
    ]);
  });

  it('exits 2 on an empty file: no releases found', async () => {
    const file = fixture('empty.md');
    const run = await lint([file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `✖ The changelog ${file} cannot be used\n  - ${file}:1: the file is empty: no releases found; expected release headings such as ` +
        '"## [1.2.0] - 2026-01-15" (Keep a Changelog), "## [1.2.0](https://github.com/o/r/compare/v1.1.0...v1.2.0) (2026-01-15)" (conventional-changelog) or "## 1.2.0" (Changesets)\n',
    );
  });

  it('exits 2 on a file that is not a changelog, with nothing on stdout under --json', async () => {
    const file = fixture('not-a-changelog.md');
    const run = await lint(['--json', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`  - ${file}:1: no releases found;`);
  });

  it('exits 2 naming the path when the file does not exist', async () => {
    const run = await lint(['nope/CHANGELOG.md']);
    expect(run.code).toBe(2);
    const file = path.join(REPO_ROOT, 'nope/CHANGELOG.md');
    expect(run.stderr).toBe(`✖ Cannot read the changelog ${file}\n  - ${file}: cannot be read (ENOENT: no such file or directory)\n`);
  });
});

describe('portal lint changelog (from the configuration)', () => {
  it('lints both changelogs of the shipped configuration, without findings', async () => {
    const run = await lint([]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('examples/task-service/CHANGELOG.md (task-service: Task Service)\n  style: keep-a-changelog — ');
    expect(run.stdout).toContain('\nCHANGELOG.md (portico: Portico)\n  style: keep-a-changelog — ');
    expect(run.stdout).toMatch(/^ {2}Unreleased +— +\S/m);
    expect(run.stdout.match(/^✔ \d+ releases?\b/gm)).toHaveLength(2);
  });

  it('follows --config to another project', async () => {
    const run = await lint(['--config', 'test/fixtures/projects/minimal/portal.config.ts']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('test/fixtures/projects/minimal/CHANGELOG.md (minimal: Minimal)\n');
    expect(run.stdout).toContain('  1.0.0    2026-01-15         Added 1\n✔ 1 release, 1 entry\n');
  });

  it('prints the findings and exits 0 under gates.changelog "warn"', async () => {
    const config = writeConfig([{ id: 'dup', file: fixture('bad-duplicate-version.md') }], 'warn');
    const run = await lint(['-c', config]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  warn  ${path.join(path.dirname(config), 'bad-duplicate-version.md')}:15: version 1.1.0 already has a heading at line 3;`);
    expect(run.stdout).toContain('⚠ 1 changelog finding in 1 file; not failing (gates.changelog: "warn")\n');
    expect(run.stderr).toBe('');
  });

  it('is silent about findings under gates.changelog "off"', async () => {
    const config = writeConfig([{ id: 'dup', file: fixture('bad-duplicate-version.md') }], 'off');
    const run = await lint(['-c', config]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/finding|already has a heading/);
    expect(run.stdout).toContain('✔ 3 releases, 3 entries\n');
  });

  it('prints the usable changelogs and exits 2 with the problems of the unusable ones', async () => {
    const config = writeConfig([
      { id: 'good', file: fixture('changesets.md') },
      { id: 'bad', file: fixture('empty.md') },
    ]);
    const run = await lint(['-c', config]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`(good: good)\n  style: changesets — `);
    expect(run.stderr).toContain(`✖ 1 of 2 changelogs cannot be used\n  - ${path.join(path.dirname(config), 'empty.md')}:1: the file is empty`);
  });

  it('exits 2 when the configuration lists no changelogs', async () => {
    const config = writeConfig([]);
    const run = await lint(['--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`✖ Nothing to lint: ${config} lists no changelogs`);
  });
});
