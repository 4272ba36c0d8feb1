// The pure part of the route-split plugin (see ./index.ts): reads the route table Docusaurus generated
// (.docusaurus/routes.js, registry.js, routesChunkNames.json) and splits it by section; renders the
// modules the client bundle loads instead. No Docusaurus import: unit-tested in test/unit/route-split/.
import { sectionKeyOf } from './section-key.ts';

/** One top-level route of routes.js, as its source text, with what it needs from the other two files. */
export interface TopLevelRoute {
  /** Its position in the generated array: the router tests routes in this order. */
  position: number;
  /** Its `path`, unescaped. */
  path: string;
  /** The object literal, exactly as Docusaurus wrote it (its `ComponentCreator(path, hash)` calls included). */
  source: string;
  /** The routesChunkNames keys (`${path}-${hash}`) of it and its nested routes. */
  keys: string[];
}

/** A section: the top-level routes under one first path segment, with their chunk names and registry entries. */
export interface RouteSection {
  /** The section key (./section-key.ts): the folded first segment, `DOCS` for `/docs/...`. */
  key: string;
  /** A file-name-safe id, unique among the sections, for the module and chunk name. */
  id: string;
  routes: TopLevelRoute[];
  chunkNames: Record<string, unknown>;
  /** Registry entries used by this section only: chunk name → the entry's source (`[() => import(...), ...]`). */
  registry: Record<string, string>;
}

export interface SplitRouteTable {
  baseUrl: string;
  /** Routes every page needs: the base URL's own, those whose first segment is a pattern, the catch-all `*`. */
  core: Omit<RouteSection, 'key' | 'id'>;
  sections: RouteSection[];
}

const COMPONENT_CREATOR = /ComponentCreator\('((?:[^'\\]|\\.)*)'(?:, '([^']*)')?\)/g;

function unescapePath(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/**
 * The top-level routes of a routes.js as codegenRoutes.js (Docusaurus 3.10) writes it: `export default [`,
 * then each route object opening with a two-space `{` and closing with a two-space `}` or `},`, deeper
 * lines indented further (attribute values are JSON, so no line break inside a value), then `];`.
 * Throws when the file does not have that shape.
 */
export function parseTopLevelRoutes(source: string): TopLevelRoute[] {
  const lines = source.split('\n');
  const start = lines.indexOf('export default [');
  const end = lines.lastIndexOf('];');
  if (start === -1 || end < start) throw new Error('routes.js: expected `export default [` ... `];`');
  const routes: TopLevelRoute[] = [];
  let open: string[] | undefined;
  for (const line of lines.slice(start + 1, end)) {
    if (open === undefined) {
      if (line !== '  {') throw new Error(`routes.js: expected a route object at two spaces, found ${JSON.stringify(line)}`);
      open = [line];
      continue;
    }
    if (line === '  }' || line === '  },') {
      open.push('  }');
      const text = open.join('\n');
      const pathLine = /^ {4}path: '((?:[^'\\]|\\.)*)',?$/m.exec(text);
      if (!pathLine) throw new Error(`routes.js: route ${routes.length} has no path`);
      const keys = [...text.matchAll(COMPONENT_CREATOR)].map((m) => (m[2] === undefined ? unescapePath(m[1]!) : `${unescapePath(m[1]!)}-${m[2]}`));
      routes.push({ position: routes.length, path: unescapePath(pathLine[1]!), source: text.replace(/^ {2}/gm, ''), keys });
      open = undefined;
      continue;
    }
    if (!line.startsWith('    ')) throw new Error(`routes.js: unexpected line in route ${routes.length}: ${JSON.stringify(line)}`);
    open.push(line);
  }
  if (open !== undefined) throw new Error('routes.js: last route object not closed');
  return routes;
}

/** The entries of a registry.js as Docusaurus writes it: one `  "name": [...],` line each, the last ending `],};`. */
export function parseRegistry(source: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const entry = /^ {2}("(?:[^"\\]|\\.)*"): (\[.*\]),?(?:\};)?$/.exec(line);
    if (entry) entries[JSON.parse(entry[1]!) as string] = entry[2]!;
  }
  return entries;
}

/** Every chunk name (string leaf) of a routesChunkNames entry (`{ __comp, __context: { plugin }, ... }`). */
export function chunkNamesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(chunkNamesOf);
  return [];
}

/** An id for a section key usable in a file and chunk name: lower case, `[a-z0-9-]`, unique. */
function sectionIds(keys: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const key of keys) {
    const base = key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    ids.set(key, id);
  }
  return ids;
}

/**
 * Splits the route table by section (the first path segment after the base URL). Each route keeps its
 * position, its chunk names go with it, and a registry entry goes to the one section that uses it or,
 * when the core or several sections use it, stays in the core registry.
 */
export function splitRouteTable(routesJs: string, routesChunkNames: Record<string, unknown>, registryJs: string, baseUrl: string): SplitRouteTable {
  const routes = parseTopLevelRoutes(routesJs);
  const registry = parseRegistry(registryJs);
  const bySection = new Map<string | undefined, TopLevelRoute[]>();
  for (const route of routes) {
    // The catch-all `*` has no section; neither do the base URL's routes and pattern segments.
    const key = route.path === '*' ? undefined : sectionKeyOf(route.path, baseUrl);
    const list = bySection.get(key);
    if (list) list.push(route);
    else bySection.set(key, [route]);
  }
  const users = new Map<string, Set<string | undefined>>();
  for (const [key, list] of bySection) {
    for (const route of list) {
      for (const routeKey of route.keys) {
        for (const chunkName of chunkNamesOf(routesChunkNames[routeKey])) {
          const set = users.get(chunkName) ?? new Set();
          set.add(key);
          users.set(chunkName, set);
        }
      }
    }
  }
  const partOf = (key: string | undefined) => {
    const list = bySection.get(key) ?? [];
    const chunkNames: Record<string, unknown> = {};
    for (const route of list) for (const routeKey of route.keys) if (routeKey in routesChunkNames) chunkNames[routeKey] = routesChunkNames[routeKey];
    const own: Record<string, string> = {};
    return { routes: list, chunkNames, registry: own };
  };
  const core = partOf(undefined);
  const keys = [...bySection.keys()].filter((key): key is string => key !== undefined);
  const ids = sectionIds(keys);
  const sections: RouteSection[] = keys.map((key) => ({ key, id: ids.get(key)!, ...partOf(key) }));
  const sectionOf = new Map(sections.map((section) => [section.key, section]));
  for (const [chunkName, entry] of Object.entries(registry)) {
    const usedBy = users.get(chunkName);
    const only = usedBy?.size === 1 ? [...usedBy][0] : undefined;
    const section = only === undefined ? undefined : sectionOf.get(only);
    (section ?? core).registry[chunkName] = entry;
  }
  return { baseUrl, core, sections };
}

/** The route objects of a part as `[position, route]` pairs, one per line group. */
function routeEntries(routes: readonly TopLevelRoute[]): string {
  return routes.map((route) => `[${route.position}, ${route.source.replace(/\n/g, '\n  ')}]`).join(',\n  ');
}

function registrySource(registry: Record<string, string>): string {
  return `{\n${Object.entries(registry)
    .map(([name, entry]) => `  ${JSON.stringify(name)}: ${entry},`)
    .join('\n')}\n}`;
}

/** The module files that replace routes.js, registry.js and routesChunkNames.json in the client bundle. */
export interface RouteSplitModules {
  /** Replaces routes.js: the core routes and the section index (section key → chunk loader). */
  routes: string;
  /** Replaces registry.js: the core entries, in an object the sections add theirs to. */
  registry: string;
  /** Replaces routesChunkNames.json (JSON, as the module type was chosen for it): the core routes' entries, in an object the sections add theirs to. */
  chunkNames: string;
  /** `sections/<id>.js` of each section. */
  sections: Record<string, string>;
}

/** The chunk name of a section's module: its script is `assets/js/<chunk name>.<hash>.js`. */
export function sectionChunkName(id: string): string {
  return `routes-${id}`;
}

/**
 * Renders the split table as modules. `routeTableModule` is the absolute path of ./route-table.js (the
 * client store the modules fill), written into the imports.
 */
export function renderRouteSplitModules(split: SplitRouteTable, routeTableModule: string): RouteSplitModules {
  const table = JSON.stringify(routeTableModule);
  const loaders = split.sections
    .map((section) => `  ${JSON.stringify(section.key)}: () => import(/* webpackChunkName: ${JSON.stringify(sectionChunkName(section.id))} */ ${JSON.stringify(`./sections/${section.id}.js`)}),`)
    .join('\n');
  const routes = `import ComponentCreator from '@docusaurus/ComponentCreator';
import { createRouteTable } from ${table};

// Generated by Portico's route-split plugin from .docusaurus/routes.js: the routes every page needs,
// and the section index (first path segment -> that section's routes, loaded on demand).
export default createRouteTable(${JSON.stringify(split.baseUrl)}, [
  ${routeEntries(split.core.routes)}
], {
${loaders}
});
`;
  const sections: Record<string, string> = {};
  for (const section of split.sections) {
    sections[section.id] = `import ComponentCreator from '@docusaurus/ComponentCreator';
import registry from '@generated/registry';
import routesChunkNames from '@generated/routesChunkNames';

// Generated by Portico's route-split plugin: the routes under ${JSON.stringify(section.key)}, with their
// chunk names and the registry entries no other section uses.
Object.assign(registry, ${registrySource(section.registry)});
Object.assign(routesChunkNames, ${JSON.stringify(section.chunkNames)});

export default [
  ${routeEntries(section.routes)}
];
`;
  }
  return {
    routes,
    registry: `// Generated by Portico's route-split plugin: the registry entries of the core routes and of several sections.\nexport default ${registrySource(split.core.registry)};\n`,
    chunkNames: `${JSON.stringify(split.core.chunkNames)}\n`,
    sections,
  };
}

/** The client manifest's parts {@link addSectionScripts} reads (`.docusaurus/client-manifest.json`). */
interface ManifestChunks {
  origins: Record<string, (string | number)[]>;
  assets: Record<string, { js?: { publicPath?: string; file: string }[] }>;
}

/**
 * Adds, in front of each page path's route scripts (src/lib/built-site/route-scripts.ts), the script of
 * its route-table section: the client loads it before the route's chunks. Sections are found from the same
 * generated files the plugin split; a build without the plugin has no `routes-<id>` chunk in its manifest
 * and is left as it is.
 */
export function addSectionScripts(routeScripts: Record<string, string[]>, split: SplitRouteTable, manifest: ManifestChunks): void {
  const byKey = new Map<string, string[]>();
  for (const section of split.sections) {
    const urls = (manifest.origins[sectionChunkName(section.id)] ?? []).flatMap((id) => (manifest.assets[String(id)]?.js ?? []).map((js) => js.publicPath ?? `${split.baseUrl}${js.file}`));
    if (urls.length > 0) byKey.set(section.key, urls);
  }
  if (byKey.size === 0) return;
  for (const [pagePath, scripts] of Object.entries(routeScripts)) {
    const key = sectionKeyOf(pagePath, split.baseUrl);
    const urls = key === undefined ? undefined : byKey.get(key);
    if (urls) routeScripts[pagePath] = [...urls.filter((url) => !scripts.includes(url)), ...scripts];
  }
}
