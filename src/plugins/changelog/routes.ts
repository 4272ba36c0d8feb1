import { UNRELEASED, versionSlug, type Changelog, type Release } from '../../lib/changelog/index.js';
import { renderUntrustedMarkdown, safeHttpUrl } from '../../lib/markdown/index.js';
import { summaryOf } from '../../lib/releases/model.js';

export { versionSlug };

/** Base path of all changelog pages. */
export const CHANGELOG_BASE_PATH = '/changelog';

/** One release as the pages show it; the body is sanitized HTML. */
export interface ReleaseView {
  version: string;
  title: string;
  date?: string;
  /** Where the date comes from: the changelog's heading or the commit that added the heading (`git`). */
  dateSource?: 'changelog' | 'git';
  prerelease: boolean;
  yanked: boolean;
  /** Compare link from the changelog, kept only when it is http(s). */
  compareUrl?: string;
  /** URL segment of the release, unique in its changelog (`1.1.0`, `1.1.0_2` for a second heading of 1.1.0). */
  slug: string;
  /** Site path of the release page, without baseUrl. */
  permalink: string;
  /** Entries per section, e.g. `[{ title: 'Added', count: 3 }]`. */
  sections: { title: string; count: number }[];
  /** The release's first change as plain text on one line (the release hub's summary; the feeds' description). */
  summary: string;
}

/** A release page's data: the release, its sanitized body and its neighbours. */
export interface ReleasePageData {
  changelog: { id: string; title: string; permalink: string };
  release: ReleaseView;
  /** Sanitized HTML of the release body (untrusted Markdown rendered safely). */
  html: string;
  newer?: { version: string; permalink: string };
  older?: { version: string; permalink: string };
}

/** A changelog index page's data. */
export interface ChangelogIndexData {
  id: string;
  title: string;
  permalink: string;
  style: Changelog['style'];
  releases: ReleaseView[];
  /** Blocks of the file that are not releases (`Earlier releases`, narrative sections), as sanitized HTML. */
  notes: { title: string; line: number; html: string }[];
  /** The other changelogs of the portal, for cross-links. */
  others: { id: string; title: string; permalink: string }[];
  /** Paths of the RSS and Atom feeds; absent when no release has a date, so there is nothing to publish. */
  feeds?: { rss: string; atom: string };
  /** Releases (not Unreleased) without a date, left out of the feeds, and why they have none. */
  undated: { count: number; reason?: string };
}

/** One changelog of the configuration, loaded. */
export interface LoadedChangelog {
  id: string;
  title: string;
  changelog: Changelog;
}

/** The route plan: built as data first, then applied by the plugin in one loop. */
export interface ChangelogRoutePlan {
  indexes: ChangelogIndexData[];
  releases: ReleasePageData[];
  /** The changelogs as read and dated, which the release pages build on (src/plugins/releases). */
  changelogs: readonly LoadedChangelog[];
}

/** The first configured changelog lives at `/changelog`, the others at `/changelog/<id>`. */
export function changelogPermalink(id: string, isPrimary: boolean): string {
  return isPrimary ? CHANGELOG_BASE_PATH : `${CHANGELOG_BASE_PATH}/${id}`;
}

function toView(release: Release, base: string): ReleaseView {
  return {
    version: release.version,
    title: release.title,
    date: release.date,
    dateSource: release.dateSource,
    prerelease: release.prerelease,
    yanked: release.yanked,
    compareUrl: safeHttpUrl(release.compareUrl),
    slug: release.slug,
    permalink: `${base}/${release.slug}`,
    sections: release.sections.map((section) => ({ title: section.title, count: section.entries.length })),
    summary: summaryOf(release),
  };
}

/** Plans every changelog index and release page from the loaded changelogs (releases already newest first). */
export function planChangelogRoutes(loaded: readonly LoadedChangelog[]): ChangelogRoutePlan {
  const plan: ChangelogRoutePlan = { indexes: [], releases: [], changelogs: loaded };
  const links = loaded.map((entry, i) => ({ id: entry.id, title: entry.title, permalink: changelogPermalink(entry.id, i === 0) }));
  loaded.forEach((entry, i) => {
    const base = links[i]!.permalink;
    const views = entry.changelog.releases.map((release) => toView(release, base));
    const published = views.filter((view) => view.version !== UNRELEASED);
    const undated = published.filter((view) => !view.date).length;
    plan.indexes.push({
      id: entry.id,
      title: entry.title,
      permalink: base,
      style: entry.changelog.style,
      releases: views,
      notes: entry.changelog.notes.map((note) => ({ title: note.title, line: note.line, html: renderUntrustedMarkdown(note.markdown) })),
      others: links.filter((link) => link.id !== entry.id),
      // A feed needs dated entries: with none, there is no feed rather than one dated 1970.
      ...(undated < published.length ? { feeds: { rss: `${base}/rss.xml`, atom: `${base}/atom.xml` } } : {}),
      undated: { count: undated, ...(undated > 0 && entry.changelog.undatedReason ? { reason: entry.changelog.undatedReason } : {}) },
    });
    entry.changelog.releases.forEach((release, j) => {
      const newer = views[j - 1];
      const older = views[j + 1];
      plan.releases.push({
        changelog: links[i]!,
        release: views[j]!,
        html: renderUntrustedMarkdown(release.bodyMarkdown),
        newer: newer && { version: newer.version, permalink: newer.permalink },
        older: older && { version: older.version, permalink: older.permalink },
      });
    });
  });
  return plan;
}
