import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChangelog } from '../../../src/lib/changelog/index.js';
import { buildReleaseTimeline, findRelease, summaryOf, tagCandidates } from '../../../src/lib/releases/index.js';
import { createReleaseRepo, removeReleaseRepo } from './fixture-repo.js';

describe('release timeline', () => {
  let dir: string;
  afterAll(() => removeReleaseRepo(dir));

  beforeAll(() => {
    dir = createReleaseRepo();
  });

  it('lists the releases newest first with their previous release and their tag', async () => {
    const changelog = await loadChangelog(path.join(dir, 'CHANGELOG.md'));
    const timeline = await buildReleaseTimeline(changelog, { id: 'task-service', title: 'Task Service' });
    expect(timeline.tagPatterns).toEqual(['v{version}', '{version}', 'task-service@{version}']);
    expect(timeline.releases.map((r) => [r.version, r.previous, r.tag?.name, r.date])).toEqual([
      ['2.1.0', '2.0.0', undefined, '2026-04-10'],
      ['2.0.0', '1.1.0', 'v2.0.0', '2026-03-10'],
      ['1.1.0', '1.0.0', 'v1.1.0', '2026-02-10'],
      ['1.0.0', undefined, 'v1.0.0', '2026-01-10'],
    ]);
    expect(timeline.releases[0]!.tagProblem).toBe('no git tag "v{version}" or "{version}" or "task-service@{version}" for 2.1.0');
    expect(timeline.releases[1]!.tag!.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(timeline.releases[1]!.summary).toBe('Deleting tasks is no longer possible.');
    expect(findRelease(timeline, 'v1.1.0')?.version).toBe('1.1.0');
    expect(findRelease(timeline, '9.9.9')).toBeUndefined();
  });

  it('uses a configured tag pattern only', async () => {
    const changelog = await loadChangelog(path.join(dir, 'CHANGELOG.md'));
    const timeline = await buildReleaseTimeline(changelog, { id: 'task-service', title: 'Task Service', tagPattern: 'tasks-v{version}' });
    expect(timeline.releases.every((r) => r.tag === undefined)).toBe(true);
    expect(timeline.releases[1]!.tagProblem).toBe('no git tag "tasks-v{version}" for 2.0.0');
    expect(tagCandidates('1.2.0', ['v{version}', '@acme/sdk@{version}'])).toEqual(['v1.2.0', '@acme/sdk@1.2.0']);
  });

  it('says why there are no tags outside a git repository, and summarises an empty release', async () => {
    const changelog = await loadChangelog(path.resolve('test/fixtures/changelog/keep-a-changelog.md'));
    const timeline = await buildReleaseTimeline({ ...changelog, file: '/nonexistent-dir/CHANGELOG.md' }, { id: 'x', title: 'X' });
    expect(timeline.releases[0]!.tagProblem).toBe('the changelog is not in a git repository');
    expect(summaryOf({ sections: [] } as never)).toBe('No changes listed.');
  });

  it('summarises a release by its first change: every wrapped line of it, without a nested list or a list marker', async () => {
    // The sample's 2.1.0 entry is wrapped over two source lines (its summary used to stop at "back to").
    const sample = await loadChangelog(path.resolve('examples/task-service/CHANGELOG.md'));
    expect(summaryOf(sample.releases.find((r) => r.version === '2.1.0')!)).toBe('POST /tasks/{taskId}/reopen moves a done or cancelled task back to open and clears completedAt.');
    // react-router 6.28.0 (a real changelog): the first entry is a list item holding a nested list.
    const reactRouter = await loadChangelog(path.resolve('test/fixtures/real/changelogs/react-router-6.28.0.md'));
    expect(summaryOf(reactRouter.releases.find((r) => r.version === '6.28.0')!)).toBe('Log deprecation warnings for v7 flags (#11750)');
  });
});
