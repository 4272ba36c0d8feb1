import path from 'node:path';
import { glob } from 'tinyglobby';
import { loadPortalConfig } from '../../../config/index.js';
import { PortalError } from '../../../lib/errors.js';
import { formatGithubAnnotations, inGithubActions } from '../../../lib/findings/index.js';
import { applyGateSeverity } from '../../../lib/gates/severity.js';
import {
  checkRunbooks,
  formatRunbookReport,
  loadAlertRules,
  loadRunbooks,
  runbookFindings,
  runbookReportToJson,
  RUNBOOKS_ROUTE_BASE_PATH,
} from '../../../lib/runbooks/index.js';
import { writeJsonReport } from '../../shared/write-json.js';
import { plural } from '../../../lib/core/text.js';

/** Options of `portal check runbooks`, as commander hands them over. */
export interface CheckRunbooksOptions {
  config?: string;
  rules?: string[];
  runbooks?: string;
  json?: string;
}

/** The action of `portal check runbooks`. */
export async function runCheckRunbooks(options: CheckRunbooksOptions): Promise<void> {
  const config = await loadPortalConfig(options.config);
  const ruleFiles = await resolveRuleFiles(options.rules, config.runbooks.alertRules);
  const rules = await loadAlertRules(ruleFiles);
  const runbooksDir = options.runbooks ? path.resolve(options.runbooks) : path.join(config.rootDir, RUNBOOKS_ROUTE_BASE_PATH);
  const { runbooks, problems } = await loadRunbooks(runbooksDir);

  const report = checkRunbooks({
    rules,
    runbooks,
    siteUrl: config.site.url,
    baseUrl: config.site.baseUrl,
    runbookProblems: problems,
  });
  process.stdout.write(formatRunbookReport(report));
  if (inGithubActions()) process.stdout.write(formatGithubAnnotations(runbookFindings(report, { gate: config.gates.runbooks })));
  if (options.json) await writeJsonReport(options.json, runbookReportToJson(report));
  if (!report.passed) {
    const count = plural(report.errors, 'error');
    applyGateSeverity('runbooks', config.gates.runbooks, new PortalError(`Runbook check failed with ${count}: on-call would land on a missing page or have no runbook`, 1));
  }
}

/** `--rules` globs (relative to the working directory) when given, else the configured files. */
async function resolveRuleFiles(patterns: string[] | undefined, configured: readonly string[]): Promise<string[]> {
  if (patterns && patterns.length > 0) {
    const files = await glob(patterns, { cwd: process.cwd(), absolute: true, onlyFiles: true, expandDirectories: false });
    if (files.length === 0) {
      throw new PortalError('No alert-rule files matched --rules', 2, patterns.map((pattern) => `${pattern}: matched no file`));
    }
    return files.sort();
  }
  if (configured.length === 0) {
    throw new PortalError('No alert-rule files to check', 2, [
      'runbooks.alertRules: got an empty list; list your Prometheus rule files there or pass --rules <glob...>',
    ]);
  }
  return [...configured];
}
