/**
 * Runbook URLs: the page of each runbook and the alias pages that let an
 * alert link to its runbook by its own name.
 *
 * Paths here are site paths *without* the site's `baseUrl`: `/runbooks/x`,
 * never `/portal/runbooks/x`. Whoever publishes or checks a URL adds the
 * `baseUrl`, so the same plan serves every deployment of the site.
 */

/** URL segment of the runbooks docs-plugin instance (`routeBasePath` in docusaurus.config.ts). */
export const RUNBOOKS_ROUTE_BASE_PATH = 'runbooks';

/** What alias planning needs to know about a runbook. */
export interface RunbookAliasSource {
  /** Absolute path of the runbook's Markdown file. */
  file: string;
  /** Slug of the runbook's own page, without a leading `/`: `high-error-rate`. */
  slug: string;
  /** Alerts the runbook serves. */
  alerts: readonly string[];
}

/** One redirect page to publish: `permalink` sends the reader on to `targetPermalink`. */
export interface RunbookAlias {
  /** The alert the alias is named after. */
  alert: string;
  /** Alias slug under the runbooks section, e.g. `HighErrorRate`. */
  slug: string;
  /** Site path of the alias page, e.g. `/runbooks/HighErrorRate`. */
  permalink: string;
  /** Site path of the runbook page the alias redirects to. */
  targetPermalink: string;
  /** Markdown file of that runbook. */
  targetFile: string;
}

/** An alias that could not be published because its path is already taken. */
export interface RunbookAliasConflict {
  /** The alert whose alias was dropped. */
  alert: string;
  /** Runbook file that names the alert. */
  file: string;
  /** The alias slug that was dropped. */
  slug: string;
  /** What holds the path already: the page of another runbook, or an alias of another runbook's alert. */
  takenBy: {
    /** `page` when a runbook page has the path, `alias` when another alert's alias does. */
    kind: 'page' | 'alias';
    /** Runbook file that owns the path. */
    file: string;
    /** For an alias: the alert the alias belongs to. */
    alert?: string;
  };
}

/** The alias pages to publish and the ones that had to be dropped. */
export interface RunbookAliasPlan {
  /** Aliases to publish, in runbook order, then alert order, then the order of {@link aliasSlugsForAlert}. */
  aliases: RunbookAlias[];
  /** Aliases dropped because their path was taken; each is a mistake in the runbooks. */
  conflicts: RunbookAliasConflict[];
}

/** Site path of a page in the runbooks section: `runbookPermalink('high-error-rate')` is `/runbooks/high-error-rate`. */
export function runbookPermalink(slug: string): string {
  const trimmed = slug.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${RUNBOOKS_ROUTE_BASE_PATH}/${trimmed}` : `/${RUNBOOKS_ROUTE_BASE_PATH}`;
}

/**
 * Kebab-case form of an alert name, as people write URL slugs:
 * `HighErrorRate` → `high-error-rate`, `KubeAPIDown` → `kube-api-down`,
 * `node_disk_full` → `node-disk-full`.
 */
export function toKebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/**
 * The alias slugs published for one alert, without duplicates: the name as
 * written, all lowercase, and kebab-case. `HighErrorRate` gives
 * `['HighErrorRate', 'higherrorrate', 'high-error-rate']`; `Watchdog` gives
 * `['Watchdog', 'watchdog']`.
 */
export function aliasSlugsForAlert(alert: string): string[] {
  const candidates = [alert, alert.toLowerCase(), toKebabCase(alert)].filter((slug) => slug.length > 0);
  return [...new Set(candidates)];
}

/**
 * Plans the alias pages for a set of runbooks: for every alert a runbook
 * serves, one redirect page per slug of {@link aliasSlugsForAlert}, except a
 * slug equal to the runbook's own slug (ignoring case) or to an alias already
 * planned for the same runbook.
 *
 * A slug that another runbook's page or alias already holds is dropped and
 * reported as a conflict; the first runbook (in the order given) keeps it.
 * Slugs are compared ignoring case: Docusaurus writes `HighErrorRate.html` and
 * `higherrorrate.html`, which are one file on a case-insensitive file system
 * (macOS, Windows). Two aliases of the same runbook may share a file harmlessly;
 * an alias sharing one with a page, or with another runbook's alias, may not.
 */
export function planRunbookAliases(runbooks: readonly RunbookAliasSource[]): RunbookAliasPlan {
  const pages = new Map<string, string>();
  for (const runbook of runbooks) {
    const key = runbook.slug.toLowerCase();
    if (!pages.has(key)) pages.set(key, runbook.file);
  }

  const aliases: RunbookAlias[] = [];
  const aliasesByKey = new Map<string, RunbookAlias>();
  const conflicts: RunbookAliasConflict[] = [];
  const conflict = (alert: string, slug: string, runbook: RunbookAliasSource, takenBy: RunbookAliasConflict['takenBy']) => {
    conflicts.push({ alert, file: runbook.file, slug, takenBy });
  };

  for (const runbook of runbooks) {
    const ownKey = runbook.slug.toLowerCase();
    for (const alert of runbook.alerts) {
      for (const slug of aliasSlugsForAlert(alert)) {
        const key = slug.toLowerCase();
        if (key === ownKey) continue;
        const page = pages.get(key);
        if (page !== undefined && page !== runbook.file) {
          conflict(alert, slug, runbook, { kind: 'page', file: page });
          continue;
        }
        const existing = aliasesByKey.get(key);
        if (existing && existing.targetFile !== runbook.file) {
          conflict(alert, slug, runbook, { kind: 'alias', file: existing.targetFile, alert: existing.alert });
          continue;
        }
        if (aliases.some((alias) => alias.slug === slug)) continue;
        const alias = makeAlias(alert, slug, runbook);
        aliases.push(alias);
        if (!existing) aliasesByKey.set(key, alias);
      }
    }
  }
  return { aliases, conflicts };
}

function makeAlias(alert: string, slug: string, runbook: RunbookAliasSource): RunbookAlias {
  return {
    alert,
    slug,
    permalink: runbookPermalink(slug),
    targetPermalink: runbookPermalink(runbook.slug),
    targetFile: runbook.file,
  };
}
