import { Feed } from 'feed';

/** One entry of a generated feed. Text fields are plain text; the feed library escapes them. */
export interface FeedEntry {
  /** Stable, unique id; a new id is a new entry for feed readers. */
  id: string;
  /** Entry title. */
  title: string;
  /** Absolute URL of the page the entry is about. */
  link: string;
  /** When the entry happened. */
  date: Date;
  /** Short plain-text summary. */
  description?: string;
  /** Author names. */
  authors?: readonly string[];
}

/** Everything a feed needs besides its entries. */
export interface FeedInfo {
  /** Feed title. */
  title: string;
  /** Feed description. */
  description: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself (the Atom file), used as its id. */
  feedUrl: string;
  /** Copyright line. */
  copyright: string;
}

/**
 * Renders the same entries as RSS 2.0 and Atom 1.0 documents, newest first.
 * The feed's own date is its newest entry's; an entry with an invalid date is
 * a bug of the caller and throws.
 * Uses the `feed` package (the one Docusaurus' blog uses) so escaping and
 * date formats follow the specs.
 */
export function renderFeeds(
  info: FeedInfo,
  entries: readonly FeedEntry[],
): {
  /** The RSS 2.0 document. */
  rss: string;
  /** The Atom 1.0 document. */
  atom: string;
} {
  for (const entry of entries) {
    if (Number.isNaN(entry.date.getTime())) throw new TypeError(`feed entry ${entry.id} has an invalid date`);
  }
  const sorted = [...entries].sort((a, b) => b.date.getTime() - a.date.getTime());
  const feed = new Feed({
    title: info.title,
    description: info.description,
    id: info.feedUrl,
    link: info.link,
    copyright: info.copyright,
    // The newest entry's date. With no entry the feed library uses the time of the build, never 1970.
    updated: sorted[0]?.date,
    feedLinks: { atom: info.feedUrl },
  });
  for (const entry of sorted) {
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: entry.date,
      description: entry.description,
      author: entry.authors?.map((name) => ({ name })),
    });
  }
  return { rss: feed.rss2(), atom: feed.atom1() };
}
