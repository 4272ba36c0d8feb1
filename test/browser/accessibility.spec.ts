import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { describeProblems, seriousViolations } from '../helpers/axe.js';

/** One page of each kind the portal publishes; these must exist in every build. */
const PAGES = [
  { kind: 'home', path: '/' },
  { kind: 'doc', path: '/docs/getting-started' },
  { kind: 'tutorial', path: '/tutorials/install-and-configure' },
  { kind: 'RFC index', path: '/rfcs' },
  { kind: 'RFC', path: '/rfcs/0001-one-typed-portal-config' },
  { kind: 'runbook', path: '/runbooks/high-error-rate' },
  { kind: 'changelog index', path: '/changelog' },
  { kind: 'changelog release', path: '/changelog/2.1.0' },
  { kind: 'API class page', path: '/api/task-client/classes/TaskClient' },
  { kind: 'API doc coverage', path: '/api/coverage' },
  { kind: 'OpenAPI operation page', path: '/http-api/task-service/tasks/create-task' },
  { kind: 'dashboards overview', path: '/dashboards' },
  { kind: 'benchmarks dashboard', path: '/dashboards/benchmarks' },
  { kind: 'coverage dashboard', path: '/dashboards/coverage' },
] as const;

const COLOR_SCHEMES = ['light', 'dark'] as const;

/** Loads a page in a colour scheme and waits for React to hydrate, so client-rendered parts (Mermaid, dashboards) are checked too. */
async function open(page: Page, urlPath: string, scheme: (typeof COLOR_SCHEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  const response = await page.goto(urlPath);
  expect(response?.status(), `${urlPath} should load`).toBe(200);
  await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
}

test.describe('axe-core finds no serious or critical violation', () => {
  // axe on a large page (API reference, OpenAPI operations) takes several seconds on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  for (const { kind, path: urlPath } of PAGES) {
    for (const scheme of COLOR_SCHEMES) {
      test(`${kind} ${urlPath} (${scheme})`, async ({ page }) => {
        await open(page, urlPath, scheme);
        expect(describeProblems(await seriousViolations(page))).toEqual([]);
      });
    }
  }
});

test('the axe gate fails on a deliberately inaccessible page', async ({ page }) => {
  const fixture = path.join(import.meta.dirname, '../fixtures/accessibility/inaccessible.html');
  await page.setContent(readFileSync(fixture, 'utf8'));
  const rules = (await seriousViolations(page)).map((problem) => problem.rule).sort();
  expect(rules).toEqual(['button-name', 'color-contrast', 'image-alt']);
});
