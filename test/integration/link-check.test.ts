import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPortal } from '../helpers/run-portal.js';
import { buildSite, copySite } from '../helpers/site.js';

const site = copySite();
afterAll(() => site.remove());

describe('portal check links on a real build', () => {
  it('finds the broken image in raw HTML that the build let through, and nothing else in the shipped site', () => {
    // An <img> written as JSX in MDX is not a Markdown image, so Docusaurus's own checker never sees it.
    writeFileSync(
      path.join(site.dir, 'docs/qa-raw-html.mdx'),
      '---\ntitle: Raw HTML asset\n---\n\n# Raw HTML asset\n\n<img src="/img/does-not-exist.png" alt="A missing image" />\n',
    );
    const build = buildSite(site.dir);
    expect(build.code, build.output.slice(-2000)).toBe(0);

    const run = runPortal(['check', 'links', path.join(site.dir, 'build'), '--config', path.join(site.dir, 'portal.config.ts')]);
    expect(run.code).toBe(1);
    // Exactly one broken link: the shipped pages, feeds and redirect pages all resolve.
    expect(run.stdout.split('\n').filter((line) => line.includes(' → '))).toEqual([
      '  /docs/qa-raw-html → /img/does-not-exist.png (not in the build: tried img/does-not-exist.png, img/does-not-exist.png.html, img/does-not-exist.png/index.html)',
    ]);
    expect(run.stdout).toMatch(/^✖ 1 broken link on 1 page; [\d,]+ internal links checked in \d+ pages and \d+ feeds; /m);
  });
});
