/**
 * Findings: the one shape every check reports in, and its reporters (terminal
 * line, JSON report, GitHub Actions annotations).
 */
export { countFiles, sortFindings, type Finding, type FindingSeverity, type Report } from './model.js';
export { formatFinding, formatFindings, summarizeFindings, type FindingFormatOptions } from './terminal.js';
export { findingToJson, reportToJson, type ReportJson } from './json.js';
export { escapeGithubData, escapeGithubProperty, formatGithubAnnotation, formatGithubAnnotations, inGithubActions } from './github.js';
