import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

/** Docusaurus core's client helper that adds one `<link rel="prefetch">` per chunk URL it is given. */
export const CORE_PREFETCH_MODULE = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/;

/** Portico's replacement: the same hint, given once per URL. */
export const PREFETCH_ONCE_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prefetch-once.js');

/**
 * Hints each chunk to the browser once per page view.
 *
 * Docusaurus prefetches the chunks of every internal link that scrolls into
 * view, deduplicating by route but not by chunk: doc routes share most of
 * their chunks (the doc page layout, the sidebar, the version data), so each
 * visible link appended the same `<link rel="prefetch">` elements again. On
 * the embedded portal's getting-started page that was 206 link elements for 20
 * distinct URLs; on the RFC index 139 for 16. Appending them was one long task
 * on the main thread right after hydration (about 140 ms of the 4x-throttled
 * profile at 8x slowdown, docs/performance.md#prefetch-once). The replacement
 * module keeps the first promise per URL and returns it for repeats, so the
 * browser still prefetches every chunk, once.
 */
export default function prefetchOncePlugin(): Plugin {
  return {
    name: 'portico-prefetch-once',
    configureWebpack(_config, isServer, { currentBundler }) {
      // Prefetching only happens in the browser; the server bundle never calls it.
      if (isServer) return {};
      // Matched on the resolved file (the core imports it as './prefetch'), for Rspack and webpack alike.
      return { plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(CORE_PREFETCH_MODULE, PREFETCH_ONCE_MODULE)] };
    },
  };
}
