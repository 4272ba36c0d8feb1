/**
 * Turning a Pagefind result into what the search box shows: the page's path
 * on this site and the excerpt as text with its matches marked. Pure, for the
 * browser.
 */

/**
 * The site path of a Pagefind result. Pagefind names a page by its file in
 * the build (`/docs/cli.html#build`, `/` for `index.html`); the site serves it
 * without `.html` (trailingSlash: false) under its baseUrl.
 */
export function resultPath(pagefindUrl: string, baseUrl: string): string {
  const hashAt = pagefindUrl.indexOf('#');
  const file = hashAt === -1 ? pagefindUrl : pagefindUrl.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : pagefindUrl.slice(hashAt);
  let route = file.replace(/\.html$/, '').replace(/\/index$/, '/');
  if (route.length > 1) route = route.replace(/\/+$/, '');
  if (!route.startsWith('/')) route = `/${route}`;
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}${route === '/' && base !== '' ? '/' : route}${hash}`;
}

/** A piece of an excerpt: plain text, or a match of the query. */
export interface ExcerptSegment {
  /** The page's text as written; rendered as text, never as HTML. */
  text: string;
  /** Whether Pagefind marked it as matching the query. */
  match: boolean;
}

/**
 * Pagefind escapes `<` and `>` of the page's text (and only those) before it
 * inserts `<mark>`, so those two are what to undo; an `&` in the text is as written.
 */
function unescapeAngleBrackets(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Splits Pagefind's excerpt (escaped page text with `<mark>` around matches)
 * into segments, so it can be rendered as text: any other markup in it stays
 * visible text instead of becoming elements.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let match = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') match = true;
    else if (part === '</mark>') match = false;
    else if (part !== '') {
      const text = unescapeAngleBrackets(part);
      const last = segments.at(-1);
      if (last && last.match === match) last.text += text;
      else segments.push({ text, match });
    }
  }
  return segments;
}

/** The part of Pagefind's `result.data()` the search box reads. */
export interface PagefindResultData {
  /** The page's URL as Pagefind names it (see `resultPath`). */
  url: string;
  /** The page's excerpt around the best matches, escaped, with `<mark>`. */
  excerpt: string;
  /** `title` (the page's first heading) and `section` (from the layout's marker). */
  meta: Record<string, string | undefined>;
  /** The page's parts under each heading that match, in page order. */
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One result as the search box shows it. */
export interface SearchResultView {
  /** Site path to go to, baseUrl included, with the heading's fragment when one part of the page matched best. */
  path: string;
  /** The page's title. */
  title: string;
  /** The heading of the part that matched best, when it is not the page's title. */
  heading?: string;
  /** The page's section (`Docs`, `API`, `HTTP API`, ...). */
  section?: string;
  /** The excerpt to show, as segments. */
  excerpt: ExcerptSegment[];
}

/** How many matches Pagefind marked in an excerpt. */
function markCount(excerpt: string): number {
  return excerpt.split('<mark>').length - 1;
}

/**
 * What to show for a result: the first part of the page (under a heading)
 * with the most matches, when it has at least as many as the page's own
 * excerpt, so a query for one method of a long API page leads to that
 * method's heading; otherwise the page with its excerpt.
 */
export function resultView(data: PagefindResultData, baseUrl: string): SearchResultView {
  const title = data.meta.title?.trim() || resultPath(data.url, baseUrl);
  let best: { url: string; excerpt: string; heading?: string } = { url: data.url, excerpt: data.excerpt };
  let bestMarks = markCount(data.excerpt) - 1;
  for (const part of data.sub_results ?? []) {
    const marks = markCount(part.excerpt);
    if (marks <= bestMarks) continue;
    const anchored = part.url.includes('#');
    best = { url: anchored ? part.url : data.url, excerpt: part.excerpt, heading: anchored && part.title.trim() !== title ? part.title.trim() : undefined };
    bestMarks = marks;
  }
  return { path: resultPath(best.url, baseUrl), title, heading: best.heading, section: data.meta.section, excerpt: excerptSegments(best.excerpt) };
}
