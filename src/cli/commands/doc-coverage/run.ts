import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pc from 'picocolors';
import { analyzeApiPackages } from '../../../lib/api-coverage/analyze.js';
import type { ApiPackageInput, SiteLocation } from '../../../lib/api-coverage/index.js';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED, type ReflectionKindName } from '../../../lib/api-coverage/kinds.js';
import { buildDocCoverageReport, evaluateDocCoverage, formatPercent, limitToFiles } from '../../../lib/api-coverage/report.js';
import { formatDocCoverageReport } from '../../../lib/api-coverage/terminal.js';
import { PortalError } from '../../../lib/errors.js';
import { applyGateSeverity, type Severity } from '../../../lib/gates/severity.js';
import { plural } from '../../../lib/core/text.js';

/** Options of `portal doc-coverage`, as commander hands them over. */
export interface DocCoverageOptions {
  config?: string;
  entry: string[];
  tsconfig?: string;
  json?: string;
  badge?: string;
  benchJson?: string;
  threshold?: number;
  changedSince?: string;
  kinds?: ReflectionKindName[];
}

/** What to measure and how to judge it, from the configuration or from `--entry`/`--tsconfig`. */
interface CoveragePlan {
  packages: ApiPackageInput[];
  rootDir: string;
  kinds: readonly ReflectionKindName[];
  threshold: number;
  site?: SiteLocation;
  /** `gates.docCoverage`; `error` for a package named on the command line. */
  severity: Severity;
}

/** The action of `portal doc-coverage` (see `registerDocCoverageCommand`). */
export async function runDocCoverage(options: DocCoverageOptions): Promise<void> {
  const plan = await planCoverage(options);
  // A bad ref should fail before the slow part.
  const changedFiles = options.changedSince
    ? changedFilesUnder((await import('../../../lib/api-coverage/changed-files.js')).listChangedFiles(options.changedSince, plan.rootDir), plan.rootDir)
    : undefined;

  // Page URLs only appear in the JSON report; without it the Markdown plugins are not loaded.
  const site = options.json ? plan.site : undefined;
  const analyzed = await analyzeApiPackages(plan.packages, { rootDir: plan.rootDir, kinds: plan.kinds, site });
  for (const { coverage, warnings } of analyzed) {
    for (const warning of warnings) process.stderr.write(`${pc.yellow('⚠')} TypeDoc (${coverage.name}): ${warning.message}\n`);
  }
  let report = buildDocCoverageReport(
    analyzed.map((result) => result.coverage),
    { kinds: plan.kinds, threshold: plan.threshold },
  );
  if (options.changedSince && changedFiles) report = limitToFiles(report, options.changedSince, changedFiles);

  process.stdout.write(formatDocCoverageReport(report));
  // The optional outputs load their modules (zod for the JSON schema, ...) only when asked for.
  if (options.json) {
    const { toDocCoverageJson } = await import('../../../lib/api-coverage/report-json.js');
    await writeOutput(options.json, `${JSON.stringify(toDocCoverageJson(report), null, 2)}\n`);
  }
  if (options.badge) {
    const { renderDocCoverageBadge } = await import('../../../lib/api-coverage/badge.js');
    await writeOutput(options.badge, renderDocCoverageBadge(report.totals, { threshold: report.threshold }));
  }

  if (options.benchJson) {
    const { docCoverageToBenchmark } = await import('../../../lib/api-coverage/benchmark.js');
    await writeOutput(options.benchJson, `${JSON.stringify(docCoverageToBenchmark(report), null, 2)}\n`);
  }

  const verdict = evaluateDocCoverage(report);
  if (verdict.passed) return;
  if (report.changedSince) {
    applyGateSeverity('docCoverage', plan.severity, new PortalError(
      `${plural(verdict.undocumented.length, 'undocumented export')} in files changed since ${report.changedSince.ref}`,
      1,
    ));
    return;
  }
  applyGateSeverity('docCoverage', plan.severity, new PortalError(
    `Doc coverage is below the threshold of ${report.threshold}%`,
    1,
    verdict.failing.map((pkg) => `${pkg.name}: ${formatPercent(pkg.totals.percent)} (${pkg.totals.documented}/${pkg.totals.total})`),
  ));
}
async function planCoverage(options: DocCoverageOptions): Promise<CoveragePlan> {
  if (options.entry.length === 0) {
    if (options.tsconfig) throw new PortalError('--tsconfig is only used with --entry', 2, ['pass --entry <file> too, or set api.packages in the configuration']);
    // Imported only here: `--entry` runs need neither the configuration nor its schema.
    const { loadPortalConfig } = await import('../../../config/index.js');
    const config = await loadPortalConfig(options.config);
    if (config.api.packages.length === 0) {
      throw new PortalError(`Nothing to check: ${config.configFile} lists no API packages`, 2, [
        'add api.packages to the configuration, or pass --entry <file> --tsconfig <file>',
      ]);
    }
    return {
      packages: config.api.packages,
      rootDir: config.rootDir,
      kinds: options.kinds ?? config.api.requiredToBeDocumented,
      threshold: options.threshold ?? config.thresholds.docCoverage,
      site: { url: config.site.url, baseUrl: config.site.baseUrl, repository: config.site.repository, branch: config.site.branch },
      severity: config.gates.docCoverage,
    };
  }
  // Without a configuration: one package from the command line, paths relative to the working directory.
  const cwd = process.cwd();
  const tsconfig = path.resolve(cwd, options.tsconfig ?? 'tsconfig.json');
  const { name, title } = nameOfPackage(path.dirname(tsconfig));
  return {
    packages: [{ name, title, entryPoints: options.entry.map((entry) => path.resolve(cwd, entry)), tsconfig }],
    rootDir: cwd,
    kinds: options.kinds ?? DEFAULT_REQUIRED_TO_BE_DOCUMENTED,
    threshold: options.threshold ?? 100,
    severity: 'error',
  };
}

/**
 * A name for a package given on the command line: its package.json name
 * (`@example/task-client` → `task-client`), else its directory's name.
 */
function nameOfPackage(dir: string): { name: string; title: string } {
  const manifest = path.join(dir, 'package.json');
  if (existsSync(manifest)) {
    try {
      const title = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
      if (typeof title === 'string' && title) return { name: title.replace(/^@[^/]+\//, ''), title };
    } catch {
      // An unreadable package.json only costs the nicer name.
    }
  }
  const name = path.basename(dir) || 'package';
  return { name, title: name };
}

/** Changed files relative to the project root, matching the report's paths (symlinks resolved on both sides). */
function changedFilesUnder(changed: readonly string[], rootDir: string): string[] {
  const root = realpathSync(rootDir);
  return changed
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('../'));
}

async function writeOutput(target: string, contents: string): Promise<void> {
  const file = path.resolve(target);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents);
  } catch (error) {
    throw new PortalError(`Cannot write ${file}`, 2, [error instanceof Error ? error.message : String(error)]);
  }
}
