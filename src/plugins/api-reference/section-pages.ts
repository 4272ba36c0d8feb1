import {
  evaluateDocCoverage,
  formatPercent,
  meetsThreshold,
  type DocCoverageCount,
  type DocCoverageReport,
  type ListedSymbol,
} from '../../lib/api-coverage/report.js';
import { DOC_COVERAGE_SUITE, docCoverageSeriesName } from '../../lib/api-coverage/benchmark.js';

/** Doc id and file of the API section's landing page (`/api`). */
export const OVERVIEW_DOC = 'index';
/** Doc id and file of the doc-coverage page (`/api/coverage`). */
export const COVERAGE_DOC = 'coverage';

/** What the build does below the threshold, shown on the coverage page. */
export type DocCoverageMode = 'error' | 'warn' | 'off';

/** One recorded doc-coverage run from the history store (suite `doc-coverage`). */
export interface DocCoverageHistoryRun {
  /** When the run happened (ISO). */
  date: string;
  /** Commit it measured, when recorded. */
  commit?: string;
  /** Percent per series name (`doc coverage <package>`). */
  values: Record<string, number>;
}

/** Runs listed on the coverage page; the dashboard charts all of them. */
const HISTORY_ROWS = 20;

/**
 * The `/api` landing page: one row per package with its coverage, linking to
 * the package's reference. Plain Markdown, so the docs plugin renders it with
 * the site's theme and the strict link check covers its links.
 */
export function renderOverviewPage(report: DocCoverageReport): string {
  const rows = report.packages.map(
    (pkg) =>
      `| [${escapeText(pkg.title)}](./${pkg.name}/index.md) | ${pkg.entryPoints.map((entry) => `\`${entry}\``).join(', ')} | ${formatPercent(pkg.totals.percent)} |`,
  );
  return [
    frontMatter({ id: OVERVIEW_DOC, title: 'API reference', sidebar_label: 'Overview', slug: '/' }),
    '# API reference',
    '',
    'TypeScript API reference generated with TypeDoc from the entry points in `portal.config.ts`. The',
    '[doc-coverage page](./coverage.md) lists what is not documented yet.',
    '',
    '| Package | Entry points | Documented |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/**
 * The `/api/coverage` page: per-package and per-kind percentages of the last
 * build, and every undocumented symbol linked to its API page and its source
 * line.
 */
export function renderCoveragePage(report: DocCoverageReport, mode: DocCoverageMode, history: readonly DocCoverageHistoryRun[] = []): string {
  const verdict = evaluateDocCoverage(report);
  const lines = [
    frontMatter({ id: COVERAGE_DOC, title: 'Doc coverage', slug: '/coverage' }),
    '# Doc coverage',
    '',
    `Share of the public API with a doc comment, measured on TypeDoc's model of the code when the site was built.`,
    `${mode === 'off' ? `The build does not check it (\`gates.docCoverage: "off"\`); the minimum would be **${report.threshold}%**.` : `The build ${mode === 'error' ? 'fails' : 'warns'} when a package is below **${report.threshold}%**.`} Counted kinds: ${report.kinds.map((kind) => `\`${kind}\``).join(', ')}.`,
    `Run \`npx portal doc-coverage\` for the same report in a terminal.`,
    '',
    '## Packages',
    '',
    '| Package | Documented | Total | Coverage | Threshold |',
    '| --- | ---: | ---: | ---: | --- |',
    ...report.packages.map(
      (pkg) =>
        `| [${escapeText(pkg.title)}](./${pkg.name}/index.md) | ${pkg.totals.documented} | ${pkg.totals.total} | ${formatPercent(pkg.totals.percent)} | ${meetsThreshold(pkg.totals, report.threshold) ? 'met' : '**below**'} |`,
    ),
    '',
  ];

  for (const pkg of report.packages) {
    lines.push(`### ${escapeText(pkg.title)}`, '', '| Kind | Documented | Total | Coverage |', '| --- | ---: | ---: | ---: |');
    for (const [kind, count] of Object.entries(pkg.byKind) as [string, DocCoverageCount][]) {
      lines.push(`| ${kind} | ${count.documented} | ${count.total} | ${formatPercent(count.percent)} |`);
    }
    lines.push('');
  }

  lines.push('## Undocumented symbols', '');
  if (verdict.undocumented.length === 0) {
    lines.push('Every counted symbol is documented.', '');
  } else {
    lines.push('| Symbol | Kind | Package | Source |', '| --- | --- | --- | --- |');
    for (const symbol of verdict.undocumented) lines.push(undocumentedRow(symbol, report));
    lines.push('');
  }
  lines.push(...historySection(report, history));
  return lines.join('\n');
}

/**
 * The recorded runs, newest first, with a link to their chart on the
 * benchmarks dashboard; or, before the first one, how to record them.
 */
function historySection(report: DocCoverageReport, history: readonly DocCoverageHistoryRun[]): string[] {
  const record = [
    '```bash',
    'npx portal doc-coverage --bench-json doc-coverage.json',
    `npx portal ingest bench doc-coverage.json --format customBiggerIsBetter --suite ${DOC_COVERAGE_SUITE} --commit "$GIT_COMMIT"`,
    '```',
  ];
  const lines = ['## History', ''];
  if (history.length === 0) {
    lines.push('No doc-coverage run is recorded in the history store yet. Record one from CI after each merge:', '', ...record, '');
    return lines;
  }
  const series = report.packages.map((pkg) => ({ title: pkg.title, key: docCoverageSeriesName(pkg.name) }));
  const newest = [...history].sort((a, b) => b.date.localeCompare(a.date)).slice(0, HISTORY_ROWS);
  lines.push(
    `${history.length === 1 ? 'One run is' : `${history.length} runs are`} recorded in the history store; the [benchmarks dashboard](/dashboards/benchmarks#suite-${DOC_COVERAGE_SUITE}) charts them` +
      `${history.length > HISTORY_ROWS ? `, and the ${HISTORY_ROWS} newest are listed here` : ''}. Each CI run records one with:`,
    '',
    ...record,
    '',
    `| Date | Commit | ${series.map((entry) => escapeText(entry.title)).join(' | ')} |`,
    `| --- | --- | ${series.map(() => '---:').join(' | ')} |`,
    ...newest.map((run) => {
      const cells = series.map((entry) => (run.values[entry.key] === undefined ? '—' : formatPercent(run.values[entry.key]!)));
      return `| ${run.date.slice(0, 10)} | ${run.commit ? `\`${escapeText(run.commit.slice(0, 12))}\`` : '—'} | ${cells.join(' | ')} |`;
    }),
    '',
  );
  return lines;
}

function undocumentedRow(symbol: ListedSymbol, report: DocCoverageReport): string {
  const title = report.packages.find((pkg) => pkg.name === symbol.package)?.title ?? symbol.package;
  const name = `\`${symbol.name}\``;
  // Relative `.md` links: the docs plugin resolves them and the build checks the anchors.
  const nameCell = symbol.page ? `[${name}](./${symbol.package}/${symbol.page})` : name;
  const where = symbol.file ? `${symbol.file}:${symbol.line ?? 0}` : '—';
  const sourceCell = symbol.sourceUrl ? `[${escapeText(where)}](${symbol.sourceUrl})` : escapeText(where);
  return `| ${nameCell} | ${symbol.kind} | ${escapeText(title)} | ${sourceCell} |`;
}

function frontMatter(fields: Record<string, string>): string {
  return ['---', ...Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`), '---', ''].join('\n');
}

/** Text that Markdown, MDX and GFM tables take literally. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (char) => `\\${char}`);
}
