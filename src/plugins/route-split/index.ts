import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { renderRouteSplitModules, splitRouteTable } from './split.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Docusaurus core's client preload helper (matches the pathname's routes, loads their components). */
export const CORE_PRELOAD_MODULE = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]preload\.js$/;

/** Portico's preload: loads the pathname's route-table section first. */
export const SPLIT_PRELOAD_MODULE = path.join(here, 'preload.js');

/** The client store the generated modules fill. */
export const ROUTE_TABLE_MODULE = path.join(here, 'route-table.js');

/** Where the generated modules go, under the site's generated files folder. */
export const ROUTE_SPLIT_DIR = 'portico-route-split';

/**
 * The Docusaurus 3.10.2 files this plugin relies on, as they were read when it was written: the one it
 * replaces (preload.js), the code generator whose output it parses (codegenRoutes.js), and the client
 * modules whose use of the route table it counts on (the table and the registry and chunk-name objects
 * read at call time, preload before hydration and before a navigation renders). Any change, even a
 * patch release, must be read before the split is trusted again.
 */
const PINNED: [file: string, sha256: string][] = [
  ['lib/client/preload.js', '8c1e3de18d307e2fb4aee43f765f1d06b05357889b9923467bef44a358683542'],
  ['lib/server/codegen/codegenRoutes.js', '6bdf7133ebc411f96e918619faf14543239e27adebe60f4bbb081a392349689c'],
  ['lib/client/exports/ComponentCreator.js', '5f99bdbd725f6e0b2943d25f99c93205952e9b45ac78c76b63f62a767bbba363'],
  ['lib/client/docusaurus.js', 'b0d1dbdc1e3a706fe1ffd91c726d8348c5e4ed6ac95a716f549eb58127a4b202'],
  ['lib/client/App.js', '1442f48492b535165d7e2767d4d1615713bb517a883c5142113740aaef086cba'],
  ['lib/client/normalizeLocation.js', '2759003e81bfa6c32540f148b51ed629bd449b8b0bec6c0a0817247a56eb588e'],
  ['lib/client/clientEntry.js', 'a9d6514eaf79c05c7d5275b5139298a5467c1c8339ab8a887c5d8ba61aff9871'],
];

/** Problems that make the split unsafe: a pinned file of @docusaurus/core that is missing or changed. Empty when all is as expected. */
export function checkPinnedFiles(coreDir = path.dirname(require.resolve('@docusaurus/core/package.json'))): string[] {
  const problems: string[] = [];
  for (const [file, sha256] of PINNED) {
    const full = path.join(coreDir, file);
    if (!existsSync(full)) {
      problems.push(`${full}: not found`);
      continue;
    }
    const actual = createHash('sha256').update(readFileSync(full)).digest('hex');
    if (actual !== sha256) problems.push(`${full}: sha256 ${actual}, expected ${sha256}; read the change against src/plugins/route-split and update the pin`);
  }
  return problems;
}

function exactFile(file: string): RegExp {
  return new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Route table split by section, loaded on demand.
 *
 * Docusaurus puts the whole route table in main.js, the bundle every page
 * loads: `@generated/routes` (routes.js, a ComponentCreator call per route),
 * `@generated/registry` (registry.js, a dynamic import per chunk) and
 * `@generated/routesChunkNames` (routesChunkNames.json, a route's chunk names)
 * are imported by App.js, preload.js, docusaurus.js, normalizeLocation.js and
 * exports/ComponentCreator.js (facebook/docusaurus#7256). A site with
 * thousands of generated API and HTTP API pages shipped their routes to every
 * page of every section, hydration and blocking time included.
 *
 * In the client bundle of a production build only (the server bundle keeps
 * the whole table, so the static render is unchanged):
 * - .docusaurus/routes.js → a generated module with the routes every page
 *   needs (the base URL's own, first segments that are patterns, the
 *   catch-all) and an index of sections: first path segment → a dynamic
 *   import of that section's routes (`routes-<section>` chunk)
 *   (./split.ts, ./route-table.js);
 * - .docusaurus/registry.js and routesChunkNames.json → generated files
 *   with the core routes' entries, which each section chunk completes;
 * - core's client preload.js → ./preload.js, which loads the pathname's
 *   section before matching. Its callers make that the right moment:
 *   clientEntry before hydrateRoot (the first render has the page's routes,
 *   so it matches the HTML), PendingNavigation before a client navigation
 *   renders (across sections too: no full page load), and a hovered or
 *   touched link (window.docusaurus.preload).
 * A link into another section that scrolls into view is not prefetched
 * (its routes are not known yet); hovering it loads its section and chunks.
 *
 * When a file it relies on is not the one it was written from (Docusaurus
 * 3.10.2, checked by SHA-256), the plugin warns and splits nothing: the
 * build stays correct, only heavier (the unit tests hold the pins true).
 *
 * The modules replaced here are not the ones src/plugins/exact-routes
 * replaces (react-router-config, docsClientUtils): the generated modules and
 * ./preload.js reach its matchRoutes and renderRoutes as core's did.
 */
export default function routeSplitPlugin(context: LoadContext): Plugin {
  const problems = checkPinnedFiles();
  if (problems.length > 0) {
    // A Docusaurus release the split was not read against (npm may install a newer 3.x): the site
    // still builds, with the whole route table in main.js as Docusaurus ships it, and says so.
    process.stderr.write(
      `⚠ portico-route-split: Docusaurus' client routing files are not the ones the route split was written for (Docusaurus 3.10.2); every page loads the whole route table:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    return { name: 'portico-route-split' };
  }
  const generated = context.generatedFilesDir;
  const outDir = path.join(generated, ROUTE_SPLIT_DIR);
  return {
    name: 'portico-route-split',
    configureWebpack(config, isServer, { currentBundler }) {
      // The dev server regenerates routes.js on every change without calling this again: whole table there.
      if (isServer || config.mode !== 'production') return {};
      // configureWebpack is synchronous; the files are small next to the bundling that follows.
      const read = (name: string) => readFileSync(path.join(generated, name), 'utf8');
      const split = splitRouteTable(read('routes.js'), JSON.parse(read('routesChunkNames.json')) as Record<string, unknown>, read('registry.js'), context.baseUrl);
      const modules = renderRouteSplitModules(split, ROUTE_TABLE_MODULE);
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(path.join(outDir, 'sections'), { recursive: true });
      writeFileSync(path.join(outDir, 'routes.js'), modules.routes);
      writeFileSync(path.join(outDir, 'registry.js'), modules.registry);
      writeFileSync(path.join(outDir, 'chunk-names.json'), modules.chunkNames);
      for (const [id, source] of Object.entries(modules.sections)) writeFileSync(path.join(outDir, 'sections', `${id}.js`), source);
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      // Matched on the resolved files, for Rspack and webpack alike.
      return {
        plugins: [
          new NormalModuleReplacementPlugin(exactFile(path.join(generated, 'routes.js')), path.join(outDir, 'routes.js')),
          new NormalModuleReplacementPlugin(exactFile(path.join(generated, 'registry.js')), path.join(outDir, 'registry.js')),
          new NormalModuleReplacementPlugin(exactFile(path.join(generated, 'routesChunkNames.json')), path.join(outDir, 'chunk-names.json')),
          new NormalModuleReplacementPlugin(CORE_PRELOAD_MODULE, SPLIT_PRELOAD_MODULE),
        ],
      };
    },
  };
}
