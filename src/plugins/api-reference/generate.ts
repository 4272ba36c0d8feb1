import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as z from 'zod';
import { analyzeApiPackages } from '../../lib/api-coverage/analyze.js';
import type { ApiPackageInput, TypeDocMessage } from '../../lib/api-coverage/convert.js';
import { parseDocCoverageJson, toDocCoverageJson } from '../../lib/api-coverage/report-json.js';
import type { ReflectionKindName } from '../../lib/api-coverage/kinds.js';
import type { SiteLocation } from '../../lib/api-coverage/page-urls.js';
import { buildDocCoverageReport, type DocCoverageReport } from '../../lib/api-coverage/report.js';
import { keepOwnSources, packageDirectoryOf, resolveSourceLinks } from '../../lib/api-coverage/source-links.js';
import { filesUnchanged, generatorKey, hashFiles, optionsKey as keyOfOptions, readFingerprint, relativePath, writeFingerprint } from '../../lib/cache/fingerprint.js';
import { boundSidebarItems, DEFAULT_SIDEBAR_GROUP_LIMIT, type SidebarItem } from '../../lib/api-reference/sidebar.js';
import { resolveCommentLinks, type CommentLinkFinding } from './comment-links.js';
import { addPageDescriptions } from './page-description.js';
import { COVERAGE_DOC, OVERVIEW_DOC, renderCoveragePage, renderOverviewPage, type DocCoverageHistoryRun, type DocCoverageMode } from './section-pages.js';

/** Inputs of {@link generateApiReference}. */
export interface GenerateApiReferenceOptions {
  /** The configured packages, paths absolute. */
  packages: readonly ApiPackageInput[];
  /** Repository root (directory of `portal.config.ts`): source paths and links are relative to it. */
  rootDir: string;
  /** Where the generated docs go; served by the `api` docs-plugin instance. */
  outDir: string;
  /** Reflection kinds to count. */
  kinds: readonly ReflectionKindName[];
  /** Minimum percent per package. */
  threshold: number;
  /** Fail or warn below the threshold (shown on the coverage page). */
  mode: DocCoverageMode;
  /** The published site: page URLs and source links. */
  site: SiteLocation;
  /** Recorded doc-coverage runs, listed on the coverage page (not part of the fingerprint: no conversion depends on them). */
  history?: readonly DocCoverageHistoryRun[];
  /**
   * Items an expanded sidebar group shows at most (`api.sidebarGroupLimit`); a larger
   * group is split into alphabetical sub-categories. Defaults to {@link DEFAULT_SIDEBAR_GROUP_LIMIT}.
   */
  sidebarGroupLimit?: number;
}

/** What a generation produced (or found current from the last one). */
export interface GeneratedApiReference {
  /** Coverage of every package, from the same conversion as the pages. */
  report: DocCoverageReport;
  /** True when the inputs had not changed and the last output was kept as it was. */
  reused: boolean;
  /** Sidebars file for the docs-plugin instance. */
  sidebarPath: string;
  /** Project files the pages were made from (outside node_modules), for the dev server to watch. */
  watchFiles: string[];
  /** TypeDoc's warnings, per package (empty when reused). */
  warnings: PackageWarning[];
  /**
   * Doc-comment links that lead nowhere, each once (kept with the output,
   * so a reused output reports them again); they are rendered as plain text.
   */
  linkFindings: CommentLinkFinding[];
}

/** A warning TypeDoc logged while converting a package. */
export interface PackageWarning {
  /** Name of the package. */
  package: string;
  /** The warning. */
  message: TypeDocMessage;
}

/** File names inside `outDir` besides the packages' folders. */
export const GENERATED_FILES = {
  /** The `api` sidebar: overview, coverage page, one category per package. */
  sidebars: 'sidebars.cjs',
  /** The coverage report of the last generation (the `--json` format). */
  report: 'doc-coverage.json',
  /** What the output was generated from; see {@link ApiReferenceFingerprint}. */
  fingerprint: '.fingerprint.json',
  /** The doc-comment link findings of the last generation. */
  linkFindings: '.comment-links.json',
} as const;

/** Sidebar id of the API section. */
export const API_SIDEBAR_ID = 'api';

/**
 * Generates the API reference and measures doc coverage with ONE TypeDoc
 * conversion per package: the project TypeDoc converts is rendered to
 * Markdown (typedoc-plugin-markdown with the docusaurus theme) and counted
 * (the same rules as `portal doc-coverage`) before it is discarded.
 *
 * When the options and every file of every package's program are unchanged
 * since the last run (see {@link isFingerprintCurrent}), nothing is converted:
 * the pages on disk and the stored report are current.
 *
 * @throws {@link PortalError} (exit 2) when a package cannot be converted.
 */
export async function generateApiReference(options: GenerateApiReferenceOptions): Promise<GeneratedApiReference> {
  const sourceLinks = options.packages.map((pkg) => resolveSourceLinks(pkg, options.site, options.rootDir));
  const optionsKey = computeOptionsKey({
    packages: options.packages.map((pkg, index) => ({
      name: pkg.name,
      title: pkg.title ?? null,
      entryPoints: pkg.entryPoints.map((entry) => path.relative(options.rootDir, entry)),
      tsconfig: path.relative(options.rootDir, pkg.tsconfig),
      sourceLinks: { ...sourceLinks[index], root: path.relative(options.rootDir, sourceLinks[index]!.root) },
    })),
    kinds: options.kinds,
    site: options.site,
    sidebarGroupLimit: options.sidebarGroupLimit ?? DEFAULT_SIDEBAR_GROUP_LIMIT,
  });
  const sidebarPath = path.join(options.outDir, GENERATED_FILES.sidebars);

  const cached = readCurrentOutput(options, optionsKey);
  if (cached) {
    const report = { ...cached.report, threshold: options.threshold };
    writeSectionPages(options.outDir, report, options.mode, options.history ?? []);
    return { report, reused: true, sidebarPath, watchFiles: watchFilesOf(cached.fingerprint, options.rootDir), warnings: [], linkFindings: cached.linkFindings };
  }

  // Stale or missing: start from an empty folder so no page of a removed symbol survives.
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  const fingerprints: PackageFingerprint[] = [];
  const sidebarItems: unknown[] = [];
  const linkFindings: CommentLinkFinding[] = [];

  const analyzed = await analyzeApiPackages(options.packages, {
    rootDir: options.rootDir,
    kinds: options.kinds,
    site: options.site,
    sourceLinks,
    markdown: { outDir: options.outDir },
    // `links` is always set: every package's source links are passed in above.
    onPackage: async ({ input, app, project, programFiles }, { sourceLinks: links }) => {
      // Links first: they locate each comment by its declaration, which keepOwnSources may hide.
      const comments = resolveCommentLinks(app, project, { links: links!, packageDir: packageDirectoryOf(input.tsconfig), rootDir: options.rootDir });
      keepOwnSources(project, links!);
      addPageDescriptions(app, input.title ?? input.name);
      await app.generateOutputs(project);
      linkFindings.push(...comments.findings);
      sidebarItems.push(packageCategory(input, path.join(options.outDir, input.name), options.sidebarGroupLimit ?? DEFAULT_SIDEBAR_GROUP_LIMIT));
      fingerprints.push(fingerprintPackage(input.name, input.tsconfig, programFiles, options.rootDir));
    },
  });
  const coverages = analyzed.map(({ coverage }) => coverage);
  // A relative path that is not a file is a link finding with its file and line; TypeDoc's warning names neither.
  const warnings: PackageWarning[] = analyzed.flatMap(({ warnings: messages }, index) =>
    messages.filter((message) => !/^The relative path .* is not a file/.test(message.message)).map((message) => ({ package: options.packages[index]!.name, message })),
  );

  const report = buildDocCoverageReport(coverages, { kinds: options.kinds, threshold: options.threshold });
  writeFileSync(
    sidebarPath,
    `// Generated by Portico's API reference plugin; do not edit.\nmodule.exports = ${JSON.stringify(
      { [API_SIDEBAR_ID]: [{ type: 'doc', id: OVERVIEW_DOC, label: 'Overview' }, { type: 'doc', id: COVERAGE_DOC, label: 'Doc coverage' }, ...sidebarItems] },
      null,
      2,
    )};\n`,
  );
  writeSectionPages(options.outDir, report, options.mode, options.history ?? []);
  writeFileSync(path.join(options.outDir, GENERATED_FILES.report), `${JSON.stringify(toDocCoverageJson(report), null, 2)}\n`);
  writeFileSync(path.join(options.outDir, GENERATED_FILES.linkFindings), `${JSON.stringify(linkFindings, null, 2)}\n`);
  // Written last: a run that stops half-way leaves no fingerprint, so the next run starts over.
  const fingerprint: ApiReferenceFingerprint = { optionsKey, packages: fingerprints };
  await writeFingerprint(path.join(options.outDir, GENERATED_FILES.fingerprint), fingerprint);
  return { report, reused: false, sidebarPath, watchFiles: watchFilesOf(fingerprint, options.rootDir), warnings, linkFindings };
}

/** The last output, when its fingerprint says it is current and its report reads back. */
function readCurrentOutput(options: GenerateApiReferenceOptions, optionsKey: string) {
  const fingerprintFile = path.join(options.outDir, GENERATED_FILES.fingerprint);
  const reportFile = path.join(options.outDir, GENERATED_FILES.report);
  const findingsFile = path.join(options.outDir, GENERATED_FILES.linkFindings);
  if (!existsSync(fingerprintFile) || !existsSync(reportFile) || !existsSync(findingsFile) || !existsSync(path.join(options.outDir, GENERATED_FILES.sidebars))) return undefined;
  try {
    const fingerprint = readFingerprint(fingerprintFile, fingerprintSchema);
    if (!fingerprint || !isFingerprintCurrent(fingerprint, optionsKey, options.packages, options.rootDir)) return undefined;
    const parsed = parseDocCoverageJson(JSON.parse(readFileSync(reportFile, 'utf8')));
    const linkFindings = JSON.parse(readFileSync(findingsFile, 'utf8')) as CommentLinkFinding[];
    return parsed.ok && Array.isArray(linkFindings) ? { fingerprint, report: parsed.report, linkFindings } : undefined;
  } catch {
    // An unreadable cache is a stale cache.
    return undefined;
  }
}

/**
 * The package's sidebar category: typedoc-docusaurus-theme's generated items
 * (ids relative to `outDir`), under the package's title, linking to its index
 * (which lists every symbol), with every group of more than `groupLimit` items
 * split alphabetically (see boundSidebarItems) so a page's sidebar does not
 * grow with the API.
 */
function packageCategory(input: ApiPackageInput, packageDir: string, groupLimit: number): unknown {
  const generated = path.join(packageDir, 'typedoc-sidebar.cjs');
  const load = createRequire(import.meta.url);
  delete load.cache[generated];
  const items = boundSidebarItems(load(generated) as SidebarItem[], groupLimit);
  rmSync(generated);
  return { type: 'category', label: input.title ?? input.name, link: { type: 'doc', id: `${input.name}/index` }, items };
}

/** The overview and coverage pages depend on the threshold and mode too, so they are rewritten every run (only when they differ). */
function writeSectionPages(outDir: string, report: DocCoverageReport, mode: DocCoverageMode, history: readonly DocCoverageHistoryRun[]): void {
  writeIfChanged(path.join(outDir, `${OVERVIEW_DOC}.md`), renderOverviewPage(report));
  writeIfChanged(path.join(outDir, `${COVERAGE_DOC}.md`), renderCoveragePage(report, mode, history));
}

// An unchanged file is not rewritten: the dev server watches this folder and would reload in a loop.
function writeIfChanged(file: string, contents: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === contents) return;
  writeFileSync(file, contents);
}

function watchFilesOf(fingerprint: ApiReferenceFingerprint, rootDir: string): string[] {
  const files = new Set<string>();
  for (const pkg of fingerprint.packages) {
    for (const file of Object.keys(pkg.files)) {
      // Files outside the config's folder count too: the config need not sit at the repository root.
      if (!file.split('/').includes('node_modules')) files.add(path.resolve(rootDir, file));
    }
  }
  return [...files].sort();
}

/**
 * What the generated reference was made from: a key over the options, and a
 * content hash of every source file of each package's TypeScript program.
 * When both still match, the pages and the coverage report of the last build
 * are current and TypeDoc does not run at all.
 */
export interface ApiReferenceFingerprint {
  /** Hash of the options, tool versions and Portico's own generator code. */
  optionsKey: string;
  /** Per package: the files of its program and their content hashes. */
  packages: PackageFingerprint[];
}

/** The inputs of one package's conversion. */
export interface PackageFingerprint {
  /** Package name. */
  name: string;
  /** The files the tsconfig names (before imports are followed), relative to the root, sorted. */
  tsconfigFiles: string[];
  /** Every file of the TypeScript program, relative to the root, with its SHA-256. */
  files: Record<string, string>;
}

const fingerprintSchema = z.object({
  optionsKey: z.string(),
  packages: z.array(z.object({ name: z.string(), tsconfigFiles: z.array(z.string()), files: z.record(z.string(), z.string()) })),
});

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * Hash of everything besides the source files that shapes the output: the
 * options, TypeScript, TypeDoc and plugin versions, and the source of
 * Portico's generator modules (this plugin, the API coverage and git code).
 */
function computeOptionsKey(options: unknown): string {
  const generator = generatorKey({
    packages: ['typescript', 'typedoc', 'typedoc-plugin-markdown', 'docusaurus-plugin-typedoc'],
    sourceDirs: [HERE, path.resolve(HERE, '../../lib/api-coverage'), path.resolve(HERE, '../../lib/api-reference'), path.resolve(HERE, '../../lib/git')],
  });
  return keyOfOptions(generator, options);
}

/** The fingerprint of one converted package, from its program's files. */
function fingerprintPackage(name: string, tsconfig: string, programFiles: readonly string[], rootDir: string): PackageFingerprint {
  return { name, tsconfigFiles: tsconfigFileNames(tsconfig, rootDir), files: hashFiles(programFiles, rootDir) };
}

/**
 * True when nothing the last generation read has changed: same options key,
 * the tsconfigs still name the same files (a new file matching `include`
 * counts), and every program file has the same content.
 */
function isFingerprintCurrent(stored: ApiReferenceFingerprint, optionsKey: string, packages: readonly { name: string; tsconfig: string }[], rootDir: string): boolean {
  if (stored.optionsKey !== optionsKey || stored.packages.length !== packages.length) return false;
  return packages.every((pkg, index) => {
    const previous = stored.packages[index]!;
    if (previous.name !== pkg.name) return false;
    const names = tsconfigFileNames(pkg.tsconfig, rootDir);
    if (names.length !== previous.tsconfigFiles.length || names.some((name, i) => name !== previous.tsconfigFiles[i])) return false;
    return filesUnchanged(previous.files, rootDir);
  });
}

/** The root files a tsconfig names, without reading any of them. */
function tsconfigFileNames(tsconfig: string, rootDir: string): string[] {
  const read = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file));
  if (read.error) return [`<unreadable ${relativePath(rootDir, tsconfig)}>`];
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
  return parsed.fileNames.map((file) => relativePath(rootDir, file)).sort();
}
