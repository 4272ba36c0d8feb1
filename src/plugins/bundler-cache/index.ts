import type { LoadContext, Plugin } from '@docusaurus/types';
import { bundlerCacheVersion } from '../../lib/build-cache/bundler-cache.js';

/** Options of the plugin (docusaurus.config.ts). */
export interface BundlerCachePluginOptions {
  /** The portal configuration file the site is built from. */
  configFile: string;
}

interface PersistentCacheOptions {
  type?: string;
  version?: string;
}

/** Rspack's built-in plugins keep their constructor's arguments here. */
interface BuiltinPluginLike {
  constructor: new (options: Record<string, unknown>) => unknown;
  _args?: [Record<string, unknown>?];
}

/** The client's runtime chunk (`assets/js/runtime~main.<hash>.js`). */
export const RUNTIME_CHUNK = /runtime~/;

/**
 * Minifies the runtime chunk without renaming its variables. With the
 * persistent cache, Rspack hands the minifier a runtime chunk that means the
 * same but whose local names come out in another order than in the build that
 * wrote the cache (two variables' one-letter names swapped, measured on the
 * benchmark's small site): a different file, another content hash in every
 * page's HTML, so the render step could not be reused. Returns whether the
 * SWC minimizer was found.
 */
export function runtimeChunkWithoutMangling(minimizers: unknown[]): boolean {
  const at = minimizers.findIndex((m) => (m as { constructor?: { name?: string } } | null)?.constructor?.name === 'SwcJsMinimizerRspackPlugin');
  if (at < 0) return false;
  const swc = minimizers[at] as BuiltinPluginLike;
  const options = swc._args?.[0] ?? {};
  const minimizerOptions = (options.minimizerOptions ?? {}) as Record<string, unknown>;
  minimizers.splice(
    at,
    1,
    new swc.constructor({ ...options, exclude: RUNTIME_CHUNK }),
    new swc.constructor({ ...options, include: RUNTIME_CHUNK, minimizerOptions: { ...minimizerOptions, mangle: false } }),
  );
  return true;
}

/**
 * When Rspack's persistent cache is on (`build.persistentCache`), adds a hash of
 * what Rspack does not track to the cache's version: Portico's code, the portal
 * and site configuration, the lockfile and the build's environment (see
 * src/lib/build-cache/bundler-cache.ts). A change to any of them makes the next
 * bundle a cold one instead of reusing modules compiled by other code.
 */
export default function bundlerCachePlugin(context: LoadContext, options: BundlerCachePluginOptions): Plugin {
  let version: string | undefined;
  return {
    name: 'portico-bundler-cache',
    configureWebpack(config, isServer) {
      const cache = (config.experiments as { cache?: PersistentCacheOptions } | undefined)?.cache;
      if (!cache || typeof cache !== 'object' || cache.type !== 'persistent') return {};
      // Once per process: both bundles' configurations get the same suffix.
      version ??= bundlerCacheVersion({ siteDir: context.siteDir, configFile: options.configFile, siteConfig: context.siteConfig, env: process.env }).version;
      cache.version = `${cache.version ?? ''}-portico-${version}`;
      const minimizers = config.optimization?.minimizer;
      if (!isServer && Array.isArray(minimizers)) runtimeChunkWithoutMangling(minimizers);
      return {};
    },
  };
}
