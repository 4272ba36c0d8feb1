import type { ParsedRfcSource } from '../parse.js';
import type { RfcFrontMatter } from '../schema.js';

/** Every rule the RFC linter applies, with what it checks (shown in `docs/rfc-process.md`). */
export const RFC_LINT_RULES = {
  'front-matter-missing': 'The file starts with a `---` YAML front-matter block that is closed by a second `---`.',
  'yaml-syntax': 'The front matter is valid YAML (no tabs, duplicate keys or unclosed brackets).',
  'front-matter-shape': 'The front matter is a mapping of keys to values, not a list or a single value.',
  'required-key': 'rfc, title, status, authors, created, discussion and tracking-issue are present.',
  'unknown-key': 'Every key is an RFC key or a Docusaurus doc front-matter key (typos are caught here).',
  'rfc-number': '`rfc` is a whole number.',
  title: '`title` is a non-empty string with at least one letter or digit.',
  status: '`status` is one of the lifecycle statuses.',
  authors: '`authors` is a non-empty list of names.',
  date: '`created` and `updated` are real calendar dates written YYYY-MM-DD.',
  'date-order': '`updated` is not before `created`.',
  url: '`discussion` and `tracking-issue` are absolute http(s) URLs.',
  reference: '`supersedes` and `superseded-by` are an RFC number or a list of RFC numbers.',
  'unknown-reference': 'Every RFC named in `supersedes` or `superseded-by` exists.',
  'superseded-without-successor': 'A `superseded` RFC names its replacement in `superseded-by`.',
  'file-name': 'The file is named NNNN-kebab-title.md (or .mdx) and the slug is the kebab-case title.',
  'number-mismatch': '`rfc` equals the number in the file name.',
  'duplicate-number': 'No two RFCs share a number.',
  'missing-section': 'Every H2 section of the template (Summary, Motivation, ...) is present.',
  release: '`release` is a version of a configured changelog (`1.2.0`, or `<changelog id>@1.2.0` when there are several).',
} as const;

/** Identifier of one linter rule; the keys of {@link RFC_LINT_RULES}. */
export type RfcLintRule = keyof typeof RFC_LINT_RULES;

/** One problem in one RFC file. Findings are data; the CLI and JSON reporters render them. */
export interface RfcFinding {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line: the offending front-matter key, the heading the fix goes before, or 1 for the file as a whole. */
  line: number;
  /** Which rule found it. */
  rule: RfcLintRule;
  /** What is wrong and what to do, without the file and line. */
  message: string;
}

/** A finding before its file is known. */
export type Located = Omit<RfcFinding, 'file'>;

/** One RFC file as the linter reads it: its parse, its findings so far, and its front matter. */
export interface FileAnalysis {
  file: string;
  isTemplate: boolean;
  parsed: ParsedRfcSource;
  findings: Located[];
  /** Set when the front matter validated. */
  frontMatter?: RfcFrontMatter;
  raw: Record<string, unknown>;
  /** The `NNNN` of the file name, when it starts with digits. */
  fileNumber?: number;
}
