// Stands in for @docusaurus/core/lib/client/prefetch.js in the client bundle (see ./index.ts):
// same contract (resolves when the hint is done, never rejects), one hint per URL, appended a few
// at a time when the main thread is idle.

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

/**
 * Hints appended per task. Appending a `<link rel="prefetch">` costs the main thread a few
 * milliseconds each (most of it in `appendChild`), and the links that scroll into view are
 * prefetched together, from one intersection-observer task: on the RFC index about 20 hints were
 * one 90 ms task with a 4x CPU slowdown. Queued and appended a few per idle period, they are
 * short tasks that wait for the page's own work.
 */
const HINTS_PER_TASK = 3;

/** @type {(() => void)[]} */
const queue = [];
let flushScheduled = false;

function scheduleFlush() {
  if (flushScheduled) return;
  flushScheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: 2000 });
  else setTimeout(flush, 0);
}

function flush() {
  flushScheduled = false;
  for (let i = 0; i < HINTS_PER_TASK && queue.length > 0; i += 1) queue.shift()();
  if (queue.length > 0) scheduleFlush();
}

/** @param {string} url */
function hint(url) {
  if (typeof document === 'undefined') return Promise.resolve();
  if (!supportsLinkPrefetch()) {
    return fetch(url, { credentials: 'include' }).then(() => undefined);
  }
  return new Promise((resolve, reject) => {
    queue.push(() => {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = url;
      link.onload = () => resolve();
      link.onerror = () => reject(new Error(`prefetch failed: ${url}`));
      (document.head ?? document.documentElement).appendChild(link);
    });
    scheduleFlush();
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
