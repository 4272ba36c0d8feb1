import path from 'node:path';
import { loadPortalConfig } from '../../../config/index.js';
import { PortalError } from '../../../lib/errors.js';
import { formatGithubAnnotations, inGithubActions } from '../../../lib/findings/index.js';
import { applyGateSeverity } from '../../../lib/gates/severity.js';
import { checkScriptBudgets, formatScriptBudgetReport, scriptBudgetReportToJson } from '../../../lib/script-budgets/index.js';
import { plural } from '../../../lib/core/text.js';
import { writeJsonReport } from '../../shared/write-json.js';

/** Options of `portal check scripts`, as commander hands them over. */
export interface CheckScriptsOptions {
  dir?: string;
  json?: string;
  config?: string;
}

/** The action of `portal check scripts`. */
export async function runCheckScripts(options: CheckScriptsOptions): Promise<void> {
  const config = await loadPortalConfig(options.config);
  const buildDir = options.dir ? path.resolve(options.dir) : path.join(config.rootDir, 'build');
  const gate = config.gates.scriptBudgets;
  const report = checkScriptBudgets({ buildDir, baseUrl: config.site.baseUrl, budgets: config.budgets.scripts, gate });
  if (options.json) await writeJsonReport(options.json, scriptBudgetReportToJson(report));
  process.stdout.write(formatScriptBudgetReport(report));
  if (inGithubActions()) process.stdout.write(formatGithubAnnotations(report.findings));
  const over = report.kinds.filter((result) => result.status === 'failed').map((result) => result.kind);
  const missing = report.kinds.filter((result) => result.status === 'missing').map((result) => result.kind);
  const unmeasured = report.findings.filter((finding) => finding.rule === 'missing-page' || finding.rule === 'missing-script').length;
  const reasons = [
    ...(over.length > 0 ? [`${plural(over.length, 'page kind')} more than 10% over budget (${over.join(', ')})`] : []),
    ...(missing.length > 0 ? [`${plural(missing.length, 'budgeted kind')} with no page (${missing.join(', ')})`] : []),
    ...(unmeasured > 0 ? [`${plural(unmeasured, 'page')} not measurable`] : []),
  ];
  if (reasons.length > 0) {
    applyGateSeverity('scriptBudgets', gate, new PortalError(`Script budgets failed: ${reasons.join(', ')}`, 1));
  }
}
