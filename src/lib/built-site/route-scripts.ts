import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PortalError } from '../errors.js';

/**
 * Where the build keeps, for each page path, the scripts of its route's own
 * chunks: Docusaurus names only runtime~main.js and main.js in a page's HTML
 * (its client manifest keys chunks by chunk name while the server render
 * reports module paths, so `getBundles` finds the entry points only), and the
 * client loads the route's chunks after main.js has run, before it hydrates.
 * `portal check scripts` counts them from this file.
 */
export const ROUTE_SCRIPTS_FILE = '.portico/route-scripts.json';

/** The content of {@link ROUTE_SCRIPTS_FILE}. */
export interface RouteScripts {
  version: 1;
  /** Script URLs (as `publicPath`, base URL included) of each page path's route chunks, in load order. */
  routes: Record<string, string[]>;
}

/** One route of `.docusaurus/routes.js`: its path, its key in routesChunkNames.json, its child routes. */
export interface GeneratedRoute {
  path: string;
  /** `${path}-${hash}`, as `ComponentCreator(path, hash)` names it (the catch-all `*` has no hash). */
  key: string;
  exact: boolean;
  routes: GeneratedRoute[];
}

/**
 * Reads the route tree Docusaurus generates in `.docusaurus/routes.js`: an
 * array of `{ path, component: ComponentCreator(path, hash), exact, routes }`
 * objects, one property per line. Throws when the file does not have that shape.
 */
export function parseGeneratedRoutes(source: string): GeneratedRoute[] {
  const root: GeneratedRoute[] = [];
  const lists: GeneratedRoute[][] = [root];
  const open: GeneratedRoute[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '{') {
      const route: GeneratedRoute = { path: '', key: '', exact: false, routes: [] };
      lists.at(-1)!.push(route);
      open.push(route);
      continue;
    }
    const current = open.at(-1);
    if (!current) continue;
    // The catch-all route has no hash: `ComponentCreator('*')`.
    const component = /^component: ComponentCreator\((['"])(.*?)\1(?:, (['"])(.*)\3)?\),?$/.exec(line);
    if (component) current.key = component[4] === undefined ? component[2]! : `${component[2]}-${component[4]}`;
    else if (/^path: /.test(line)) current.path = line.replace(/^path: (['"])(.*)\1,?$/, '$2');
    else if (/^exact: true,?$/.test(line)) current.exact = true;
    else if (line === 'routes: [') lists.push(current.routes);
    else if (/^\],?$/.test(line)) lists.pop();
    else if (/^\},?$/.test(line)) open.pop();
  }
  if (open.length !== 0 || lists.length !== 1 || root.some((route) => !route.key)) throw new Error('routes.js: not the route tree Docusaurus generates');
  return root;
}

/** The client manifest's parts this reads (`.docusaurus/client-manifest.json`). */
export interface ClientManifest {
  entrypoints: string[];
  origins: Record<string, (string | number)[]>;
  assets: Record<string, { js?: { publicPath?: string; file: string }[] }>;
}

/** Every string leaf of a routesChunkNames entry (`{ __comp, __context: { plugin }, ... }`). */
function chunkNamesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(chunkNamesOf);
  return [];
}

/**
 * For each page route (a leaf of the tree), the script URLs of the chunks the
 * client loads for it and its parent layout routes before hydrating: each
 * chunk name of routesChunkNames.json, through the manifest's origins, to its
 * chunks' files. Entry chunks (runtime~main, main) are left out: the HTML names them.
 */
export function planRouteScripts(routes: readonly GeneratedRoute[], routesChunkNames: Record<string, unknown>, manifest: ClientManifest, baseUrl = '/'): RouteScripts {
  const entryIds = new Set(manifest.entrypoints.flatMap((name) => (manifest.origins[name] ?? []).map(String)));
  const out: Record<string, string[]> = {};
  const visit = (route: GeneratedRoute, ancestors: readonly string[]) => {
    const keys = [...ancestors, route.key];
    if (route.routes.length > 0) {
      for (const child of route.routes) visit(child, keys);
      return;
    }
    const urls = new Set<string>();
    for (const key of keys) {
      for (const chunkName of chunkNamesOf(routesChunkNames[key])) {
        for (const id of manifest.origins[chunkName] ?? []) {
          if (entryIds.has(String(id))) continue;
          for (const js of manifest.assets[String(id)]?.js ?? []) urls.add(js.publicPath ?? `${baseUrl}${js.file}`);
        }
      }
    }
    // The first route of a path wins, as the router matches it first.
    out[route.path] ??= [...urls];
  };
  for (const route of routes) visit(route, []);
  return { version: 1, routes: out };
}

/** {@link ROUTE_SCRIPTS_FILE} of a build, or `undefined` when the build has none (a plain Docusaurus build). */
export function readRouteScripts(buildDir: string): RouteScripts | undefined {
  const file = path.join(buildDir, ROUTE_SCRIPTS_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as RouteScripts;
    if (value.version !== 1 || typeof value.routes !== 'object') throw new Error('expected { version: 1, routes: {...} }');
    return value;
  } catch (error) {
    throw new PortalError(`Cannot read ${file}`, 2, [`${file}: ${error instanceof Error ? error.message : String(error)}; build the site again`]);
  }
}
