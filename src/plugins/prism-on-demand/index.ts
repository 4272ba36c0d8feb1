import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * The client module through which the classic theme loads Prism on every
 * page: `lib/prism-include-languages` of `@docusaurus/theme-classic`, as
 * Docusaurus writes it into `.docusaurus/client-modules.js` (the theme's
 * folder joined with the relative path it declares).
 */
export function themePrismClientModule(): string {
  return path.join(path.dirname(require.resolve('@docusaurus/theme-classic')), 'prism-include-languages');
}

/** What the theme's Prism client module is replaced with: a module that does nothing. */
export const NOOP_CLIENT_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'noop-client-module.js');

/**
 * Loads Prism only on pages that show a code block.
 *
 * The classic theme registers a client module that imports Prism (the copy
 * in prism-react-renderer, with its bundled grammars) and adds the site's
 * `prism.additionalLanguages`. Client modules live in `main.js`, so every page
 * evaluated Prism before hydrating: measured in Chromium with a 4x CPU
 * slowdown, 120-140 ms of `main.js`'s 265 ms of module evaluation on the
 * runbook page, in the same long task as the rest of `main.js`
 * (docs/performance.md#prism-on-demand). This plugin swaps that client module
 * for an empty one; Portico's `CodeBlock/Content` wrapper
 * (src/theme/CodeBlock/Content) loads Prism and adds the languages when the
 * first code block renders, so only pages that show code evaluate it.
 */
export default function prismOnDemandPlugin(): Plugin {
  return {
    name: 'portico-prism-on-demand',
    configureWebpack() {
      const themeModule = themePrismClientModule();
      // Both bundles: the server bundle must render code blocks with the same grammars as the client.
      return { resolve: { alias: { [themeModule]: NOOP_CLIENT_MODULE, [`${themeModule}.js`]: NOOP_CLIENT_MODULE } } };
    },
  };
}
