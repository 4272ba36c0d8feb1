/**
 * The reader's last query and section filter, kept for the browser tab
 * (sessionStorage): the navbar, and the search with it, is rendered again on
 * every page, so without this a reader who follows a result and comes back
 * to search finds an empty box. Storage can be unavailable (private modes,
 * disabled cookies): then nothing is remembered and nothing fails.
 */

const KEY = 'portico-search';

/** What is remembered. */
export interface LastSearch {
  query: string;
  section: string;
}

/** The last search of this tab, or an empty one. */
export function readLastSearch(): LastSearch {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as Partial<LastSearch> | null;
    return { query: typeof stored?.query === 'string' ? stored.query : '', section: typeof stored?.section === 'string' ? stored.section : '' };
  } catch {
    return { query: '', section: '' };
  }
}

/** Remembers a search for this tab. */
export function saveLastSearch(search: LastSearch): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(search));
  } catch {
    // Storage full or refused: the next page opens an empty search, as before.
  }
}
