import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copySite, readBuiltHtml, type SiteCopy } from '../helpers/site.js';

const copies: SiteCopy[] = [];
afterAll(() => copies.forEach((site) => site.remove()));

const RULES = 'examples/task-service/alerts/task-service.rules.yml';

describe('build gates and safety of RFCs, runbooks and changelogs', () => {
  it('fails when an alert runbook_url points at a runbook that does not exist', () => {
    const site = copySite();
    copies.push(site);
    const rules = path.join(site.dir, RULES);
    writeFileSync(
      rules,
      readFileSync(rules, 'utf8').replace('https://portico.example.dev/runbooks/high-latency', 'https://portico.example.dev/runbooks/slow-requests'),
    );
    const { code, output } = buildSite(site.dir);
    expect(code).toBe(1);
    expect(output).toContain('✖ Runbook check failed');
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/); // a failed check, not a crash: no stack trace
    expect(output).toContain('HighLatency');
    expect(output).toContain('https://portico.example.dev/runbooks/slow-requests');
  });

  it('renders hostile front matter, alert annotations and changelog entries without any script surviving', () => {
    const site = copySite();
    copies.push(site);
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    // A changelog release whose notes try every trick.
    const changelog = path.join(site.dir, 'examples/task-service/CHANGELOG.md');
    const original = readFileSync(changelog, 'utf8');
    writeFileSync(
      changelog,
      original.replace(
        '## [Unreleased]',
        `## [Unreleased]\n\n### Security\n\n- ${evil} [click](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">x</a>\n`,
      ),
    );
    // An alert whose annotation and label carry markup.
    const rules = path.join(site.dir, RULES);
    writeFileSync(
      rules,
      readFileSync(rules, 'utf8').replace(/summary: .*/, `summary: '${evil.replace(/'/g, "''")}'`),
    );
    // An RFC and a runbook whose front matter carries markup and a javascript: URL.
    const rfc = path.join(site.dir, 'rfcs/0002-static-dashboards-with-build-time-svg.md');
    writeFileSync(
      rfc,
      readFileSync(rfc, 'utf8')
        .replace(/^authors:\n(\s+- .*\n)+/m, `authors:\n  - "${evil.replace(/"/g, '\\"')}"\n`),
    );
    const runbook = path.join(site.dir, 'runbooks/service-down.md');
    writeFileSync(runbook, readFileSync(runbook, 'utf8').replace(/^owner: .*/m, `owner: "${evil.replace(/"/g, '\\"')}"`));
    appendFileSync(runbook, '\n');

    const { code, output } = buildSite(site.dir);
    expect(output).not.toContain('[ERROR]');
    expect(code).toBe(0);

    const problems: string[] = [];
    let sawHostileText = 0;
    for (const [file, html] of readBuiltHtml(path.join(site.dir, 'build'))) {
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
