import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNRELEASED, parseChangelog, type ChangelogFinding } from '../../../src/lib/changelog/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

/** The shared corpus of real changelogs, with release counts made without Portico. */
const CORPUS = path.join(REPO_ROOT, 'test/fixtures/real/changelogs');
const OWN = path.join(REPO_ROOT, 'test/fixtures/changelog/real');

interface Expected {
  style: string;
  releases: number;
  unreleased: number;
  versions: string[];
  prereleases: number;
  duplicates: string[];
}
const EXPECTED = JSON.parse(readFileSync(path.join(CORPUS, 'EXPECTED.json'), 'utf8')) as Record<string, Expected>;

const places = (findings: readonly ChangelogFinding[]) => findings.map((f) => `${f.line}${f.column ? `:${f.column}` : ''} ${f.rule}`);

/** Versions as the corpus writes them (`1.0`), normalised the way Portico reads them (`1.0.0`). */
const asSemver = (version: string) => (/^\d+\.\d+$/.test(version) ? `${version}.0` : version);

/** Findings of each corpus file, line:column and rule; every other file has none. */
const FINDINGS: Record<string, string[]> = {
  'eslint-plugin-import-2.31.0.md': ['766:11 version-punctuation'],
  'mobx-6.13.5.md': [
    '1009:9 version-punctuation', // ## 3.5.0/1
    '1725:8 version-punctuation', // # 2.2.2:
    '1986:8 version-punctuation', // # 1.0.4/5
    '2005:3 version-not-semver', // # 1.0
    '2069:8 version-punctuation',
    '2073:8 version-punctuation',
    '2079:8 version-punctuation',
    '2084:8 version-punctuation',
  ],
  'apollo-client-3.11.10.md': [
    '3290 duplicate-version', // ## Apollo Client (2.6.1), again
    '3808:11 date-format', // ## 2.4.1 (August 26, 2018)
    '3876:11 date-format',
    '3932:11 date-format',
    '3987:11 date-format',
    '4005:11 date-format',
    '4066:11 date-format',
    '4100:11 date-format',
    '4131:11 date-format',
    '4184:11 date-format',
  ],
};

describe('real changelogs from npm packages (test/fixtures/real/changelogs)', () => {
  it.each(Object.keys(EXPECTED))('%s: every release heading is a release, with its findings', (name) => {
    const expected = EXPECTED[name]!;
    const { changelog, findings, problems } = parseChangelog(readFileSync(path.join(CORPUS, name), 'utf8'), name);
    expect(problems).toEqual([]);
    expect(changelog.style).toBe(expected.style);
    const releases = changelog.releases.filter((release) => release.version !== UNRELEASED);
    expect(releases).toHaveLength(expected.releases);
    expect(changelog.releases.length - releases.length).toBe(expected.unreleased);
    expect([...releases].sort((a, b) => a.line - b.line).map((release) => release.version)).toEqual(expected.versions.map(asSemver));
    expect(releases.filter((release) => release.prerelease)).toHaveLength(expected.prereleases);
    expect(places(findings)).toEqual(FINDINGS[name] ?? []);
    expect(new Set(changelog.releases.map((release) => release.slug)).size).toBe(changelog.releases.length);
  });

  it('eslint-plugin-import: "## [2.0.0]! - 2016-09-30" is release 2.0.0, dated, and "Earlier releases" is a note', () => {
    const name = 'eslint-plugin-import-2.31.0.md';
    const { changelog, findings } = parseChangelog(readFileSync(path.join(CORPUS, name), 'utf8'), name);
    const release = changelog.releases.find((candidate) => candidate.line === 766)!;
    expect([release.version, release.date, release.slug]).toEqual(['2.0.0', '2016-09-30', '2.0.0']);
    expect(findings[0]).toEqual({
      file: name,
      line: 766,
      column: 11,
      rule: 'version-punctuation',
      severity: 'error',
      message: 'release heading "## [2.0.0]! - 2016-09-30" has "!" glued to the version; read as release 2.0.0',
      hint: 'remove "!" so the version stands alone',
    });
    expect(changelog.notes).toEqual([
      {
        title: 'Earlier releases (0.10.1 and younger)',
        line: 1094,
        markdown:
          'See [GitHub release notes](https://github.com/import-js/eslint-plugin-import/releases?after=v0.11.0)\nfor info on changes for earlier releases.',
      },
    ]);
  });
});

describe('@apollo/client 4.1.0 (test/fixtures/changelog/real)', () => {
  const file = path.join(OWN, 'apollo-client-4.1.0.md');
  const { changelog, findings, problems } = parseChangelog(readFileSync(file, 'utf8'), file);

  it('reads all 278 releases, 69 pre-releases, and the "Apollo Client 4.0 Release Notes" block as a note', () => {
    expect(problems).toEqual([]);
    expect(changelog.style).toBe('changesets');
    expect(changelog.releases).toHaveLength(278);
    expect(changelog.releases.filter((release) => release.prerelease)).toHaveLength(69);
    expect(changelog.notes.map((note) => [note.line, note.title])).toEqual([[508, 'Apollo Client 4.0 Release Notes']]);
    expect(changelog.notes[0]!.markdown).toMatch(/^Apollo Client 4\.0 delivers a more modern/);
    expect(changelog.notes[0]!.markdown).toContain('\n## Key Improvements\n');
  });

  it('keeps both headings of the duplicated pre-release 4.1.0-alpha.9, each with its own slug, and reports the second', () => {
    expect(changelog.releases.filter((release) => release.version === '4.1.0-alpha.9').map((release) => [release.line, release.slug])).toEqual([
      [197, '4.1.0-alpha.9'],
      [217, '4.1.0-alpha.9_2'],
    ]);
    expect(places(findings)).toEqual([
      '217 duplicate-version',
      '8923 duplicate-version',
      '9441:11 date-format',
      '9509:11 date-format',
      '9565:11 date-format',
      '9620:11 date-format',
      '9638:11 date-format',
      '9699:11 date-format',
      '9733:11 date-format',
      '9764:11 date-format',
      '9817:11 date-format',
    ]);
    expect(findings[0]!.message).toBe('version 4.1.0-alpha.9 already has a heading at line 197; both are published, this one as 4.1.0-alpha.9_2');
  });
});
