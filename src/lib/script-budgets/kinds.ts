/**
 * The page kinds a script budget is set for, each the set of page paths (under
 * the site's base URL) it covers. A kind is judged by its heaviest page, so
 * every page of a section counts, not one sample of it.
 */
export const SCRIPT_BUDGET_KINDS = ['home', 'doc', 'api', 'httpApi', 'dashboard', 'rfc', 'runbook', 'release'] as const;

/** One key of `budgets.scripts`. */
export type ScriptBudgetKind = (typeof SCRIPT_BUDGET_KINDS)[number];

/** What a kind covers, in words (for messages and docs) and as a path test. */
export interface ScriptBudgetKindInfo {
  /** The pages, in words: `doc pages (/docs, /tutorials, /blog)`. */
  label: string;
  matches: (path: string) => boolean;
}

/** Paths under one of these sections, the section page included. */
function under(...sections: string[]): (path: string) => boolean {
  return (path) => sections.some((section) => path === section || path.startsWith(`${section}/`));
}

/** The pages of each kind. */
export const SCRIPT_BUDGET_KIND_INFO: Record<ScriptBudgetKind, ScriptBudgetKindInfo> = {
  home: { label: 'the home page (/)', matches: (path) => path === '/' },
  doc: { label: 'doc pages (/docs, /tutorials, /blog)', matches: under('/docs', '/tutorials', '/blog') },
  api: { label: 'TypeScript API pages (/api)', matches: under('/api') },
  httpApi: { label: 'HTTP API pages (/http-api)', matches: under('/http-api') },
  dashboard: { label: 'dashboards (/dashboards)', matches: under('/dashboards') },
  rfc: { label: 'RFC pages (/rfcs)', matches: under('/rfcs') },
  runbook: { label: 'runbook pages (/runbooks)', matches: under('/runbooks') },
  release: { label: 'release pages (/releases, /changelog)', matches: under('/releases', '/changelog') },
};

/** The kind of a page path, or `undefined` for a page no kind covers (search, 404). */
export function scriptBudgetKindOf(path: string): ScriptBudgetKind | undefined {
  return SCRIPT_BUDGET_KINDS.find((kind) => SCRIPT_BUDGET_KIND_INFO[kind].matches(path));
}

/**
 * How far over its budget a kind may go before the gate fails: 10%. Between
 * the budget and 10% over, the check warns, so a budget set to today's figure
 * can absorb a small change and still flag the trend.
 */
export const SCRIPT_BUDGET_TOLERANCE = 0.1;
