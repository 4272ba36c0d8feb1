import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChangelog } from '../../../src/lib/changelog/index.js';
import { buildReleaseTimeline, findRelease, httpApiSections, type ReleaseTimeline } from '../../../src/lib/releases/index.js';
import { createReleaseRepo, removeReleaseRepo } from './fixture-repo.js';

describe('HTTP API diff between release tags', () => {
  let dir: string;
  let timeline: ReleaseTimeline;
  const sections = (version: string, file = 'openapi/tasks.yaml') =>
    httpApiSections(timeline, findRelease(timeline, version)!, [{ id: 'tasks', file: path.join(dir, file) }], { rootDir: dir, allowedRoots: [] });

  afterAll(() => removeReleaseRepo(dir));

  beforeAll(async () => {
    dir = createReleaseRepo();
    timeline = await buildReleaseTimeline(await loadChangelog(path.join(dir, 'CHANGELOG.md')), { id: 'task-service', title: 'Task Service' });
  });

  it('1.1.0: one operation added, one breaking change (a new required parameter)', async () => {
    const [section] = await sections('1.1.0');
    expect(section!.specId).toBe('tasks');
    expect(section!.file).toBe('openapi/tasks.yaml');
    if (!section!.diff.available) throw new Error(section!.diff.reason);
    const diff = section!.diff.value;
    expect(diff.added).toEqual([{ method: 'POST', path: '/tasks', operationId: 'createTask' }]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        method: 'GET',
        path: '/tasks',
        operationId: 'listTasks',
        changes: [
          { description: '[Added] required query parameter `owner`', class: 'breaking', breakingKind: 'new-required-parameter', pointer: '/paths/~1tasks/get/parameters/1' },
        ],
      },
    ]);
    expect(diff.breaking.map((b) => [b.where, b.change.breakingKind])).toEqual([['GET /tasks', 'new-required-parameter']]);
    expect(section!.diff.notes).toEqual([]);
  });

  it('2.0.0: an operation and a response removed, both breaking', async () => {
    const [section] = await sections('2.0.0');
    if (!section!.diff.available) throw new Error(section!.diff.reason);
    const diff = section!.diff.value;
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([{ method: 'DELETE', path: '/tasks/{id}', operationId: 'deleteTask' }]);
    expect(diff.changed.map((op) => [op.method, op.path, op.changes.map((c) => c.description)])).toEqual([['GET', '/tasks/{id}', ['[Removed] Response 404']]]);
    expect(diff.breaking.map((b) => [b.where, b.change.breakingKind])).toEqual([
      ['DELETE /tasks/{id}', 'removed-operation'],
      ['GET /tasks/{id}', 'removed-response'],
    ]);
  });

  it('says why a diff cannot be computed: first release, no tag, file missing at a tag, outside the project', async () => {
    expect((await sections('1.0.0'))[0]!.diff).toEqual({ available: false, reason: '1.0.0 is the first release of the changelog, so there is no previous release to compare it with' });
    expect((await sections('2.1.0'))[0]!.diff).toEqual({
      available: false,
      reason: '2.1.0 has no tag: no git tag "v{version}" or "{version}" or "task-service@{version}" for 2.1.0',
    });
    writeFileSync(path.join(dir, 'later.yaml'), 'openapi: 3.0.3\npaths: {}\n');
    expect((await sections('1.1.0', 'later.yaml'))[0]!.diff).toEqual({ available: false, reason: 'later.yaml does not exist at the tag v1.0.0' });
    expect((await sections('1.1.0', '../elsewhere.yaml'))[0]!.diff).toMatchObject({ available: false, reason: expect.stringMatching(/ lies outside the project \(/) });
  });
});
