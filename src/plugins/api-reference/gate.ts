import path from 'node:path';
import pc from 'picocolors';
import { DOC_COVERAGE_SUITE } from '../../lib/api-coverage/benchmark.js';
import { evaluateDocCoverage, formatPercent } from '../../lib/api-coverage/report.js';
import { formatUndocumentedSymbol } from '../../lib/api-coverage/terminal.js';
import { PortalError } from '../../lib/errors.js';
import { loadBenchSuite } from '../../lib/history/index.js';
import { generateApiReference, type GeneratedApiReference } from './generate.js';
import { API_REFERENCE_DIR, type ApiReferenceSettings } from './options.js';
import type { DocCoverageHistoryRun } from './pages.js';

/**
 * Generation and the doc-coverage gate of the API reference, without the
 * docs plugin: `portal build` runs them before bundling (its preflight), and
 * the plugin runs the same in each build process, where the fingerprint finds
 * the pages current and reuses them.
 */

/** Generates (or reuses) the API pages under `<siteDir>/.generated/api`, with the doc-coverage history. */
export function generateApiReferenceFor(settings: ApiReferenceSettings, siteDir: string): Promise<GeneratedApiReference> {
  return generateApiReference({ ...settings, outDir: path.resolve(siteDir, API_REFERENCE_DIR), history: docCoverageHistory(settings.historyDir) });
}

/** The recorded runs of the `doc-coverage` suite; a corrupt store stops the build (exit 2) as the dashboards do. */
export function docCoverageHistory(historyDir: string | undefined): DocCoverageHistoryRun[] {
  // Only the one suite's file: the dashboards plugin reads (and validates) the whole store itself.
  const suite = historyDir ? loadBenchSuite(historyDir, DOC_COVERAGE_SUITE) : undefined;
  return (suite?.runs ?? []).map((run) => ({
    date: run.date,
    ...(run.commit ? { commit: run.commit } : {}),
    values: Object.fromEntries(run.results.map((result) => [result.name, result.value])),
  }));
}

/** The one line a generation prints: each package's coverage, and whether the pages were reused. */
export function formatApiReferenceLine(generated: GeneratedApiReference): string {
  return (
    `${pc.cyan('[portico]')} API reference: ${generated.report.packages.map((pkg) => `${pkg.name} ${formatPercent(pkg.totals.percent)}`).join(', ')} documented` +
    `${generated.reused ? ' (inputs unchanged, pages reused)' : ''}`
  );
}

/** TypeDoc's warnings of a generation, one line each. */
export function formatTypeDocWarnings(generated: GeneratedApiReference): string[] {
  return generated.warnings.map(({ package: name, message }) => `${pc.yellow('⚠')} TypeDoc (${name}): ${message.message}`);
}

/** The doc-coverage gate's failure (exit 1) when a package is below the threshold; every undocumented symbol is a problem line. */
export function docCoverageFailure(generated: GeneratedApiReference): PortalError | undefined {
  const { report } = generated;
  const verdict = evaluateDocCoverage(report);
  if (verdict.passed) return undefined;
  const problems = [
    ...verdict.failing.map((pkg) => `${pkg.name}: ${formatPercent(pkg.totals.percent)} (${pkg.totals.documented}/${pkg.totals.total}) is below ${report.threshold}%`),
    ...verdict.undocumented.map(formatUndocumentedSymbol),
  ];
  return new PortalError(`Doc coverage is below the threshold of ${report.threshold}%`, 1, problems);
}
