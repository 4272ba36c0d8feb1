/**
 * Markdown lint: remark-lint over the portal's Markdown and MDX through
 * unified-engine, configured by `.remarkrc.mjs`, behind `portal lint md`.
 * Pure TypeScript: no Docusaurus, React or CLI imports.
 *
 * @packageDocumentation
 */
export {
  lintMarkdown,
  defaultMarkdownPaths,
  MARKDOWN_CONTENT_DIRS,
  MARKDOWN_EXTENSIONS,
  PORTICO_REMARK_CONFIG,
} from './lint.js';
export type { MarkdownFinding, MarkdownLintReport, LintMarkdownOptions } from './lint.js';
export {
  formatMarkdownFinding,
  formatMarkdownLintReport,
  summarizeMarkdownLintReport,
  markdownLintReportToJson,
} from './report.js';
export type { MarkdownLintReportJson } from './report.js';
