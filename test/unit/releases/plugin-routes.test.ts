import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildReleaseReport, loadTimelines, type ReleasesConfig } from '../../../src/lib/releases/index.js';
import { planReleaseRoutes, type ReleasesRoutePlan } from '../../../src/plugins/releases/routes.js';
import { createReleaseRepo, removeReleaseRepo } from './fixture-repo.js';

describe('release hub and pages (route plan of the releases plugin)', () => {
  let plan: ReleasesRoutePlan;
  let dir: string;

  afterAll(() => removeReleaseRepo(dir));

  beforeAll(async () => {
    dir = createReleaseRepo();
    // Untrusted notes: raw HTML and a javascript: link in the changelog (not committed; the pages read the working tree).
    const file = path.join(dir, 'CHANGELOG.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- Faster listing.', '- Faster <script>alert(1)</script> listing, see [details](javascript:alert(1)).'));
    const config: ReleasesConfig = {
      rootDir: dir,
      allowedRoots: [],
      changelogs: [{ id: 'task-service', title: 'Task Service', file }],
      specs: [{ id: 'tasks', file: path.join(dir, 'openapi/tasks.yaml') }],
      historyDir: path.join(dir, '.portal/history'),
      thresholds: { benchRegression: 10 },
    };
    const timelines = await loadTimelines(config);
    const reports = await Promise.all(timelines[0]!.releases.map((entry) => buildReleaseReport(config, timelines, timelines[0]!, entry, [])));
    plan = planReleaseRoutes([{ id: 'task-service', title: 'Task Service', reports }]);
  });

  it('lists every release newest first with its date, summary and breaking-change badge count', () => {
    expect(plan.hub.entries.map((e) => [e.permalink, e.date, e.breakingCount, e.regressionCount, e.summary])).toEqual([
      ['/releases/task-service/2.1.0', '2026-04-10', 0, 0, 'Faster alert(1) listing, see details.'],
      ['/releases/task-service/2.0.0', '2026-03-10', 2, 0, 'Deleting tasks is no longer possible.'],
      ['/releases/task-service/1.1.0', '2026-02-10', 1, 0, 'Create tasks with POST /tasks.'],
      ['/releases/task-service/1.0.0', '2026-01-10', 0, 0, 'First release of the Task Service.'],
    ]);
    expect(plan.hub.changelogs).toEqual([{ id: 'task-service', title: 'Task Service', permalink: '/changelog' }]);
  });

  it('gives each release page its notes as safe HTML, its changelog page, its previous release and why sections are missing', () => {
    const page = plan.pages.find((p) => p.permalink === '/releases/task-service/2.1.0')!;
    expect(page.changelogPage).toBe('/changelog/2.1.0');
    expect(page.previous).toEqual({ version: '2.0.0', permalink: '/releases/task-service/2.0.0' });
    expect(page.notesHtml).not.toContain('<script');
    expect(page.notesHtml).not.toContain('javascript:');
    expect(page.notesHtml).toContain('listing, see');
    expect(page.report.httpApi).toMatchObject({ available: true, value: [{ diff: { available: false, reason: expect.stringContaining('2.1.0 has no tag') } }] });
    expect(page.report.typescriptApi).toEqual({ available: false, reason: 'no TypeScript API package is configured (api.packages)' });
    expect('notesMarkdown' in page.report).toBe(false);
    const first = plan.pages.find((p) => p.permalink === '/releases/task-service/1.0.0')!;
    expect(first.previous).toBeUndefined();
    expect(first.report.compared).toEqual({ reason: '1.0.0 is the first release of the changelog, so there is no previous release to compare it with' });
  });
});

describe('changelog pages', () => {
  it('carry the release summary that the feeds describe each release with', async () => {
    const { planChangelogRoutes } = await import('../../../src/plugins/changelog/routes.js');
    const { loadChangelog } = await import('../../../src/lib/changelog/index.js');
    const dir = createReleaseRepo();
    onTestFinished(() => removeReleaseRepo(dir));
    const plan = planChangelogRoutes([{ id: 'task-service', title: 'Task Service', changelog: await loadChangelog(path.join(dir, 'CHANGELOG.md')) }]);
    expect(plan.indexes[0]!.releases.map((release) => release.summary)).toEqual([
      'Faster listing.',
      'Deleting tasks is no longer possible.',
      'Create tasks with POST /tasks.',
      'First release of the Task Service.',
    ]);
  });
});
