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
    configureWebpack(config) {
      const cache = (config.experiments as { cache?: PersistentCacheOptions } | undefined)?.cache;
      if (!cache || typeof cache !== 'object' || cache.type !== 'persistent') return {};
      // Once per process: both bundles' configurations get the same suffix.
      version ??= bundlerCacheVersion({ siteDir: context.siteDir, configFile: options.configFile, siteConfig: context.siteConfig, env: process.env }).version;
      cache.version = `${cache.version ?? ''}-portico-${version}`;
      return {};
    },
  };
}
