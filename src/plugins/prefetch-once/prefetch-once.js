// Stands in for @docusaurus/core/lib/client/prefetch.js in the client bundle (see ./index.ts):
// same contract (resolves when the hint is done, never rejects), one hint per URL.

/** @type {Map<string, Promise<void>>} */
const hinted = new Map();

/** Whether this browser supports `<link rel="prefetch">` (Safari does not: fetch instead). */
function supportsLinkPrefetch() {
  try {
    return document.createElement('link').relList.supports('prefetch');
  } catch {
    return false;
  }
}

/** @param {string} url */
function hint(url) {
  if (typeof document === 'undefined') return Promise.resolve();
  if (!supportsLinkPrefetch()) {
    return fetch(url, { credentials: 'include' }).then(() => undefined);
  }
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`prefetch failed: ${url}`));
    (document.head ?? document.documentElement).appendChild(link);
  });
}

/**
 * @param {string} url a chunk's URL
 * @returns {Promise<void>}
 */
export default function prefetch(url) {
  let pending = hinted.get(url);
  if (!pending) {
    // A failed hint is only a missed optimisation; the chunk loads normally when needed.
    pending = hint(url).catch(() => undefined);
    hinted.set(url, pending);
  }
  return pending;
}
