import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page as the written index holds it (its fragment). */
export interface IndexedPage {
  /** Pagefind's URL of the page: its HTML file's path in the build (`/docs/cli.html`). */
  url: string;
  /** The text that was indexed: the page's marked content, without what the excluded selectors matched. */
  content: string;
  /** Meta fields: `title`, `section`. */
  meta: Record<string, string>;
  /** Filter values: `section`. */
  filters: Record<string, string[]>;
}

/** Pagefind's fragment files are gzip; the data starts after this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Reads back every page of a written Pagefind index (`<build>/pagefind`),
 * sorted by URL: what a search can find, for tests and for checking a build.
 */
export async function readIndexedPages(indexDir: string): Promise<IndexedPage[]> {
  const dir = path.join(indexDir, 'fragment');
  const pages: IndexedPage[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.pf_fragment'))) {
    const bytes = gunzipSync(await readFile(path.join(dir, name)));
    const signature = bytes.subarray(0, FRAGMENT_SIGNATURE.length).toString();
    if (signature !== FRAGMENT_SIGNATURE) throw new Error(`${path.join(dir, name)}: not a Pagefind fragment (starts with ${JSON.stringify(signature)})`);
    const fragment = JSON.parse(bytes.subarray(FRAGMENT_SIGNATURE.length).toString()) as IndexedPage;
    pages.push({ url: fragment.url, content: fragment.content, meta: fragment.meta, filters: fragment.filters });
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}
