/**
 * RFCs: the front-matter schema, the Markdown parser, the linter behind
 * `portal lint rfcs` and the loader the site uses. Pure TypeScript: no
 * Docusaurus, React or CLI imports.
 *
 * @packageDocumentation
 */
export {
  RFC_STATUSES,
  RFC_STATUS_NAMES,
  RFC_KEYS,
  DOCUSAURUS_DOC_KEYS,
  RFC_EXPECTATIONS,
  rfcFrontMatterSchema,
  rfcTemplateFrontMatterSchema,
  isCalendarDate,
  titleSlug,
} from './schema.js';
export type { RfcStatus, RfcFrontMatter, RfcFrontMatterInput } from './schema.js';
export { parseRfcFile, parseRfcSource } from './parse.js';
export type { ParsedRfcSource, ParsedFrontMatter, RfcSection, FrontMatterError } from './parse.js';
export {
  lintRfcs,
  isRfcFileName,
  RFC_LINT_RULES,
  DEFAULT_REQUIRED_SECTIONS,
  RFC_TEMPLATE_FILE,
  RFC_FILE_NAME,
  resolveRfcRelease,
} from './lint.js';
export type { RfcFinding, RfcLintRule, RfcMeta, LintRfcsOptions, RfcLintReport, ChangelogVersions } from './lint.js';
export { loadRfcs } from './load.js';
export { rfcFindings, countCheckedRfcs, summarizeRfcLintReport, formatRfcLintReport, rfcLintReportToJson } from './report.js';
export type { RfcReporterOptions, RfcLintReportJson } from './report.js';
