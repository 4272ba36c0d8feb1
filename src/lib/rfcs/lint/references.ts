import path from 'node:path';
import { padRfcNumber } from '../../core/text.js';
import { isRfcNumber } from './file-names.js';
import type { FileAnalysis } from './findings.js';

/** Duplicate numbers and references, resolved across every RFC of the directory. */
export function checkNumbersAndReferences(analyses: FileAnalysis[], dirName: string): void {
  const numberOf = (analysis: FileAnalysis) => (isRfcNumber(analysis.raw.rfc) ? analysis.raw.rfc : analysis.fileNumber);
  const byNumber = new Map<number, FileAnalysis[]>();
  for (const analysis of analyses) {
    const number = numberOf(analysis);
    if (number === undefined) continue;
    byNumber.set(number, [...(byNumber.get(number) ?? []), analysis]);
  }
  const known = new Set<number>(byNumber.keys());
  for (const analysis of analyses) if (analysis.fileNumber !== undefined) known.add(analysis.fileNumber);
  const nextFree = Math.max(0, ...known) + 1;

  for (const [number, group] of byNumber) {
    if (group.length < 2) continue;
    for (const analysis of group) {
      const others = group.filter((other) => other !== analysis).map((other) => path.basename(other.file));
      const line = analysis.parsed.frontMatter.present && isRfcNumber(analysis.raw.rfc) ? analysis.parsed.frontMatter.lineOf(['rfc']) : 1;
      analysis.findings.push({
        line,
        rule: 'duplicate-number',
        message: `RFC number ${number} is also used by ${others.join(', ')}; RFC numbers must be unique (the next free number is ${nextFree})`,
      });
    }
  }

  for (const analysis of analyses) {
    const fm = analysis.parsed.frontMatter;
    if (!fm.present) continue;
    for (const key of ['supersedes', 'superseded-by'] as const) {
      const value = analysis.raw[key];
      const items = Array.isArray(value) ? value.map((item, index) => [item, [key, index]] as const) : [[value, [key]] as const];
      for (const [item, at] of items) {
        if (!isRfcNumber(item) || known.has(item)) continue;
        analysis.findings.push({
          line: fm.lineOf(at),
          rule: 'unknown-reference',
          message: `${key} refers to RFC ${item}, but there is no ${dirName}/${padRfcNumber(item)}-*.md (check the number)`,
        });
      }
    }
  }
}
