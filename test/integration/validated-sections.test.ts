import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { EVIL, failingGatesSite, poisonedSite } from '../helpers/shared-sites.js';
import { readBuiltHtml } from '../helpers/site.js';

describe('build gates and safety of RFCs, runbooks and changelogs', () => {
  // Built once with the doc-coverage and OpenAPI lint failures: the preflight runs every gate and reports them together.
  it('fails when an alert runbook_url points at a runbook that does not exist', async () => {
    const { code, output } = await failingGatesSite();
    expect(code).toBe(1);
    expect(output).toContain('✖ Runbook check failed');
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/); // a failed check, not a crash: no stack trace
    expect(output).toContain('HighLatency');
    expect(output).toContain('https://portico.example.dev/runbooks/slow-requests');
    // All three failing gates of that copy are reported by the one build.
    const stopped = /Build stopped before bundling: 3 gates failed \(([^)]*)\)/.exec(output)?.[1];
    expect(stopped?.split(', ').sort()).toEqual(['gates.docCoverage', 'gates.openapiLint', 'gates.runbooks']);
  });

  // Markup and script in a changelog entry, an alert summary, RFC authors and a runbook owner, among the
  // other defects of the shared poisoned site (test/helpers/shared-sites.ts); every page of that build is scanned.
  it('renders hostile front matter, alert annotations and changelog entries without any script surviving', async () => {
    const site = await poisonedSite();
    expect(site.output).not.toContain('[ERROR]');
    expect(site.code).toBe(0);
    expect(EVIL).toContain('alert(2)');

    const problems: string[] = [];
    let sawHostileText = 0;
    for (const [file, html] of readBuiltHtml(site.buildDir)) {
      const $ = cheerio.load(html);
      $('script').each((_, element) => {
        if ($(element).text().includes('alert(')) problems.push(`${file}: inline script with alert()`);
      });
      $('*').each((_, element) => {
        for (const [name, value] of Object.entries((element as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (/^on/i.test(name)) problems.push(`${file}: ${name} attribute on <${(element as { name: string }).name}>`);
          if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value)) {
            problems.push(`${file}: ${name}="${value}"`);
          }
        }
      });
      if ($('body').text().includes('alert(2)')) sawHostileText += 1;
    }
    expect(problems).toEqual([]);
    // The hostile text is shown as text somewhere (escaped), proving the poisoned inputs were rendered at all.
    expect(sawHostileText).toBeGreaterThan(0);
  });
});
