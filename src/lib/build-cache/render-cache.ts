import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { hashFile, hashTree, listFiles, readFingerprint, sha256 } from '../cache/fingerprint.js';
import { stableJson } from './stable-json.js';
import { addPorticoInputs, buildEnvironment, keyBuilder } from './key-parts.js';

/**
 * Reuse of the render step of `portal build` (SSG, postBuild: Pagefind index,
 * feeds, sitemap, redirects, route scripts; and Docusaurus' link check).
 *
 * The render step reads nothing the two bundling steps did not leave behind:
 * it loads the server bundle (`<outDir>/__server`), the client bundle and its
 * manifest, and the site's generated data (`.docusaurus/`: routes, route data,
 * global data, the serialised site config, client-manifest.json), and runs
 * Portico's and Docusaurus' code with them. So its output is a function of
 *
 * - every file of the output folder after bundling (client assets, static
 *   files, the server bundle), by content;
 * - every file of the generated folder (`.docusaurus/`), by content (the
 *   client manifest by what the render reads of it: {@link clientManifestDigest});
 * - Portico's code and configuration: each file under its `src/`,
 *   `docusaurus.config.ts`, `package.json`, `package-lock.json` and the portal
 *   configuration file, by content; the versions of the packages that render
 *   and index (Docusaurus, React, Pagefind); Node's version;
 * - the environment the render process gets (Docusaurus', Portico's and the
 *   portal's variables, NODE_ENV).
 *
 * When all of these hash to the key of the last render of the same output
 * folder, the files that render wrote (and the files it removed: the server
 * bundle) are taken from the cache instead of rendering again, and its log is
 * printed again. A doc, spec, history file, config or dependency change
 * reaches the bundles or the generated data, so the key changes and the
 * render runs. Stale files in `.docusaurus/` left by other builds only cost a
 * miss: they are hashed too.
 */

/** Bump by hand when what the cache stores, or how it is keyed, changes. */
export const RENDER_CACHE_MODEL = 'render-cache@2';

/** Packages whose versions shape the rendered HTML and the search index beyond the bundles. */
const RENDER_PACKAGES = ['@docusaurus/core', 'react', 'react-dom', 'pagefind'] as const;

/** Per-run variables that do not change what a render writes (where a process reports its peak memory). */
const ENV_IGNORED = new Set(['PORTICO_PEAK_RSS_FILE']);

/** What a render step depends on; see the module comment. */
export interface RenderInputs {
  /** Portico's site folder (docusaurus.config.ts, src/). */
  siteDir: string;
  /** The build's output folder, after both bundles were written to it. */
  outDir: string;
  /** Docusaurus' generated folder (`<siteDir>/.docusaurus`). */
  generatedDir: string;
  /** The portal configuration file. */
  configFile: string;
  /** The whole environment of the render process. */
  env: NodeJS.ProcessEnv;
}

/** A file's size and modification time when it was hashed: a render that leaves both alone did not write it. */
interface FileState {
  hash: string;
  size: number;
  mtimeMs: number;
}

/** The key of a render, and the state of the output folder it started from. */
export interface RenderKey {
  /** SHA-256 over everything the render depends on. */
  key: string;
  /** What went into the key, by input (`out/<file>`, `generated/<file>`, `src/<file>`, `env`, `config`…): to say what changed on a miss. */
  parts: Record<string, string>;
  /** Each file of the output folder before rendering, relative to it with `/`. */
  outputBefore: Record<string, FileState>;
}

/** Computes the key of a render from its inputs, just before it would run. */
export function renderKey(inputs: RenderInputs): RenderKey {
  const key = keyBuilder();
  const part = key.part;
  addPorticoInputs(key, { model: RENDER_CACHE_MODEL, packages: RENDER_PACKAGES, env: inputs.env, ignoredEnv: ENV_IGNORED, configFile: inputs.configFile, siteDir: inputs.siteDir });
  for (const [file, digest] of Object.entries(hashTree(inputs.generatedDir))) {
    part(`generated/${file}`, file === CLIENT_MANIFEST ? clientManifestDigest(path.join(inputs.generatedDir, file)) : digest);
  }
  const outputBefore = stateTree(inputs.outDir);
  for (const [file, state] of Object.entries(outputBefore)) part(`out/${file}`, state.hash);
  return { key: key.digest(), parts: key.parts, outputBefore };
}

/** Docusaurus' client manifest in the generated folder (react-loadable-ssr-addon's `entrypoints`, `origins`, `assets`). */
const CLIENT_MANIFEST = 'client-manifest.json';

/**
 * The client manifest's digest, of what the render step reads of it. The
 * render looks files up in it (Docusaurus' `getBundles`, src/lib/built-site's
 * route scripts, the route split): `entrypoints` and each `origins` list in
 * order, each asset's `file` and `publicPath`; nothing iterates over its maps
 * or reads an asset's `hash` (the chunk's hash before minification). With
 * Rspack's persistent cache, a build whose chunks are byte-identical to the
 * last one's can still record other chunk hashes or another key order, so the
 * digest is of the manifest with the maps' keys sorted and without `hash`.
 * A file that does not parse is hashed as it is.
 */
export function clientManifestDigest(file: string): string {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return hashFile(file);
  }
  const assets = (manifest as { assets?: unknown } | null)?.assets;
  if (assets && typeof assets === 'object') {
    for (const byExtension of Object.values(assets as Record<string, unknown>)) {
      if (!byExtension || typeof byExtension !== 'object') continue;
      for (const entries of Object.values(byExtension as Record<string, unknown>)) {
        if (!Array.isArray(entries)) continue;
        for (const entry of entries) if (entry && typeof entry === 'object') delete (entry as { hash?: unknown }).hash;
      }
    }
  }
  return sha256(stableJson(manifest));
}

/**
 * The inputs whose hash (or presence) differs between two renders' key parts,
 * sorted: what a build prints when it has to render again although a render is cached.
 */
export function changedInputs(before: Record<string, string>, now: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...names].filter((name) => before[name] !== now[name]).sort();
}

/** The variables of `env` that reach the render key, sorted by name. */
export function renderEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  return buildEnvironment(env, ENV_IGNORED);
}

// One file walk for every cache (src/lib/cache/fingerprint.ts); re-exported for the build cache's users.
export { hashTree, listFiles };

function stateTree(dir: string): Record<string, FileState> {
  const states: Record<string, FileState> = {};
  for (const file of listFiles(dir)) {
    const full = path.join(dir, file);
    const stats = statSync(full);
    states[file] = { hash: hashFile(full), size: stats.size, mtimeMs: stats.mtimeMs };
  }
  return states;
}

/** What the cache keeps about the last render of an output folder (manifest.json, written last). */
const manifestSchema = z.object({
  model: z.literal(RENDER_CACHE_MODEL),
  key: z.string(),
  /** The key's parts ({@link RenderKey.parts}). */
  parts: z.record(z.string(), z.string()),
  /** When the render ran (ISO 8601), for the log line of a reuse. */
  renderedAt: z.string(),
  /** Files the render wrote or rewrote, relative to the output folder; their content is under files/. */
  written: z.array(z.string()),
  /** Files the render removed from the output folder (the server bundle). */
  removed: z.array(z.string()),
  /** Everything the render process printed, in order. */
  log: z.string(),
});
export type RenderCacheManifest = z.infer<typeof manifestSchema>;

const MANIFEST = 'manifest.json';
const FILES = 'files';

/** The manifest of the render cached in `cacheDir`, whatever its key; undefined when there is none or it does not read back. */
export function readCachedRender(cacheDir: string): RenderCacheManifest | undefined {
  return readFingerprint(path.join(cacheDir, MANIFEST), manifestSchema);
}

/** The manifest of the last render cached in `cacheDir` when it is whole and matches `key`; undefined otherwise. */
export function findCachedRender(cacheDir: string, key: string): RenderCacheManifest | undefined {
  const manifest = readCachedRender(cacheDir);
  if (!manifest || manifest.key !== key) return undefined;
  // A file gone from the cache (cleaned by hand, say) makes the whole entry unusable.
  return manifest.written.every((file) => existsSync(path.join(cacheDir, FILES, file))) ? manifest : undefined;
}

/**
 * Puts a cached render's output into the output folder: removes what the
 * render removed and copies what it wrote. Returns the number of files copied.
 */
export function restoreRender(cacheDir: string, manifest: RenderCacheManifest, outDir: string): number {
  for (const file of manifest.removed) rmSync(path.join(outDir, file), { force: true });
  removeEmptyFolders(outDir, manifest.removed);
  for (const file of manifest.written) {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(cacheDir, FILES, file), target, constants.COPYFILE_FICLONE);
  }
  return manifest.written.length;
}

/**
 * Stores what a render did to the output folder, against the state the folder
 * was in before it (`before.outputBefore`): files new or changed (size or
 * modification time) are copied, files gone are listed. Replaces the last
 * entry; the manifest is written last, into a fresh folder renamed into
 * place, so an interrupted store leaves no usable entry.
 */
export function storeRender(cacheDir: string, before: RenderKey, outDir: string, log: string, renderedAt = new Date()): RenderCacheManifest {
  const staging = `${cacheDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const after = new Set(listFiles(outDir));
  const written: string[] = [];
  for (const file of after) {
    const previous = before.outputBefore[file];
    const full = path.join(outDir, file);
    if (previous) {
      const stats = statSync(full);
      if (stats.size === previous.size && stats.mtimeMs === previous.mtimeMs) continue;
    }
    const target = path.join(staging, FILES, file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(full, target, constants.COPYFILE_FICLONE);
    written.push(file);
  }
  const removed = Object.keys(before.outputBefore).filter((file) => !after.has(file));
  const manifest: RenderCacheManifest = { model: RENDER_CACHE_MODEL, key: before.key, parts: before.parts, renderedAt: renderedAt.toISOString(), written, removed, log };
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest)}\n`);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(path.dirname(cacheDir), { recursive: true });
  renameSync(staging, cacheDir);
  return manifest;
}

/** Drops the cached render of an output folder (a failed render leaves none behind). */
export function dropCachedRender(cacheDir: string): void {
  rmSync(cacheDir, { recursive: true, force: true });
}

/**
 * Where the last render of `outDir` built from `configFile` is cached:
 * `<rootDir>/node_modules/.cache/portico/render/<hash>`, one entry per
 * configuration and output folder, so building to two folders does not make
 * them evict each other.
 */
export function renderCacheDir(rootDir: string, configFile: string, outDir: string): string {
  return path.join(rootDir, 'node_modules', '.cache', 'portico', 'render', sha256(`${path.resolve(configFile)}\0${path.resolve(outDir)}`).slice(0, 16));
}

/** Folders that held only removed files (`__server/`) are removed too, as the render step left them. */
function removeEmptyFolders(outDir: string, removed: readonly string[]): void {
  const dirs = new Set<string>();
  for (const file of removed) {
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) dirs.add(dir);
  }
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    const full = path.join(outDir, dir);
    try {
      if (readdirSync(full).length === 0) rmSync(full, { recursive: true, force: true });
    } catch {
      // Already gone.
    }
  }
}
