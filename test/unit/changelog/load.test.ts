import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChangelog, readChangelog } from '../../../src/lib/changelog/index.js';
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

  it.each(['bad-duplicate-version.md', 'bad-version-heading.md', 'bad-date.md'])('loads %s: its oddities are findings, not errors', async (fixture) => {
    const file = path.join(FIXTURES, fixture);
    const changelog = await loadChangelog(file);
    expect(changelog.releases.length).toBeGreaterThan(0);
    const { findings } = await readChangelog(file);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.file === file && finding.severity === 'error')).toBe(true);
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
