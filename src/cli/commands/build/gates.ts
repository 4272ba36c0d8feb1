import { existsSync } from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import type { GateName, GateSeverity, PortalConfig } from '../../../config/index.js';
import { PortalError, formatPortalError } from '../../../lib/errors.js';
import { applyGateSeverity } from '../../../lib/gates/severity.js';
import { plural } from '../../../lib/core/text.js';

/**
 * The input gates of `portal build`, run once in the build's own process
 * before any bundling starts: a failing gate stops the build in seconds
 * instead of minutes, and each list is printed once instead of once per build
 * process. The generators the plugins use (TypeDoc's API pages, the HTTP API
 * pages) write their fingerprinted output here, so the build processes that
 * follow find it current and reuse it (they are told so by GATES_CHECKED_ENV
 * and print one summary line each).
 *
 * Links and anchors are not among them: Docusaurus knows every route only
 * once it has rendered the site, so those two gates stay in the render step.
 */

/** How one gate ended. */
export interface GateOutcome {
  /** The field under `gates`. */
  gate: GateName;
  /** The configured severity. */
  severity: GateSeverity;
  /** `skipped`: off, or nothing of that kind is configured. */
  status: 'passed' | 'failed' | 'warned' | 'skipped' | 'unusable';
  /** Seconds the gate took. */
  seconds: number;
}

/** What the preflight found. */
export interface PreflightResult {
  /** Each gate in the order it ran. */
  gates: GateOutcome[];
  /** The error that stops the build (exit 1: a gate failed; exit 2: an input could not be used), if any. */
  failure?: PortalError;
  /** Seconds from the start until the first gate that ran had its verdict (undefined when none ran). */
  firstVerdictSeconds?: number;
  /** Seconds all the gates took. */
  totalSeconds: number;
}

type Check = () => Promise<PortalError | undefined>;

/**
 * Runs every input gate of the configuration once, prints its findings once,
 * and says whether the build may go on. All gates run even after one fails,
 * so a CI log shows every problem of the change at once.
 *
 * @param siteDir - Portico's site folder, where the generated pages are cached.
 */
export async function runBuildGates(config: PortalConfig, siteDir: string, write: (text: string) => void = (text) => process.stderr.write(text)): Promise<PreflightResult> {
  // Links in third-party doc comments are found while the API pages are generated: the
  // doc-coverage check hands them over, and they are judged as gates.links / gates.anchors.
  const commentLinks: { links?: PortalError; anchors?: PortalError } = {};
  const apiPackages = config.api.packages.length > 0;
  // Cheapest first, so the first finding shows within seconds; TypeDoc's conversion comes last.
  const checks: [GateName, Check | undefined][] = [
    ['changelog', config.changelogs.length > 0 ? () => checkChangelogs(config) : undefined],
    ['rfcs', existsSync(path.join(config.rootDir, 'rfcs')) ? () => checkRfcs(config) : undefined],
    ['runbooks', existsSync(path.join(config.rootDir, 'runbooks')) ? () => checkRunbooksGate(config) : undefined],
    ['openapiLint', config.openapi.specs.length > 0 ? () => checkOpenApi(config, siteDir, write) : undefined],
    ['docCoverage', apiPackages ? () => checkDocCoverage(config, siteDir, write, commentLinks) : undefined],
    // Only what the API generation found; the site's own links are checked while rendering.
    ['links', apiPackages ? async () => commentLinks.links : undefined],
    ['anchors', apiPackages ? async () => commentLinks.anchors : undefined],
  ];
  const outcomes: GateOutcome[] = [];
  const preflightStarted = process.hrtime.bigint();
  const sinceStart = () => Number(process.hrtime.bigint() - preflightStarted) / 1e9;
  let firstVerdictSeconds: number | undefined;
  const failed: string[] = [];
  const unusable: PortalError[] = [];
  // The history store is no gate's input, but a corrupt one stops the build all the same (exit 2):
  // read it here, in milliseconds, rather than in the dashboards plugin after the bundler has started.
  const history = await checkHistoryStore(config);
  if (history) {
    write(`${pc.red(formatPortalError(history))}\n`);
    unusable.push(history);
  }
  for (const [gate, check] of checks) {
    const severity = config.gates[gate];
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    // Doc-comment links come from the doc-coverage generation: with that gate off they are still found.
    const needed = gate === 'docCoverage' && apiPackages && (config.gates.links !== 'off' || config.gates.anchors !== 'off');
    if (!check || (severity === 'off' && !needed)) {
      outcomes.push({ gate, severity, status: 'skipped', seconds: 0 });
      continue;
    }
    let failure: PortalError | undefined;
    try {
      failure = await check();
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      failure = error;
    }
    if (severity !== 'off') firstVerdictSeconds ??= sinceStart();
    if (severity === 'off') {
      outcomes.push({ gate, severity, status: 'skipped', seconds: seconds() });
    } else if (!failure) {
      write(`${pc.green('✔')} ${GATE_LABELS[gate]} (gates.${gate})\n`);
      outcomes.push({ gate, severity, status: 'passed', seconds: seconds() });
    } else if (failure.exitCode === 2) {
      write(`${pc.red(formatPortalError(failure))}\n`);
      unusable.push(failure);
      outcomes.push({ gate, severity, status: 'unusable', seconds: seconds() });
    } else if (severity === 'warn') {
      applyGateSeverity(gate, severity, failure, write);
      outcomes.push({ gate, severity, status: 'warned', seconds: seconds() });
    } else {
      write(`${pc.red(formatPortalError(new PortalError(`${failure.message} (gates.${gate}: "error")`, 1, failure.problems)))}\n`);
      failed.push(`gates.${gate}`);
      outcomes.push({ gate, severity, status: 'failed', seconds: seconds() });
    }
  }
  const timing = { totalSeconds: sinceStart(), ...(firstVerdictSeconds === undefined ? {} : { firstVerdictSeconds }) };
  if (unusable.length > 0) {
    return { ...timing, gates: outcomes, failure: new PortalError(`Build stopped before bundling: ${unusable.length === 1 ? 'an input' : `${unusable.length} inputs`} cannot be used`, 2) };
  }
  if (failed.length > 0) {
    return { ...timing, gates: outcomes, failure: new PortalError(`Build stopped before bundling: ${failed.length === 1 ? 'a gate' : `${failed.length} gates`} failed (${failed.join(', ')})`, 1) };
  }
  return { ...timing, gates: outcomes };
}

/** Reads the benchmark and coverage history the dashboards are drawn from; the error if it cannot be used. */
async function checkHistoryStore(config: PortalConfig): Promise<PortalError | undefined> {
  if (!existsSync(config.dashboards.historyDir)) return undefined;
  const { loadBenchHistory, loadCoverageHistory } = await import('../../../lib/history/index.js');
  try {
    loadBenchHistory(config.dashboards.historyDir);
    loadCoverageHistory(config.dashboards.historyDir);
    return undefined;
  } catch (error) {
    if (error instanceof PortalError) return error;
    throw error;
  }
}

/** What each gate checks, for its one-line verdict. */
const GATE_LABELS: Record<GateName, string> = {
  links: 'links in doc comments',
  anchors: 'anchors in doc comments',
  docCoverage: 'doc coverage',
  openapiLint: 'OpenAPI lint',
  runbooks: 'alert rules and runbooks',
  rfcs: 'RFCs',
  changelog: 'changelogs',
  markdownLint: 'Markdown lint',
  scriptBudgets: 'script budgets',
};

async function checkDocCoverage(
  config: PortalConfig,
  siteDir: string,
  write: (text: string) => void,
  commentLinks: { links?: PortalError; anchors?: PortalError },
): Promise<PortalError | undefined> {
  // The plugin's own generation, so the build processes reuse its pages.
  const [{ generateApiReferenceFor, docCoverageFailure, commentLinkFailures, formatApiReferenceLine, formatTypeDocWarnings }, { apiReferencePluginOptions }] = await Promise.all([
    import('../../../plugins/api-reference/gate.js'),
    import('../../../plugins/api-reference/options.js'),
  ]);
  const generated = await generateApiReferenceFor(apiReferencePluginOptions(config).apiReference, siteDir);
  write(`${formatApiReferenceLine(generated)}\n`);
  for (const line of formatTypeDocWarnings(generated)) write(`${line}\n`);
  Object.assign(commentLinks, commentLinkFailures(generated));
  return docCoverageFailure(generated);
}

async function checkOpenApi(config: PortalConfig, siteDir: string, write: (text: string) => void): Promise<PortalError | undefined> {
  const [{ generateOpenApiSpecs }, { OPENAPI_CACHE_DIR }, { formatGenerationLine }, openapi] = await Promise.all([
    import('../../../plugins/openapi/generate.js'),
    import('../../../plugins/openapi/cache.js'),
    import('../../../plugins/openapi/format.js'),
    import('../../../lib/openapi/index.js'),
  ]);
  const generated = await generateOpenApiSpecs({
    specs: config.openapi.specs,
    rootDir: config.rootDir,
    cacheDir: path.resolve(siteDir, OPENAPI_CACHE_DIR),
    // As the plugin computes it from Docusaurus' baseUrl: the cache key includes it.
    basePath: openapi.joinUrl(config.site.baseUrl, openapi.HTTP_API_BASE_PATH),
    // The same policy as the plugin: specs may lie in allowedRoots (a portal made by `portal init` inside its repository).
    policy: openapi.projectReferencePolicy(config.rootDir, config.allowedRoots, config.openapi.allowedHosts),
    pagesDespiteLintErrors: config.gates.openapiLint !== 'error',
  });
  write(`${pc.cyan('[portico]')} ${formatGenerationLine(generated.specs)}\n`);
  for (const warning of generated.cacheWarnings) write(`${pc.yellow('⚠')} HTTP API cache: ${warning}\n`);
  const results = generated.specs.map((spec) => spec.lint);
  const warnings = results.flatMap((result) => result.findings).filter((finding) => finding.severity !== 'error');
  if (warnings.length > 0) {
    write(`${pc.yellow('⚠')} ${openapi.summarizeLintResults(results)}:\n`);
    for (const finding of warnings) write(`  ${openapi.formatLintFinding(finding)}\n`);
  }
  return openapi.lintGateFailure(results);
}

async function checkRunbooksGate(config: PortalConfig): Promise<PortalError | undefined> {
  const { checkRunbooks, formatRunbookReport, loadAlertRules, loadRunbooks, summarizeRunbookReport } = await import('../../../lib/runbooks/index.js');
  const [{ runbooks, problems }, rules] = await Promise.all([loadRunbooks(path.join(config.rootDir, 'runbooks')), loadAlertRules(config.runbooks.alertRules)]);
  const report = checkRunbooks({ rules, runbooks, runbookProblems: problems, siteUrl: config.site.url, baseUrl: config.site.baseUrl });
  if (report.passed) return undefined;
  return new PortalError(`Runbook check failed: ${summarizeRunbookReport(report)}`, 1, errorLines(formatRunbookReport(report)));
}

/** The indented finding lines under the report's error headings ("✖ 2 errors"), without the headings and the summary. */
function errorLines(report: string): string[] {
  const lines: string[] = [];
  let inErrors = false;
  for (const line of report.split('\n')) {
    if (!line.startsWith(' ')) inErrors = line.startsWith('✖') && !line.includes('checked');
    else if (inErrors && line.trim()) lines.push(line.trim());
  }
  return lines;
}

async function checkRfcs(config: PortalConfig): Promise<PortalError | undefined> {
  const [{ lintRfcs, rfcFindings }, { formatFinding }] = await Promise.all([import('../../../lib/rfcs/index.js'), import('../../../lib/findings/index.js')]);
  const report = await lintRfcs({ dir: path.join(config.rootDir, 'rfcs') });
  if (report.findings.length === 0) return undefined;
  return new PortalError(
    `RFC lint found ${plural(report.findings.length, 'problem')}`,
    1,
    rfcFindings(report).map((finding) => formatFinding(finding)),
  );
}

async function checkChangelogs(config: PortalConfig): Promise<PortalError | undefined> {
  const { lintChangelogs, changelogGateError } = await import('../../../lib/changelog/index.js');
  // Judged as "error" here: runBuildGates applies the configured severity to the failure.
  const report = await lintChangelogs({ changelogs: config.changelogs, gates: { changelog: 'error' } });
  const failure = changelogGateError(report, { listFindings: true });
  return failure && failure.exitCode === 1 ? new PortalError(failure.message.replace(/ \(gates\.changelog: "error"\)$/, ''), 1, failure.problems) : failure;
}
