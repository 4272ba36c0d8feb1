import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangelog, type ChangelogFinding, type Release } from '../../../src/lib/changelog/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/changelog');

function parseFixture(name: string) {
  const file = path.join(FIXTURES, name);
  return parseChangelog(readFileSync(file, 'utf8'), file);
}

/** One comparable row per release: the fields a reader sees in `portal lint changelog`. */
function summarize(release: Release) {
  return {
    version: release.version,
    date: release.date,
    prerelease: release.prerelease,
    yanked: release.yanked,
    line: release.line,
    sections: release.sections.map((section) => `${section.kind}:${section.title}:${section.entries.length}`).join(', '),
  };
}

describe('parseChangelog: Keep a Changelog', () => {
  const { changelog, problems, detection } = parseFixture('keep-a-changelog.md');

  it('detects the style and reads the title', () => {
    expect(problems).toEqual([]);
    expect(changelog.style).toBe('keep-a-changelog');
    expect(detection.reason).toBe('13 of 13 section headings are Keep a Changelog types (Added, Fixed, Changed, Removed, …)');
    expect(changelog.title).toBe('Changelog');
    expect(changelog.file).toBe(path.join(FIXTURES, 'keep-a-changelog.md'));
  });

  it('reads every release, Unreleased first, with dates, flags and sections', () => {
    expect(changelog.releases.map(summarize)).toEqual([
      { version: 'Unreleased', date: undefined, prerelease: false, yanked: false, line: 8, sections: 'added:Added:1, fixed:Fixed:1' },
      { version: '2.0.0', date: '2026-01-15', prerelease: false, yanked: false, line: 18, sections: 'added:Added:2, changed:Changed:2, removed:Removed:1' },
      { version: '2.0.0-rc.1', date: '2025-12-20', prerelease: true, yanked: false, line: 35, sections: 'changed:Changed:1' },
      { version: '1.3.1', date: '2025-11-02', prerelease: false, yanked: true, line: 41, sections: 'fixed:Fixed:1' },
      { version: '1.3.0', date: '2025-10-20', prerelease: false, yanked: false, line: 47, sections: 'added:Added:1, deprecated:Deprecated:1, security:Security:1' },
      { version: '1.2.0', date: '2025-08-01', prerelease: false, yanked: false, line: 61, sections: 'changed:Changed:1, fixed:Fixed:1' },
      { version: '1.0.0', date: '2025-05-12', prerelease: false, yanked: false, line: 73, sections: 'added:Added:1' },
    ]);
  });

  it('takes compare URLs from the link reference definitions at the bottom', () => {
    expect(changelog.releases.map((release) => release.compareUrl)).toEqual([
      'https://github.com/acme/acme-cli/compare/v2.0.0...HEAD',
      'https://github.com/acme/acme-cli/compare/v2.0.0-rc.1...v2.0.0',
      'https://github.com/acme/acme-cli/compare/v1.3.1...v2.0.0-rc.1',
      'https://github.com/acme/acme-cli/compare/v1.3.0...v1.3.1',
      'https://github.com/acme/acme-cli/compare/v1.2.0...v1.3.0',
      'https://github.com/acme/acme-cli/compare/v1.0.0...v1.2.0',
      'https://github.com/acme/acme-cli/releases/tag/v1.0.0',
    ]);
  });

  it('keeps release titles readable and marks yanked releases', () => {
    expect(changelog.releases.map((release) => release.title)).toEqual([
      'Unreleased',
      '2.0.0 - 2026-01-15',
      '2.0.0-rc.1 - 2025-12-20',
      '1.3.1 - 2025-11-02 [YANKED]',
      '1.3.0 - 2025-10-20',
      '1.2.0 - 2025-08-01',
      '1.0.0 - 2025-05-12',
    ]);
  });

  it('keeps each entry as its Markdown source, without the bullet, continuation lines de-indented', () => {
    const [added] = changelog.releases[1]!.sections;
    expect(added!.entries).toEqual([
      { markdown: 'Plugin API: `definePlugin()` with `setup` and `teardown` hooks.', line: 22 },
      {
        markdown: "Configuration files may be written in TypeScript (`acme.config.ts`);\nthey are loaded with the project's own `tsconfig.json`.",
        line: 23,
      },
    ]);
    const [changed] = changelog.releases[5]!.sections;
    expect(changed!.entries[0]!.markdown).toBe(
      'Log lines carry a timestamp:\n- in JSON mode as the `ts` field;\n- in text mode at the start of the line.',
    );
  });

  it('gives each release its body source, plus the definitions the body uses and the file keeps elsewhere', () => {
    expect(changelog.releases[5]!.bodyMarkdown).toBe(
      [
        '### Changed',
        '',
        '- Log lines carry a timestamp:',
        '  - in JSON mode as the `ts` field;',
        '  - in text mode at the start of the line.',
        '',
        '### Fixed',
        '',
        '- `acme build` exited with 0 when a step failed ([#142]).',
        '',
        '[#142]: https://github.com/acme/acme-cli/issues/142',
      ].join('\n'),
    );
    // The last release stops before the definitions at the bottom of the file.
    expect(changelog.releases[6]!.bodyMarkdown).toBe('### Added\n\n- First stable release.');
  });
});

describe('parseChangelog: conventional-changelog', () => {
  it('reads semantic-release output: majors and minors at H1, patches at H2, sections at H3', () => {
    const { changelog, problems, detection } = parseFixture('conventional-semantic-release.md');
    expect(problems).toEqual([]);
    expect(changelog.style).toBe('conventional');
    expect(detection.reason).toBe(
      '10 of 10 section headings are conventional-changelog types (Bug Fixes, Features, BREAKING CHANGES, Performance Improvements, …)',
    );
    expect(changelog.title).toBe('Changelog');
    expect(changelog.releases.map(summarize)).toEqual([
      { version: '3.0.0', date: '2026-02-02', prerelease: false, yanked: false, line: 3, sections: 'bug-fixes:Bug Fixes:1, features:Features:2, breaking:BREAKING CHANGES:2' },
      { version: '3.0.0-beta.1', date: '2026-01-20', prerelease: true, yanked: false, line: 24, sections: 'features:Features:1, breaking:BREAKING CHANGES:1' },
      { version: '2.4.1', date: '2025-12-03', prerelease: false, yanked: false, line: 38, sections: 'bug-fixes:Bug Fixes:1' },
      { version: '2.4.0', date: '2025-11-18', prerelease: false, yanked: false, line: 47, sections: 'features:Features:1, performance:Performance Improvements:1, other:Reverts:1' },
      { version: '1.0.0', date: '2025-06-02', prerelease: false, yanked: false, line: 66, sections: 'features:Features:1' },
    ]);
    expect(changelog.releases.map((release) => release.compareUrl)).toEqual([
      'https://github.com/acme/http-kit/compare/v2.4.1...v3.0.0',
      'https://github.com/acme/http-kit/compare/v2.4.1...v3.0.0-beta.1',
      'https://github.com/acme/http-kit/compare/v2.4.0...v2.4.1',
      'https://github.com/acme/http-kit/compare/v2.3.0...v2.4.0',
      undefined,
    ]);
    expect(changelog.releases[0]!.title).toBe('3.0.0 (2026-02-02)');
    expect(changelog.releases[0]!.sections[1]!.entries[1]).toEqual({
      markdown:
        '**retry:** honour `Retry-After` on 429 and 503 ([e77c0a2](https://github.com/acme/http-kit/commit/e77c0a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b))',
      line: 14,
    });
  });

  it('reads standard-version output: minors at H2, patches at H3 beside their sections', () => {
    const { changelog, problems, detection } = parseFixture('conventional-standard-version.md');
    expect(problems).toEqual([]);
    expect(changelog.style).toBe('conventional');
    expect(detection.reason).toBe(
      '7 of 7 section headings are conventional-changelog types (⚠ BREAKING CHANGES, Features, Bug Fixes, Performance Improvements)',
    );
    expect(changelog.releases.map(summarize)).toEqual([
      { version: '2.0.0', date: '2026-01-15', prerelease: false, yanked: false, line: 5, sections: 'breaking:⚠ BREAKING CHANGES:1, features:Features:2, bug-fixes:Bug Fixes:1' },
      { version: '1.2.1', date: '2025-12-01', prerelease: false, yanked: false, line: 22, sections: 'bug-fixes:Bug Fixes:1' },
      { version: '1.2.0', date: '2025-11-10', prerelease: false, yanked: false, line: 29, sections: 'features:Features:1, performance:Performance Improvements:1' },
      { version: '1.1.0', date: '2025-09-30', prerelease: false, yanked: false, line: 41, sections: 'features:Features:1' },
    ]);
    expect(changelog.releases[0]!.sections[1]!.entries[1]).toEqual({
      markdown:
        '**scheduler:** cron expressions with seconds ([8d7c6b5](https://github.com/acme/queue/commit/8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c)), closes [#87](https://github.com/acme/queue/issues/87)',
      line: 15,
    });
  });
});

describe('parseChangelog: Changesets', () => {
  const { changelog, problems, detection } = parseFixture('changesets.md');

  it('reads bare version headings without dates and bump-type sections', () => {
    expect(problems).toEqual([]);
    expect(changelog.style).toBe('changesets');
    expect(detection.reason).toBe('7 of 7 section headings are Changesets types (Minor Changes, Patch Changes, Major Changes)');
    expect(changelog.title).toBe('@acme/task-client');
    expect(changelog.releases.map(summarize)).toEqual([
      { version: '3.1.0', date: undefined, prerelease: false, yanked: false, line: 3, sections: 'minor:Minor Changes:1, patch:Patch Changes:2' },
      { version: '3.0.0', date: undefined, prerelease: false, yanked: false, line: 16, sections: 'major:Major Changes:1, patch:Patch Changes:1' },
      { version: '3.0.0-next.0', date: undefined, prerelease: true, yanked: false, line: 29, sections: 'major:Major Changes:1' },
      { version: '2.5.2', date: undefined, prerelease: false, yanked: false, line: 35, sections: 'patch:Patch Changes:2' },
      { version: '2.5.1', date: undefined, prerelease: false, yanked: false, line: 42, sections: 'patch:Patch Changes:1' },
    ]);
    expect(changelog.releases.every((release) => release.compareUrl === undefined)).toBe(true);
  });

  it('keeps multi-paragraph entries and nested dependency lists in one entry', () => {
    const [major, patch] = changelog.releases[1]!.sections;
    expect(major!.entries).toEqual([
      {
        markdown:
          '[#398](https://github.com/acme/tasks/pull/398) [`9f8e7d6`](https://github.com/acme/tasks/commit/9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e) ' +
          'Thanks [@octo-dev](https://github.com/octo-dev)! - The package is ESM only.\n\n' +
          "Replace `require('@acme/task-client')` with `import`; Node.js 20 or later is required.",
        line: 20,
      },
    ]);
    expect(patch!.entries[0]!.markdown).toBe(
      'Updated dependencies [[`9f8e7d6`](https://github.com/acme/tasks/commit/9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e)]:\n- @acme/task-schema@2.0.0',
    );
    expect(changelog.releases[3]!.sections[0]!.entries).toEqual([
      { markdown: '3c4d5e6: Fix the type of `TaskStatus`, which allowed any string.', line: 39 },
      { markdown: '7a8b9c0: Document `createClient` options.', line: 40 },
    ]);
  });
});

describe('parseChangelog: variations', () => {
  it('sorts releases newest first by semver, whatever the file order, and normalises v prefixes', () => {
    const markdown = [
      '# Changelog',
      '',
      '## v1.10.0 - 2026-03-01',
      '',
      '## [v2.0.0-rc.2] - 2026-04-01',
      '',
      '## 1.9.0',
      '',
      '## [Unreleased]',
      '',
      '## 2.0.0 - 2026-05-01',
      '',
      '## [2.0.0-rc.10] - 2026-04-15',
    ].join('\n');
    const { changelog, problems } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(problems).toEqual([]);
    expect(changelog.releases.map((release) => [release.version, release.line, release.prerelease])).toEqual([
      ['Unreleased', 9, false],
      ['2.0.0', 11, false],
      ['2.0.0-rc.10', 13, true],
      ['2.0.0-rc.2', 5, true],
      ['1.10.0', 3, false],
      ['1.9.0', 7, false],
    ]);
    expect(changelog.releases.map((release) => release.title)).toEqual([
      'Unreleased',
      '2.0.0 - 2026-05-01',
      '2.0.0-rc.10 - 2026-04-15',
      'v2.0.0-rc.2 - 2026-04-01',
      'v1.10.0 - 2026-03-01',
      '1.9.0',
    ]);
  });

  it('reads releases at H1 with sections at H2 when there is no title', () => {
    const markdown = ['# 1.1.0 (2026-02-01)', '', '## Features', '', '* a', '* b', '', '# 1.0.0 (2026-01-01)', '', '## Bug Fixes', '', '* c'].join('\n');
    const { changelog, problems } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(problems).toEqual([]);
    expect(changelog.title).toBeUndefined();
    expect(changelog.style).toBe('conventional');
    expect(changelog.releases.map(summarize)).toEqual([
      { version: '1.1.0', date: '2026-02-01', prerelease: false, yanked: false, line: 1, sections: 'features:Features:2' },
      { version: '1.0.0', date: '2026-01-01', prerelease: false, yanked: false, line: 8, sections: 'bug-fixes:Bug Fixes:1' },
    ]);
  });

  it('collects list items written before any section heading into a "Changes" section', () => {
    const markdown = ['# Changelog', '', '## 1.0.1 - 2026-01-02', '', '- fix a crash', '- faster start', '', '## 1.0.0 - 2026-01-01', '', 'First release.'].join('\n');
    const { changelog, problems } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(problems).toEqual([]);
    expect(changelog.releases.map(summarize)).toEqual([
      { version: '1.0.1', date: '2026-01-02', prerelease: false, yanked: false, line: 3, sections: 'other:Changes:2' },
      { version: '1.0.0', date: '2026-01-01', prerelease: false, yanked: false, line: 8, sections: '' },
    ]);
    expect(changelog.releases[1]!.bodyMarkdown).toBe('First release.');
    expect(changelog.style).toBe('keep-a-changelog');
  });

  it('skips YAML front matter and keeps deeper headings inside their section', () => {
    const markdown = [
      '---',
      'title: Release notes',
      '---',
      '',
      '# Release notes',
      '',
      '## [1.0.0] - 2026-01-01',
      '',
      '### Added',
      '',
      '#### CLI',
      '',
      '- `init` command',
      '',
      '#### 1.0 migration notes',
      '',
      '- rename the config file',
    ].join('\n');
    const { changelog, problems } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(problems).toEqual([]);
    expect(changelog.title).toBe('Release notes');
    expect(changelog.releases.map(summarize)).toEqual([
      { version: '1.0.0', date: '2026-01-01', prerelease: false, yanked: false, line: 7, sections: 'added:Added:2' },
    ]);
  });

  it('does not treat headings inside list items or code blocks as releases', () => {
    const markdown = ['## 1.0.0', '', '### Patch Changes', '', '- note:', '', '  ## 0.9.0', '', '```md', '## 0.8.0', '```'].join('\n');
    const { changelog, problems } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(problems).toEqual([]);
    expect(changelog.releases.map((release) => release.version)).toEqual(['1.0.0']);
  });

  it('reads semver build metadata and lower-case [unreleased]', () => {
    const markdown = ['## [unreleased]', '', '## [1.0.0+build.5] - 2026-01-01'].join('\n');
    const { changelog, problems } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(problems).toEqual([]);
    expect(changelog.releases.map((release) => release.version)).toEqual(['Unreleased', '1.0.0']);
  });
});

describe('parseChangelog: findings (the release is kept)', () => {
  /** `line:column rule` of each finding, to compare whole lists at a glance. */
  const places = (findings: readonly ChangelogFinding[]) => findings.map((f) => `${f.line}${f.column ? `:${f.column}` : ''} ${f.rule}`);

  it('keeps both headings of a duplicated version, with distinct slugs, and names both lines', () => {
    const file = path.join(FIXTURES, 'bad-duplicate-version.md');
    const { problems, findings, changelog } = parseFixture('bad-duplicate-version.md');
    expect(problems).toEqual([]);
    expect(findings).toEqual([
      {
        file,
        line: 15,
        rule: 'duplicate-version',
        severity: 'error',
        message: 'version 1.1.0 already has a heading at line 3; both are published, this one as 1.1.0_2',
        hint: 'give each release one heading: merge the two, or correct the version of one',
      },
    ]);
    expect(changelog.releases.map((release) => [release.version, release.line, release.slug])).toEqual([
      ['1.1.0', 3, '1.1.0'],
      ['1.1.0', 15, '1.1.0_2'],
      ['1.0.0', 9, '1.0.0'],
    ]);
  });

  it('reads a version that is not full semver as one, and makes a heading without a version a note', () => {
    const file = path.join(FIXTURES, 'bad-version-heading.md');
    const { problems, findings, changelog } = parseFixture('bad-version-heading.md');
    expect(problems).toEqual([]);
    expect(findings).toEqual([
      {
        file,
        line: 9,
        column: 5,
        rule: 'version-not-semver',
        severity: 'error',
        message: 'version "1.2" is not a semver version (major.minor.patch); read as 1.2.0',
        hint: 'write 1.2.0',
      },
    ]);
    expect(changelog.releases.map((release) => [release.version, release.date])).toEqual([
      ['1.2.0', '2026-01-01'],
      ['1.0.0', '2025-12-01'],
    ]);
    expect(changelog.notes).toEqual([{ title: 'Version next', line: 3, markdown: '### Added\n\n- Something not released yet.' }]);
  });

  it('does not hand the content under a note to the release before it', () => {
    const markdown = ['## [1.1.0] - 2026-02-01', '', '### Added', '', '- a', '', '## Next', '', '### Added', '', '- b', '- c'].join('\n');
    const { changelog, findings } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(findings).toEqual([]);
    expect(changelog.releases.map(summarize)).toEqual([
      { version: '1.1.0', date: '2026-02-01', prerelease: false, yanked: false, line: 1, sections: 'added:Added:1' },
    ]);
    expect(changelog.releases[0]!.bodyMarkdown).toBe('### Added\n\n- a');
    expect(changelog.notes.map((note) => [note.line, note.title, note.markdown])).toEqual([[7, 'Next', '### Added\n\n- b\n- c']]);
  });

  it('keeps releases with invalid dates, undated, and says where the date is', () => {
    const file = path.join(FIXTURES, 'bad-date.md');
    const { findings, changelog } = parseFixture('bad-date.md');
    expect(findings).toEqual([
      {
        file,
        line: 3,
        column: 14,
        rule: 'invalid-date',
        severity: 'error',
        message: 'release 1.2.0 has an invalid date "2026-02-30"; it is published without a date',
        hint: 'write a calendar date as YYYY-MM-DD, such as 2026-01-15',
      },
      {
        file,
        line: 9,
        column: 14,
        rule: 'invalid-date',
        severity: 'error',
        message: 'release 1.1.0 has an invalid date "15.01.2026"; it is published without a date',
        hint: 'write a calendar date as YYYY-MM-DD, such as 2026-01-15',
      },
    ]);
    expect(changelog.releases.map((release) => [release.version, release.date])).toEqual([
      ['1.2.0', undefined],
      ['1.1.0', undefined],
      ['1.0.0', '2025-12-01'],
    ]);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseChangelog('## 1.0.0 - 2024-02-29', 'a.md').findings).toEqual([]);
    expect(places(parseChangelog('## 1.0.0 - 2025-02-29', 'a.md').findings)).toEqual(['1:12 invalid-date']);
  });

  it('reads stray punctuation, month-name dates, named versions and misplaced sections, with a finding each', () => {
    const markdown = [
      '# Changelog', // 1
      '',
      '## [2.0.0]! - 2016-09-30', // 3
      '',
      '## 1.5.0: faster', // 5: a colon as a separator is fine
      '',
      '## 1.0.4/5', // 7
      '',
      '## Acme 1.0.1 (August 26, 2018)', // 9
      '',
      '## Fixed', // 11: a section at the release level
      '',
      '- a fix',
      '',
      '## 0.9.0', // 15
      '',
      '## Earlier releases', // 17
      '',
      'See the [archive](https://example.org/archive).',
    ].join('\n');
    const { changelog, findings, problems } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(problems).toEqual([]);
    expect(findings.map((finding) => [`${finding.line}:${finding.column ?? ''} ${finding.rule}`, finding.message])).toEqual([
      ['3:11 version-punctuation', 'release heading "## [2.0.0]! - 2016-09-30" has "!" glued to the version; read as release 2.0.0'],
      ['7:9 version-punctuation', 'release heading "## 1.0.4/5" has "/5" glued to the version; read as release 1.0.4'],
      ['9:16 date-format', 'release 1.0.1 has its date written "August 26, 2018"; read as 2018-08-26'],
      ['11: section-level', 'section heading "## Fixed" is not below its release heading "## Acme 1.0.1 (August 26, 2018)" (line 9); read as a section of 1.0.1'],
    ]);
    expect(changelog.releases.map((release) => [release.version, release.title, release.date ?? null, release.sections.length])).toEqual([
      ['2.0.0', '2.0.0! - 2016-09-30', '2016-09-30', 0],
      ['1.5.0', '1.5.0: faster', null, 0],
      ['1.0.4', '1.0.4/5', null, 0],
      ['1.0.1', 'Acme 1.0.1 (August 26, 2018)', '2018-08-26', 1],
      ['0.9.0', '0.9.0', null, 0],
    ]);
    expect(changelog.notes.map((note) => [note.line, note.title, note.markdown])).toEqual([
      [17, 'Earlier releases', 'See the [archive](https://example.org/archive).'],
    ]);
  });

  it('makes a narrative block with its own subsections a note, and a version in the middle of a heading is not a release', () => {
    const markdown = [
      '# @acme/client',
      '',
      '## 4.0.1',
      '',
      '### Patch Changes',
      '',
      '- a fix',
      '',
      '## 4.0.0',
      '',
      '# Acme 4.0 Release Notes', // 11
      '',
      '## Key Improvements',
      '',
      '- faster',
      '',
      '## 4.0.0-rc.1', // 17
      '',
      '## 4.0.0-rc.1', // 19
    ].join('\n');
    const { changelog, findings } = parseChangelog(markdown, 'CHANGELOG.md');
    expect(changelog.releases.map((release) => [release.version, release.line, release.slug])).toEqual([
      ['4.0.1', 3, '4.0.1'],
      ['4.0.0', 9, '4.0.0'],
      ['4.0.0-rc.1', 17, '4.0.0-rc.1'],
      ['4.0.0-rc.1', 19, '4.0.0-rc.1_2'],
    ]);
    expect(changelog.notes.map((note) => [note.line, note.title, note.markdown])).toEqual([
      [11, 'Acme 4.0 Release Notes', '## Key Improvements\n\n- faster'],
    ]);
    expect(places(findings)).toEqual(['19 duplicate-version']);
  });

  it('says an empty file is empty', () => {
    const { problems, changelog } = parseFixture('empty.md');
    expect(changelog.releases).toEqual([]);
    expect(problems).toEqual([
      {
        line: 1,
        message:
          'the file is empty: no releases found; expected release headings such as "## [1.2.0] - 2026-01-15" (Keep a Changelog), ' +
          '"## [1.2.0](https://github.com/o/r/compare/v1.1.0...v1.2.0) (2026-01-15)" (conventional-changelog) or "## 1.2.0" (Changesets)',
      },
    ]);
  });

  it('finds no releases in a file that is not a changelog', () => {
    const { problems, changelog } = parseFixture('not-a-changelog.md');
    expect(changelog.releases).toEqual([]);
    expect(changelog.title).toBe('acme-cli');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(1);
    expect(problems[0]!.message).toMatch(/^no releases found; expected release headings such as "## \[1\.2\.0\] - 2026-01-15"/);
  });

  it('refuses a file that is not text', () => {
    const { problems, changelog } = parseChangelog('## 1.0.0\n\u0000\u0001binary', 'logo.png');
    expect(changelog.releases).toEqual([]);
    expect(problems).toEqual([{ line: 1, message: 'the file is not text (it contains NUL bytes): expected a Markdown changelog' }]);
  });
});
