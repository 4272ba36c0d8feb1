import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';
import { BUNDLE_SIDE_ENV, bundleSideOfProcess, type BundleSide } from '../../lib/build/bundle-side.js';

const STUB_ENTRY = fileURLToPath(new URL('./stub-entry.js', import.meta.url));
const CACHE_LOADER = fileURLToPath(new URL('./mdx-output-cache-loader.cjs', import.meta.url));
const require = createRequire(import.meta.url);
const MDX_LOADER = /[\\/]@docusaurus[\\/]mdx-loader[\\/]/;

interface LoaderItem {
  loader?: string;
  options?: unknown;
}
interface RuleLike {
  use?: unknown;
  oneOf?: unknown;
  rules?: unknown;
}

function requiredDir(name: string): string {
  const dir = process.env[name];
  if (!dir) throw new Error(`${name} must name a folder when ${BUNDLE_SIDE_ENV.side} is set`);
  return dir;
}

/**
 * Puts the MDX output cache in front of every use of Docusaurus' MDX loader
 * (the docs, blog and pages plugins each add a rule for it). Returns how many
 * it found: none means Docusaurus changed how it declares the rule.
 */
export function insertMdxOutputCache(rules: unknown[], options: { dir: string; mode: 'write' | 'read' }): number {
  let found = 0;
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object') continue;
    const { use, oneOf, rules: nested } = rule as RuleLike;
    if (Array.isArray(use)) {
      const at = use.findIndex((item: LoaderItem | string) => MDX_LOADER.test(typeof item === 'string' ? item : (item?.loader ?? '')));
      const already = use.some((item: LoaderItem) => item?.loader === CACHE_LOADER);
      if (at >= 0 && !already) {
        // Loaders run right to left: the cache's normal phase sees the MDX loader's output, its pitch can skip it.
        use.splice(at, 0, { loader: CACHE_LOADER, options });
        found += 1;
      }
    }
    if (Array.isArray(oneOf)) found += insertMdxOutputCache(oneOf, options);
    if (Array.isArray(nested)) found += insertMdxOutputCache(nested, options);
  }
  return found;
}

/**
 * `docusaurus build` bundles the client and the server bundle at once, in one
 * Rspack multi-compiler, so its peak memory holds every module twice: once per
 * bundle. `portal build` bundles them in two processes instead, one after the
 * other (src/lib/build/run-docusaurus-build.ts); in each, this plugin leaves
 * the other bundle out by giving it an empty entry, no plugins and a throw-away
 * output folder (Docusaurus has no switch for compiling one of the two). On
 * the benchmark's 2,400-page site the client bundle alone peaked at 1.6 GB and
 * the server bundle alone at 1.5 GB, against 2.1 GB for both at once
 * (docs/performance.md#client-and-server-bundles-in-separate-processes).
 *
 * Bundled at once, Docusaurus compiles each MDX page once for both bundles.
 * Apart, the server step would compile every page again, so the client step
 * leaves its compiled pages in a folder the server step reads (see
 * ./mdx-output-cache-loader.cjs).
 */
export default function bundleOneSidePlugin(): Plugin {
  const side = bundleSideOfProcess();
  return {
    name: 'portico-bundle-one-side',
    configureWebpack(config, isServer) {
      if (!side) return {};
      const thisSide: BundleSide = isServer ? 'server' : 'client';
      if (thisSide !== side) {
        return {
          mergeStrategy: { entry: 'replace', plugins: 'replace' },
          entry: STUB_ENTRY,
          // No plugins: the client's would overwrite the real client manifest and copy static/ again.
          plugins: [],
          output: { path: requiredDir(BUNDLE_SIDE_ENV.spareDir) },
        };
      }
      const mode = side === 'client' ? 'write' : 'read';
      const found = insertMdxOutputCache(config.module?.rules ?? [], { dir: requiredDir(BUNDLE_SIDE_ENV.mdxCacheDir), mode });
      if (found === 0) throw new Error(`portico-bundle-one-side: no rule uses ${require.resolve('@docusaurus/mdx-loader')}; cannot share MDX output between the bundling steps`);
      return {
        plugins: [
          {
            apply(compiler: { hooks: { done: { tap(name: string, fn: () => void): void } } }) {
              compiler.hooks.done.tap('portico-bundle-one-side', () => {
                const { reused, compiled, written } = (require(CACHE_LOADER) as { stats(): { reused: number; compiled: number; written: number } }).stats();
                process.stderr.write(
                  side === 'client'
                    ? `[portico] client bundle: ${written} MDX modules compiled and kept for the server bundle\n`
                    : `[portico] server bundle: ${reused} MDX modules reused from the client bundle, ${compiled} compiled\n`,
                );
              });
            },
          },
        ],
      };
    },
  };
}
