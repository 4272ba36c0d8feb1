import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPortal } from '../helpers/run-portal.js';
import { poisonedSite } from '../helpers/shared-sites.js';

describe('portal check links on a real build', () => {
  // The shared poisoned site (test/helpers/shared-sites.ts) has docs/qa-raw-html.mdx: an <img> written as JSX
  // in MDX is not a Markdown image, so Docusaurus's own checker never sees it. Its other defects must add no broken link.
  it('finds the broken image in raw HTML that the build let through, and nothing else in the shipped site', async () => {
    const site = await poisonedSite();
    expect(site.code, site.output.slice(-2000)).toBe(0);

    const run = runPortal(['check', 'links', site.buildDir, '--config', path.join(site.dir, 'portal.config.ts')]);
    expect(run.code).toBe(1);
    // Exactly one broken link: the shipped pages, feeds and redirect pages all resolve.
    expect(run.stdout.split('\n').filter((line) => line.includes(' → '))).toEqual([
      '  /docs/qa-raw-html → /img/does-not-exist.png (not in the build: tried img/does-not-exist.png, img/does-not-exist.png.html, img/does-not-exist.png/index.html)',
    ]);
    expect(run.stdout).toMatch(/^✖ 1 broken link on 1 page; [\d,]+ internal links checked in \d+ pages and \d+ feeds; /m);
  });
});
