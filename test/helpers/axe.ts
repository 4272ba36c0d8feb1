import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0/2.1/2.2 A and AA rules, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Impacts that fail the accessibility gate. Minor and moderate ones are reported by Lighthouse, not gated here. */
export const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** One failing axe rule on a page: `rule (impact): help` and the elements it matched. */
export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * The rules whose verdict depends on colours: all a colour scheme can change,
 * since switching the theme restyles the same DOM (and they are about half of
 * axe's time on a large page).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core on the page as it is now and returns its serious and critical
 * violations: of every rule in AXE_TAGS, or only of `rules`.
 */
export async function seriousViolations(page: Page, rules?: string[]): Promise<AxeProblem[]> {
  // Only violations are read: axe then keeps one node per passed or incomplete rule instead of
  // every node (its `resultTypes` option), about a third less time on a large page.
  // Legacy mode runs axe.run in the page itself. The default runs axe.runPartial in each frame,
  // then opens a blank page, injects axe again and merges the results there (axe.finishRun): about
  // a second more per check (measured on an HTTP API page), for cross-origin frames, which no page
  // of a Portico site has (test/browser/no-external-requests.spec.ts fails on a request to another host).
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze();
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 10),
    }));
}

/** One line per problem, for a readable assertion failure. */
export function describeProblems(problems: AxeProblem[]): string[] {
  return problems.map((problem) => `${problem.rule} (${problem.impact}): ${problem.help} — ${problem.targets.join(', ')}`);
}
