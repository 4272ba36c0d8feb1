import path from 'node:path';
import pc from 'picocolors';
import { DOC_COVERAGE_SUITE } from '../../lib/api-coverage/benchmark.js';
import { evaluateDocCoverage, formatPercent } from '../../lib/api-coverage/report.js';
import { formatUndocumentedSymbol } from '../../lib/api-coverage/terminal.js';
import { PortalError } from '../../lib/errors.js';
import { gatesCheckedBeforeBundling } from '../../lib/gates/in-build.js';
import { applyGateSeverity, type Severity } from '../../lib/gates/severity.js';
import { loadBenchSuite } from '../../lib/history/index.js';
import { generateApiReference, type GeneratedApiReference } from './generate.js';
import { API_REFERENCE_DIR, type ApiReferenceSettings } from './options.js';
import type { DocCoverageHistoryRun } from './section-pages.js';
import { plural } from '../../lib/core/text.js';

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

/**
 * The doc-comment link findings of a generation as gate failures (exit 1),
 * one per gate: `links` (no such file or symbol) and `anchors` (no such
 * heading), each finding once as `file:line: message`. The links themselves
 * are already plain text on the pages, so `warn` and `off` leave a site that
 * Docusaurus' broken-link check accepts.
 */
export function commentLinkFailures(generated: Pick<GeneratedApiReference, 'linkFindings'>): { links?: PortalError; anchors?: PortalError } {
  const failures: { links?: PortalError; anchors?: PortalError } = {};
  for (const gate of ['links', 'anchors'] as const) {
    const findings = generated.linkFindings.filter((finding) => finding.gate === gate);
    if (findings.length === 0) continue;
    const what = gate === 'links' ? 'a missing file or symbol' : 'a missing heading';
    failures[gate] = new PortalError(
      `${plural(findings.length, 'doc-comment link')} in the API reference point${findings.length === 1 ? 's' : ''} at ${what}`,
      1,
      findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`),
    );
  }
  return failures;
}

/**
 * Judges the doc-comment link findings as every input gate is judged while
 * Docusaurus loads the site (src/lib/gates/in-build.ts): a gate set to
 * `warn` prints its findings once and the build goes on; the gates set to
 * `error` stop the generation step, before bundling, with one PortalError
 * (exit 1) listing each finding once; `off` says nothing. The links are plain
 * text on the pages in every case, so Docusaurus' broken-link check has
 * nothing left to throw on.
 *
 * Under `portal build` the preflight (src/cli/commands/build/gates.ts) has judged and
 * printed them once before bundling; its build processes stay quiet.
 *
 * @throws {@link PortalError} (exit 1) when a gate set to `error` has findings.
 */
export function judgeCommentLinks(
  generated: Pick<GeneratedApiReference, 'linkFindings'>,
  severities: { links: Severity; anchors: Severity },
  write: (text: string) => void = (text) => process.stderr.write(text),
): void {
  if (gatesCheckedBeforeBundling()) return;
  const failures = commentLinkFailures(generated);
  const failing: [string, PortalError][] = [];
  for (const gate of ['links', 'anchors'] as const) {
    const failure = failures[gate];
    if (!failure || severities[gate] === 'off') continue;
    if (severities[gate] === 'warn') applyGateSeverity(gate, 'warn', failure, write);
    else failing.push([gate, failure]);
  }
  if (failing.length === 0) return;
  throw new PortalError(
    failing.map(([gate, failure]) => `${failure.message} (gates.${gate}: "error")`).join('; '),
    1,
    failing.flatMap(([, failure]) => failure.problems),
  );
}
