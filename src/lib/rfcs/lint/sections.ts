import { checkRequiredSections } from '../../markdown/document.js';
import type { ParsedRfcSource } from '../parse.js';
import type { RfcLintRule } from './findings.js';

/** Required sections when the directory has no template to read them from. */
export const DEFAULT_REQUIRED_SECTIONS = [
  'Summary',
  'Motivation',
  'Detailed design',
  'Drawbacks',
  'Alternatives',
  'Unresolved questions',
] as const;

/** A finding for every required H2 section the RFC lacks, placed where it goes. */
export function checkSections(
  parsed: ParsedRfcSource,
  required: readonly string[],
  add: (line: number, rule: RfcLintRule, message: string) => void,
): void {
  for (const { title, before } of checkRequiredSections(parsed.document, required).missing) {
    if (before) add(before.line, 'missing-section', `missing required section "## ${title}" (add it before "## ${before.title}")`);
    else add(parsed.lineCount, 'missing-section', `missing required section "## ${title}" (add it at the end of the file)`);
  }
}
