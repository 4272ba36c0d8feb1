import pc from 'picocolors';
import { displayPath } from '../core/files.js';
import { plural } from '../core/text.js';
import { formatFinding, type Finding } from '../findings/index.js';
import type { ChangelogLintReport, LintedChangelog } from './lint.js';
import type { Release } from './model.js';

/** The report's findings in the shape every reporter renders (changelog findings already have it). */
export function changelogFindings(report: ChangelogLintReport): Finding[] {
  return report.findings;
}

/** One changelog in the `--json` report of `portal lint changelog`. */
export interface ChangelogJson {
  /** The changelog's id in `portal.config.ts`, or null for a file linted on its own. */
  id: string | null;
  /** Its title in `portal.config.ts`, or null. */
  title: string | null;
  /** The file read. */
  file: string;
  /** The style it was read as (keep-a-changelog, changesets, conventional, ...). */
  style: LintedChangelog['changelog']['style'];
  /** Why that style was chosen. */
  styleReason: string;
  /** The document's own `#` title, or null. */
  documentTitle: string | null;
  /** Its releases, newest first, without their Markdown bodies. */
  releases: Omit<Release, 'bodyMarkdown'>[];
  /** Sections that are not releases (e.g. "Earlier releases"), shown as notes on the index. */
  notes: { title: string; line: number }[];
  /** What the lint found in this changelog. */
  findings: Finding[];
}

/** The `--json` report of `portal lint changelog`. */
export interface ChangelogReportJson {
  /** The severity of gates.changelog the report was judged with. */
  gate: ChangelogLintReport['gate'];
  /** Each changelog linted. */
  changelogs: ChangelogJson[];
}

/** The `--json` form: per changelog its releases (without `bodyMarkdown`, to keep the output small), notes and findings. */
export function changelogReportToJson(report: ChangelogLintReport): ChangelogReportJson {
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

/**
 * One changelog for the terminal: header, style line, a table of releases,
 * notes, findings (`file:line:column: message (rule) — hint`) and a summary line.
 */
export function formatChangelogReport({ target, changelog, detection, findings }: LintedChangelog, gate: ChangelogLintReport['gate']): string {
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
  const entries = changelog.releases.reduce((sum, release) => sum + release.sections.reduce((n, section) => n + section.entries.length, 0), 0);
  const prereleases = changelog.releases.filter((release) => release.prerelease).length;
  const mark = findings.length === 0 ? pc.green('✔') : gate === 'error' ? pc.red('✖') : pc.yellow('⚠');
  return [
    `${pc.bold(displayPath(changelog.file))}${label}`,
    `  style: ${changelog.style} ${pc.dim(`— ${detection.reason}`)}`,
    ...table,
    ...changelog.notes.map((note) => `  note (line ${note.line}, not a release): ${note.title}`),
    ...findings.map((finding) => `  ${gate === 'error' ? pc.red('error') : pc.yellow('warn')}  ${formatFinding(finding)}`),
    `${mark} ${plural(changelog.releases.length, 'release')}` +
      `${prereleases ? ` (${plural(prereleases, 'pre-release')})` : ''}, ${plural(entries, 'entry', 'entries')}` +
      `${changelog.notes.length ? `, ${plural(changelog.notes.length, 'note')}` : ''}` +
      `${findings.length ? `, ${plural(findings.length, 'finding')}` : ''}`,
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
