import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '@redocly/openapi-core';
import {
  buildOpenApiPages,
  findRedoclyConfig,
  lintOpenApiSpec,
  loadRedoclyConfig,
  projectReferencePolicy,
  type OpenApiLintResult,
  type OpenApiReferencePolicy,
  type OpenApiSpecPages,
} from '../../lib/openapi/index.js';
import { hashFiles, relativePath } from '../../lib/cache/fingerprint.js';
import {
  computeOptionsKey,
  isLocalFile,
  lintConfigFiles,
  readCachedSpec,
  removeStaleSpecDirs,
  writeCachedSpec,
  type CachedSpec,
  type LintConfigFingerprint,
} from './cache.js';

/** Inputs of {@link generateOpenApiSpecs}. */
export interface GenerateOpenApiOptions {
  /** The configured specs: id and absolute path of the root file. */
  specs: readonly { id: string; file: string }[];
  /** Directory of the portal configuration: its `redocly.yaml` sets the lint rules; cached paths are relative to it. */
  rootDir: string;
  /** The cache folder, one subfolder per spec id (the plugin uses `<siteDir>/.generated/openapi`). */
  cacheDir: string;
  /** Path of the HTTP API section, baseUrl included. */
  basePath: string;
  /** Where the specs' `$ref`s may lead (`allowedRoots`, `openapi.allowedHosts`); `rootDir` alone and no host by default. */
  policy?: OpenApiReferencePolicy;
  /** Build pages for a spec with lint errors too (`gates.openapiLint` is "warn" or "off"). @default false */
  pagesDespiteLintErrors?: boolean;
}

/** The Redocly steps, replaceable so tests can see whether they ran. */
export interface OpenApiGenerators {
  /** Loads the Redocly configuration; {@link loadRedoclyConfig} by default. */
  loadConfig: (file: string | undefined) => Promise<Config>;
  /** Loads, bundles and lints one spec; {@link lintOpenApiSpec} by default. */
  lintSpec: (file: string, options: { config: Config; policy?: OpenApiReferencePolicy }) => Promise<OpenApiLintResult>;
  /** Builds the page data of a linted spec; {@link buildOpenApiPages} by default. */
  buildPages: typeof buildOpenApiPages;
}

const DEFAULT_GENERATORS: OpenApiGenerators = { loadConfig: loadRedoclyConfig, lintSpec: lintOpenApiSpec, buildPages: buildOpenApiPages };

/** What one spec came to, computed or reused. */
export interface GeneratedSpec {
  /** The spec's id. */
  id: string;
  /** The lint result (findings, counts); no loaded spec is kept. */
  lint: CachedSpec['lint'];
  /** The page data; `null` when the lint found errors (no pages are built then). */
  pages: OpenApiSpecPages | null;
  /** True when the inputs had not changed and the stored result was used without Redocly. */
  reused: boolean;
  /** Every file the spec consists of (absolute), for the dev server to watch. */
  files: string[];
}

/** The result of {@link generateOpenApiSpecs}. */
export interface GeneratedOpenApi {
  /** One entry per configured spec, in configuration order. */
  specs: GeneratedSpec[];
  /** Spec files and Redocly configuration files that exist, for the dev server to watch. */
  watchFiles: string[];
  /** Problems writing the cache (the build goes on; the next one regenerates). */
  cacheWarnings: string[];
}

/**
 * Lints every spec and builds its page data, or reuses what the last run
 * stored when nothing it was made from changed: the content of every file of
 * the spec (the root and every file Redocly reached through `$ref`), the
 * Redocly configuration files, Portico's options and the page-model version
 * (see `cache.ts`). A reused spec costs no Redocly load, bundle or lint; the
 * Redocly configuration is loaded only when some spec is regenerated.
 *
 * Lint errors are returned, not thrown (the caller applies the gate), and are
 * cached like any result, so a reused failing spec fails again.
 *
 * @throws {@link PortalError} (exit 2) for unusable input, as {@link lintOpenApiSpec} does.
 */
export async function generateOpenApiSpecs(options: GenerateOpenApiOptions, generators: Partial<OpenApiGenerators> = {}): Promise<GeneratedOpenApi> {
  const { loadConfig, lintSpec, buildPages } = { ...DEFAULT_GENERATORS, ...generators };
  const policy = options.policy ?? projectReferencePolicy(options.rootDir);
  // Another policy can refuse or allow other references: results stored under one are not reused under another.
  const references = { roots: policy.boundary.roots, hosts: policy.allowedHosts };
  const configFile = findRedoclyConfig(options.rootDir);
  let config: Promise<{ config: Config; fingerprint: LintConfigFingerprint; local: boolean }> | undefined;
  const loadConfigOnce = () =>
    (config ??= loadConfig(configFile).then((loaded) => {
      const files = lintConfigFiles(loaded);
      return {
        config: loaded,
        fingerprint: { file: configFile ? relativePath(options.rootDir, configFile) : null, files: hashFiles(files.filter(isLocalFile), options.rootDir) },
        local: files.every(isLocalFile),
      };
    }));

  removeStaleSpecDirs(options.cacheDir, options.specs.map((spec) => spec.id));
  const specs: GeneratedSpec[] = [];
  const watch = new Set<string>(configFile ? [configFile] : []);
  const cacheWarnings: string[] = [];

  for (const spec of options.specs) {
    const specDir = path.join(options.cacheDir, spec.id);
    const optionsKey = computeOptionsKey({ id: spec.id, file: spec.file, basePath: options.basePath, rootDir: options.rootDir, references, pagesDespiteLintErrors: options.pagesDespiteLintErrors ?? false });
    const cached = readCachedSpec(specDir, { optionsKey, configFile, rootDir: options.rootDir });
    if (cached) {
      const files = Object.keys(cached.fingerprint.files).map((file) => path.resolve(options.rootDir, file));
      for (const file of [...files, ...Object.keys(cached.fingerprint.lintConfig.files).map((file) => path.resolve(options.rootDir, file))]) watch.add(file);
      specs.push({ id: spec.id, lint: cached.data.lint, pages: cached.data.pages, reused: true, files });
      continue;
    }

    const lintConfig = await loadConfigOnce();
    const result = await lintSpec(spec.file, { config: lintConfig.config, policy });
    const lint = { findings: result.findings, errors: result.errors, warnings: result.warnings };
    // The gate stops the build on an error: no pages are needed then.
    const pages = result.errors === 0 || options.pagesDespiteLintErrors ? buildPages(result.spec, { id: spec.id, basePath: options.basePath }) : null;
    const files = result.spec.files;
    for (const file of [...files.filter(isLocalFile), ...Object.keys(lintConfig.fingerprint.files).map((file) => path.resolve(options.rootDir, file))]) watch.add(file);
    specs.push({ id: spec.id, lint, pages, reused: false, files });

    // A spec or configuration that reads a URL cannot be fingerprinted offline: it is recomputed every build.
    if (!files.every(isLocalFile) || !lintConfig.local) continue;
    try {
      await writeCachedSpec(specDir, { lint, pages }, { optionsKey, files: hashFiles(files, options.rootDir), lintConfig: lintConfig.fingerprint }, options.rootDir);
    } catch (error) {
      cacheWarnings.push(`${spec.id}: cannot write the cache in ${specDir}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { specs, watchFiles: [...watch].filter((file) => existsSync(file)).sort(), cacheWarnings };
}

