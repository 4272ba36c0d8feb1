// The client's route table (see ./index.ts): one array, the one App.js renders and preload, prefetch and
// normalizeLocation match against, holding the core routes from the start and each section's routes once
// its chunk has loaded, every route at its position in Docusaurus' generated order. Client bundle only.
import { sectionKeyOf } from './section-key.ts';

/** @type {object[]} the route objects, in generated order */
const routes = [];
/** @type {number[]} the generated position of each entry of `routes` */
const positions = [];
/** @type {Record<string, () => Promise<{ default: [number, object][] }>>} */
let loaders = {};
let base = '/';
/** @type {Map<string, Promise<void>>} sections loaded or loading */
const pending = new Map();
/** @type {Set<string>} sections whose routes are in the table */
const present = new Set();

/** Merges `[position, route]` pairs (in position order) into the table, keeping generated order. */
function insert(entries) {
  const mergedRoutes = [];
  const mergedPositions = [];
  let i = 0;
  for (const [position, route] of entries) {
    while (i < positions.length && positions[i] < position) {
      mergedRoutes.push(routes[i]);
      mergedPositions.push(positions[i]);
      i += 1;
    }
    mergedRoutes.push(route);
    mergedPositions.push(position);
  }
  for (; i < positions.length; i += 1) {
    mergedRoutes.push(routes[i]);
    mergedPositions.push(positions[i]);
  }
  // The same array object: App.js rendered it once, at start-up.
  routes.length = 0;
  positions.length = 0;
  for (let j = 0; j < mergedRoutes.length; j += 1) {
    routes.push(mergedRoutes[j]);
    positions.push(mergedPositions[j]);
  }
}

/**
 * Fills the table with the core routes and keeps the section index. Called once, by the module that
 * replaces .docusaurus/routes.js; returns the table it exports.
 *
 * @param {string} baseUrl
 * @param {[number, object][]} core
 * @param {Record<string, () => Promise<{ default: [number, object][] }>>} sections
 */
export function createRouteTable(baseUrl, core, sections) {
  base = baseUrl;
  loaders = sections;
  insert(core);
  return routes;
}

/** The section keys of `pathnames` that have a chunk. */
function sectionsOf(pathnames) {
  const keys = new Set();
  for (const pathname of pathnames) {
    const key = sectionKeyOf(pathname, base);
    if (key !== undefined && Object.prototype.hasOwnProperty.call(loaders, key)) keys.add(key);
  }
  return keys;
}

/** Whether the routes that can match `pathname` are all in the table (no section chunk to load first). */
export function hasRoutesFor(pathname) {
  for (const key of sectionsOf([pathname])) if (!present.has(key)) return false;
  return true;
}

/**
 * Loads the section chunks of `pathnames` (a pathname and its decoded form) that are not in the table
 * yet; resolves once their routes are. A chunk that fails to load is tried again on the next call, and
 * the rejection reaches the caller (PendingNavigation then reloads the page, as for any chunk).
 *
 * @param {string[]} pathnames
 * @returns {Promise<void>}
 */
export function ensureRoutes(pathnames) {
  const waits = [];
  for (const key of sectionsOf(pathnames)) {
    if (present.has(key)) continue;
    let wait = pending.get(key);
    if (!wait) {
      wait = loaders[key]().then(
        (module) => {
          if (!present.has(key)) {
            present.add(key);
            insert(module.default);
          }
        },
        (error) => {
          pending.delete(key);
          throw error;
        },
      );
      pending.set(key, wait);
    }
    waits.push(wait);
  }
  return waits.length === 0 ? Promise.resolve() : Promise.all(waits).then(() => undefined);
}
