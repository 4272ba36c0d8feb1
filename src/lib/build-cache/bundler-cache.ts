import { createHash } from 'node:crypto';
import { stableJson } from './stable-json.js';
import { addPorticoInputs, buildEnvironment, keyBuilder } from './key-parts.js';

export { stableJson } from './stable-json.js';

/**
 * What Portico adds to the version of Rspack's persistent cache
 * (`build.persistentCache`, `future.faster.rspackPersistentCache`).
 *
 * Rspack reuses a cached module when the files it was built from are
 * unchanged (its snapshot of each module's file, context and missing
 * dependencies, and of the packages under node_modules by version), and drops
 * the whole cache when its `version` string or one of its `buildDependencies`
 * changes. Docusaurus sets the version to its own version and the theme
 * aliases, and the build dependencies to its bundler configuration files and
 * `docusaurus.config.ts` (each file alone, not what it imports). What that
 * misses in Portico:
 *
 * - Portico's code: the remark/rehype plugins, loaders and bundler
 *   configuration under `src/` compile the pages, but a module's snapshot
 *   holds only the page's own file;
 * - the portal configuration and what Docusaurus' site configuration was made
 *   of: plugin options (sections, gates, API and HTTP API settings) shape the
 *   MDX output without being a file a module depends on;
 * - the environment the bundling process gets (`PORTAL_*`, `PORTICO_*`,
 *   `DOCUSAURUS_*`, `NODE_ENV`), Node's version and the lockfile.
 *
 * So the version gets a hash of all of these: any change to them starts the
 * cache afresh (a cold bundle), and files the pages import (docs, generated
 * API and HTTP API pages, images, `.docusaurus/` data) are left to Rspack's
 * snapshots, which is what they are for.
 */

/** Bump by hand when what goes into the version changes. */
export const BUNDLER_CACHE_MODEL = 'bundler-cache@1';

/**
 * Per-run variables: temporary folders of one `portal build` (their content
 * is not what a module compiles to) and where a process reports its peak.
 */
const ENV_IGNORED = new Set(['PORTICO_PEAK_RSS_FILE', 'PORTICO_BUNDLE_SPARE_DIR', 'PORTICO_MDX_CACHE_DIR']);

/** What the bundler cache's version depends on; see the module comment. */
export interface BundlerCacheInputs {
  /** Portico's site folder (docusaurus.config.ts, src/, package-lock.json). */
  siteDir: string;
  /** The portal configuration file. */
  configFile: string;
  /** Docusaurus' loaded site configuration (with every plugin's options). */
  siteConfig: unknown;
  /** The environment of the bundling process. */
  env: NodeJS.ProcessEnv;
}

/** The suffix Portico adds to the cache version, and what went into it (for tests and a miss's explanation). */
export interface BundlerCacheVersion {
  /** 16 hex digits of SHA-256 over the parts. */
  version: string;
  /** Each input's hash or value, by label (`src/<file>`, `config`, `site-config`, `env`…). */
  parts: Record<string, string>;
}

/** Computes Portico's part of the persistent cache's version. */
export function bundlerCacheVersion(inputs: BundlerCacheInputs): BundlerCacheVersion {
  const key = keyBuilder();
  addPorticoInputs(key, { model: BUNDLER_CACHE_MODEL, packages: ['@rspack/core'], env: inputs.env, ignoredEnv: ENV_IGNORED, configFile: inputs.configFile, siteDir: inputs.siteDir });
  key.part('site-config', createHash('sha256').update(stableJson(inputs.siteConfig)).digest('hex'));
  return { version: key.digest().slice(0, 16), parts: key.parts };
}

/** The variables of `env` that reach the version, sorted by name. */
export function bundlerEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  return buildEnvironment(env, ENV_IGNORED);
}
