import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../../src/lib/changelog/index.js';
import { generateConventionalChangelog } from '../../fixtures/changelog/generate-large-changelog.js';

// Correctness on a long, realistic file. Speed is measured outside the test
// suite (see docs/changelog.md); a wall-clock assertion would be flaky on CI.
describe('parseChangelog on a 400-release conventional changelog', () => {
  const generated = generateConventionalChangelog(400);
  const { changelog, problems, detection } = parseChangelog(generated.markdown, 'CHANGELOG.md');

  it('finds every release without problems', () => {
    expect(problems).toEqual([]);
    expect(detection.style).toBe('conventional');
    expect(changelog.releases).toHaveLength(400);
    expect(changelog.releases[0]!.version).toBe('11.0.0-rc.1');
    expect(changelog.releases[399]!.version).toBe('1.0.0');
    expect(changelog.releases.filter((release) => release.prerelease).map((release) => release.version)).toEqual(
      ['11.0.0-rc.1', '10.0.0-rc.1', '9.0.0-rc.1', '8.0.0-rc.1', '7.0.0-rc.1', '6.0.0-rc.1', '5.0.0-rc.1', '4.0.0-rc.1', '3.0.0-rc.1', '2.0.0-rc.1'],
    );
  });

  it('matches the generator release by release: version, date, line and section counts', () => {
    const actual = changelog.releases.map((release) => ({
      version: release.version,
      date: release.date,
      prerelease: release.prerelease,
      line: release.line,
      sections: release.sections.map((section) => ({ title: section.title, kind: section.kind, entries: section.entries.length })),
    }));
    expect(actual).toEqual(generated.releases);
    const entries = changelog.releases.reduce((n, release) => n + release.sections.reduce((m, s) => m + s.entries.length, 0), 0);
    expect(entries).toBe(752);
  });
});
