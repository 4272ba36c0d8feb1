/**
 * Route and doc lookups by exact path, for lists that react-router would scan.
 *
 * react-router 5 finds the route of a pathname by testing each route's
 * path-to-regexp pattern in turn (`matchRoutes`, `<Switch>`, `docs.find(matchPath)`):
 * every page of a build scans every route, so the static render grows with
 * pages × routes. A path without parameters can only match a pathname that
 * spells it (case-insensitively), so an index keyed by that spelling gives the
 * few routes that can match; routes whose path has parameters, wildcards or
 * groups (`/:id`, `*`) and routes without a path are always candidates. The
 * caller still tests each candidate, in the list's order, with react-router's
 * own `matchPath`, so the first match (and the match object) is the one the
 * scan would have found.
 */

/** What the index reads of a route or doc: its path pattern and whether it must match the whole pathname. */
export interface PathEntry {
  path?: unknown;
  exact?: boolean;
}

/** Where each entry of a list can match: by the spelling of a static path, or always. */
export interface PathIndex {
  /** Exact routes by the folded spelling of their path, without one trailing slash. */
  exact: Map<string, number[]>;
  /** Non-exact routes by the same key: they match pathnames that start with it at a segment boundary. */
  prefix: Map<string, number[]>;
  /** Routes to test for every pathname: with parameters, wildcards, groups or escapes, an array of paths, or no path. */
  always: number[];
  /** Entries in the list. */
  size: number;
}

/**
 * Characters that make path-to-regexp 1.x read a path as more than literal text:
 * `:name` parameters, `(...)` groups, `*` wildcards and `\` escapes. Anything else
 * (`?` and `+` included, which are modifiers only after a parameter) is matched
 * literally.
 */
const PATTERN_SYNTAX = /[:*()\\]/;

/**
 * The key under which two strings are equal exactly when a case-insensitive,
 * non-Unicode RegExp (path-to-regexp's `i` flag) says their characters are:
 * ECMAScript's Canonicalize, code unit by code unit (upper case unless that
 * takes more than one unit or turns a non-ASCII character into ASCII).
 */
export function foldCase(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toUpperCase();
  let folded = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text[i]!;
    const upper = unit.toUpperCase();
    folded += upper.length !== 1 || (unit.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? unit : upper;
  }
  return folded;
}

/** A path without one trailing slash ('/' becomes ''): the part every match must spell. */
function withoutTrailingSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

function add(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** Indexes a list of routes or docs by path; `describe` says what to read of each (default: the entry itself). */
export function buildPathIndex<T>(entries: readonly T[], describe: (entry: T) => PathEntry = (entry) => entry as PathEntry): PathIndex {
  const index: PathIndex = { exact: new Map(), prefix: new Map(), always: [], size: entries.length };
  entries.forEach((entry, i) => {
    const { path, exact } = describe(entry);
    if (typeof path !== 'string' || path === '' || PATTERN_SYNTAX.test(path)) {
      index.always.push(i);
      return;
    }
    add(exact ? index.exact : index.prefix, foldCase(withoutTrailingSlash(path)), i);
  });
  return index;
}

/**
 * The positions, in list order, of the entries that can match `pathname`; every
 * entry that react-router's `matchPath` would match is among them.
 *
 * A static path P (key K = P without one trailing slash) matches, exact, only
 * K or K + '/' (strict: only P); not exact, only pathnames that start with K
 * followed by '/' or nothing. So K is the pathname itself, the pathname without
 * one trailing slash, or (not exact) the pathname cut before one of its slashes.
 */
export function candidateIndices(index: PathIndex, pathname: string): number[] {
  const folded = foldCase(pathname);
  const found: number[] = [...index.always];
  const exactKeys = folded.endsWith('/') ? [folded, folded.slice(0, -1)] : [folded];
  for (const key of exactKeys) found.push(...(index.exact.get(key) ?? []));
  if (index.prefix.size > 0) {
    for (let i = folded.indexOf('/'); i !== -1; i = folded.indexOf('/', i + 1)) found.push(...(index.prefix.get(folded.slice(0, i)) ?? []));
    found.push(...(index.prefix.get(folded) ?? []));
  }
  // A pathname ending in '/' gives its last key twice (cut before the slash); keep each position once.
  return found.length > 1 ? [...new Set(found)].sort((a, b) => a - b) : found;
}

/**
 * A lookup over lists that are built once and read many times (the route
 * table, a version's docs): each list is indexed on first use and the index
 * kept as long as the list lives.
 */
export function createPathLookup<T>(describe?: (entry: T) => PathEntry) {
  const indexes = new WeakMap<readonly T[], PathIndex>();
  const indexOf = (entries: readonly T[]): PathIndex => {
    let index = indexes.get(entries);
    // A list that grew or shrank since it was indexed (never the case for generated routes) is indexed again.
    if (!index || index.size !== entries.length) {
      index = buildPathIndex(entries, describe);
      indexes.set(entries, index);
    }
    return index;
  };
  /**
   * The first entry, in list order, for which `test` returns a match, with
   * that match and its position; `test` is only called for candidates of `pathname`.
   */
  return function findFirst<M>(entries: readonly T[], pathname: string, test: (entry: T) => M | null | undefined): { entry: T; index: number; match: M } | undefined {
    for (const index of candidateIndices(indexOf(entries), pathname)) {
      const entry = entries[index]!;
      const match = test(entry);
      if (match) return { entry, index, match };
    }
    return undefined;
  };
}
