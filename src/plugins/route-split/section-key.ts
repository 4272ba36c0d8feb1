// Which section of the route table a path belongs to, the same at build time (src/plugins/route-split/split.ts
// assigns each top-level route to one) and in the browser (./route-table.js finds the section of a pathname).
import { foldCase } from '../../lib/routes/exact-lookup.ts';

/** Characters that make a route path segment a pattern (`:id`, `*`, groups, escapes), as exact-lookup reads them. */
const PATTERN_SYNTAX = /[:*()\\]/;

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The section key of a route path or a pathname: its first segment after the base URL, decoded and
 * case-folded as react-router's case-insensitive matching compares it (`/Docs/x` and `/docs` share a
 * key). `undefined` for the base URL itself, a path outside the base URL, and a first segment that is a
 * pattern: such routes stay in the main bundle's table, as they can match a pathname of any section.
 */
export function sectionKeyOf(path: string, baseUrl: string): string | undefined {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const folded = foldCase(path);
  if (!folded.startsWith(foldCase(base))) return undefined;
  const segment = path.slice(base.length).split('/')[0] ?? '';
  if (segment === '' || PATTERN_SYNTAX.test(segment)) return undefined;
  return foldCase(decodeSafely(segment));
}
