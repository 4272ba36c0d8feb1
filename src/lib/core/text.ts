/**
 * The words every message uses for counts, values and numbers, in one place so
 * that a count or a value reads the same in every command, page and error
 * (issue 25). Pure and free of Node imports: components may import it too.
 */

/**
 * `1 file`, `2 files`, `0 files`; a count with its noun, in the one form every message uses.
 *
 * @param pluralNoun - The plural when it is not the noun plus "s" (`match` → `matches`).
 */
export function plural(count: number, noun: string, pluralNoun: string = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : pluralNoun}`;
}

/** How long a string value may be in a message before it is cut with "...". */
const MAX_SHOWN_STRING = 60;

/**
 * A short description of a value for "got X, expected Y" messages:
 * `"ms"`, `-3`, `true`, `null`, `nothing`, `an empty list`, `a list of 2 items`, `an object`.
 * A date (as YAML front matter reads `2026-02-01`) is shown as its ISO day.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > MAX_SHOWN_STRING ? `${value.slice(0, MAX_SHOWN_STRING - 3)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${plural(value.length, 'item')}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'an object';
}

/** `7` → `0007`: an RFC number as file names, titles and links write it. */
export function padRfcNumber(value: number): string {
  return String(value).padStart(4, '0');
}

/**
 * `https://docs.example.com/portal`: the site's URL and base URL as one origin
 * with no trailing slash, to which a permalink (`/rfcs/0001`) is appended.
 */
export function siteOrigin(site: { url: string; baseUrl: string }): string {
  return `${site.url}${site.baseUrl}`.replace(/\/+$/, '');
}
