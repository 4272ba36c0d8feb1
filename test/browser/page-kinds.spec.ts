import { expect, test, type Page } from '@playwright/test';
import { COLOUR_RULES, describeProblems, seriousViolations } from '../helpers/axe.js';
import { PAGE_KINDS, pageOfKind, sitemapPaths } from '../helpers/browser.js';

/**
 * One page of every kind (src/lib/built-site/page-kinds.ts, chosen from the build's
 * sitemap), loaded ONCE and checked for everything that holds of any page:
 * - it fits a phone and a desktop (issue 24): at each width, in both colour
 *   schemes, the document never scrolls sideways, the desktop navbar shows the
 *   whole site title on one line of items, and on a phone the page's heading is
 *   on the first screen; the sizes and schemes are switched on the loaded page;
 * - one screenshot at a phone and a desktop size (light) matches the committed
 *   one, so a layout regression fails CI (`npx playwright test
 *   test/browser/page-kinds.spec.ts --update-snapshots` after a deliberate change);
 * - axe-core finds no serious or critical violation: every rule in the light
 *   theme, and the colour rules again in the dark theme (the same DOM restyled,
 *   so colours are all the scheme can change). The gate's own self-test is in
 *   accessibility.spec.ts.
 * Loading a page, hydrating it and waiting for the network to settle costs as
 * much as a check on it, so the kinds are not loaded again by a spec per concern.
 */

/** The issue's phone and desktop sizes, plus 1,024 px: the narrowest desktop on which the title must be whole. */
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Infima's breakpoint: from here up the navbar shows its items instead of the drawer. */
const DESKTOP_MIN_WIDTH = 997;

/** Lets React re-render after a resize or a scheme change (window-size hooks, the theme attribute). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** What is wrong with the layout as it is now; an empty list when it fits. */
async function layoutProblems(page: Page, desktop: boolean): Promise<string[]> {
  return page.evaluate((isDesktop) => {
    const problems: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > window.innerWidth) {
      // Name the widest elements that stick out, so a failure says where to look.
      const culprits = Array.from(document.querySelectorAll<HTMLElement>('main *, nav *, footer *'))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`);
      problems.push(`document is ${scrollWidth} px wide (${culprits.join(', ')})`);
    }
    if (isDesktop) {
      const title = document.querySelector<HTMLElement>('.navbar__title');
      if (!title) problems.push('no navbar title');
      else if (title.scrollWidth > title.clientWidth) problems.push(`navbar title "${title.textContent}" is cut: ${title.scrollWidth} px in ${title.clientWidth} px`);
      const tops = new Set(Array.from(document.querySelectorAll<HTMLElement>('.navbar__items > .navbar__item')).map((item) => Math.round(item.getBoundingClientRect().top)));
      const inner = document.querySelector<HTMLElement>('.navbar__inner');
      if (tops.size > 1 || (inner && inner.scrollWidth > inner.clientWidth)) problems.push('navbar items do not fit on one line');
      for (const item of Array.from(document.querySelectorAll<HTMLElement>('.navbar__items--left > .navbar__item'))) {
        const lineHeight = Number.parseFloat(getComputedStyle(item).lineHeight) || 24;
        if (item.getBoundingClientRect().height > lineHeight * 1.8 + 16) problems.push(`navbar item "${item.textContent}" wraps`);
      }
    } else {
      const heading = Array.from(document.querySelectorAll<HTMLElement>('h1')).find((h) => h.offsetParent !== null);
      if (!heading) problems.push('no visible h1');
      else {
        const top = heading.getBoundingClientRect().top + window.scrollY;
        if (top >= window.innerHeight) problems.push(`the heading starts at ${Math.round(top)} px, below the first screen (${window.innerHeight} px)`);
      }
    }
    return problems;
  }, desktop);
}

/** Parts of a page that change without a layout change: dates and the navbar's right side (search box, theme toggle). */
function dynamicParts(page: Page) {
  return [page.locator('time'), page.locator('.navbar__items--right')];
}

let paths: Promise<string[]> | undefined;

test.describe('every page kind fits a phone and a desktop and is axe-clean in both themes', () => {
  // The benchmarks dashboard is a long page: eight layouts, two screenshots and two axe runs took over 60 s on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  for (const kind of PAGE_KINDS) {
    test(kind.kind, async ({ page, request }) => {
      paths ??= sitemapPaths(request);
      const urlPath = pageOfKind(await paths, kind);
      test.info().annotations.push({ type: 'page', description: urlPath });
      await page.setViewportSize(VIEWPORTS[2]);
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      const response = await page.goto(urlPath);
      expect(response?.status(), `${urlPath} should load`).toBe(200);
      await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 }).catch(() => {});
      await page.waitForLoadState('networkidle');

      const problems: string[] = [];
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          await settle(page);
          for (const problem of await layoutProblems(page, viewport.width >= DESKTOP_MIN_WIDTH)) {
            problems.push(`${viewport.width}×${viewport.height} ${scheme}: ${problem}`);
          }
        }
      }
      expect(problems, urlPath).toEqual([]);

      const name = kind.kind.replace(/\W+/g, '-');
      await page.emulateMedia({ colorScheme: 'light' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      for (const [viewport, label] of [
        [VIEWPORTS[2], 'phone'],
        [VIEWPORTS[0], 'desktop'],
      ] as const) {
        await page.setViewportSize(viewport);
        await settle(page);
        await expect(page, `${urlPath} at ${viewport.width}×${viewport.height}`).toHaveScreenshot(`${name}-${label}.png`, {
          animations: 'disabled',
          maxDiffPixelRatio: 0.02,
          mask: dynamicParts(page),
        });
      }

      // Now at the desktop size, light; then the reader's scheme turns dark (respectPrefersColorScheme).
      expect(describeProblems(await seriousViolations(page)), `${urlPath} (light)`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await settle(page);
      expect(describeProblems(await seriousViolations(page, COLOUR_RULES)), `${urlPath} (dark)`).toEqual([]);
    });
  }
});
