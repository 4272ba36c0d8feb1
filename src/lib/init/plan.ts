import { existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PortalError } from '../errors.js';
import { renderPortalConfig, type ConfigTemplateInput } from './config-template.js';
import { renderContent } from './content-templates.js';
import type { ProjectDetection } from './detect.js';
import { plural } from '../core/text.js';

/** Options of {@link planPortalInit}. */
export interface InitOptions {
  /** Absolute path of the portal folder to create. */
  dir: string;
  /** What `detectProject` found in the repository given with `--from`, if any. */
  detection?: ProjectDetection;
  /** Absolute path of Portico's own folder (where src/config/ is), for the config's type import. */
  porticoDir: string;
  /** Title when there is no package name, e.g. the repository folder's name. */
  fallbackTitle: string;
  /** `YYYY-MM-DD`, written into the RFC template's `created`. */
  today: string;
}

/** One file `portal init` writes. */
export interface PlannedFile {
  /** Absolute path. */
  file: string;
  contents: string;
}

/** Everything `portal init` will write, and what the config says, for the summary it prints. */
export interface InitPlan {
  dir: string;
  configFile: string;
  files: PlannedFile[];
  /** The config's fields filled from the detection (empty without `--from`). */
  config: ConfigTemplateInput;
}

/** Name of the tsconfig written next to the config for the API reference, when a package is found. */
export const API_TSCONFIG_FILE = 'tsconfig.api.json';

/** Works out every file of a new portal; writes nothing. */
export function planPortalInit(options: InitOptions): InitPlan {
  const dir = path.resolve(options.dir);
  const detection = options.detection;
  const rel = (file: string) => {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  };
  const title = detection?.packageName ?? options.fallbackTitle;
  const files: PlannedFile[] = [];

  const apiPackages: ConfigTemplateInput['apiPackages'] = [];
  for (const pkg of detection?.apiPackages ?? []) {
    const tsconfig = path.join(dir, API_TSCONFIG_FILE);
    files.push({ file: tsconfig, contents: apiTsconfig(pkg.entryPoints, pkg.repoTsconfig, rel) });
    apiPackages.push({
      name: slugify(pkg.packageName.replace(/^@[^/]+\//, '')) || 'api',
      title: pkg.packageName,
      entryPoints: pkg.entryPoints.map(rel),
      tsconfig: `./${API_TSCONFIG_FILE}`,
      comment: `From ${pkg.sources.join(', ')}; ${API_TSCONFIG_FILE} (written by portal init) compiles them.`,
    });
  }

  const usedIds = new Set<string>();
  const openapiSpecs = (detection?.openapiSpecs ?? []).map((spec) => ({
    id: uniqueId(specId(spec.file), usedIds),
    file: rel(spec.file),
    comment: `${/^2/.test(spec.version) ? 'Swagger' : 'OpenAPI'} ${spec.version}`,
  }));

  const changelogs = detection?.changelog
    ? [{ id: slugify(title.replace(/^@[^/]+\//, '')) || 'changelog', title, file: rel(detection.changelog) }]
    : [];

  const alertRules = (detection?.alertRules ?? []).map((rules) => ({
    file: rel(rules.file),
    comment:
      rules.withoutRunbookUrl.length > 0
        ? `${rules.alerts.length} alert(s); without runbook_url: ${listSome(rules.withoutRunbookUrl)}`
        : `${rules.alerts.length} alert(s), each with a runbook_url`,
  }));

  const config: ConfigTemplateInput = {
    typeImport: typeImportFor(dir, options.porticoDir),
    title,
    tagline: detection?.description ?? `Guides, reference, RFCs, runbooks and releases of ${title}.`,
    ...(detection?.repository ? { repository: detection.repository } : {}),
    allowedRoots: detection && !isInside(detection.rootDir, dir) ? [rel(detection.rootDir)] : [],
    apiPackages,
    openapiSpecs,
    changelogs,
    alertRules,
    coverage: (detection?.coverage ?? []).map((entry) => rel(entry.file)),
    benchmarks: (detection?.benchmarks ?? []).map((entry) => rel(entry.file)),
    gates: gatesFor(apiPackages.length > 0, openapiSpecs.length > 0, alertRules.length > 0, changelogs.length > 0),
  };
  const configFile = path.join(dir, 'portal.config.ts');
  files.unshift({ file: configFile, contents: renderPortalConfig(config) });

  const content = renderContent({
    title,
    ...(detection?.description ? { description: detection.description } : {}),
    ...(detection?.packageName ? { packageName: detection.packageName } : {}),
    hasChangelog: changelogs.length > 0,
    today: options.today,
  });
  for (const [name, contents] of Object.entries(content)) files.push({ file: path.join(dir, ...name.split('/')), contents });
  return { dir, configFile, files, config };
}

/**
 * Writes the plan. Without `force`, refuses (exit 2, naming each file) when any of its files
 * exists; with it, replaces those files and leaves every other file in the folder alone.
 */
export function writePortalInit(plan: InitPlan, force: boolean): void {
  if (existsSync(plan.dir) && !statSync(plan.dir).isDirectory()) {
    throw new PortalError(`portal init: ${plan.dir} is a file, not a folder`, 2, [`${plan.dir}: expected a folder to create the portal in`]);
  }
  const existing = plan.files.filter(({ file }) => existsSync(file));
  if (existing.length > 0 && !force) {
    throw new PortalError(
      `portal init: ${plural(existing.length, 'file')} already exist${existing.length === 1 ? 's' : ''} in ${plan.dir}; nothing was written (pass --force to replace ${existing.length === 1 ? 'it' : 'them'})`,
      2,
      existing.map(({ file }) => `${file}: exists`),
    );
  }
  for (const { file, contents } of plan.files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}

/**
 * Where the config takes `PortalConfigInput` from: `portico/src/config/index.js` when the
 * running Portico is the `portico` package the folder resolves (the usual install), otherwise a
 * relative path to this Portico's src/config/. Type-only, so loading never depends on it.
 */
export function typeImportFor(dir: string, porticoDir: string): string {
  try {
    const resolved = createRequire(path.join(dir, 'noop.js')).resolve('portico/package.json');
    if (realpathSync(path.dirname(resolved)) === realpathSync(porticoDir)) return 'portico/src/config/index.js';
  } catch {
    // Not installed as a package where the portal lives: point at this copy of Portico.
  }
  const relative = path.relative(dir, path.join(porticoDir, 'src', 'config', 'index.js')).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function apiTsconfig(entryPoints: string[], repoTsconfig: string | undefined, rel: (file: string) => string): string {
  const declarationsOnly = entryPoints.every((file) => /\.d\.[cm]?ts$/.test(file));
  // Declaration files need no project settings; sources keep the repository's (paths, jsx, ...).
  const config =
    repoTsconfig && !declarationsOnly
      ? { extends: rel(repoTsconfig), compilerOptions: { noEmit: true }, files: entryPoints.map(rel), include: [] }
      : {
          compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, skipLibCheck: true, noEmit: true },
          files: entryPoints.map(rel),
        };
  return `${JSON.stringify(config, null, 2)}\n`;
}

function gatesFor(api: boolean, openapi: boolean, alerts: boolean, changelog: boolean): ConfigTemplateInput['gates'] {
  // `what` is the input's name with its article ("the public API"); `configured` says what is missing without one.
  const existing = (has: boolean, what: string, configured: string) =>
    has
      ? { severity: 'warn' as const, comment: `${what} was written before the portal: start by reading the findings` }
      : { severity: 'error' as const, comment: `nothing to check yet (no ${configured} configured)` };
  return [
    { name: 'links', severity: 'error', comment: 'links to pages that do not exist fail the build' },
    { name: 'anchors', severity: 'error', comment: 'links to headings that do not exist' },
    { name: 'markdownLint', severity: 'error', comment: 'Markdown lint of the content folders' },
    { name: 'rfcs', severity: 'error', comment: 'RFC front matter and sections' },
    { name: 'docCoverage', ...existing(api, 'the public API', 'API package') },
    { name: 'openapiLint', ...existing(openapi, 'the OpenAPI spec', 'OpenAPI spec') },
    { name: 'runbooks', ...existing(alerts, 'the alerting rules file', 'alert-rule file') },
    { name: 'changelog', ...existing(changelog, 'the changelog', 'changelog') },
    { name: 'scriptBudgets', severity: 'error', comment: 'JavaScript per page kind against budgets.scripts (portal check scripts)' },
  ];
}

/** The first few names, then how many more. */
function listSome(names: string[], shown = 5): string {
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Lowercase kebab-case, as config ids must be. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An id for a spec: its file name, or its folder's when the file is just `openapi.yaml`. */
function specId(file: string): string {
  const base = path.basename(file).replace(/\.(ya?ml|json)$/i, '');
  const generic = /^(openapi|swagger|spec|api)([-_.]?v?\d.*)?$/i.test(base);
  const id = slugify(generic ? `${path.basename(path.dirname(file))}` : base);
  return id || slugify(base) || 'api';
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}
