import type { BenchDelta, CoverageDelta } from './deltas.js';
import type { HttpChange } from './http-diff.js';
import type { ReleaseReport } from './report.js';
import type { ReleaseSection } from './sections.js';

/**
 * The report of a release as Markdown for a GitHub release body: the notes,
 * then RFCs shipped, TypeScript API changes, HTTP API changes and deltas; a section that could not be
 * computed says why. Text from specs and result files is put in code spans
 * or escaped, so it cannot add links or HTML.
 */
export function releaseNotesMarkdown(report: ReleaseReport): string {
  const out: string[] = [];
  const { entry } = report;
  out.push(`## ${report.changelog.title} ${entry.version}${entry.date ? ` (${entry.date})` : ''}`, '');
  out.push(report.notesMarkdown.trim() || '_No notes._', '');

  out.push('### RFCs shipped', '');
  if (report.rfcs.length === 0) out.push('None.', '');
  else out.push(...report.rfcs.map((rfc) => `- RFC ${rfc.number}: ${escapeText(rfc.title)}`), '');

  out.push(...typescriptApiLines(report));

  out.push('### HTTP API changes', '');
  if ('from' in report.compared) out.push(`Compared with \`${report.compared.from}\`.`, '');
  if (!report.httpApi.available) out.push(`Not computed: ${escapeText(report.httpApi.reason)}.`, '');
  else {
    for (const spec of report.httpApi.value) {
      out.push(`#### ${escapeText(spec.specId)} (\`${spec.file}\`)`, '');
      if (!spec.diff.available) {
        out.push(`Not computed: ${escapeText(spec.diff.reason)}.`, '');
        continue;
      }
      const diff = spec.diff.value;
      if (diff.breaking.length > 0) {
        out.push(`**Breaking changes (${diff.breaking.length})**`, '');
        out.push(...diff.breaking.map((item) => `- ${code(item.where)}: ${changeText(item.change)}`), '');
      }
      if (diff.added.length > 0) out.push('**Added**', '', ...diff.added.map((op) => `- ${code(`${op.method} ${op.path}`)}${op.operationId ? ` (${code(op.operationId)})` : ''}`), '');
      if (diff.removed.length > 0) out.push('**Removed**', '', ...diff.removed.map((op) => `- ${code(`${op.method} ${op.path}`)}${op.operationId ? ` (${code(op.operationId)})` : ''}`), '');
      if (diff.changed.length > 0) {
        out.push('**Changed**', '');
        for (const op of diff.changed) {
          out.push(`- ${code(`${op.method} ${op.path}`)}`);
          out.push(...op.changes.map((change) => `  - ${changeText(change)}${change.class === 'breaking' ? ' (breaking)' : ''}`));
        }
        out.push('');
      }
      if (diff.added.length + diff.removed.length + diff.changed.length + diff.other.length === 0) out.push('No changes.', '');
      out.push(...spec.diff.notes.map((note) => `_${escapeText(note)}_`), ...(spec.diff.notes.length ? [''] : []));
    }
  }

  out.push('### Performance and coverage', '');
  out.push(...benchLines('Benchmarks', report.deltas.benchmarks));
  out.push(...coverageLines(report.deltas.coverage));
  out.push(...benchLines('Doc coverage', report.deltas.docCoverage));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * The TypeScript API section: per package, breaking changes first, then added, removed and changed
 * exports with their signatures (before, after). A release body lives outside the site, so names
 * are not linked to API pages here.
 */
function typescriptApiLines(report: ReleaseReport): string[] {
  const out = ['### TypeScript API changes', ''];
  if ('from' in report.compared) out.push(`Compared with \`${report.compared.from}\`.`, '');
  if (!report.typescriptApi.available) return [...out, `Not computed: ${escapeText(report.typescriptApi.reason)}.`, ''];
  for (const pkg of report.typescriptApi.value) {
    out.push(`#### ${escapeText(pkg.title)}`, '');
    if (!pkg.diff.available) {
      out.push(`Not computed: ${escapeText(pkg.diff.reason)}.`, '');
      continue;
    }
    const diff = pkg.diff.value;
    if (diff.breaking.length > 0) {
      out.push(`**Breaking changes (${diff.breaking.length})**`, '');
      out.push(...diff.breaking.map((item) => `- ${code(item.where)}: ${reasonText(item.description)}`), '');
    }
    const flag = (item: { breaking: boolean }) => (item.breaking ? ' (breaking)' : '');
    if (diff.added.length > 0) out.push('**Added**', '', ...diff.added.map((item) => `- ${code(item.signature)}${flag(item)}`), '');
    if (diff.removed.length > 0) out.push('**Removed**', '', ...diff.removed.map((item) => `- ${code(item.signature)}${flag(item)}`), '');
    if (diff.changed.length > 0) {
      out.push('**Changed**', '');
      for (const item of diff.changed) out.push(`- ${code(item.name)}${flag(item)}`, `  - before: ${code(item.before)}`, `  - after: ${code(item.after)}`);
      out.push('');
    }
    if (diff.added.length + diff.removed.length + diff.changed.length === 0) out.push('No changes.', '');
  }
  return out;
}

/** A breaking-change reason: its backticked names and types kept as code spans, the rest escaped. */
function reasonText(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? code(part.slice(1, -1)) : escapeText(part)))
    .join('');
}

function benchLines(title: string, section: ReleaseSection<BenchDelta[]>): string[] {
  if (!section.available) return [`${title}: not computed: ${escapeText(section.reason)}.`, ''];
  return [
    `**${title}**`,
    '',
    '| Series | Before | After | Change |',
    '| --- | --- | --- | --- |',
    ...section.value.map(
      (delta) =>
        `| ${cell(delta.suite === 'doc-coverage' ? delta.series : `${delta.suite}: ${delta.series}`)} | ${cell(delta.display.before)} | ${cell(delta.display.after)} | ${describeDelta(delta)} |`,
    ),
    '',
  ];
}

function coverageLines(section: ReleaseSection<CoverageDelta[]>): string[] {
  if (!section.available) return [`Coverage: not computed: ${escapeText(section.reason)}.`, ''];
  return [
    '**Coverage**',
    '',
    '| Suite | Total | Before | After |',
    '| --- | --- | --- | --- |',
    ...section.value.map((delta) => `| ${cell(delta.suite)} | ${delta.metric} | ${delta.before}% | ${delta.after}% |`),
    '',
  ];
}

/** `30% worse (regressed, threshold 10%)`, `20% better`, `unchanged`. */
export function describeDelta(delta: BenchDelta): string {
  const amount = Math.abs(delta.worsePercent);
  const direction = delta.worsePercent > 0 ? 'worse' : 'better';
  if (delta.verdict === 'regressed') return `${amount}% worse (regressed, threshold ${delta.threshold}%)`;
  if (delta.verdict === 'improved') return `${amount}% better (improved, threshold ${delta.threshold}%)`;
  return delta.worsePercent === 0 ? 'unchanged' : `${amount}% ${direction} (within ${delta.threshold}%)`;
}

function changeText(change: HttpChange): string {
  // api-smart-diff writes names in backticks; keep those spans, escape the rest.
  return change.description
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? code(part.slice(1, -1)) : escapeText(part)))
    .join('');
}

/** A code span that holds any text: the fence is longer than any run of backticks inside. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\n/g, ' ')}${pad}${fence}`;
}

/** Text with Markdown and HTML syntax escaped, on one line. */
function escapeText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|!~&])/g, '\\$1');
}

function cell(text: string): string {
  return escapeText(text);
}
