import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * react-router-config's entry files (ES module, CommonJS and its minified build), which every
 * `matchRoutes` and `renderRoutes` of Docusaurus core comes from.
 */
export const REACT_ROUTER_CONFIG_MODULE = /[\\/]react-router-config[\\/](?:esm[\\/]react-router-config|cjs[\\/]react-router-config(?:\.min)?|index)\.js$/;

/** Portico's react-router-config: the same functions, routes found through an index by path. */
export const EXACT_REACT_ROUTER_CONFIG = path.join(here, 'react-router-config.js');

/** The docs plugin's client helpers that find the active plugin, version and doc of a pathname. */
export const DOCS_CLIENT_UTILS_MODULE = /[\\/]@docusaurus[\\/]plugin-content-docs[\\/]lib[\\/]client[\\/]docsClientUtils\.js$/;

/** Portico's copy of them: the active doc found through an index by path, its versions by id. */
export const EXACT_DOCS_CLIENT_UTILS = path.join(here, 'docs-client-utils.js');

/** Where the checked files are: Docusaurus core's, the docs plugin's and the classic theme's own folders. */
export function packageDirs() {
  const core = path.dirname(require.resolve('@docusaurus/core/package.json'));
  const fromCore = createRequire(path.join(core, 'package.json'));
  return {
    core,
    routerConfig: path.dirname(fromCore.resolve('react-router-config/package.json')),
    docsClient: path.dirname(require.resolve('@docusaurus/plugin-content-docs/client')),
    themeClassic: path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
  };
}

/**
 * The files the replacements stand in for or copy, as they are in the versions they were
 * written for (Docusaurus 3.10.2, react-router-config 5.1.1): any change to them, even a
 * patch release, must be read before the replacement is trusted again.
 */
const PINNED: { file: (dirs: ReturnType<typeof packageDirs>) => string; sha256: string; replacement: string }[] = [
  { file: (d) => path.join(d.routerConfig, 'esm/react-router-config.js'), sha256: '70a542193f5cf957aea639cc54b9a944cdbf301a17b1bf25ef323c11653cd991', replacement: 'src/plugins/exact-routes/react-router-config.js' },
  { file: (d) => path.join(d.routerConfig, 'cjs/react-router-config.js'), sha256: '256ea8084426f391f0d6793c855d3d6e6815c40e800462015d42cf68a114f11f', replacement: 'src/plugins/exact-routes/react-router-config.js' },
  { file: (d) => path.join(d.docsClient, 'docsClientUtils.js'), sha256: '444c91b32c4a549ccf1710e995635887b6cd2433e6dce6a2bfbf17ecc2bf6ca3', replacement: 'src/plugins/exact-routes/docs-client-utils.js' },
  { file: (d) => path.join(d.docsClient, 'docsUtils.js'), sha256: 'cab6060db00dcb796b74288d22d84fac9f64ea83c0b20a109ed377b35726f6d6', replacement: 'src/theme/DocRoot/index.tsx (its useDocRootMetadata)' },
  { file: (d) => path.join(d.themeClassic, 'lib/theme/DocRoot/index.js'), sha256: 'c2bff360210b9c74e353c6c267e877792518ea29c11c0cae96f35a4e64d1ccf5', replacement: 'src/theme/DocRoot/index.tsx' },
];

/** The importers through which the replaced modules are reached: if one stops importing them, a scan would come back unnoticed. */
const IMPORTERS: { file: (dirs: ReturnType<typeof packageDirs>) => string; imports: string }[] = [
  { file: (d) => path.join(d.core, 'lib/client/preload.js'), imports: "import { matchRoutes } from 'react-router-config';" },
  { file: (d) => path.join(d.core, 'lib/client/normalizeLocation.js'), imports: "import { matchRoutes } from 'react-router-config';" },
  { file: (d) => path.join(d.core, 'lib/client/docusaurus.js'), imports: "import { matchRoutes } from 'react-router-config';" },
  { file: (d) => path.join(d.core, 'lib/client/exports/renderRoutes.js'), imports: "export { renderRoutes as default } from 'react-router-config';" },
  { file: (d) => path.join(d.core, 'lib/client/App.js'), imports: "import renderRoutes from '@docusaurus/renderRoutes';" },
  { file: (d) => path.join(d.docsClient, 'index.js'), imports: "from './docsClientUtils';" },
];

/**
 * Problems that make the replacements unsafe: a replaced or copied file that is not the
 * pinned one, or an importer that no longer reaches it. Empty when all is as expected.
 */
export function checkReplacedModules(dirs = packageDirs()): string[] {
  const problems: string[] = [];
  for (const { file, sha256, replacement } of PINNED) {
    const full = file(dirs);
    if (!existsSync(full)) {
      problems.push(`${full}: not found; ${replacement} stands in for it`);
      continue;
    }
    const actual = createHash('sha256').update(readFileSync(full)).digest('hex');
    if (actual !== sha256) problems.push(`${full}: sha256 ${actual}, expected ${sha256} (the file ${replacement} was written from); compare the two and update both`);
  }
  for (const { file, imports } of IMPORTERS) {
    const full = file(dirs);
    if (!existsSync(full) || !readFileSync(full, 'utf8').includes(imports)) problems.push(`${full}: expected to contain \`${imports}\``);
  }
  return problems;
}

/**
 * Finds routes and docs by path instead of testing every route of the site
 * for every page.
 *
 * react-router 5 matches a pathname by testing route patterns one after the
 * other; Docusaurus does that for every page, several times: `preload` and
 * `normalizeLocation` (`matchRoutes` over the route table), the app's and the
 * docs roots' `<Switch>` (`renderRoutes`), the docs' `useDocRootMetadata`
 * (`docRoutes.find(matchPath)`) and `getActiveDocContext` (`docs.find(matchPath)`,
 * once per navbar doc item). With pages × routes tests, matchPath grew from 19%
 * to 32% of the static render's time between the 2,405- and the 5,885-page
 * bench sites (docs/performance.md#exact-route-lookups). Each replacement finds
 * the few routes whose static path can match by a Map lookup
 * (src/lib/routes/exact-lookup.ts) and tests those, and the routes with
 * parameters or wildcards, with react-router's own matchPath in the original
 * order, so every result is the one the scan gave.
 *
 * In both bundles (the static render runs the server one):
 * - react-router-config (matchRoutes, renderRoutes) → ./react-router-config.js
 * - plugin-content-docs' client docsClientUtils.js → ./docs-client-utils.js
 * and, through the theme, src/theme/DocRoot replaces the classic theme's
 * DocRoot (its useDocRootMetadata, which is not a module of its own).
 *
 * The plugin refuses to build when a replaced or copied file is not the one
 * the replacements were written from (Docusaurus 3.10.2).
 */
export default function exactRoutesPlugin(): Plugin {
  const problems = checkReplacedModules();
  if (problems.length > 0) {
    throw new Error(
      `portico-exact-routes: Docusaurus' routing modules are not the ones Portico's replacements were written for (Docusaurus 3.10.2, react-router-config 5.1.1):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return {
    name: 'portico-exact-routes',
    configureWebpack(_config, _isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      // Matched on the resolved files, for Rspack and webpack alike, in the client and the server bundle.
      return {
        plugins: [
          new NormalModuleReplacementPlugin(REACT_ROUTER_CONFIG_MODULE, EXACT_REACT_ROUTER_CONFIG),
          new NormalModuleReplacementPlugin(DOCS_CLIENT_UTILS_MODULE, EXACT_DOCS_CLIENT_UTILS),
        ],
      };
    },
  };
}
