import path from 'node:path';
import { convertApiPackage, type ApiPackageInput, type ConvertedPackage, type TypeDocMessage } from './convert.js';
import type { ReflectionKindName } from './kinds.js';
import { measureDocCoverage } from './measure.js';
import type { SiteLocation } from './page-urls.js';
import type { PackageDocCoverage } from './report.js';
import { resolveSourceLinks, sourceLineLink, type SourceLinks } from './source-links.js';

/** How {@link analyzeApiPackages} runs. */
export interface AnalyzeOptions {
  /** Repository root: paths are reported relative to it. */
  rootDir: string;
  /** Reflection kinds to count. */
  kinds: readonly ReflectionKindName[];
  /** The published site; without it symbols have no page or source URLs (and the Markdown plugins are not loaded). */
  site?: SiteLocation;
  /**
   * Where each package's "Defined in" paths start and link, by package index,
   * when the caller has resolved them already; resolved from `site` otherwise.
   */
  sourceLinks?: readonly SourceLinks[];
  /**
   * Render pages from the same conversion: each package's Markdown goes to
   * `<outDir>/<package name>`, with sidebar ids relative to `outDir`. The
   * pages are written by {@link AnalyzeOptions.onPackage} (`app.generateOutputs`).
   */
  markdown?: { outDir: string };
  /**
   * Called once per package, after it is measured and before the next one is
   * converted, with the conversion itself: what a caller does with the same
   * TypeDoc project (render its pages, resolve its comment links) happens here.
   */
  onPackage?: (converted: ConvertedPackage, context: { coverage: PackageDocCoverage; sourceLinks?: SourceLinks }) => Promise<void> | void;
}

/** Coverage of each package, and the warnings TypeDoc logged while converting it. */
export interface AnalyzedPackage {
  /** The package's coverage. */
  coverage: PackageDocCoverage;
  /** TypeDoc's warnings for the package (e.g. unresolved `{@link}`s). */
  warnings: TypeDocMessage[];
}

/**
 * Converts each package once with TypeDoc and measures its documentation
 * coverage: what `portal doc-coverage` reports, and what the API reference
 * plugin renders its pages from (through {@link AnalyzeOptions.onPackage}).
 *
 * @throws {@link PortalError} (exit 2) when a package cannot be converted.
 */
export async function analyzeApiPackages(packages: readonly ApiPackageInput[], options: AnalyzeOptions): Promise<AnalyzedPackage[]> {
  const results: AnalyzedPackage[] = [];
  // One package at a time: each conversion holds a whole TypeScript program in memory.
  for (const [index, input] of packages.entries()) {
    const links = options.sourceLinks?.[index] ?? (options.site ? resolveSourceLinks(input, options.site, options.rootDir) : undefined);
    const converted = await convertApiPackage(input, {
      rootDir: options.rootDir,
      sourceLinks: links,
      pageRouter: options.site !== undefined,
      ...(options.markdown ? { markdown: { outDir: path.join(options.markdown.outDir, input.name), docsPath: options.markdown.outDir } } : {}),
    });
    const { app, project, warnings } = converted;
    const site = options.site;
    // The page resolver builds on typedoc-plugin-markdown's router, a few hundred modules:
    // loaded only when there is a site to link to.
    const pages = site ? await import('./page-urls.js') : undefined;
    // Counted before any rendering, from the project the pages are rendered from.
    const coverage = measureDocCoverage(project, {
      name: input.name,
      title: input.title,
      entryPoints: input.entryPoints,
      kinds: options.kinds,
      rootDir: options.rootDir,
      pageOf: site && pages ? pages.createPageResolver(app, project) : undefined,
      urlOfPage: site && pages ? (page) => pages.apiPageUrl(site, input.name, page) : undefined,
      sourceUrlOf: links ? (file, line) => sourceLineLink(links, path.resolve(options.rootDir, file), line) : undefined,
    });
    await options.onPackage?.(converted, { coverage, sourceLinks: links });
    results.push({ coverage, warnings });
  }
  return results;
}
