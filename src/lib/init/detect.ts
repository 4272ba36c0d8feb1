import { existsSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { detectBenchFormat } from '../bench/index.js';
import { detectCoverageFormat } from '../coverage/index.js';
import { PortalError } from '../errors.js';

/**
 * Finds a project's portal inputs (`portal init --from <repo>`): the TypeScript entry points its
 * package.json publishes, OpenAPI documents, the changelog, Prometheus alerting rules, and coverage
 * and benchmark result files. Every path returned is absolute. Nothing is guessed from a name alone:
 * an OpenAPI file must say `openapi:`/`swagger:` at its top level, a rule file must have
 * `groups[].rules[].alert`, and result files must parse as a format the dashboards read.
 */

/** Folders never searched: dependencies, VCS data, caches and build outputs. */
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  '.cache',
  '.next',
  '.nuxt',
  '.turbo',
  '.docusaurus',
  '.generated',
  '.portal',
  'dist',
  'build',
  'out',
  'lib-cov',
  'target',
  'vendor',
  'bower_components',
]);

/** Search limits, so a monorepo or a stray data folder cannot make `portal init` crawl for minutes. */
export const DETECT_LIMITS = {
  /** Files looked at, in all. */
  maxFiles: 20_000,
  /** Folder depth below the repository root. */
  maxDepth: 8,
  /** Largest file read to find out what it is, in bytes. */
  maxFileBytes: 5 * 1024 * 1024,
} as const;

/** One TypeScript package whose public API the portal documents. */
export interface DetectedApiPackage {
  /** The package name as published, e.g. `@scope/name`. */
  packageName: string;
  /** Where each entry point came from, e.g. `package.json "types"` or `package.json exports["./utils"].types`. */
  sources: string[];
  /** Absolute paths of the entry points (`.d.ts` or `.ts`), in package.json order, without duplicates. */
  entryPoints: string[];
  /** The repository's tsconfig.json, when it has one. */
  repoTsconfig?: string;
}

/** One alerting-rule file. */
export interface DetectedAlertRules {
  file: string;
  /** Alert names, in file order. */
  alerts: string[];
  /** Alerts without an `annotations.runbook_url`. */
  withoutRunbookUrl: string[];
}

/** What `detectProject` found. */
export interface ProjectDetection {
  /** Absolute path of the repository root that was searched. */
  rootDir: string;
  /** package.json `name`, when there is one. */
  packageName?: string;
  /** package.json `description`. */
  description?: string;
  /** https URL of the repository, from package.json `repository` or the git remote `origin`. */
  repository?: string;
  /** Where `repository` came from. */
  repositorySource?: string;
  apiPackages: DetectedApiPackage[];
  /** OpenAPI/Swagger root documents, with the version they declare. */
  openapiSpecs: { file: string; version: string }[];
  /** CHANGELOG.md at the root (any case). */
  changelog?: string;
  alertRules: DetectedAlertRules[];
  /** Coverage reports, with their format. */
  coverage: { file: string; format: string }[];
  /** Benchmark result files, with their format. */
  benchmarks: { file: string; format: string }[];
  /** Things looked at and left out, one sentence each (e.g. an entry point that is not built yet). */
  notes: string[];
  /** True when the search stopped at {@link DETECT_LIMITS}. */
  truncated: boolean;
}

/** Options of {@link detectProject}. */
export interface DetectOptions {
  /** Folders (absolute) not to search, e.g. the portal folder being created inside the repository. */
  exclude?: string[];
}

/**
 * Searches `rootDir` for portal inputs.
 *
 * @throws {@link PortalError} (exit 2) when `rootDir` is not a directory or its package.json is not valid JSON.
 */
export function detectProject(rootDir: string, options: DetectOptions = {}): ProjectDetection {
  const root = path.resolve(rootDir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new PortalError(`portal init --from ${rootDir}: not a directory`, 2, [`${root}: expected the root folder of the project's repository`]);
  }
  const detection: ProjectDetection = {
    rootDir: root,
    apiPackages: [],
    openapiSpecs: [],
    alertRules: [],
    coverage: [],
    benchmarks: [],
    notes: [],
    truncated: false,
  };
  readPackageJson(root, detection);
  if (!detection.repository) readGitRemote(root, detection);

  const changelog = readdirSync(root).find((name) => name.toLowerCase() === 'changelog.md');
  if (changelog && statSync(path.join(root, changelog)).isFile()) detection.changelog = path.join(root, changelog);

  const excluded = new Set((options.exclude ?? []).map((dir) => path.resolve(dir)));
  const files = listFiles(root, excluded, detection);
  for (const file of files) classifyFile(file, detection);
  return detection;
}

interface PackageJson {
  name?: unknown;
  description?: unknown;
  types?: unknown;
  typings?: unknown;
  exports?: unknown;
  repository?: unknown;
}

function readPackageJson(root: string, detection: ProjectDetection): void {
  const file = path.join(root, 'package.json');
  if (!existsSync(file)) {
    detection.notes.push('no package.json at the root: no TypeScript API, title taken from the folder name');
    return;
  }
  let pkg: PackageJson;
  try {
    pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  } catch (error) {
    throw new PortalError(`${file}: not valid JSON`, 2, [`${file}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  if (typeof pkg.name === 'string' && pkg.name.trim() !== '') detection.packageName = pkg.name.trim();
  if (typeof pkg.description === 'string' && pkg.description.trim() !== '') detection.description = pkg.description.trim();
  const repository = repositoryUrl(pkg.repository);
  if (repository) {
    detection.repository = repository;
    detection.repositorySource = 'package.json "repository"';
  }

  const candidates: { file: string; source: string }[] = [];
  for (const key of ['types', 'typings'] as const) {
    const value = pkg[key];
    if (typeof value === 'string') candidates.push({ file: value, source: `package.json "${key}"` });
  }
  collectExportTypes(pkg.exports, 'exports', candidates);

  const entryPoints: string[] = [];
  const sources: string[] = [];
  for (const candidate of candidates) {
    if (candidate.file.includes('*')) {
      detection.notes.push(`${candidate.source} is a pattern (${candidate.file}): list its files in api.packages by hand`);
      continue;
    }
    const abs = path.resolve(root, candidate.file);
    if (!abs.startsWith(root + path.sep)) {
      detection.notes.push(`${candidate.source} points outside the repository (${candidate.file}): left out`);
      continue;
    }
    if (!/\.d\.[cm]?ts$|\.[cm]?tsx?$/.test(abs)) {
      detection.notes.push(`${candidate.source} is not a TypeScript file (${candidate.file}): left out`);
      continue;
    }
    if (!existsSync(abs)) {
      detection.notes.push(`${candidate.source} names ${candidate.file}, which does not exist (build the package first, then run portal init again or add it by hand)`);
      continue;
    }
    if (!entryPoints.includes(abs)) {
      entryPoints.push(abs);
      sources.push(candidate.source);
    }
  }
  if (entryPoints.length > 0 && detection.packageName) {
    const tsconfig = path.join(root, 'tsconfig.json');
    detection.apiPackages.push({
      packageName: detection.packageName,
      sources,
      entryPoints,
      ...(existsSync(tsconfig) ? { repoTsconfig: tsconfig } : {}),
    });
  } else if (entryPoints.length > 0) {
    detection.notes.push('package.json has type entry points but no "name": no API package added');
  }
}

/** The `types` conditions of an `exports` map, at any depth (`"import": { "types": ... }` included). */
function collectExportTypes(value: unknown, where: string, out: { file: string; source: string }[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const here = `${where}[${JSON.stringify(key)}]`;
    if (key === 'types' && typeof inner === 'string') out.push({ file: inner, source: `package.json ${here}` });
    else if (key === 'types' && Array.isArray(inner)) {
      inner.filter((item): item is string => typeof item === 'string').forEach((item) => out.push({ file: item, source: `package.json ${here}` }));
    } else collectExportTypes(inner, here, out);
  }
}

/**
 * package.json `repository` as an https URL: `{ url: "git+https://github.com/o/r.git" }`,
 * `"github:o/r"`, `"o/r"`, `"gitlab:o/r"` or `"git@github.com:o/r.git"`.
 */
export function repositoryUrl(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : value && typeof value === 'object' && typeof (value as { url?: unknown }).url === 'string' ? (value as { url: string }).url : undefined;
  if (!raw) return undefined;
  const text = raw.trim();
  const hosts: Record<string, string> = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text);
  if (shorthand) return `https://${hosts[shorthand[1] ?? 'github']}/${shorthand[2]}/${shorthand[3]}`;
  const scp = /^(?:ssh:\/\/)?git@([\w.-]+)[:/](.+?)(?:\.git)?\/?$/.exec(text);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  const url = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(text);
  if (url) return `https://${url[1]}/${url[2]}`;
  return undefined;
}

/** The `origin` remote of `.git/config`, read as text (no git process). */
function readGitRemote(root: string, detection: ProjectDetection): void {
  const config = path.join(root, '.git', 'config');
  if (!existsSync(config) || !statSync(config).isFile()) return;
  const text = readFileSync(config, 'utf8');
  const section = /\[remote "origin"\]([^[]*)/.exec(text)?.[1];
  // [ \t], not \s: with the m flag, \s* would run across line ends and every line start would
  // rescan the rest (quadratic on a config of blank lines); on one line the match is linear.
  const url = section && /^[ \t]*url[ \t]*=[ \t]*(.+)$/m.exec(section)?.[1];
  const https = url ? repositoryUrl(url) : undefined;
  if (https) {
    detection.repository = https;
    detection.repositorySource = 'the git remote "origin"';
  }
}

/** Files under `root`, breadth first and sorted, within {@link DETECT_LIMITS}. */
function listFiles(root: string, excluded: Set<string>, detection: ProjectDetection): string[] {
  const files: string[] = [];
  let queue: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
  while (queue.length > 0) {
    const next: { dir: string; depth: number }[] = [];
    for (const { dir, depth } of queue) {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (SKIPPED_DIRS.has(entry.name) || excluded.has(full)) continue;
          if (depth + 1 <= DETECT_LIMITS.maxDepth) next.push({ dir: full, depth: depth + 1 });
        } else if (entry.isFile()) {
          if (files.length >= DETECT_LIMITS.maxFiles) {
            detection.truncated = true;
            return files;
          }
          files.push(full);
        }
      }
    }
    queue = next;
  }
  return files;
}

const YAML_OR_JSON = /\.(ya?ml|json)$/i;

function classifyFile(file: string, detection: ProjectDetection): void {
  const name = path.basename(file);
  const lower = name.toLowerCase();
  const rel = path.relative(detection.rootDir, file).split(path.sep);
  // Coverage reports usually sit in coverage/, which is searched; their names say what they are.
  if (lower === 'coverage-summary.json' || lower === 'lcov.info' || /^cobertura.*\.xml$/.test(lower) || lower === 'coverage.xml') {
    const text = readSmall(file, detection);
    const format = text === undefined ? undefined : detectCoverageFormat(text).format;
    if (format) detection.coverage.push({ file, format });
    return;
  }
  if (rel.some((segment) => /bench/i.test(segment)) && /\.(json|txt)$/i.test(lower) && !lower.endsWith('package.json') && !lower.startsWith('tsconfig')) {
    const text = readSmall(file, detection);
    const format = text === undefined ? undefined : detectBenchFormat(text).format;
    if (format) {
      detection.benchmarks.push({ file, format });
      return;
    }
  }
  if (!YAML_OR_JSON.test(lower) || lower === 'package.json' || lower === 'package-lock.json' || lower.startsWith('tsconfig')) return;
  const text = readSmall(file, detection);
  if (text === undefined) return;
  const openapi = openapiVersion(text, lower.endsWith('.json'));
  if (openapi) {
    detection.openapiSpecs.push({ file, version: openapi });
    return;
  }
  if (!lower.endsWith('.json')) {
    const rules = alertRules(text);
    if (rules) detection.alertRules.push({ file, ...rules });
  }
}

function readSmall(file: string, detection: ProjectDetection): string | undefined {
  try {
    const size = statSync(file).size;
    if (size > DETECT_LIMITS.maxFileBytes) {
      detection.notes.push(`${path.relative(detection.rootDir, file)}: larger than ${DETECT_LIMITS.maxFileBytes / 1024 / 1024} MB, not read`);
      return undefined;
    }
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The declared version when the document's top level has `openapi:` or `swagger:`. */
function openapiVersion(text: string, json: boolean): string | undefined {
  if (json) {
    if (!/"(?:openapi|swagger)"\s*:/.test(text)) return undefined;
    try {
      const value = JSON.parse(text) as Record<string, unknown>;
      const version = value?.openapi ?? value?.swagger;
      return typeof version === 'string' ? version : undefined;
    } catch {
      return undefined;
    }
  }
  // Top-level YAML keys start the line; a nested `openapi:` is indented.
  const match = /^(?:openapi|swagger)\s*:\s*['"]?([0-9][0-9.]*)/m.exec(text);
  return match?.[1];
}

/** Alert names of a Prometheus rule file or `PrometheusRule` resource, when it is one. */
function alertRules(text: string): { alerts: string[]; withoutRunbookUrl: string[] } | undefined {
  // Linear: [ \t] stays on the line (see readGitRemote), and the optional `- ` is one group, so two
  // runs of blanks never compete for the same spaces (`\s*-?\s*` backtracked quadratically on a long blank line).
  if (!/^[ \t]*(?:-[ \t]*)?alert[ \t]*:/m.test(text) || !/groups\s*:/.test(text)) return undefined;
  let documents: unknown[];
  try {
    documents = [parseYaml(text, { maxAliasCount: 100 }) as unknown];
  } catch {
    return undefined;
  }
  const alerts: string[] = [];
  const withoutRunbookUrl: string[] = [];
  for (const doc of documents) {
    const root = doc as { groups?: unknown; spec?: { groups?: unknown } } | null;
    const groups = root?.groups ?? root?.spec?.groups;
    if (!Array.isArray(groups)) continue;
    for (const group of groups) {
      const rules = (group as { rules?: unknown } | null)?.rules;
      if (!Array.isArray(rules)) continue;
      for (const rule of rules) {
        const { alert, annotations } = (rule ?? {}) as { alert?: unknown; annotations?: { runbook_url?: unknown } };
        if (typeof alert !== 'string') continue;
        alerts.push(alert);
        if (typeof annotations?.runbook_url !== 'string') withoutRunbookUrl.push(alert);
      }
    }
  }
  return alerts.length > 0 ? { alerts, withoutRunbookUrl } : undefined;
}
