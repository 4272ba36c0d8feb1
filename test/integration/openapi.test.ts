import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-portal.js';
import { failingGatesSite, poisonedSite } from '../helpers/shared-sites.js';
import { readBuiltHtml } from '../helpers/site.js';
import { buildStarter, starterSite, type StarterSite } from '../helpers/starter-site.js';

const starters: StarterSite[] = [];
afterAll(() => starters.forEach((site) => site.remove()));

const STACK_FRAME = /\n\s+at .*:\d+:\d+/;

/**
 * A `portal init` starter whose configuration lists one spec: the fixture's
 * folder is copied in. An unusable spec stops the build before bundling, so
 * the smallest real project shows the same behaviour as the embedded portal.
 */
function starterWithSpec(id: string, fixture: string): { site: StarterSite; config: string } {
  const site = starterSite();
  starters.push(site);
  const target = path.join('openapi-fixtures', fixture);
  cpSync(path.dirname(path.join(REPO_ROOT, 'test/fixtures/openapi', fixture)), path.join(site.dir, path.dirname(target)), { recursive: true });
  return { site, config: site.withSections(id, { openapi: { specs: [{ id, file: target }] } }) };
}

/** Every file of the copy, relative to it, except Docusaurus's own output and the shared node_modules. */
function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => !/^(build|node_modules)(\/|$)/.test(file)).sort();
}

describe('HTTP API pages in a real build', () => {
  // The hostile spec is one of the defects of the shared poisoned site (test/helpers/shared-sites.ts), built once.
  it('renders a hostile spec without any script, event handler or javascript: URL surviving', async () => {
    const { code, output, dir, buildDir } = await poisonedSite();
    expect(output).not.toContain('[ERROR]');
    expect(code).toBe(0);
    // Warnings of the lint gate are printed once, by the build's preflight, and do not stop the build.
    expect(output).toContain('⚠ 0 errors and 21 warnings in 1 of 2 specs:');
    expect(output).toContain('✔ OpenAPI lint (gates.openapiLint)');

    const problems: string[] = [];
    const pages = readBuiltHtml(buildDir).filter(([file]) => file.startsWith('http-api/hostile'));
    expect(pages.map(([file]) => file).sort()).toEqual([
      'http-api/hostile.html',
      'http-api/hostile/evil-script-alert-tag-script.html',
      'http-api/hostile/evil-script-alert-tag-script/get-thing.html',
      'http-api/hostile/schemas.html',
      'http-api/hostile/schemas/Thing.html',
    ]);
    for (const [file, html] of pages) {
      const $ = cheerio.load(html);
      $('script').each((_, element) => {
        if ($(element).text().includes('alert(')) problems.push(`${file}: inline script with alert()`);
      });
      $('iframe, object, embed').each((_, element) => void problems.push(`${file}: <${(element as { name: string }).name}>`));
      $('*').each((_, element) => {
        for (const [name, value] of Object.entries((element as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (/^on/i.test(name)) problems.push(`${file}: ${name} attribute on <${(element as { name: string }).name}>`);
          if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*(javascript|data):/i.test(value)) problems.push(`${file}: ${name}="${value}"`);
        }
      });
    }
    expect(problems).toEqual([]);

    // The hostile text is on the page as text, so the poisoned fields were rendered at all.
    const operation = cheerio.load(pages.find(([file]) => file.endsWith('get-thing.html'))![1]);
    const text = operation('main').text();
    for (const marker of ["alert('op-summary')", "alert('param-example')", "alert('example-value')", "alert('property-example')"]) {
      expect(text).toContain(marker);
    }
    const overview = cheerio.load(pages.find(([file]) => file === 'http-api/hostile.html')![1]);
    expect(overview('h1').text()).toBe("Hostile <script>alert('title')</script> API");

    // The route registry names the data modules (HTTP API, changelog, dashboards) by the site
    // alias, as Docusaurus' own plugins do, not by their path on the build machine.
    const jsDir = path.join(buildDir, 'assets', 'js');
    const generatedDir = path.join(dir, '.docusaurus');
    const leaking = readdirSync(jsDir).filter((file) => readFileSync(path.join(jsDir, file), 'utf8').includes(generatedDir));
    expect(leaking).toEqual([]);
    // The registry sits in the route-table chunk of its section (src/plugins/route-split), not in main.js.
    const naming = readdirSync(jsDir).filter((file) => readFileSync(path.join(jsDir, file), 'utf8').includes('"@site/.docusaurus/portico-openapi/default/http-api--hostile.json"'));
    expect(naming).toEqual([expect.stringMatching(/^routes-http-api\.[0-9a-f]+\.js$/)]);
  });

  // Built once with the doc-coverage and runbook gate failures: the preflight runs every gate (test/helpers/shared-sites.ts).
  it('stops the build with exit 1 and the finding when a spec has a lint error', async () => {
    const { code, output } = await failingGatesSite();
    expect(code).toBe(1);
    expect(output).toContain('✖ OpenAPI lint failed: 2 errors and 0 warnings in 1 of 2 specs');
    expect(output).toContain('openapi-fixtures/lint-error/missing-summary.yaml:14:5  error    operation-summary  Operation object should contain `summary` field.');
    expect(output).not.toMatch(STACK_FRAME);
  });

  it('stops the build with exit 2 on an unresolved $ref, and leaves no generated file behind', () => {
    const { site, config } = starterWithSpec('unresolved', 'bad/unresolved-ref.yaml');
    const before = filesOf(site.dir);
    const { code, output } = buildStarter(config);
    expect(code).toBe(2);
    expect(output).toContain(`✖ Unusable OpenAPI spec ${path.join(site.dir, 'openapi-fixtures/bad/unresolved-ref.yaml')}`);
    expect(output).toMatch(/unresolved-ref\.yaml:28:17: unresolved \$ref \(\$ref: '#\/components\/schemas\/Problem'\)/);
    expect(output).not.toMatch(STACK_FRAME);
    // The plugin wrote none of its page data (createData files under .docusaurus/portico-openapi,
    // named after the routes); other plugins may have generated their own files before the stop.
    const created = filesOf(site.dir).filter((file) => !before.includes(file));
    expect(created.filter((file) => /(^|\/)portico-openapi(\/|$)|http-api--/.test(file))).toEqual([]);
    expect(existsSync(path.join(site.dir, 'build/http-api'))).toBe(false);
  });
});
