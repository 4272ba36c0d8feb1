import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { COLOUR_RULES, seriousViolations } from '../helpers/axe.js';

// Every page kind is checked with axe by page-kinds.spec.ts, on the same load as its layout checks.
// This is the gate's own test: the same helper must fail on a page with known problems.
test('the axe gate fails on a deliberately inaccessible page, and its colour rules catch poor contrast alone', async ({ page }) => {
  const fixture = path.join(import.meta.dirname, '../fixtures/accessibility/inaccessible.html');
  await page.setContent(readFileSync(fixture, 'utf8'));
  const rules = (await seriousViolations(page)).map((problem) => problem.rule).sort();
  expect(rules).toEqual(['button-name', 'color-contrast', 'image-alt']);
  expect((await seriousViolations(page, COLOUR_RULES)).map((problem) => problem.rule)).toEqual(['color-contrast']);
});
