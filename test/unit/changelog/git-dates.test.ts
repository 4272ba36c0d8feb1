import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { addGitDates, parseChangelog } from '../../../src/lib/changelog/index.js';
import { planChangelogRoutes } from '../../../src/plugins/changelog/routes.js';

/** Commits everything in `dir` with the given committer and author date (ISO 8601 with its offset). */
function commit(dir: string, date: string, message: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '-qm', message], { cwd: dir, env });
}

const parse = (file: string) => parseChangelog(readFileSync(file, 'utf8'), file).changelog;

describe('addGitDates', () => {
  it('dates each undated release with the commit that added its heading, in the committer time zone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-git-dates-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const file = path.join(dir, 'CHANGELOG.md');
    writeFileSync(file, '# @acme/x\n\n## 1.0.0\n\n### Major Changes\n\n- first\n');
    commit(dir, '2025-03-01T23:30:00+02:00', 'release 1.0.0');
    writeFileSync(file, '# @acme/x\n\n## 1.1.0\n\n### Minor Changes\n\n- second\n\n## 1.0.0\n\n### Major Changes\n\n- first, reworded\n');
    commit(dir, '2025-04-02T01:15:00-05:00', 'release 1.1.0');
    writeFileSync(file, '# @acme/x\n\n## 1.2.0\n\n- not committed\n\n## 1.1.0\n\n### Minor Changes\n\n- second\n\n## 1.0.0\n\n### Major Changes\n\n- first, reworded\n\n## 0.9.0 - 2024-12-01\n');

    const dated = await addGitDates(parse(file));
    expect(dated.releases.map((release) => [release.version, release.date ?? null, release.dateSource ?? null])).toEqual([
      ['1.2.0', null, null],
      ['1.1.0', '2025-04-02', 'git'],
      ['1.0.0', '2025-03-01', 'git'],
      ['0.9.0', '2024-12-01', 'changelog'],
    ]);
    expect(dated.undatedReason).toBe('their headings are not committed yet');

    // The page and the feeds follow: 3 dated releases feed, the uncommitted one is counted and explained.
    const [index] = planChangelogRoutes([{ id: 'x', title: 'X', changelog: dated }]).indexes;
    expect(index!.feeds).toBeDefined();
    expect(index!.undated).toEqual({ count: 1, reason: 'their headings are not committed yet' });
  });

  it('leaves releases undated, and says why, when the file is not in a git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-no-git-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'CHANGELOG.md');
    writeFileSync(file, '# x\n\n## 1.1.0\n\n## 1.0.0\n');
    const dated = await addGitDates(parse(file));
    expect(dated.releases.map((release) => release.date ?? null)).toEqual([null, null]);
    expect(dated.undatedReason).toBe('CHANGELOG.md is not in a git repository');
    const [index] = planChangelogRoutes([{ id: 'x', title: 'X', changelog: dated }]).indexes;
    expect(index!.feeds).toBeUndefined();
  });

  it('runs no git at all when every release has a date', async () => {
    const changelog = parseChangelog('## 1.0.0 - 2026-01-01\n', '/nonexistent/dir/CHANGELOG.md').changelog;
    expect(await addGitDates(changelog)).toBe(changelog);
  });
});
