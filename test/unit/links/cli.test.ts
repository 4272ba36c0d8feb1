import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/links';

// Each case starts the real CLI (tsx); on a busy 2-core machine that alone can take over 10 s.
describe('portal check links', { timeout: 60_000 }, () => {
  it('exits 1 and prints page → target (reason) for each broken link, then writes the JSON report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-links-'));
    try {
      const json = path.join(dir, 'links.json');
      const run = await runPortalInProcess(['check', 'links', `${FIXTURES}/broken/build`, '--config', `${FIXTURES}/broken/portal.config.ts`, '--json', json]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(
        [
          '✖ 4 broken links',
          '  / → /docs/page#no-such-heading (no element with id "no-such-heading" on /docs/page)',
          '  / → /img/logo@2x.png (not in the build: tried img/logo@2x.png, img/logo@2x.png.html, img/logo@2x.png/index.html)',
          '  / → /img/missing.png (not in the build: tried img/missing.png, img/missing.png.html, img/missing.png/index.html)',
          '  /blog/rss.xml → https://fixture.example.dev/blog/missing-post (not in the build: tried blog/missing-post, blog/missing-post.html, blog/missing-post/index.html)',
          '✖ 4 broken links on 2 pages; 21 internal links checked in 3 pages and 1 feed; 1 link to 1 external URL listed, not fetched',
          '',
        ].join('\n'),
      );
      expect(run.stderr).toMatch(/^✖ Link check failed: 4 broken links on 2 pages of .*test\/fixtures\/links\/broken\/build\n$/);
      const report = JSON.parse(readFileSync(json, 'utf8'));
      expect(report.passed).toBe(false);
      expect(report.broken.map((link: { kind: string; element: string }) => [link.kind, link.element])).toEqual([
        ['missing-fragment', 'a[href]'],
        ['missing-file', 'img[srcset]'],
        ['missing-file', 'img[src]'],
        ['missing-file', 'rss item>link'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('also prints each broken link as a GitHub annotation on the built file under GitHub Actions', async () => {
    const run = await runPortalInProcess(['check', 'links', `${FIXTURES}/broken/build`, '--config', `${FIXTURES}/broken/portal.config.ts`], {
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[5]).toMatch(/^✖ 4 broken links on 2 pages;/);
    expect(lines.slice(6)).toEqual([
      `::error file=${FIXTURES}/broken/build/index.html,title=missing-fragment::/docs/page#no-such-heading (a[href]): no element with id "no-such-heading" on /docs/page`,
      `::error file=${FIXTURES}/broken/build/index.html,title=missing-file::/img/logo@2x.png (img[srcset]): not in the build: tried img/logo@2x.png, img/logo@2x.png.html, img/logo@2x.png/index.html`,
      `::error file=${FIXTURES}/broken/build/index.html,title=missing-file::/img/missing.png (img[src]): not in the build: tried img/missing.png, img/missing.png.html, img/missing.png/index.html`,
      `::error file=${FIXTURES}/broken/build/blog/rss.xml,title=missing-file::https://fixture.example.dev/blog/missing-post (rss item>link): not in the build: tried blog/missing-post, blog/missing-post.html, blog/missing-post/index.html`,
      '',
    ]);
  });

  it('exits 0 on a clean build and lists external URLs when asked', async () => {
    const run = await runPortalInProcess(['check', 'links', `${FIXTURES}/clean/build`, '--config', `${FIXTURES}/clean/portal.config.ts`, '--list-external']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'ℹ 1 external URL (listed, not fetched)',
        '  https://github.com/example/fixture (1 page)',
        '✔ no broken links; 16 internal links checked in 3 pages and 1 feed; 1 link to 1 external URL listed, not fetched',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 without a stack trace when there is no build', async () => {
    const run = await runPortalInProcess(['check', 'links', `${FIXTURES}/no-such-build`, '--config', `${FIXTURES}/clean/portal.config.ts`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^✖ No build directory at .*no-such-build\n {2}- run `npm run build` first, or pass the build directory: portal check links <build-dir>\n$/);
  });
});
