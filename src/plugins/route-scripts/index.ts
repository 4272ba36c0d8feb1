import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parseGeneratedRoutes, planRouteScripts, ROUTE_SCRIPTS_FILE, type ClientManifest } from '../../lib/built-site/route-scripts.js';
import { addSectionScripts, splitRouteTable } from '../route-split/split.ts';

/**
 * Writes `.portico/route-scripts.json` into the build: for each page path, the
 * scripts of its route's chunks, which the client loads after main.js and
 * before it hydrates, but which Docusaurus does not name in the page's HTML
 * (see src/lib/built-site/route-scripts.ts). `portal check scripts` adds them
 * to the scripts the HTML names, so each page kind's figure includes its own
 * chunks. Read from the files Docusaurus generated for this build
 * (routes.js, routesChunkNames.json, client-manifest.json); a failure to read
 * them is a warning, never a failed build: the check then counts the HTML's
 * scripts alone and says so.
 */
export default function routeScriptsPlugin(context: LoadContext): Plugin {
  return {
    name: 'portico-route-scripts',
    async postBuild({ outDir }) {
      const generated = context.generatedFilesDir;
      try {
        const [routes, chunkNames, manifest] = await Promise.all([
          readFile(path.join(generated, 'routes.js'), 'utf8'),
          readFile(path.join(generated, 'routesChunkNames.json'), 'utf8'),
          readFile(path.join(generated, 'client-manifest.json'), 'utf8'),
        ]);
        const plan = planRouteScripts(parseGeneratedRoutes(routes), JSON.parse(chunkNames), JSON.parse(manifest) as ClientManifest, context.baseUrl);
        // With src/plugins/route-split, each page also loads its route-table section's chunk first.
        const parsedManifest = JSON.parse(manifest) as ClientManifest;
        if (Object.keys(parsedManifest.origins).some((name) => name.startsWith('routes-'))) {
          const registry = await readFile(path.join(generated, 'registry.js'), 'utf8');
          addSectionScripts(plan.routes, splitRouteTable(routes, JSON.parse(chunkNames) as Record<string, unknown>, registry, context.baseUrl), parsedManifest);
        }
        const target = path.join(outDir, ROUTE_SCRIPTS_FILE);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, `${JSON.stringify(plan)}\n`);
      } catch (error) {
        process.stderr.write(`[portico] route scripts not written (portal check scripts will count the HTML's scripts only): ${error instanceof Error ? error.message : String(error)}\n`);
      }
    },
  };
}
