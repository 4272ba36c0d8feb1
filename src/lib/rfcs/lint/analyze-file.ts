import path from 'node:path';
import type { ParsedRfcSource } from '../parse.js';
import { rfcFrontMatterSchema, rfcTemplateFrontMatterSchema, type RfcFrontMatter } from '../schema.js';
import { checkFileName } from './file-names.js';
import type { FileAnalysis, RfcLintRule } from './findings.js';
import { checkCrossFieldRules, describeIssue } from './front-matter.js';
import { checkSections } from './sections.js';

/** Reads one file's findings of its own: front matter, and for an RFC (not the template) its file name and sections. */
export function analyzeFile(
  file: string,
  parsed: ParsedRfcSource,
  context: { isTemplate: boolean; requiredSections: readonly string[] },
): FileAnalysis {
  const name = path.basename(file);
  const digits = /^(\d+)/.exec(name)?.[1];
  const analysis: FileAnalysis = {
    file,
    isTemplate: context.isTemplate,
    parsed,
    findings: [],
    raw: {},
    fileNumber: digits === undefined ? undefined : Number(digits),
  };
  const add = (line: number, rule: RfcLintRule, message: string) => analysis.findings.push({ line, rule, message });
  const fm = parsed.frontMatter;

  if (!fm.present) {
    add(
      1,
      'front-matter-missing',
      fm.unclosed
        ? 'front matter is not closed: add a line with --- after the last key'
        : 'missing front matter: start the file with a --- block holding rfc, title, status, authors, created, discussion and tracking-issue (copy it from 0000-template.md)',
    );
  } else if (fm.errors.length > 0) {
    for (const error of fm.errors) add(error.line, 'yaml-syntax', `front matter is not valid YAML: ${error.message}`);
  } else if (fm.data !== null && (typeof fm.data !== 'object' || Array.isArray(fm.data))) {
    add(fm.line, 'front-matter-shape', 'front matter must be a mapping of keys to values such as "rfc: 3", not a list or a single value');
  } else {
    analysis.raw = (fm.data ?? {}) as Record<string, unknown>;
    const schema = context.isTemplate ? rfcTemplateFrontMatterSchema : rfcFrontMatterSchema;
    const result = schema.safeParse(analysis.raw, { reportInput: true });
    if (result.success) analysis.frontMatter = result.data as RfcFrontMatter;
    else for (const issue of result.error.issues) for (const finding of describeIssue(issue, [], fm.lineOf)) analysis.findings.push(finding);
    checkCrossFieldRules(analysis.raw, fm.lineOf, add);
  }

  if (!context.isTemplate) {
    checkFileName(name, analysis, fm.present ? fm.lineOf : () => 1, add);
    checkSections(parsed, context.requiredSections, add);
  }
  return analysis;
}
