import path from 'node:path';
import { convertApiPackage, type ApiPackageInput, type TypeDocMessage } from './convert.js';
import type { ReflectionKindName } from './kinds.js';
import { measureDocCoverage } from './measure.js';
import type { SiteLocation } from './pages.js';
import type { PackageDocCoverage } from './report.js';
import { resolveSourceLinks, sourceLineLink } from './source-links.js';

/** How {@link analyzeApiPackages} runs. */
export interface AnalyzeOptions {
  /** Repository root: paths are reported relative to it. */
  rootDir: string;
  /** Reflection kinds to count. */
  kinds: readonly ReflectionKindName[];
  /** The published site; without it symbols have no page or source URLs (and the Markdown plugins are not loaded). */
  site?: SiteLocation;
}

/** Coverage of each package, and the warnings TypeDoc logged while converting it. */
export interface AnalyzedPackage {
  /** The package's coverage. */
  coverage: PackageDocCoverage;
  /** TypeDoc's warnings for the package (e.g. unresolved `{@link}`s). */
  warnings: TypeDocMessage[];
}

/**
 * Converts each package once with TypeDoc (no pages written) and measures
 * its documentation coverage: what `portal doc-coverage` reports.
 *
 * @throws {@link PortalError} (exit 2) when a package cannot be converted.
 */
export async function analyzeApiPackages(packages: readonly ApiPackageInput[], options: AnalyzeOptions): Promise<AnalyzedPackage[]> {
  const results: AnalyzedPackage[] = [];
  // One package at a time: each conversion holds a whole TypeScript program in memory.
  for (const input of packages) {
    const links = options.site ? resolveSourceLinks(input, options.site, options.rootDir) : undefined;
    const { app, project, warnings } = await convertApiPackage(input, {
      rootDir: options.rootDir,
      sourceLinks: links,
      pageRouter: options.site !== undefined,
    });
    const site = options.site;
    // The page resolver builds on typedoc-plugin-markdown's router, a few hundred modules:
    // loaded only when there is a site to link to.
    const pages = site ? await import('./pages.js') : undefined;
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
    results.push({ coverage, warnings });
  }
  return results;
}
