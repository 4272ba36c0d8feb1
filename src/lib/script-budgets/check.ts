import path from 'node:path';
import type { Finding, Report } from '../findings/index.js';
import { sortFindings } from '../findings/index.js';
import { htmlFileOfPage, readBuildSitemap, readRouteScripts, ScriptSizes, type PageScript } from '../built-site/index.js';
import { SCRIPT_BUDGET_KIND_INFO, SCRIPT_BUDGET_KINDS, SCRIPT_BUDGET_TOLERANCE, scriptBudgetKindOf, type ScriptBudgetKind } from './kinds.js';

/** Budgets in KB (1,024 bytes) of gzipped JavaScript, per kind; a kind left out is measured, not judged. */
export type ScriptBudgets = Partial<Record<ScriptBudgetKind, number>>;

/** What {@link checkScriptBudgets} reads. */
export interface ScriptBudgetInput {
  /** The built site (with its sitemap.xml). */
  buildDir: string;
  /** The site's base URL. @default "/" */
  baseUrl?: string;
  budgets: ScriptBudgets;
  /** `gates.scriptBudgets`: under `warn` (or `off`) an overshoot is reported as `warn`. @default 'error' */
  gate?: 'error' | 'warn' | 'off';
}

/** The heaviest page of a kind. */
export interface HeaviestPage {
  /** Its path under the base URL. */
  path: string;
  htmlFile: string;
  /** Raw bytes of the scripts it loads. */
  bytes: number;
  /** Gzipped bytes of the scripts it loads. */
  gzipBytes: number;
  /** Its scripts, largest (gzipped) first. */
  scripts: PageScript[];
}

/** The measurement and verdict of one kind. */
export interface ScriptBudgetKindResult {
  kind: ScriptBudgetKind;
  /** Pages of the kind in the sitemap. */
  pages: number;
  /** The page that loads the most JavaScript, gzipped; absent when the kind has no page. */
  heaviest?: HeaviestPage;
  /** The budget in KB, when one is set. */
  budgetKb?: number;
  /**
   * `within` the budget, `over` it by at most the tolerance (a warning), `failed` (more than
   * the tolerance over), `unbudgeted` (measured only), `missing` (a budget but no page).
   */
  status: 'within' | 'over' | 'failed' | 'unbudgeted' | 'missing';
}

/** The findings of `portal check scripts` and what was measured. */
export interface ScriptBudgetReport extends Report {
  buildDir: string;
  /** True when the build's route-scripts file was read and each page's route chunks are counted; false for the HTML's scripts alone. */
  routeChunks: boolean;
  /** One result per kind, in {@link SCRIPT_BUDGET_KINDS} order; kinds with neither a page nor a budget are left out. */
  kinds: ScriptBudgetKindResult[];
}

/** KB as messages write them: one decimal, 1 KB = 1,024 bytes. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Measures the JavaScript every page of the build's sitemap loads before it is
 * interactive (gzipped; see `pageScriptUrls`), takes the heaviest page of each
 * kind and holds it against the kind's budget: more than
 * {@link SCRIPT_BUDGET_TOLERANCE} over fails, over by less warns.
 * Exit 2 (thrown) when the build or its sitemap is missing.
 */
export function checkScriptBudgets(input: ScriptBudgetInput): ScriptBudgetReport {
  const buildDir = path.resolve(input.buildDir);
  const baseUrl = input.baseUrl ?? '/';
  const paths = readBuildSitemap(buildDir, baseUrl);
  const errorSeverity = (input.gate ?? 'error') === 'error' ? 'error' : 'warn';
  const sizes = new ScriptSizes(buildDir, baseUrl);
  const routeScripts = readRouteScripts(buildDir);
  // Route paths include the base URL; sitemap paths here do not.
  const routeUrlsOf = (pagePath: string): string[] => {
    const full = `${baseUrl.replace(/\/$/, '')}${pagePath}`;
    return routeScripts?.routes[full] ?? routeScripts?.routes[full.replace(/\/$/, '')] ?? routeScripts?.routes[`${full}/`] ?? [];
  };
  const findings: Finding[] = [];
  const pages = new Map<ScriptBudgetKind, number>();
  const heaviest = new Map<ScriptBudgetKind, HeaviestPage>();

  for (const pagePath of paths) {
    const kind = scriptBudgetKindOf(pagePath);
    if (!kind) continue;
    pages.set(kind, (pages.get(kind) ?? 0) + 1);
    const htmlFile = htmlFileOfPage(buildDir, pagePath);
    if (!htmlFile) {
      findings.push({ file: path.join(buildDir, 'sitemap.xml'), line: 0, rule: 'missing-page', severity: errorSeverity, message: `${pagePath} is in the sitemap but the build has no HTML file for it` });
      continue;
    }
    let page;
    try {
      page = sizes.page(htmlFile, routeUrlsOf(pagePath));
    } catch (error) {
      const missing = error instanceof Error && 'path' in error ? String((error as { path: unknown }).path) : String(error);
      findings.push({ file: htmlFile, line: 0, rule: 'missing-script', severity: errorSeverity, message: `loads a script that is not in the build: ${missing}` });
      continue;
    }
    const current = heaviest.get(kind);
    if (!current || page.gzipBytes > current.gzipBytes) {
      const scripts = [...page.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes);
      heaviest.set(kind, { path: pagePath, htmlFile, bytes: page.bytes, gzipBytes: page.gzipBytes, scripts });
    }
  }

  const kinds: ScriptBudgetKindResult[] = [];
  for (const kind of SCRIPT_BUDGET_KINDS) {
    const budgetKb = input.budgets[kind];
    const page = heaviest.get(kind);
    const count = pages.get(kind) ?? 0;
    if (budgetKb === undefined) {
      if (count > 0) kinds.push({ kind, pages: count, ...(page ? { heaviest: page } : {}), status: 'unbudgeted' });
      continue;
    }
    if (!page) {
      kinds.push({ kind, pages: count, budgetKb, status: 'missing' });
      findings.push({
        file: path.join(buildDir, 'sitemap.xml'),
        line: 0,
        rule: 'missing-page-kind',
        severity: errorSeverity,
        message: `budgets.scripts.${kind} is set but the sitemap has no page of that kind: ${SCRIPT_BUDGET_KIND_INFO[kind].label}`,
        hint: `remove budgets.scripts.${kind} from the configuration when the site has no such pages`,
      });
      continue;
    }
    const budgetBytes = budgetKb * 1024;
    const overshoot = page.gzipBytes / budgetBytes - 1;
    // In whole bytes, so a budget written as a fraction does not fail by a rounding error at exactly 10% over.
    const limitBytes = Math.floor(budgetBytes * (1 + SCRIPT_BUDGET_TOLERANCE) + 1e-6);
    const status = page.gzipBytes <= budgetBytes ? 'within' : page.gzipBytes > limitBytes ? 'failed' : 'over';
    kinds.push({ kind, pages: count, heaviest: page, budgetKb, status });
    if (status === 'within') continue;
    const largest = page.scripts
      .slice(0, 3)
      .map((script) => `${path.basename(script.file)} ${formatKb(script.gzipBytes)}`)
      .join(', ');
    const percent = `${(overshoot * 100).toFixed(1)}%`;
    findings.push({
      file: page.htmlFile,
      line: 0,
      rule: status === 'failed' ? 'script-budget-exceeded' : 'script-budget-tolerance',
      severity: status === 'failed' ? errorSeverity : 'warn',
      message:
        `${page.path} loads ${formatKb(page.gzipBytes)} of JavaScript gzipped, ${percent} over budgets.scripts.${kind} (${budgetKb} KB)` +
        (status === 'failed' ? `; more than ${SCRIPT_BUDGET_TOLERANCE * 100}% over fails` : `; within the ${SCRIPT_BUDGET_TOLERANCE * 100}% tolerance`),
      hint: `largest scripts: ${largest}; raise budgets.scripts.${kind} in portal.config.ts when the growth is intended`,
    });
  }
  return { check: 'scripts', buildDir, routeChunks: routeScripts !== undefined, kinds, findings: sortFindings(findings) };
}
