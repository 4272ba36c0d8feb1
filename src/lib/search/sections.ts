/**
 * Which pages the search indexes, and under which section a result is shown.
 * Pure: the site's layout wrapper calls it while rendering each page (server
 * and browser), the search plugin validates the list it is given.
 */

/** One part of the site a search result can belong to, and filter by. */
export interface SearchSection {
  /** Route path of the section without the site's baseUrl, e.g. `/docs` or `/http-api`. */
  path: string;
  /** Name shown next to a result and in the section filter, e.g. `HTTP API`. */
  label: string;
  /**
   * What makes the section's pages, for the pages that only list others: a
   * blog (its root, `/page/<n>`, `/tags`, `/archive` and `/authors` pages), a
   * docs plugin instance (its `/tags` pages), or anything else (every page is
   * content). Default `pages`.
   */
  kind?: 'blog' | 'docs' | 'pages';
}

/**
 * Pages that only list or repeat other pages, by the kind of section, as paths
 * below the section's root: their words are on the pages they link to, so a
 * result there would be a duplicate.
 */
const LISTING_PAGES: Record<NonNullable<SearchSection['kind']>, RegExp[]> = {
  blog: [/^$/, /^\/page\/\d+$/, /^\/tags(\/.*)?$/, /^\/archive$/, /^\/authors(\/.*)?$/],
  docs: [/^\/tags(\/.*)?$/],
  pages: [],
};

/**
 * The section whose pages `pathname` belongs to, or undefined when the page is
 * not indexed: outside every section (the home page, 404) or a listing page.
 * `pathname` is the browser's path, baseUrl included; the longest matching
 * section path wins (`/docs/api` before `/docs`).
 */
export function searchSectionOf(pathname: string, baseUrl: string, sections: readonly SearchSection[]): SearchSection | undefined {
  const base = baseUrl.replace(/\/$/, '');
  if (base !== '' && pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
  const route = normalisePath(pathname.slice(base.length));
  let best: SearchSection | undefined;
  for (const section of sections) {
    const root = normalisePath(section.path);
    if (route !== root && !route.startsWith(`${root}/`)) continue;
    if (!best || root.length > normalisePath(best.path).length) best = section;
  }
  if (!best) return undefined;
  const root = normalisePath(best.path);
  const rest = route.slice(root.length);
  if (LISTING_PAGES[best.kind ?? 'pages'].some((pattern) => pattern.test(rest))) return undefined;
  return best;
}

/** `/docs/` and `docs` to `/docs`; the root to the empty string, so `${root}/` is a prefix. */
function normalisePath(path: string): string {
  const trimmed = `/${path.replace(/^\/+|\/+$/g, '')}`;
  return trimmed === '/' ? '' : trimmed;
}

/**
 * Problems with a section list, one line each (empty when it is usable):
 * paths must be absolute route paths, labels non-empty, both unique.
 */
export function sectionListProblems(sections: readonly SearchSection[]): string[] {
  const problems: string[] = [];
  const seenPaths = new Set<string>();
  const seenLabels = new Set<string>();
  sections.forEach((section, index) => {
    const where = `sections[${index}]`;
    if (typeof section.path !== 'string' || !/^\/[^\s?#]*$/.test(section.path)) {
      problems.push(`${where}.path: got ${JSON.stringify(section.path)}, expected a route path starting with "/"`);
    } else if (seenPaths.has(normalisePath(section.path))) {
      problems.push(`${where}.path: "${section.path}" is listed twice`);
    } else {
      seenPaths.add(normalisePath(section.path));
    }
    if (typeof section.label !== 'string' || section.label.trim() === '' || section.label.includes(',')) {
      // Pagefind reads `section:<label>` from an attribute in which a comma starts the next field.
      problems.push(`${where}.label: got ${JSON.stringify(section.label)}, expected a non-empty name without commas`);
    } else if (seenLabels.has(section.label)) {
      problems.push(`${where}.label: "${section.label}" is listed twice`);
    } else {
      seenLabels.add(section.label);
    }
    if (section.kind !== undefined && !(section.kind in LISTING_PAGES)) {
      problems.push(`${where}.kind: got ${JSON.stringify(section.kind)}, expected "blog", "docs" or "pages"`);
    }
  });
  return problems;
}
