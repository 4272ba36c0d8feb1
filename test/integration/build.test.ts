import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite as build, copySite as copy, type SiteCopy } from '../helpers/site.js';

const copies: SiteCopy[] = [];
function copySite(): string {
  const site = copy();
  copies.push(site);
  return site.dir;
}

afterAll(() => {
  for (const site of copies) site.remove();
});

describe('docusaurus build of the portal', () => {
  it('fails on a broken link in a doc and names the page and the target', () => {
    const site = copySite();
    writeFileSync(
      path.join(site, 'docs/broken-link.md'),
      '---\ntitle: Broken link\n---\n\n# Broken link\n\nSee [the missing page](/docs/this-page-does-not-exist).\n',
    );
    const { code, output } = build(site);
    expect(code).not.toBe(0);
    expect(output).toMatch(/Broken link on source page path = \/docs\/broken-link:\s+-> linking to \/docs\/this-page-does-not-exist/);
  });

  // Docusaurus reports broken anchors only once no link is broken, so this needs its own build.
  it('fails on a broken anchor and names the page and the target', () => {
    const site = copySite();
    writeFileSync(
      path.join(site, 'docs/broken-anchor.md'),
      '---\ntitle: Broken anchor\n---\n\n# Broken anchor\n\nSee [a heading that is not there](/docs/configuration#no-such-heading).\n',
    );
    const { code, output } = build(site);
    expect(code).not.toBe(0);
    expect(output).toMatch(/Broken anchor on source page path = \/docs\/broken-anchor:\s+-> linking to \/docs\/configuration#no-such-heading/);
  });

  it('fails on a broken relative Markdown link, naming the file and the target', () => {
    const site = copySite();
    writeFileSync(
      path.join(site, 'docs/broken-md-link.md'),
      '---\ntitle: Broken Markdown link\n---\n\n# Broken Markdown link\n\nSee [the missing file](./missing-file.md).\n',
    );
    const { code, output } = build(site);
    expect(code).not.toBe(0);
    expect(output).toContain('missing-file.md');
    expect(output).toContain('broken-md-link.md');
  });

  it('stops with exit code 2 and one line per problem when PORTAL_CONFIG is invalid', () => {
    const site = copySite();
    const bad = path.join(site, 'bad.portal.config.ts');
    writeFileSync(bad, "export default { site: { title: 'X', url: 42, repository: 'https://github.com/e/e' } };\n");
    const { code, output } = build(site, { PORTAL_CONFIG: bad });
    expect(code).toBe(2);
    expect(output).toContain(`✖ Invalid Portico configuration in ${bad}`);
    expect(output).toContain('  - site.url: got 42, expected an absolute http(s) URL such as "https://docs.example.com"');
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
