import { displayPath } from '../core/files.js';
import { plural } from '../core/text.js';
import type { Finding } from './model.js';

/** How the terminal and GitHub reporters show paths. */
export interface FindingFormatOptions {
  /** Paths are shown relative to this directory when inside it. @default process.cwd() */
  cwd?: string;
}

/**
 * `file:line:column: message (rule) — hint`: one finding on one line, the form
 * editors and terminals make clickable. The column is left out when unknown,
 * the line too when it is `0`.
 */
export function formatFinding(finding: Finding, options: FindingFormatOptions = {}): string {
  const place = [displayPath(finding.file, options.cwd), finding.line > 0 ? finding.line : undefined, finding.line > 0 ? finding.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${place}: ${finding.message} (${finding.rule})${finding.hint ? ` — ${finding.hint}` : ''}`;
}

/**
 * `3 problems in 2 files`: the count of findings and of the files they are in.
 *
 * @param noun - What a finding is called in this check (`problem`, `changelog finding`).
 */
export function summarizeFindings(findings: readonly Finding[], noun = 'problem'): string {
  const files = new Set(findings.map((finding) => finding.file)).size;
  return `${plural(findings.length, noun)} in ${plural(files, 'file')}`;
}

/** Every finding as {@link formatFinding} writes it, one per line, each line ending in a newline. */
export function formatFindings(findings: readonly Finding[], options: FindingFormatOptions = {}): string {
  return findings.map((finding) => `${formatFinding(finding, options)}\n`).join('');
}
