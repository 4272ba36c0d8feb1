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
  const sorted = [...entries].sort((a, b) => b.date.getTime() - a.date.getTime());
  const feed = new Feed({
    title: info.title,
    description: info.description,
    id: info.feedUrl,
    link: info.link,
    copyright: info.copyright,
    updated: sorted[0]?.date ?? new Date(0),
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
