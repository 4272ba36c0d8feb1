import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStarter as build, starterSite, type StarterSite } from '../helpers/starter-site.js';

/**
 * The build pipeline (its steps, processes, link checks and exit codes) on the
 * smallest real project, a `portal init` starter: what is checked here does
 * not depend on the site's size, and each case needs a build of its own.
 */
const sites: StarterSite[] = [];
function starter(): StarterSite {
  const site = starterSite();
  sites.push(site);
  return site;
}

afterAll(() => {
  for (const site of sites) site.remove();
});

describe('portal build (npm run build)', () => {
  it('fails on a broken link in a doc and names the page and the target', () => {
    const site = starter();
    writeFileSync(
      path.join(site.dir, 'docs/broken-link.md'),
      '---\ntitle: Broken link\n---\n\n# Broken link\n\nSee [the missing page](/docs/this-page-does-not-exist).\n',
    );
    const { code, output } = build(site.config);
    // Three processes: the client bundle, the server bundle, then the render step checks the links and fails.
    expect(code).toBe(1);
    expect(output).toContain('[portico] build step 1/3: bundling the client bundle (Rspack)');
    expect(output).toContain('[portico] build step 2/3: bundling the server bundle (Rspack)');
    expect(output).toContain('[portico] build step 3/3: rendering');
    // The server step compiles no MDX page again: it takes the ones the client step compiled.
    const kept = Number(/client bundle: (\d+) MDX modules compiled and kept/.exec(output)?.[1]);
    // The starter's pages: its guide, RFC and runbook indexes and templates, and the broken page.
    expect(kept).toBeGreaterThanOrEqual(4);
    expect(output).toContain(`[portico] server bundle: ${kept} MDX modules reused from the client bundle, 0 compiled`);
    expect(output).toContain("Skipping the Docusaurus bundling step because DOCUSAURUS_SKIP_BUNDLING='true'");
    // Each step's time and peak memory, as measured in the step's own process.
    expect(output).toMatch(
      /✖ Build failed in its render step \(exit 1\); steps: client bundle [\d.]+ s peak \d+ MB, server bundle [\d.]+ s peak \d+ MB, render [\d.]+ s peak \d+ MB; the incomplete output in .*build was removed/,
    );
    expect(output).toMatch(/Broken link on source page path = \/docs\/broken-link:\s+-> linking to \/docs\/this-page-does-not-exist/);
  });

  // Docusaurus reports broken anchors only once no link is broken, so this needs its own build.
  it('fails on a broken anchor and names the page and the target', () => {
    const site = starter();
    writeFileSync(
      path.join(site.dir, 'docs/broken-anchor.md'),
      '---\ntitle: Broken anchor\n---\n\n# Broken anchor\n\nSee [a heading that is not there](/docs/getting-started#no-such-heading).\n',
    );
    // This one in a single process, as `build.bundleInSeparateProcess: false` asks.
    const { code, output } = build(site.withBuildOptions('single', { bundleInSeparateProcess: false }));
    expect(code).toBe(1);
    expect(output).not.toContain('build step');
    expect(output).not.toContain('DOCUSAURUS_SKIP_BUNDLING');
    expect(output).toMatch(/✖ Build failed in its bundle and render step \(exit 1\)/);
    expect(output).toMatch(/Broken anchor on source page path = \/docs\/broken-anchor:\s+-> linking to \/docs\/getting-started#no-such-heading/);
  });

  it('fails on a broken relative Markdown link, naming the file and the target', () => {
    const site = starter();
    writeFileSync(
      path.join(site.dir, 'docs/broken-md-link.md'),
      '---\ntitle: Broken Markdown link\n---\n\n# Broken Markdown link\n\nSee [the missing file](./missing-file.md).\n',
    );
    // Both bundles in one process, then rendering, as `build.bundleClientAndServerSeparately: false` asks.
    const { code, output } = build(site.withBuildOptions('two-steps', { bundleClientAndServerSeparately: false }));
    // Markdown links are resolved while bundling: the first process fails and the second never starts.
    expect(code).toBe(1);
    expect(output).toContain('[portico] build step 1/2: bundling (Rspack)');
    expect(output).not.toContain('MDX modules');
    expect(output).toMatch(/✖ Build failed in its bundle step \(exit 1\)/);
    expect(output).not.toContain('build step 2/2');
    expect(output).toContain('missing-file.md');
    expect(output).toContain('broken-md-link.md');
  });

  it('stops with exit code 2 and one line per problem when PORTAL_CONFIG is invalid', () => {
    const site = starter();
    const bad = path.join(site.dir, 'bad.portal.config.ts');
    writeFileSync(bad, "export default { site: { title: 'X', url: 42, repository: 'https://github.com/e/e' } };\n");
    const { code, output } = build(null, { PORTAL_CONFIG: bad }, site.dir);
    expect(code).toBe(2);
    expect(output).toContain(`✖ Invalid Portico configuration in ${bad}`);
    expect(output).toContain('  - site.url: got 42, expected an absolute http(s) URL such as "https://docs.example.com"');
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
