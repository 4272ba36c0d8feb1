import { displayPath } from '../core/files.js';
import type { Finding } from './model.js';
import type { FindingFormatOptions } from './terminal.js';

/**
 * The finding as a GitHub Actions workflow command, which GitHub shows as an
 * annotation on the file and line:
 * `::error file=rfcs/0001-x.md,line=3,col=5,title=missing-section::message`
 * (`::warning` for `warn`). The message carries the hint after a line break.
 * See https://docs.github.com/actions/reference/workflow-commands-for-github-actions.
 */
export function formatGithubAnnotation(finding: Finding, options: FindingFormatOptions = {}): string {
  const properties = [`file=${escapeGithubProperty(displayPath(finding.file, options.cwd))}`];
  if (finding.line > 0) {
    properties.push(`line=${finding.line}`);
    if (finding.column !== undefined) properties.push(`col=${finding.column}`);
  }
  properties.push(`title=${escapeGithubProperty(finding.rule)}`);
  const message = finding.hint ? `${finding.message}\n${finding.hint}` : finding.message;
  return `::${finding.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeGithubData(message)}`;
}

/** Every finding as {@link formatGithubAnnotation} writes it, one per line, each line ending in a newline. */
export function formatGithubAnnotations(findings: readonly Finding[], options: FindingFormatOptions = {}): string {
  return findings.map((finding) => `${formatGithubAnnotation(finding, options)}\n`).join('');
}

/**
 * True when running as a GitHub Actions step (`GITHUB_ACTIONS=true`, which the
 * runner sets), where the checks also print their findings as annotations.
 */
export function inGithubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/** A workflow command's message: `%`, CR and LF percent-encoded, as the runner decodes them. */
export function escapeGithubData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A workflow command's property value: as {@link escapeGithubData}, plus `:` and `,`, which end a value. */
export function escapeGithubProperty(value: string): string {
  return escapeGithubData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
