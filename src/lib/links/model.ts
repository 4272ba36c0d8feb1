/** Types shared by the link extractor, the checker and the reporters. */

/** One URL written in a built file, before it is resolved. */
export interface LinkReference {
  /** The URL exactly as written in the file (entities decoded). */
  url: string;
  /** Where it was written, e.g. `a[href]`, `img[srcset]`, `meta[http-equiv=refresh]`, `rss item>link`. */
  element: string;
  /**
   * The browser fetches it while showing the page (a script, stylesheet, font
   * preload, image, frame...), as opposed to a link the reader may follow.
   */
  loads?: boolean;
  /** URL that relative references in this place resolve against; the page's own URL when absent. */
  base?: string;
}

/** Why an internal link is broken. */
export type BrokenLinkKind =
  /** No file in the build answers the path (`/x` → `x`, `x.html` or `x/index.html`). */
  | 'missing-file'
  /** The target page exists but has no element with the fragment as `id` (or `<a name>`). */
  | 'missing-fragment'
  /** The path is on the site's host but outside its `baseUrl`, so not part of this build. */
  | 'outside-base-url'
  /** The URL cannot be parsed or percent-decoded. */
  | 'malformed-url'
  /** A page loads a script, stylesheet, font, image or frame from another host (privacy, offline use, CSP). */
  | 'external-resource';

/** A link from a built file to something that is not in the build. */
export interface BrokenLink {
  /** What is wrong. */
  kind: BrokenLinkKind;
  /** Path of the file holding the link, relative to the build directory (`docs/cli.html`, `blog/rss.xml`). */
  file: string;
  /** URL path the file is served at (`/docs/cli`, `/blog/rss.xml`). */
  page: string;
  /** The link as written. */
  target: string;
  /** Where it was written, e.g. `img[src]`. */
  element: string;
  /** One sentence: what was looked for and not found. */
  reason: string;
}

/** A link to another host: listed, never fetched. */
export interface ExternalLink {
  /** The URL, as written. */
  url: string;
  /** URL paths of the pages that link to it, sorted. */
  pages: string[];
}

/** What {@link checkBuildLinks} found. */
export interface LinkCheckReport {
  /** Broken internal links, sorted by page then target. */
  broken: BrokenLink[];
  /** Links to other hosts, sorted by URL. */
  external: ExternalLink[];
  /** How much was looked at. */
  counts: {
    /** HTML pages parsed. */
    pages: number;
    /** XML files (feeds, sitemaps) parsed. */
    feeds: number;
    /** Internal links checked (each occurrence). */
    internal: number;
    /** Links to other hosts (each occurrence). */
    external: number;
  };
}

/** Where the build is published: internal links are those under `siteUrl` + `baseUrl`. */
export interface SiteLocation {
  /** Public origin of the site, e.g. `https://docs.example.com` (from `site.url`). */
  siteUrl: string;
  /** Path under the origin, starting and ending with `/` (from `site.baseUrl`). */
  baseUrl: string;
}
