import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPortal } from '../helpers/run-portal.js';

// Lighthouse runs are slow (10-20 s each on 2 cores): one run of one page per case.
const FIXTURES = 'test/fixtures/lighthouse';
const out = mkdtempSync(path.join(tmpdir(), 'portal-lighthouse-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const lighthouse = (fixture: string, ...args: string[]) =>
  runPortal(['lighthouse', '--config', `${FIXTURES}/${fixture}/portal.config.ts`, '--build-dir', `${FIXTURES}/${fixture}/build`, ...args]);

describe('portal lighthouse', () => {
  it('exits 1 on an over-budget page, naming each category under budget and the audits behind it', () => {
    const run = lighthouse('bad');
    expect(run.code).toBe(1);
    // Accessibility and SEO scores do not depend on machine speed, so these misses are certain.
    expect(run.stdout).toMatch(/^✖ \/: Accessibility \d+ is under the budget of 95$/m);
    expect(run.stdout).toMatch(/^ {4}image-alt: /m);
    expect(run.stdout).toMatch(/^✖ \/: SEO \d+ is under the budget of 95$/m);
    expect(run.stdout).toMatch(/^ {4}meta-description: /m);
    expect(run.stderr).toContain('✖ Lighthouse budgets missed on /\n');
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it('exits 0 on a page within budget and writes the JSON results and benchmark entries', () => {
    const json = path.join(out, 'results.json');
    const bench = path.join(out, 'bench.json');
    const run = lighthouse('good', '--json', json, '--bench-json', bench);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✔ 1 page within budget\n$/);
    const results = JSON.parse(readFileSync(json, 'utf8'));
    expect(results).toMatchObject({ passed: true, formFactor: 'mobile', runsPerPage: 1, pages: [{ path: '/', failures: [] }] });
    expect(results.pages[0].scores.accessibility).toBe(100);
    const entries = JSON.parse(readFileSync(bench, 'utf8'));
    expect(entries.map((entry: { name: string; unit: string }) => [entry.name, entry.unit])).toEqual([
      ['lighthouse performance /', '%'],
      ['lighthouse accessibility /', '%'],
      ['lighthouse best-practices /', '%'],
      ['lighthouse seo /', '%'],
    ]);
  });

  it('exits 2 before starting Chromium when a page is not in the build', () => {
    const run = lighthouse('good', '--urls', '/', '/docs/missing');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^✖ Some Lighthouse pages are not in the build\n {2}- \/docs\/missing: no page in .*good\/build\n$/);
  });
});
