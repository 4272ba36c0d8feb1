import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createJiti } from 'jiti';
import type { z } from 'zod';
import { ConfigError } from '../lib/errors.js';
import { formatZodIssue } from '../lib/core/zod-issues.js';
import { createProjectBoundary } from '../lib/paths/containment.js';
import { portalConfigSchema, type PortalConfigParsed } from './schema.js';

/** File name looked up in the working directory when neither `--config` nor `PORTAL_CONFIG` is given. */
export const DEFAULT_CONFIG_FILE = 'portal.config.ts';

/** The validated configuration with every path made absolute, plus where it came from. */
export type PortalConfig = PortalConfigParsed & {
  /** Absolute path of the file the configuration was loaded from. */
  configFile: string;
  /** Directory of the configuration file; relative paths in it are resolved from here. */
  rootDir: string;
  /** Deprecated fields the file uses, each with what to write instead; printed as warnings by the commands. */
  deprecations: string[];
};

/**
 * Picks the configuration file: an explicit path wins, then `PORTAL_CONFIG`,
 * then `portal.config.ts` in `cwd`.
 */
export function resolveConfigPath(explicit?: string, cwd: string = process.cwd()): string {
  const chosen = explicit ?? process.env.PORTAL_CONFIG ?? DEFAULT_CONFIG_FILE;
  return path.resolve(cwd, chosen);
}

/**
 * Loads, validates and resolves a Portico configuration file.
 *
 * @param configPath - Path of the file; see {@link resolveConfigPath} for the default.
 * @throws {@link ConfigError} (exit code 2) when the file is missing, fails to
 * load, or does not match the schema. Every problem is one line naming the
 * field, the value found and what was expected.
 */
export async function loadPortalConfig(configPath?: string): Promise<PortalConfig> {
  const file = resolveConfigPath(configPath);
  if (!existsSync(file)) {
    throw new ConfigError(file, [`file not found (pass --config <file> or set PORTAL_CONFIG)`]);
  }
  let raw: unknown;
  try {
    // jiti compiles the TypeScript config on the fly, both under the CLI and inside
    // docusaurus.config.ts; a fresh instance each time so edits are picked up.
    const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false });
    raw = await jiti.import(file, { default: true });
  } catch (error) {
    throw new ConfigError(file, [describeLoadError(error, file)]);
  }
  return validatePortalConfig(readExportedValues(raw, file), file);
}

/**
 * `portal.config.ts:3:28: syntax error: Unexpected token`: jiti puts the place
 * of a syntax error on the message's second line, which the first line alone lost.
 */
function describeLoadError(error: unknown, file: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const place = /(?:^|\s)(\S+):(\d+):(\d+)\s*$/m.exec(message);
  if (/ParseError|SyntaxError/.test(message) && place) {
    const reason = firstLine(error).replace(/^(Error: )?(ParseError|SyntaxError): */, '').trim() || 'unexpected text';
    return `could not be loaded: ${path.relative(process.cwd(), file) || file}:${place[2]}:${place[3]}: syntax error: ${reason}, expected valid TypeScript`;
  }
  return `could not be loaded: ${firstLine(error)}`;
}

/**
 * Reads every value of the exported object once (getters included) into plain
 * objects and arrays, so a getter that throws is a configuration error naming
 * its field, not a stack trace from inside the schema (issue 22).
 */
function readExportedValues(raw: unknown, file: string): unknown {
  const seen = new Map<object, unknown>();
  const copy = (value: unknown, at: string): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
    if (seen.has(value)) return seen.get(value);
    const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    seen.set(value, out);
    for (const key of Object.keys(value)) {
      const field = Array.isArray(value) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
      let item: unknown;
      try {
        item = (value as Record<string, unknown>)[key];
      } catch (error) {
        throw new ConfigError(file, [`${field}: reading the value threw "${firstLine(error)}", expected a plain value`]);
      }
      (out as Record<string, unknown>)[key] = copy(item, field);
    }
    return out;
  };
  return copy(raw, '');
}

/**
 * Validates an already-loaded configuration object and resolves its paths
 * against the directory of `file`.
 *
 * @throws {@link ConfigError} listing every problem.
 */
export function validatePortalConfig(raw: unknown, file: string): PortalConfig {
  const result = portalConfigSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    throw new ConfigError(file, result.error.issues.map(formatIssue));
  }
  const rootDir = path.dirname(file);
  const { config: current, deprecations } = applyDeprecatedAliases(result.data, raw);
  const config = resolvePaths(current, rootDir);
  const missing = findMissingPaths(config, rootDir);
  if (missing.length > 0) throw new ConfigError(file, missing);
  return { ...config, configFile: file, rootDir, deprecations };
}

/**
 * `thresholds.docCoverageMode` came before `gates`; it still works, as
 * `gates.docCoverage`, unless the file sets `gates.docCoverage` itself.
 */
function applyDeprecatedAliases(config: PortalConfigParsed, raw: unknown): { config: PortalConfigParsed; deprecations: string[] } {
  const mode = config.thresholds.docCoverageMode;
  if (mode === undefined) return { config, deprecations: [] };
  const rawGates = (raw as { gates?: Record<string, unknown> }).gates;
  const explicit = rawGates !== undefined && rawGates.docCoverage !== undefined;
  const deprecations = [
    explicit
      ? `thresholds.docCoverageMode is deprecated and ignored because gates.docCoverage is set; remove it`
      : `thresholds.docCoverageMode is deprecated: write gates: { docCoverage: ${JSON.stringify(mode)} } instead`,
  ];
  if (explicit) return { config, deprecations };
  return { config: { ...config, gates: { ...config.gates, docCoverage: mode } }, deprecations };
}

/** `field.path: got <value>, expected <what>`; the one-line form every config error takes (worded by src/lib/core). */
export function formatIssue(issue: z.core.$ZodIssue): string {
  return formatZodIssue(issue, { schema: portalConfigSchema });
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function resolvePaths(config: PortalConfigParsed, rootDir: string): PortalConfigParsed {
  const abs = (p: string) => path.resolve(rootDir, p);
  return {
    ...config,
    api: {
      ...config.api,
      packages: config.api.packages.map((pkg) => ({
        ...pkg,
        entryPoints: pkg.entryPoints.map(abs),
        tsconfig: abs(pkg.tsconfig),
      })),
    },
    allowedRoots: config.allowedRoots.map(abs),
    openapi: { ...config.openapi, specs: config.openapi.specs.map((spec) => ({ ...spec, file: abs(spec.file) })) },
    dashboards: {
      benchmarks: config.dashboards.benchmarks.map(abs),
      coverage: config.dashboards.coverage.map(abs),
      historyDir: abs(config.dashboards.historyDir),
    },
    runbooks: { alertRules: config.runbooks.alertRules.map(abs) },
    changelogs: config.changelogs.map((log) => ({ ...log, file: abs(log.file) })),
  };
}

/**
 * Input files named in the config must exist; the history directory may be created later.
 * Every path must lie inside the project: the config's folder or one of `allowedRoots` (symbolic links resolved).
 */
function findMissingPaths(config: PortalConfigParsed, rootDir: string): string[] {
  const problems: string[] = [];
  config.allowedRoots.forEach((root, i) => {
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      problems.push(`allowedRoots[${i}]: got ${JSON.stringify(path.relative(rootDir, root) || '.')}, expected an existing folder`);
    }
  });
  const boundary = createProjectBoundary(rootDir, config.allowedRoots);
  const check = (field: string, file: string, kind: 'file' | 'any' | 'folder') => {
    const shown = path.relative(rootDir, file) || '.';
    if (!boundary.contains(file)) {
      const what = kind === 'file' ? 'a file' : kind === 'folder' ? 'a folder' : 'a file or folder';
      problems.push(`${field}: got ${JSON.stringify(shown)}, expected ${what} inside the project (${boundary.describe()}); add its folder to allowedRoots to allow it`);
      return;
    }
    if (kind === 'folder') return;
    if (!existsSync(file)) {
      problems.push(`${field}: got ${JSON.stringify(shown)}, expected an existing ${kind === 'file' ? 'file' : 'file or directory'}`);
    } else if (kind === 'file' && !statSync(file).isFile()) {
      problems.push(`${field}: got ${JSON.stringify(shown)}, expected a file, not a directory`);
    }
  };
  config.api.packages.forEach((pkg, i) => {
    pkg.entryPoints.forEach((entry, j) => check(`api.packages[${i}].entryPoints[${j}]`, entry, 'file'));
    check(`api.packages[${i}].tsconfig`, pkg.tsconfig, 'file');
  });
  config.openapi.specs.forEach((spec, i) => check(`openapi.specs[${i}].file`, spec.file, 'file'));
  config.dashboards.benchmarks.forEach((p, i) => check(`dashboards.benchmarks[${i}]`, p, 'any'));
  config.dashboards.coverage.forEach((p, i) => check(`dashboards.coverage[${i}]`, p, 'any'));
  config.runbooks.alertRules.forEach((p, i) => check(`runbooks.alertRules[${i}]`, p, 'file'));
  config.changelogs.forEach((log, i) => check(`changelogs[${i}].file`, log.file, 'file'));
  check('dashboards.historyDir', config.dashboards.historyDir, 'folder');
  return problems;
}
