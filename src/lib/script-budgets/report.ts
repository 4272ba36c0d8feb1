import { displayPath } from '../core/files.js';
import { plural } from '../core/text.js';
import { formatFindings, reportToJson, summarizeFindings, type FindingFormatOptions, type ReportJson } from '../findings/index.js';
import { formatKb, type ScriptBudgetReport } from './check.js';

const STATUS_WORDS = { within: 'ok', over: 'over (warning)', failed: 'OVER', unbudgeted: 'no budget', missing: 'no page' } as const;

/**
 * The report as the terminal shows it: one line per kind (pages, heaviest
 * page, its gzipped and raw JavaScript, the budget and the verdict), then the
 * findings and a summary line.
 */
export function formatScriptBudgetReport(report: ScriptBudgetReport, options: FindingFormatOptions = {}): string {
  const counted = report.routeChunks ? "the HTML's scripts and the route's chunks" : "the HTML's scripts only: the build has no route-scripts file";
  const lines = [`JavaScript a page loads before it is interactive, gzipped (heaviest page of each kind; ${counted}) in ${displayPath(report.buildDir, options.cwd)}:`];
  const width = Math.max(...report.kinds.map((result) => result.kind.length), 4);
  for (const result of report.kinds) {
    const measured = result.heaviest ? `${formatKb(result.heaviest.gzipBytes).padStart(9)} (${formatKb(result.heaviest.bytes)} raw) ${result.heaviest.path}` : `${'-'.padStart(9)}`;
    const budget = result.budgetKb === undefined ? '' : `budget ${result.budgetKb} KB, `;
    lines.push(`  ${result.kind.padEnd(width)} ${plural(result.pages, 'page').padStart(11)} ${measured} — ${budget}${STATUS_WORDS[result.status]}`);
  }
  let out = `${lines.join('\n')}\n`;
  out += formatFindings(report.findings, options);
  out += report.findings.length === 0 ? 'Script budgets: no findings\n' : `Script budgets: ${summarizeFindings(report.findings, 'finding')}\n`;
  return out;
}

/** The JSON of `portal check scripts --json`: the findings (see {@link reportToJson}) plus each kind's measurement. */
export interface ScriptBudgetReportJson extends ReportJson {
  /** True when each page's route chunks are counted besides the scripts its HTML names. */
  routeChunks: boolean;
  kinds: {
    kind: string;
    pages: number;
    status: string;
    budgetKb?: number;
    heaviest?: { path: string; gzipBytes: number; bytes: number; scripts: { url: string; source: string; gzipBytes: number; bytes: number }[] };
  }[];
}

/** The report as JSON-ready data. */
export function scriptBudgetReportToJson(report: ScriptBudgetReport, options: FindingFormatOptions = {}): ScriptBudgetReportJson {
  return {
    ...reportToJson(report, options),
    routeChunks: report.routeChunks,
    kinds: report.kinds.map((result) => ({
      kind: result.kind,
      pages: result.pages,
      status: result.status,
      ...(result.budgetKb === undefined ? {} : { budgetKb: result.budgetKb }),
      ...(result.heaviest
        ? {
            heaviest: {
              path: result.heaviest.path,
              gzipBytes: result.heaviest.gzipBytes,
              bytes: result.heaviest.bytes,
              scripts: result.heaviest.scripts.map((script) => ({ url: script.url, source: script.source, gzipBytes: script.gzipBytes, bytes: script.bytes })),
            },
          }
        : {}),
    })),
  };
}
