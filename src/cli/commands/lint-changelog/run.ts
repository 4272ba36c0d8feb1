import { existsSync } from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import { loadPortalConfig, resolveConfigPath, type GateSeverity } from '../../../config/index.js';
import { PortalError } from '../../../lib/errors.js';
import {
  changelogGateError,
  formatChangelogFinding,
  lintChangelogs,
  summarizeFindings,
  type ChangelogLintReport,
  type ChangelogTarget,
  type LintedChangelog,
  type Release,
} from '../../../lib/changelog/index.js';

/** Options of `portal lint changelog`, as commander hands them over. */
export interface LintChangelogOptions {
  json?: boolean;
  config?: string;
}

/**
 * The action of `portal lint changelog`: prints each readable changelog (or
 * one JSON document), then exits 2 when one cannot be used, 1 when there are
 * findings and `gates.changelog` is `error`, 0 otherwise.
 */
export async function runLintChangelog(file: string | undefined, options: LintChangelogOptions): Promise<void> {
  const { targets, gate } = file ? { targets: [{ file: path.resolve(file) }], gate: await gateFor(options.config) } : await configuredChangelogs(options.config);
  const report = await lintChangelogs({ changelogs: targets, gates: { changelog: gate } });
  const error = changelogGateError(report, { listFindings: false });
  if (options.json) {
    // Unusable input leaves stdout empty: there is no document to print.
    if (error?.exitCode !== 2) process.stdout.write(`${JSON.stringify(reportToJson(report), null, 2)}\n`);
  } else {
    for (const linted of report.changelogs) process.stdout.write(`${renderChangelogReport(linted, report.gate)}\n`);
    if (report.findings.length > 0 && report.gate === 'warn' && report.unusable.length === 0) {
      process.stdout.write(`${pc.yellow('⚠')} ${summarizeFindings(report)}; not failing (gates.changelog: "warn")\n`);
    }
  }
  if (error) throw error;
}

/** The gate for a file given on the command line: the configuration's when there is one, else `error`. */
async function gateFor(configPath: string | undefined): Promise<GateSeverity> {
  if (!configPath && !existsSync(resolveConfigPath())) return 'error';
  return (await loadPortalConfig(configPath)).gates.changelog;
}

async function configuredChangelogs(configPath: string | undefined): Promise<{ targets: ChangelogTarget[]; gate: GateSeverity }> {
  const config = await loadPortalConfig(configPath);
  if (config.changelogs.length === 0) {
    throw new PortalError(`Nothing to lint: ${config.configFile} lists no changelogs`, 2, [
      'pass a file (portal lint changelog CHANGELOG.md) or add one to `changelogs` in the configuration',
    ]);
  }
  return { targets: config.changelogs.map(({ id, title, file }) => ({ id, title, file })), gate: config.gates.changelog };
}

/** The `--json` form: per changelog its releases (without `bodyMarkdown`, to keep the output small), notes and findings. */
function reportToJson(report: ChangelogLintReport) {
  return {
    gate: report.gate,
    changelogs: report.changelogs.map(({ target, changelog, detection, findings }) => ({
      id: target.id ?? null,
      title: target.title ?? null,
      file: changelog.file,
      style: changelog.style,
      styleReason: detection.reason,
      documentTitle: changelog.title ?? null,
      releases: changelog.releases.map(({ bodyMarkdown: _body, ...release }) => release),
      notes: changelog.notes.map(({ title, line }) => ({ title, line })),
      findings,
    })),
  };
}

/** Header, style line, a table of releases and a summary line, for the terminal. */
function renderChangelogReport({ target, changelog, detection, findings }: LintedChangelog, gate: GateSeverity): string {
  const shown = displayPath(changelog.file);
  const label = target.id ? ` (${target.id}: ${target.title})` : '';
  const rows = [
    ['Version', 'Date', 'Flags', 'Entries'],
    ...changelog.releases.map((release) => [release.version, release.date ?? '—', flagsOf(release), entrySummary(release)]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row, index) => {
    const line = `  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')}`.trimEnd();
    return index === 0 ? pc.bold(line) : line;
  });
  const entries = changelog.releases.reduce(
    (sum, release) => sum + release.sections.reduce((n, section) => n + section.entries.length, 0),
    0,
  );
  const prereleases = changelog.releases.filter((release) => release.prerelease).length;
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const mark = findings.length === 0 ? pc.green('✔') : gate === 'error' ? pc.red('✖') : pc.yellow('⚠');
  return [
    `${pc.bold(shown)}${label}`,
    `  style: ${changelog.style} ${pc.dim(`— ${detection.reason}`)}`,
    ...table,
    ...changelog.notes.map((note) => `  note (line ${note.line}, not a release): ${note.title}`),
    ...findings.map((finding) => `  ${gate === 'error' ? pc.red('error') : pc.yellow('warn')}  ${formatChangelogFinding({ ...finding, file: displayPath(finding.file) })}`),
    `${mark} ${count(changelog.releases.length, 'release')}` +
      `${prereleases ? ` (${count(prereleases, 'pre-release')})` : ''}, ${count(entries, 'entry', 'entries')}` +
      `${changelog.notes.length ? `, ${count(changelog.notes.length, 'note')}` : ''}` +
      `${findings.length ? `, ${count(findings.length, 'finding')}` : ''}`,
    '',
  ].join('\n');
}

function flagsOf(release: Release): string {
  return [release.prerelease ? 'pre-release' : '', release.yanked ? 'yanked' : ''].filter(Boolean).join(', ');
}

/** `Added 3, Fixed 2`: section titles without leading emoji, with their entry counts. */
function entrySummary(release: Release): string {
  const parts = release.sections.map((section) => {
    const title = section.title.replace(/^[^\p{L}\p{N}]+/u, '') || section.title;
    return `${title} ${section.entries.length}`;
  });
  return parts.length > 0 ? parts.join(', ') : '—';
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
