import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '@redocly/openapi-core';
import writeFileAtomic from 'write-file-atomic';
import * as z from 'zod';
import {
  filesUnchanged,
  generatorKey,
  optionsKey,
  readFingerprint,
  relativePath,
  removeFingerprint,
  sha256,
  writeFingerprint,
} from '../../lib/cache/fingerprint.js';
import type { OpenApiLintFinding, OpenApiSpecPages } from '../../lib/openapi/index.js';

/**
 * The HTTP API pages of one spec as the last build computed them, and what
 * they were computed from. When the fingerprint still matches, the build
 * reuses them without loading, bundling or linting the spec with Redocly.
 */

/** Where the cache lives, relative to the site directory (git-ignored, next to the API reference's `.generated/api`). */
export const OPENAPI_CACHE_DIR = '.generated/openapi';

/** File names inside a spec's folder `<OPENAPI_CACHE_DIR>/<spec id>/`. */
export const CACHE_FILES = {
  /** The page data and the lint result; see {@link CachedSpec}. */
  data: 'data.json',
  /** What the data was computed from; see {@link OpenApiSpecFingerprint}. Written last. */
  fingerprint: '.fingerprint.json',
} as const;

/**
 * Bump when the page model or the cache format changes in a way the source
 * hash of {@link GENERATOR_DIRS} would not catch (it catches edits to
 * Portico's own page-model code; this catches everything else deliberately).
 */
export const PAGE_MODEL_VERSION = 1;

/** What one spec's cached output was made from. */
export interface OpenApiSpecFingerprint {
  /** Hash of {@link PAGE_MODEL_VERSION}, Portico's and Redocly's versions, the page-model source and the spec's options. */
  optionsKey: string;
  /** Every file the spec consists of (root and `$ref`'d files, as Redocly reported them), relative to the root dir, with its SHA-256. */
  files: Record<string, string>;
  /** The Redocly configuration in effect. */
  lintConfig: LintConfigFingerprint;
  /** SHA-256 of the data file, so a truncated or swapped data file is never trusted. */
  dataSha256: string;
}

/** The Redocly configuration the lint ran under, without loading it. */
export interface LintConfigFingerprint {
  /** The `redocly.yaml` found next to the portal configuration, relative to the root dir; `null` for the built-in `recommended` ruleset. */
  file: string | null;
  /** The config file and every file it brought in (extends, plugins, the lint-ignore file), relative to the root dir, with SHA-256 or `missing`. */
  files: Record<string, string>;
}

/** The cached output of one spec. */
export interface CachedSpec {
  /** The lint result; finding files relative to the root dir. */
  lint: {
    findings: OpenApiLintFinding[];
    errors: number;
    warnings: number;
  };
  /** The page data, or `null` when the lint found errors (the build stops, no pages are built). */
  pages: OpenApiSpecPages | null;
}

const hashRecord = z.record(z.string(), z.string());
const fingerprintSchema = z.object({
  optionsKey: z.string(),
  files: hashRecord,
  lintConfig: z.object({ file: z.string().nullable(), files: hashRecord }),
  dataSha256: z.string(),
});
const cachedSpecSchema = z.object({
  lint: z.object({
    findings: z.array(
      z.object({ file: z.string(), line: z.number(), column: z.number(), severity: z.enum(['error', 'warn']), rule: z.string(), message: z.string() }),
    ),
    errors: z.number(),
    warnings: z.number(),
  }),
  pages: z
    .looseObject({
      summary: z.looseObject({}),
      sidebar: z.looseObject({}),
      overview: z.looseObject({}),
      tags: z.array(z.unknown()),
      operations: z.array(z.unknown()),
      schemas: z.array(z.unknown()),
    })
    .nullable(),
});

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Portico's code that turns a bundled spec into page data: an edit to it must regenerate the pages. */
const GENERATOR_DIRS = [HERE, path.resolve(HERE, '../../lib/openapi'), path.resolve(HERE, '../../lib/markdown')];

/** Libraries whose behaviour shapes the lint result or the page data (Redocly, the Markdown pipeline). */
const LIBRARIES = ['@redocly/openapi-core', 'unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-sanitize', 'rehype-stringify'];

/**
 * The page-model version: {@link PAGE_MODEL_VERSION}, Portico's package
 * version, the versions of {@link LIBRARIES} and the source of
 * {@link GENERATOR_DIRS}. A Portico upgrade or an edit to that code changes it.
 */
export function computeVersionKey(): string {
  return generatorKey({ model: `page-model@${PAGE_MODEL_VERSION}`, packages: LIBRARIES, sourceDirs: GENERATOR_DIRS });
}

/** The key over the version and the Portico options that shape one spec's pages. */
export function computeOptionsKey(options: { id: string; file: string; basePath: string; rootDir: string; references?: { roots: readonly string[]; hosts: readonly string[] }; pagesDespiteLintErrors?: boolean }): string {
  return optionsKey(computeVersionKey(), {
    id: options.id,
    file: relativePath(options.rootDir, options.file),
    basePath: options.basePath,
    references: referencesKey(options),
    pagesDespiteLintErrors: options.pagesDespiteLintErrors ?? false,
  });
}

/**
 * The files a loaded Redocly configuration consists of: the config file, the
 * files its `extends` (and other `$ref`s) resolved to as Redocly reports them,
 * its plugin modules, the `.redocly.lint-ignore.yaml` beside it and the plugin
 * paths Redocly probes by default. Entries that are URLs are returned too:
 * a configuration that reads one cannot be cached (see {@link isLocalFile}).
 */
export function lintConfigFiles(config: Config): string[] {
  const files = new Set<string>();
  const dir = config.configPath ? path.dirname(path.resolve(config.configPath)) : undefined;
  if (config.configPath) files.add(path.resolve(config.configPath));
  for (const ref of config.resolvedRefMap?.values() ?? []) {
    const source = ref.document?.source?.absoluteRef;
    if (source) files.add(isLocalFile(source) ? path.resolve(source) : source);
  }
  for (const plugin of config.plugins) {
    const file = plugin.absolutePath ?? plugin.path;
    if (file) files.add(isLocalFile(file) ? path.resolve(file) : file);
  }
  if (dir) {
    // Read by Redocly when present: their appearance must count as a change too.
    files.add(path.join(dir, '.redocly.lint-ignore.yaml'));
    for (const name of ['@theme/plugin.js', '@theme/plugin.cjs', '@theme/plugin.mjs']) files.add(path.join(dir, name));
  }
  return [...files];
}

/** True for a path on disk; false for an `http(s)://` (or other scheme) URL, whose content cannot be hashed offline. */
export function isLocalFile(file: string): boolean {
  return !/^[a-z][a-z0-9+.-]+:\/\//i.test(file);
}

/** The current fingerprint matches the stored one: same key, same config file, every recorded file unchanged. */
export function isFingerprintCurrent(stored: OpenApiSpecFingerprint, optionsKey: string, configFile: string | undefined, rootDir: string): boolean {
  if (stored.optionsKey !== optionsKey) return false;
  if (stored.lintConfig.file !== (configFile ? relativePath(rootDir, configFile) : null)) return false;
  if (Object.keys(stored.files).length === 0) return false;
  return filesUnchanged(stored.files, rootDir) && filesUnchanged(stored.lintConfig.files, rootDir);
}

/**
 * The cached output of a spec when its fingerprint is current and its data
 * reads back intact; `undefined` otherwise. Never throws: a missing, corrupt
 * or unreadable cache is a stale cache.
 */
export function readCachedSpec(
  specDir: string,
  current: { optionsKey: string; configFile: string | undefined; rootDir: string },
): { fingerprint: OpenApiSpecFingerprint; data: CachedSpec } | undefined {
  try {
    const dataFile = path.join(specDir, CACHE_FILES.data);
    const fingerprint = readFingerprint(path.join(specDir, CACHE_FILES.fingerprint), fingerprintSchema);
    if (!fingerprint || !existsSync(dataFile)) return undefined;
    if (!isFingerprintCurrent(fingerprint, current.optionsKey, current.configFile, current.rootDir)) return undefined;
    const bytes = readFileSync(dataFile);
    if (sha256(bytes) !== fingerprint.dataSha256) return undefined;
    const data = cachedSpecSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!data.success) return undefined;
    const cached = data.data as CachedSpec;
    // Pages are left out only for a lint result with errors; anything else is not what this code wrote.
    if (cached.pages === null && cached.lint.errors === 0) return undefined;
    const lint = { ...cached.lint, findings: cached.lint.findings.map((finding) => ({ ...finding, file: path.resolve(current.rootDir, finding.file) })) };
    return { fingerprint, data: { ...cached, lint } };
  } catch {
    return undefined;
  }
}

/**
 * Stores a spec's output: removes the old fingerprint first, writes the data,
 * then the fingerprint (both atomically). A run that stops half-way leaves no
 * fingerprint, so the next run starts over.
 */
export async function writeCachedSpec(
  specDir: string,
  data: CachedSpec,
  fingerprint: Omit<OpenApiSpecFingerprint, 'dataSha256'>,
  rootDir: string,
): Promise<void> {
  await mkdir(specDir, { recursive: true });
  removeFingerprint(path.join(specDir, CACHE_FILES.fingerprint));
  const stored: CachedSpec = { ...data, lint: { ...data.lint, findings: data.lint.findings.map((finding) => ({ ...finding, file: relativePath(rootDir, finding.file) })) } };
  const bytes = Buffer.from(`${JSON.stringify(stored)}\n`);
  await writeFileAtomic(path.join(specDir, CACHE_FILES.data), bytes);
  await writeFingerprint(path.join(specDir, CACHE_FILES.fingerprint), { ...fingerprint, dataSha256: sha256(bytes) } satisfies OpenApiSpecFingerprint);
}

/** Removes the cache folders of specs that are no longer configured (best effort: a leftover folder is only disk space). */
export function removeStaleSpecDirs(cacheDir: string, ids: readonly string[]): void {
  try {
    if (!existsSync(cacheDir)) return;
    for (const name of readdirSync(cacheDir)) {
      if (ids.includes(name)) continue;
      const dir = path.join(cacheDir, name);
      if (statSync(dir).isDirectory()) rmSync(dir, { recursive: true, force: true });
    }
  } catch {
    // Not ours to fail the build over.
  }
}

function referencesKey(options: { rootDir: string; references?: { roots: readonly string[]; hosts: readonly string[] } }) {
  return options.references ? { roots: options.references.roots.map((root) => relativePath(options.rootDir, root)), hosts: [...options.references.hosts].sort() } : null;
}
