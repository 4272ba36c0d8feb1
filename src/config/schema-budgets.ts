import * as z from 'zod';
import { DEFAULT_LIGHTHOUSE_BUDGETS } from '../lib/lighthouse/budgets.js';
import { SCRIPT_BUDGET_KINDS } from '../lib/script-budgets/kinds.js';

/**
 * The budgets part of portal.config.ts: Lighthouse scores of key pages and
 * gzipped JavaScript per page kind, both held against the built site. Kept
 * apart from schema.ts by size; the configuration reference reads the JSDoc
 * here too (it follows schema.ts's `./schema-*` imports).
 */

const lighthouseScore = z
  .number({ error: 'expected a Lighthouse score between 0 and 100' })
  .int({ error: 'expected a whole Lighthouse score between 0 and 100' })
  .min(0, { error: 'expected a Lighthouse score between 0 and 100' })
  .max(100, { error: 'expected a Lighthouse score between 0 and 100' });

/** Minimum Lighthouse scores (0–100, mobile preset); each category can be set on its own. */
export const lighthouseBudgetsSchema = z.strictObject({
  /** Minimum performance score. @default 90 */
  performance: lighthouseScore.default(DEFAULT_LIGHTHOUSE_BUDGETS.performance),
  /** Minimum accessibility score. @default 95 */
  accessibility: lighthouseScore.default(DEFAULT_LIGHTHOUSE_BUDGETS.accessibility),
  /** Minimum best-practices score. @default 95 */
  'best-practices': lighthouseScore.default(DEFAULT_LIGHTHOUSE_BUDGETS['best-practices']),
  /** Minimum SEO score. @default 95 */
  seo: lighthouseScore.default(DEFAULT_LIGHTHOUSE_BUDGETS.seo),
});

const sitePath = z
  .string({ error: 'expected a URL path such as "/docs/getting-started"' })
  .regex(/^\/[^\s?#]*$/, { error: 'expected a URL path under the site that starts with "/", such as "/docs/getting-started"' });

/** A key page measured by `portal lighthouse`: a URL path, or a path with its own budgets. */
export const lighthousePageSchema = z.union(
  [
    sitePath,
    z.strictObject({
      /** URL path under the site's baseUrl. */
      path: sitePath,
      /** Budgets for this page only, per category; the rest come from `lighthouse.budgets`. */
      budgets: z
        .strictObject({
          /** Minimum performance score of this page. */
          performance: lighthouseScore.optional(),
          /** Minimum accessibility score of this page. */
          accessibility: lighthouseScore.optional(),
          /** Minimum best-practices score of this page. */
          'best-practices': lighthouseScore.optional(),
          /** Minimum SEO score of this page. */
          seo: lighthouseScore.optional(),
        })
        .default({}),
    }),
  ],
  { error: 'expected a URL path such as "/rfcs", or { path, budgets }' },
);

/** Lighthouse budgets checked by `portal lighthouse` against the built site. */
export const lighthouseSchema = z.strictObject({
  /** Key pages to measure, as URL paths under the site's baseUrl. @default ["/"] */
  pages: z.array(lighthousePageSchema).min(1, { error: 'expected at least one page' }).default(['/']),
  /** Minimum scores for every page. */
  budgets: lighthouseBudgetsSchema.default(lighthouseBudgetsSchema.parse({})),
  /** Lighthouse runs per page: the first measures every category, the others performance alone (the one score that depends on timing); the median of each category is held against its budget. @default 3 */
  runs: z
    .number({ error: 'expected a whole number of runs between 1 and 9' })
    .int({ error: 'expected a whole number of runs between 1 and 9' })
    .min(1, { error: 'expected a whole number of runs between 1 and 9' })
    .max(9, { error: 'expected a whole number of runs between 1 and 9' })
    .default(3),
});

const scriptKb = z
  .number({ error: 'expected a budget in KB of gzipped JavaScript, such as 300' })
  .positive({ error: 'expected a budget in KB of gzipped JavaScript greater than 0' });

/**
 * KB (1,024 bytes) of gzipped JavaScript the heaviest page of each kind may load before it is
 * interactive: the scripts its HTML names and its route's chunks, counted from the build's files,
 * so the figure is the same on every machine. More than 10% over fails `portal check scripts`
 * (`gates.scriptBudgets`); over by less warns. A kind left out is measured and listed, not judged.
 * See docs/performance.md.
 */
export const scriptBudgetsSchema = z.strictObject({
  /** The home page (`/`). @default none (measured, not judged) */
  home: scriptKb.optional(),
  /** Doc pages: `/docs`, `/tutorials` and `/blog`. @default none (measured, not judged) */
  doc: scriptKb.optional(),
  /** TypeScript API reference pages (`/api`: classes, interfaces, functions, doc coverage). @default none (measured, not judged) */
  api: scriptKb.optional(),
  /** HTTP API pages (`/http-api`: operations, schemas, the index). @default none (measured, not judged) */
  httpApi: scriptKb.optional(),
  /** Dashboards (`/dashboards`). @default none (measured, not judged) */
  dashboard: scriptKb.optional(),
  /** RFC pages and the RFC index (`/rfcs`). @default none (measured, not judged) */
  rfc: scriptKb.optional(),
  /** Runbooks and the runbook index (`/runbooks`). @default none (measured, not judged) */
  runbook: scriptKb.optional(),
  /** Release pages and changelogs (`/releases`, `/changelog`). @default none (measured, not judged) */
  release: scriptKb.optional(),
} satisfies Record<(typeof SCRIPT_BUDGET_KINDS)[number], z.ZodOptional<typeof scriptKb>>);

/** Size budgets checked against the built site. */
export const budgetsSchema = z.strictObject({
  /** Gzipped JavaScript per page kind, in KB, checked by `portal check scripts`. @default {} (every kind measured, none judged) */
  scripts: scriptBudgetsSchema.default({}),
});
