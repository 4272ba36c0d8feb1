import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChangelog, parseChangelog } from '../../../src/lib/changelog/index.js';
import { planChangelogRoutes, versionSlug } from '../../../src/plugins/changelog/routes.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const SAMPLE = path.join(REPO_ROOT, 'examples/task-service/CHANGELOG.md');

describe('planChangelogRoutes', () => {
  it('puts the first changelog at /changelog and the others under /changelog/<id>', async () => {
    const sample = await loadChangelog(SAMPLE);
    const portico = await loadChangelog(path.join(REPO_ROOT, 'CHANGELOG.md'));
    const plan = planChangelogRoutes([
      { id: 'task-service', title: 'Task Service', changelog: sample },
      { id: 'portico', title: 'Portico', changelog: portico },
    ]);
    expect(plan.indexes.map((index) => index.permalink)).toEqual(['/changelog', '/changelog/portico']);
    expect(plan.indexes[0]!.others).toEqual([{ id: 'portico', title: 'Portico', permalink: '/changelog/portico' }]);
    const permalinks = plan.releases.map((page) => page.release.permalink);
    expect(permalinks).toContain('/changelog/2.1.0');
    expect(permalinks).toContain('/changelog/2.0.0-rc.1');
    expect(permalinks).toContain('/changelog/unreleased');
    expect(permalinks).toContain('/changelog/portico/unreleased');
    expect(new Set(permalinks).size).toBe(permalinks.length);
  });

  it('orders releases newest first and links each page to its neighbours', async () => {
    const plan = planChangelogRoutes([{ id: 'task-service', title: 'Task Service', changelog: await loadChangelog(SAMPLE) }]);
    const versions = plan.indexes[0]!.releases.map((release) => release.version);
    expect(versions.slice(0, 4)).toEqual(['Unreleased', '3.0.0', '2.1.0', '2.0.0']);
    const page = plan.releases.find((candidate) => candidate.release.version === '2.0.0')!;
    expect(page.newer).toEqual({ version: '2.1.0', permalink: '/changelog/2.1.0' });
    expect(page.older).toEqual({ version: '2.0.0-rc.1', permalink: '/changelog/2.0.0-rc.1' });
    expect(plan.releases.find((candidate) => candidate.release.version === '2.0.0-rc.1')!.release.prerelease).toBe(true);
    expect(page.release.compareUrl).toMatch(/^https:\/\//);
  });

  it('renders hostile release notes without scripts, handlers or javascript: links', () => {
    const hostile = {
      style: 'keep-a-changelog' as const,
      file: 'CHANGELOG.md',
      releases: [
        {
          version: '1.0.0',
          title: '1.0.0',
          date: '2026-01-01',
          prerelease: false,
          yanked: false,
          compareUrl: 'javascript:alert(1)',
          line: 3,
          slug: '1.0.0',
          sections: [],
          bodyMarkdown: '### Added\n\n- <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>\n',
        },
      ],
      notes: [{ title: 'Earlier releases', line: 9, markdown: 'See <script>alert(4)</script> [old](javascript:alert(5)) <b onclick=alert(6)>x</b>' }],
    };
    const plan = planChangelogRoutes([{ id: 'evil', title: 'Evil', changelog: hostile }]);
    const page = plan.releases[0]!;
    expect(page.release.compareUrl).toBeUndefined();
    expect(page.html).not.toMatch(/<script|javascript:|onerror/i);
    expect(page.html).toContain('<h3>Added</h3>');
    const [note] = plan.indexes[0]!.notes;
    expect(note!.title).toBe('Earlier releases');
    expect(note!.html).not.toMatch(/<script|javascript:|onclick/i);
    expect(note!.html).toContain('See');
  });

  it('gives both headings of a duplicated version a page, and each its own URL', () => {
    const { changelog } = parseChangelog(readFileSync(path.join(REPO_ROOT, 'test/fixtures/changelog/bad-duplicate-version.md'), 'utf8'), 'CHANGELOG.md');
    const plan = planChangelogRoutes([{ id: 'dup', title: 'Dup', changelog }]);
    expect(plan.releases.map((page) => page.release.permalink)).toEqual(['/changelog/1.1.0', '/changelog/1.1.0_2', '/changelog/1.0.0']);
  });

  it('publishes feeds only when a release has a date, and says how many are undated and why', () => {
    const undated = parseChangelog('# x\n\n## 1.1.0\n\n## 1.0.0\n', 'CHANGELOG.md').changelog;
    const [none] = planChangelogRoutes([{ id: 'x', title: 'X', changelog: { ...undated, undatedReason: 'CHANGELOG.md is not in a git repository' } }]).indexes;
    expect(none!.feeds).toBeUndefined();
    expect(none!.undated).toEqual({ count: 2, reason: 'CHANGELOG.md is not in a git repository' });

    const some = parseChangelog('# x\n\n## [Unreleased]\n\n## 1.1.0\n\n## 1.0.0 - 2026-01-02\n', 'CHANGELOG.md').changelog;
    const [index] = planChangelogRoutes([{ id: 'x', title: 'X', changelog: some }]).indexes;
    expect(index!.feeds).toEqual({ rss: '/changelog/rss.xml', atom: '/changelog/atom.xml' });
    expect(index!.undated).toEqual({ count: 1 });
  });

  it('turns versions into URL segments', () => {
    expect(versionSlug('Unreleased')).toBe('unreleased');
    expect(versionSlug('1.0.0+build.5')).toBe('1.0.0-build.5');
    expect(versionSlug('2.0.0-rc.1')).toBe('2.0.0-rc.1');
  });
});
