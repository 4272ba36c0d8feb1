/**
 * The RFC linter's entry. The parts live in ./lint/: lint-rfcs.ts (lintRfcs, the
 * directory walk), analyze-file.ts (one file), front-matter.ts, file-names.ts,
 * sections.ts, references.ts (numbers and supersedes), releases.ts (`release`),
 * meta.ts (what the site lists) and findings.ts (the rules and finding types).
 */
export { lintRfcs, type LintRfcsOptions, type RfcLintReport } from './lint/lint-rfcs.js';
export { RFC_LINT_RULES, type RfcFinding, type RfcLintRule } from './lint/findings.js';
export { RFC_FILE_NAME, RFC_TEMPLATE_FILE, isRfcFileName } from './lint/file-names.js';
export { DEFAULT_REQUIRED_SECTIONS } from './lint/sections.js';
export { resolveRfcRelease, type ChangelogVersions } from './lint/releases.js';
export type { RfcMeta } from './lint/meta.js';
