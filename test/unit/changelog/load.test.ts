import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChangelog } from '../../../src/lib/changelog/index.js';
import { PortalError } from '../../../src/lib/errors.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/changelog');

/** The PortalError a load rejects with; fails the test when it resolves. */
async function loadError(file: string): Promise<PortalError> {
  const error = await loadChangelog(file).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PortalError);
  return error as PortalError;
}

describe('loadChangelog', () => {
  it('returns the parsed changelog of a valid file', async () => {
    const file = path.join(FIXTURES, 'changesets.md');
    const changelog = await loadChangelog(file);
    expect(changelog.file).toBe(file);
    expect(changelog.style).toBe('changesets');
    expect(changelog.releases.map((release) => release.version)).toEqual(['3.1.0', '3.0.0', '3.0.0-next.0', '2.5.2', '2.5.1']);
  });

  it('reports an unreadable file with exit code 2', async () => {
    const file = path.join(FIXTURES, 'missing.md');
    const error = await loadError(file);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`Cannot read the changelog ${file}`);
    expect(error.problems).toEqual([`${file}: cannot be read (ENOENT: no such file or directory)`]);
  });

  it.each([
    {
      fixture: 'bad-duplicate-version.md',
      problems: ['15: version 1.1.0 appears twice, at lines 3 and 15: each release needs exactly one heading'],
    },
    {
      fixture: 'bad-version-heading.md',
      problems: [
        '3: heading "## Version next" is at the release level but is neither "Unreleased" nor a semver version: expected e.g. "[1.2.0] - 2026-01-15", "1.2.0" or "v2.0.0-rc.1"',
        '9: heading "## [1.2] - 2026-01-01" is at the release level but "1.2" is not a semver version: expected major.minor.patch such as 1.2.0, v1.2.0 or 2.0.0-rc.1, or "Unreleased"',
      ],
    },
    {
      fixture: 'bad-date.md',
      problems: [
        '3: release 1.2.0 has an invalid date "2026-02-30": expected a calendar date written YYYY-MM-DD, such as 2026-01-15',
        '9: release 1.1.0 has an invalid date "15.01.2026": expected a calendar date written YYYY-MM-DD, such as 2026-01-15',
      ],
    },
  ])('rejects $fixture with file:line problems and exit code 2', async ({ fixture, problems }) => {
    const file = path.join(FIXTURES, fixture);
    const error = await loadError(file);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`The changelog ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    expect(error.problems).toEqual(problems.map((problem) => `${file}:${problem}`));
  });

  it.each(['empty.md', 'not-a-changelog.md'])('rejects %s: no releases found', async (fixture) => {
    const file = path.join(FIXTURES, fixture);
    const error = await loadError(file);
    expect(error.exitCode).toBe(2);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^${escape(file)}:1: (the file is empty: )?no releases found; expected release headings`));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
