import { titleSlug } from '../schema.js';
import { padRfcNumber } from '../../core/text.js';
import type { FileAnalysis, RfcLintRule } from './findings.js';

/** The template's file name: it is RFC 0 in form only and never listed as an RFC. */
export const RFC_TEMPLATE_FILE = /^0000-template\.mdx?$/;

/** A well-formed RFC file name: `NNNN-kebab-title.md` or `.mdx`. */
export const RFC_FILE_NAME = /^(\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.(mdx?)$/;

/**
 * True for file names the linter treats as RFCs: Markdown files whose name
 * starts with a digit (so a misnamed `3-foo.md` is reported, while `index.md`
 * and `README.md` are not RFCs), other than the template.
 */
export function isRfcFileName(name: string): boolean {
  return /^\d/.test(name) && /\.mdx?$/.test(name) && !RFC_TEMPLATE_FILE.test(name);
}

/** The file name against NNNN-kebab-title.md, the title's slug and the `rfc` number. */
export function checkFileName(
  name: string,
  analysis: FileAnalysis,
  lineOf: (path: readonly PropertyKey[]) => number,
  add: (line: number, rule: RfcLintRule, message: string) => void,
): void {
  const { raw } = analysis;
  const rfcNumber = isRfcNumber(raw.rfc) ? raw.rfc : undefined;
  const slug = typeof raw.title === 'string' ? titleSlug(raw.title) : '';
  const extension = /\.mdx$/.test(name) ? 'mdx' : 'md';
  const match = RFC_FILE_NAME.exec(name);

  if (!match) {
    const number = analysis.fileNumber ?? rfcNumber;
    const suggestion = `${number === undefined ? 'NNNN' : padRfcNumber(number)}-${slug || 'short-title'}.${extension}`;
    add(1, 'file-name', `file name ${JSON.stringify(name)} does not match NNNN-kebab-title.md (rename the file to ${suggestion})`);
  } else if (slug && match[2] !== slug) {
    add(
      1,
      'file-name',
      `file name slug ${JSON.stringify(match[2])} does not match the title slug ${JSON.stringify(slug)} (rename the file to ${match[1]}-${slug}.${extension})`,
    );
  }

  if (rfcNumber !== undefined && analysis.fileNumber !== undefined && rfcNumber !== analysis.fileNumber) {
    const renamed = `${padRfcNumber(rfcNumber)}-${slug || match?.[2] || 'short-title'}.${extension}`;
    add(
      lineOf(['rfc']),
      'number-mismatch',
      `rfc: ${rfcNumber} does not match the number ${digitsOf(name)} in the file name (set rfc: ${analysis.fileNumber}, or rename the file to ${renamed})`,
    );
  }
}

export function isRfcNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function digitsOf(name: string): string {
  return /^(\d+)/.exec(name)?.[1] ?? '';
}
