import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runPortal } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/changelog');
const fixture = (name: string) => path.join(FIXTURES, name);

/** A portal.config.ts in a fresh temporary directory whose changelogs are the given files. */
function writeConfig(changelogs: { id: string; file: string }[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-changelog-'));
  const file = path.join(dir, 'portal.config.ts');
  const entries = changelogs.map(({ id, file: log }) => `{ id: '${id}', title: '${id}', file: ${JSON.stringify(log)} }`);
  writeFileSync(
    file,
    `export default { site: { title: 'T', url: 'https://t.example.org', repository: 'https://github.com/t/t' }, changelogs: [${entries.join(', ')}] };\n`,
  );
  return file;
}

describe('portal lint changelog <file>', () => {
  it('prints the style and a table of releases, and exits 0', () => {
    const run = runPortal(['lint', 'changelog', 'test/fixtures/changelog/keep-a-changelog.md']);
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

  it('summarises conventional sections compactly, without their emoji', () => {
    const run = runPortal(['lint', 'changelog', fixture('conventional-standard-version.md')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  style: conventional — 7 of 7 section headings are conventional-changelog types');
    expect(run.stdout).toContain('  2.0.0    2026-01-15         BREAKING CHANGES 1, Features 2, Bug Fixes 1\n');
    expect(run.stdout).toContain('✔ 4 releases, 8 entries\n');
  });

  it('prints dashes for Changesets releases, which have no dates', () => {
    const run = runPortal(['lint', 'changelog', fixture('changesets.md')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  style: changesets — ');
    expect(run.stdout).toContain('  3.0.0-next.0  —     pre-release  Major Changes 1\n');
  });

  it('prints JSON with --json: releases without bodyMarkdown', () => {
    const run = runPortal(['lint', 'changelog', '--json', fixture('keep-a-changelog.md')]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual(['changelogs']);
    const [log] = printed.changelogs;
    expect(log).toMatchObject({
      id: null,
      title: null,
      file: fixture('keep-a-changelog.md'),
      style: 'keep-a-changelog',
      styleReason: '13 of 13 section headings are Keep a Changelog types (Added, Fixed, Changed, Removed, …)',
      documentTitle: 'Changelog',
    });
    expect(log.releases).toHaveLength(7);
    expect(log.releases[3]).toEqual({
      version: '1.3.1',
      title: '1.3.1 - 2025-11-02 [YANKED]',
      date: '2025-11-02',
      prerelease: false,
      yanked: true,
      compareUrl: 'https://github.com/acme/acme-cli/compare/v1.3.0...v1.3.1',
      line: 41,
      sections: [{ title: 'Fixed', kind: 'fixed', entries: [{ markdown: 'Cache keys ignored the lockfile.', line: 45 }] }],
    });
  });

  it.each([
    ['bad-duplicate-version.md', ['15: version 1.1.0 appears twice, at lines 3 and 15: each release needs exactly one heading']],
    [
      'bad-date.md',
      [
        '3: release 1.2.0 has an invalid date "2026-02-30": expected a calendar date written YYYY-MM-DD, such as 2026-01-15',
        '9: release 1.1.0 has an invalid date "15.01.2026": expected a calendar date written YYYY-MM-DD, such as 2026-01-15',
      ],
    ],
  ])('exits 2 on %s with one file:line line per problem and no stack trace', (name, problems) => {
    const file = fixture(name);
    const run = runPortal(['lint', 'changelog', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `✖ The changelog ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
        ...problems.map((problem) => `  - ${file}:${problem}`),
        '',
      ].join('\n'),
    );
  });

  it('exits 2 on an unparseable version heading, also with --json (nothing on stdout)', () => {
    const file = fixture('bad-version-heading.md');
    const run = runPortal(['lint', 'changelog', '--json', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`  - ${file}:3: heading "## Version next" is at the release level`);
    expect(run.stderr).toContain(`  - ${file}:9: heading "## [1.2] - 2026-01-01" is at the release level but "1.2" is not a semver version`);
  });

  it('exits 2 on an empty file: no releases found', () => {
    const file = fixture('empty.md');
    const run = runPortal(['lint', 'changelog', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`  - ${file}:1: the file is empty: no releases found; expected release headings such as "## [1.2.0] - 2026-01-15"`);
  });

  it('exits 2 on a file that is not a changelog', () => {
    const file = fixture('not-a-changelog.md');
    const run = runPortal(['lint', 'changelog', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`  - ${file}:1: no releases found;`);
  });

  it('exits 2 naming the path when the file does not exist', () => {
    const run = runPortal(['lint', 'changelog', 'nope/CHANGELOG.md']);
    expect(run.code).toBe(2);
    const file = path.join(REPO_ROOT, 'nope/CHANGELOG.md');
    expect(run.stderr).toBe(`✖ Cannot read the changelog ${file}\n  - ${file}: cannot be read (ENOENT: no such file or directory)\n`);
  });
});

describe('portal lint changelog (from the configuration)', () => {
  it('lints both changelogs of the shipped configuration', () => {
    const run = runPortal(['lint', 'changelog']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('examples/task-service/CHANGELOG.md (task-service: Task Service)\n  style: keep-a-changelog — ');
    expect(run.stdout).toContain('\nCHANGELOG.md (portico: Portico)\n  style: keep-a-changelog — ');
    expect(run.stdout).toMatch(/^ {2}Unreleased +— +\S/m);
    expect(run.stdout.match(/^✔ \d+ releases?\b/gm)).toHaveLength(2);
  });

  it('prints every configured changelog with --json', () => {
    const run = runPortal(['lint', 'changelog', '--json']);
    expect(run.code).toBe(0);
    const { changelogs } = JSON.parse(run.stdout);
    expect(changelogs.map((log: { id: string; file: string }) => [log.id, path.relative(REPO_ROOT, log.file)])).toEqual([
      ['task-service', 'examples/task-service/CHANGELOG.md'],
      ['portico', 'CHANGELOG.md'],
    ]);
    for (const log of changelogs) {
      expect(log.style).toBe('keep-a-changelog');
      expect(log.releases.length).toBeGreaterThan(0);
      expect(log.releases[0].version).toBe('Unreleased');
      expect(log.releases[0]).not.toHaveProperty('bodyMarkdown');
    }
  });

  it('follows --config to another project', () => {
    const run = runPortal(['lint', 'changelog', '--config', 'test/fixtures/projects/minimal/portal.config.ts']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('test/fixtures/projects/minimal/CHANGELOG.md (minimal: Minimal)\n');
    expect(run.stdout).toContain('  1.0.0    2026-01-15         Added 1\n✔ 1 release, 1 entry\n');
  });

  it('prints the good changelogs and exits 2 with the problems of the bad ones', () => {
    const config = writeConfig([
      { id: 'good', file: fixture('changesets.md') },
      { id: 'bad', file: fixture('bad-duplicate-version.md') },
    ]);
    const run = runPortal(['lint', 'changelog', '-c', config]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`(good: good)\n  style: changesets — `);
    expect(run.stderr).toBe(
      '✖ 1 of 2 changelogs cannot be used\n' +
        `  - ${fixture('bad-duplicate-version.md')}:15: version 1.1.0 appears twice, at lines 3 and 15: each release needs exactly one heading\n`,
    );
  });

  it('exits 2 when the configuration lists no changelogs', () => {
    const config = writeConfig([]);
    const run = runPortal(['lint', 'changelog', '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`✖ Nothing to lint: ${config} lists no changelogs`);
  });
});
