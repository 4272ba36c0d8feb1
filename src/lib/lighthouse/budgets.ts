/** The Lighthouse categories Portico measures and budgets, in the order reports show them. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of {@link LIGHTHOUSE_CATEGORIES}. */
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** A score (0–100) per category. */
export type LighthouseScores = Record<LighthouseCategory, number>;

/** The minimum score (0–100) per category a page must reach. */
export type LighthouseBudgets = Record<LighthouseCategory, number>;

/** Human-readable category names, as Lighthouse's own report writes them. */
export const LIGHTHOUSE_CATEGORY_TITLES: Record<LighthouseCategory, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/** Portico's default budgets: performance ≥ 90 on the mobile preset, every other category ≥ 95. */
export const DEFAULT_LIGHTHOUSE_BUDGETS: Readonly<LighthouseBudgets> = {
  performance: 90,
  accessibility: 95,
  'best-practices': 95,
  seo: 95,
};

/** A category of a page that scored under its budget. */
export interface BudgetFailure {
  /** The category. */
  category: LighthouseCategory;
  /** The (median) score measured, 0–100. */
  score: number;
  /** The minimum it had to reach, 0–100. */
  budget: number;
}

/** One key page as configured: its path, and budgets that differ from the site-wide ones. */
export interface LighthousePageSetting {
  /** URL path under the site's baseUrl, starting with `/`, e.g. `/docs/getting-started`. */
  path: string;
  /** Per-category budgets for this page only; the others come from the site-wide budgets. */
  budgets?: Partial<LighthouseBudgets>;
}

/** The budgets a page is held to: the site-wide budgets, overridden per category by the page's own. */
export function budgetsForPage(siteWide: LighthouseBudgets, page?: Pick<LighthousePageSetting, 'budgets'>): LighthouseBudgets {
  return { ...siteWide, ...stripUndefined(page?.budgets ?? {}) };
}

/** The categories whose score is under budget, in {@link LIGHTHOUSE_CATEGORIES} order. */
export function checkLighthouseBudgets(scores: LighthouseScores, budgets: LighthouseBudgets): BudgetFailure[] {
  return LIGHTHOUSE_CATEGORIES.filter((category) => scores[category] < budgets[category]).map((category) => ({
    category,
    score: scores[category],
    budget: budgets[category],
  }));
}

/** The median of some numbers (the lower middle one for an even count, so a flaky high run never hides a regression). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
