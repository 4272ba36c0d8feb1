import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Docusaurus core's `isBrowser` context (`useIsBrowser()`), imported by its App and its hook as './browserContext'. */
export const BROWSER_CONTEXT_MODULE = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]browserContext\.js$/;

/** Portico's copy: `isBrowser` becomes true in a transition. */
export const BROWSER_CONTEXT_REPLACEMENT = path.join(here, 'browser-context.js');

/** The theme's `useWindowSize()` ('ssr', then 'mobile' or 'desktop' after hydration). */
export const WINDOW_SIZE_MODULE = /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize\.js$/;

/** Portico's copy: the first size after hydration is set in a transition. */
export const WINDOW_SIZE_REPLACEMENT = path.join(here, 'use-window-size.js');

/** The files the copies were written from (Docusaurus 3.10.2): with a different file the copies are not used (a warning says so), until an upgrade is compared by hand. */
const PINNED = [
  { file: () => path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'lib/client/browserContext.js'), sha256: 'f0765ea0de6c682044acc2d1f6f7d474e9ac389591a8e97f877e437c09225b4c', replacement: BROWSER_CONTEXT_REPLACEMENT },
  { file: () => path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'hooks/useWindowSize.js'), sha256: 'a32a46c867130090a4d785590da6f9cc69789eb67a94a5386fc6416857b91872', replacement: WINDOW_SIZE_REPLACEMENT },
];

/** What differs from the pinned files, one line per file; empty when the copies still apply. */
export function checkReplacedModules(): string[] {
  const problems: string[] = [];
  for (const { file, sha256, replacement } of PINNED) {
    const full = file();
    if (!existsSync(full)) {
      problems.push(`${full}: not found; ${path.relative(process.cwd(), replacement)} stands in for it`);
      continue;
    }
    const actual = createHash('sha256').update(readFileSync(full)).digest('hex');
    if (actual !== sha256) problems.push(`${full}: sha256 ${actual}, expected ${sha256} (the file ${replacement} was written from); compare the two and update both`);
  }
  return problems;
}

/**
 * The two updates every page makes right after hydration, made in React
 * transitions in the client bundle: `useIsBrowser()` turning true and
 * `useWindowSize()` leaving 'ssr'. Both are ordinary effect updates in
 * Docusaurus, which React renders in one uninterrupted task; on a phone the
 * second one mounts the navbar's mobile sidebar and swaps the doc sidebar and
 * table of contents for their mobile forms. In a transition React renders the
 * same updates in slices of about 5 ms and yields to the browser between them,
 * so the page responds to input sooner and Lighthouse's Total Blocking Time
 * (long tasks under a 4x CPU slowdown) drops; what is rendered is the same.
 * The server bundle keeps the originals: effects do not run there.
 */
export default function hydrationUpdatesPlugin(): Plugin {
  const problems = checkReplacedModules();
  if (problems.length > 0) {
    // A Docusaurus release the copies were not written from (npm may install a newer 3.x): the site
    // still builds, with Docusaurus' own modules (the updates render in one task), and says so.
    process.stderr.write(
      `⚠ portico-hydration-updates: Docusaurus' modules are not the ones Portico's copies were written for (Docusaurus 3.10.2); its own are used:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    return { name: 'portico-hydration-updates' };
  }
  return {
    name: 'portico-hydration-updates',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      // Matched on the resolved files (imported as './browserContext' and './hooks/useWindowSize').
      return {
        plugins: [
          new NormalModuleReplacementPlugin(BROWSER_CONTEXT_MODULE, BROWSER_CONTEXT_REPLACEMENT),
          new NormalModuleReplacementPlugin(WINDOW_SIZE_MODULE, WINDOW_SIZE_REPLACEMENT),
        ],
      };
    },
  };
}
