import { renderUntrustedMarkdown } from '../../lib/markdown/index.js';
import type { ReleaseReport } from '../../lib/releases/index.js';
import { changelogPermalink } from '../changelog/routes.js';

/** Base path of the release hub and the release pages. */
export const RELEASES_BASE_PATH = '/releases';

/** One release in the hub. */
export interface ReleaseHubEntry {
  changelogId: string;
  changelogTitle: string;
  version: string;
  date?: string;
  prerelease: boolean;
  yanked: boolean;
  /** First change of the release, plain text. */
  summary: string;
  /** Site path of the release page. */
  permalink: string;
  /** Breaking TypeScript API and HTTP API changes. */
  breakingCount: number;
  /** Series that regressed beyond their threshold. */
  regressionCount: number;
}

/** The hub page's data. */
export interface ReleasesHubData {
  /** Every release of every changelog, newest first (by date, then version). */
  entries: ReleaseHubEntry[];
  /** The changelogs, for links to their full changelog pages. */
  changelogs: { id: string; title: string; permalink: string }[];
}

/** A release page's data. */
export interface ReleasePageData {
  /** The report (notes Markdown left out: the page gets `notesHtml`). */
  report: Omit<ReleaseReport, 'notesMarkdown'>;
  /** The release notes, untrusted Markdown rendered by the sanitizer of src/lib/markdown. */
  notesHtml: string;
  /** Site path of this page. */
  permalink: string;
  /** The same release on the changelog pages. */
  changelogPage: string;
  /** The page of the release compared with, when there is one. */
  previous?: { version: string; permalink: string };
  /** The hub. */
  hub: string;
}

/** The route plan of the release pages. */
export interface ReleasesRoutePlan {
  hub: ReleasesHubData;
  pages: ReleasePageData[];
}

/** `/releases/<changelog id>/<release slug>`. */
export function releasePermalink(changelogId: string, slug: string): string {
  return `${RELEASES_BASE_PATH}/${changelogId}/${slug}`;
}

/**
 * Plans the hub and one page per release from the reports, grouped by
 * changelog in configuration order (each changelog's reports newest first).
 */
export function planReleaseRoutes(changelogs: readonly { id: string; title: string; reports: readonly ReleaseReport[] }[]): ReleasesRoutePlan {
  const entries: (ReleaseHubEntry & { order: number })[] = [];
  const pages: ReleasePageData[] = [];
  changelogs.forEach((log, logIndex) => {
    const base = changelogPermalink(log.id, logIndex === 0);
    for (const [index, report] of log.reports.entries()) {
      const { entry } = report;
      const permalink = releasePermalink(log.id, entry.slug);
      entries.push({
        changelogId: log.id,
        changelogTitle: log.title,
        version: entry.version,
        ...(entry.date ? { date: entry.date } : {}),
        prerelease: entry.prerelease,
        yanked: entry.yanked,
        summary: entry.summary,
        permalink,
        breakingCount: report.breakingCount,
        regressionCount: report.regressionCount,
        order: logIndex * 100_000 + index,
      });
      const previous = entry.previous === undefined ? undefined : log.reports.find((other) => other.entry.version === entry.previous);
      const { notesMarkdown, ...rest } = report;
      pages.push({
        report: rest,
        notesHtml: renderUntrustedMarkdown(notesMarkdown),
        permalink,
        changelogPage: `${base}/${entry.slug}`,
        ...(previous ? { previous: { version: previous.entry.version, permalink: releasePermalink(log.id, previous.entry.slug) } } : {}),
        hub: RELEASES_BASE_PATH,
      });
    }
  });
  // Newest first: dated releases by date, undated ones after them, each changelog's own order kept for ties.
  entries.sort((a, b) => (a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : a.order - b.order);
  return {
    hub: {
      entries: entries.map(({ order: _order, ...entry }) => entry),
      changelogs: changelogs.map((log, i) => ({ id: log.id, title: log.title, permalink: changelogPermalink(log.id, i === 0) })),
    },
    pages,
  };
}

/**
 * The report with links only to API reference pages this site has: a diff names each export's page
 * at the release's tag, and a page of an export removed since (or of a package built without
 * reference pages) would be a broken link.
 *
 * @param hasPage - True when the site has a page at this path (without the base URL).
 */
export function keepExistingApiPages(report: ReleaseReport, hasPage: (path: string) => boolean): ReleaseReport {
  if (!report.typescriptApi.available) return report;
  const strip = <T extends { page?: string }>(item: T): T => {
    if (item.page === undefined || hasPage(item.page)) return item;
    const { page: _page, ...rest } = item;
    return rest as T;
  };
  return {
    ...report,
    typescriptApi: {
      ...report.typescriptApi,
      value: report.typescriptApi.value.map((pkg) =>
        pkg.diff.available
          ? { ...pkg, diff: { ...pkg.diff, value: { ...pkg.diff.value, added: pkg.diff.value.added.map(strip), removed: pkg.diff.value.removed.map(strip), changed: pkg.diff.value.changed.map(strip) } } }
          : pkg,
      ),
    },
  };
}
