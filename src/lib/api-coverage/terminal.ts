import pc from 'picocolors';
import { evaluateDocCoverage, formatPercent, meetsThreshold, type DocCoverageCount, type DocCoverageReport, type DocCoverageSymbol } from './report.js';
import { plural } from '../core/text.js';

/**
 * One undocumented symbol as `path/to/file.ts:LINE  kind  qualified.name`,
 * the form editors and CI annotations link to.
 */
export function formatUndocumentedSymbol(symbol: DocCoverageSymbol): string {
  const where = symbol.file ? `${symbol.file}:${symbol.line ?? 0}` : '(no source)';
  return `${where}  ${symbol.kind}  ${symbol.name}`;
}

/**
 * Renders a report for the terminal: a table per package (documented /
 * total / percent, overall and per kind), then every undocumented symbol,
 * sorted, then a summary line saying whether the threshold is met.
 */
export function formatDocCoverageReport(report: DocCoverageReport): string {
  const verdict = evaluateDocCoverage(report);
  const lines: string[] = [];
  if (report.changedSince) {
    const count = report.changedSince.files.length;
    lines.push(pc.dim(`Only exports declared in the ${plural(count, 'file')} changed since ${report.changedSince.ref}.`), '');
  }
  for (const pkg of report.packages) {
    const heading = pkg.title === pkg.name ? pkg.name : `${pkg.title} (${pkg.name})`;
    lines.push(pc.bold(heading));
    const rows: [string, DocCoverageCount][] = Object.entries(pkg.byKind).map(([kind, count]) => [kind, count!]);
    rows.push(['Total', pkg.totals]);
    lines.push(...formatTable(rows, report.threshold), '');
  }

  if (verdict.undocumented.length > 0) {
    lines.push(pc.bold(`Undocumented (${verdict.undocumented.length}):`));
    for (const symbol of verdict.undocumented) lines.push(formatUndocumentedSymbol(symbol));
    lines.push('');
  }

  const totals = report.totals;
  const summary = `${formatPercent(totals.percent)} documented (${totals.documented}/${totals.total} symbols in ${plural(report.packages.length, 'package')}), threshold ${report.threshold}%`;
  if (verdict.passed) {
    lines.push(`${pc.green('✔')} ${summary}`);
  } else {
    const below = verdict.failing.map((pkg) => `${pkg.name} ${formatPercent(pkg.totals.percent)}`).join(', ');
    lines.push(`${pc.red('✖')} ${summary}; below it: ${below}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatTable(rows: [string, DocCoverageCount][], threshold: number): string[] {
  const header = ['Kind', 'Documented', 'Total', 'Percent'];
  const cells = rows.map(([kind, count]) => [kind, String(count.documented), String(count.total), formatPercent(count.percent)]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]!.length)));
  const render = (row: string[]) =>
    `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`;
  return [
    pc.dim(render(header)),
    ...cells.map((row, index) => {
      const line = render(row);
      const count = rows[index]![1];
      const isTotal = index === rows.length - 1;
      if (!isTotal) return line;
      return meetsThreshold(count, threshold) ? pc.bold(line) : pc.bold(pc.red(line));
    }),
  ];
}
