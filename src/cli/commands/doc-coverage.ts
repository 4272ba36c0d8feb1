import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import pc from 'picocolors';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED, REFLECTION_KIND_NAMES, type ReflectionKindName } from '../../lib/api-coverage/kinds.js';
import type { ApiPackageInput, SiteLocation } from '../../lib/api-coverage/index.js';
import { PortalError } from '../../lib/errors.js';
import { configOption } from '../options.js';

/** Options of `portal doc-coverage`, as commander hands them over. */
interface DocCoverageOptions {
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
}

/**
 * `portal doc-coverage`: measures how much of the public TypeScript API is
 * documented, from TypeDoc's model of it. Exit 1 below the threshold (or, with
 * `--changed-since`, when any export of a changed file is undocumented); exit 2
 * when the configuration, an entry point, the tsconfig or the code cannot be used.
 */
export function registerDocCoverageCommand(program: Command): void {
  program
    .command('doc-coverage')
    .description('measure documentation coverage of the public TypeScript API; exit 1 below the threshold')
    .option('--entry <file>', 'entry point to check instead of the configured packages (repeatable)', collect, [])
    .option('--tsconfig <file>', 'tsconfig.json for --entry (default: ./tsconfig.json)')
    .option('--threshold <percent>', 'minimum percent per package (default: thresholds.docCoverage, or 100 with --entry)', parsePercent)
    .option('--changed-since <git-ref>', 'only check exports declared in files changed since this ref; any undocumented one fails')
    .option('--kinds <kinds>', 'comma-separated TypeDoc kinds to count (default: api.requiredToBeDocumented)', parseKinds)
    .option('--json <file>', 'also write the report as JSON (schemaVersion 1)')
    .option('--badge <file>', 'also write an SVG badge with the overall percentage')
    .option('--bench-json <file>', 'also write the percentages as benchmark entries for `portal ingest bench` (history)')
    .addOption(configOption())
    .action(async (options: DocCoverageOptions) => {
      // Loaded here, not at the top, and only what this run needs: TypeDoc and TypeScript
      // are heavy, and every other `portal` command would pay for them at startup.
      const { analyzeApiPackages } = await import('../../lib/api-coverage/analyze.js');
      const { buildDocCoverageReport, evaluateDocCoverage, formatPercent, limitToFiles } = await import('../../lib/api-coverage/report.js');
      const { formatDocCoverageReport } = await import('../../lib/api-coverage/terminal.js');
      const plan = await planCoverage(options);
      // A bad ref should fail before the slow part.
      const changedFiles = options.changedSince
        ? changedFilesUnder((await import('../../lib/api-coverage/changed-files.js')).listChangedFiles(options.changedSince, plan.rootDir), plan.rootDir)
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
      if (options.json) {
        const { toDocCoverageJson } = await import('../../lib/api-coverage/json.js');
        await writeOutput(options.json, `${JSON.stringify(toDocCoverageJson(report), null, 2)}\n`);
      }
      if (options.badge) {
        const { renderDocCoverageBadge } = await import('../../lib/api-coverage/badge.js');
        await writeOutput(options.badge, renderDocCoverageBadge(report.totals, { threshold: report.threshold }));
      }

      if (options.benchJson) {
        const { docCoverageToBenchmark } = await import('../../lib/api-coverage/benchmark.js');
        await writeOutput(options.benchJson, `${JSON.stringify(docCoverageToBenchmark(report), null, 2)}\n`);
      }

      const verdict = evaluateDocCoverage(report);
      if (verdict.passed) return;
      if (report.changedSince) {
        throw new PortalError(
          `${plural(verdict.undocumented.length, 'undocumented export')} in files changed since ${report.changedSince.ref}`,
          1,
        );
      }
      throw new PortalError(
        `Doc coverage is below the threshold of ${report.threshold}%`,
        1,
        verdict.failing.map((pkg) => `${pkg.name}: ${formatPercent(pkg.totals.percent)} (${pkg.totals.documented}/${pkg.totals.total})`),
      );
    });
}

async function planCoverage(options: DocCoverageOptions): Promise<CoveragePlan> {
  if (options.entry.length === 0) {
    if (options.tsconfig) throw new PortalError('--tsconfig is only used with --entry', 2, ['pass --entry <file> too, or set api.packages in the configuration']);
    // Imported only here: `--entry` runs need neither the configuration nor its schema.
    const { loadPortalConfig } = await import('../../config/index.js');
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

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parsePercent(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new InvalidArgumentError('expected a number between 0 and 100.');
  }
  return number;
}

function parseKinds(value: string): ReflectionKindName[] {
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(REFLECTION_KIND_NAMES as readonly string[]).includes(kind));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`unknown kind ${unknown.join(', ') || '(none)'}; expected some of ${REFLECTION_KIND_NAMES.join(', ')}.`);
  }
  return kinds as ReflectionKindName[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
