import type { z } from 'zod';
import { RFC_KEYS, isCalendarDate, titleSlug } from '../schema.js';
import { formatFieldPath, formatZodIssue, unknownFieldsMessage } from '../../core/zod-issues.js';
import type { Located, RfcLintRule } from './findings.js';

/** Rules that read two keys together: `updated` after `created`, a successor for `superseded`, a title that makes a slug. */
export function checkCrossFieldRules(
  raw: Record<string, unknown>,
  lineOf: (path: readonly PropertyKey[]) => number,
  add: (line: number, rule: RfcLintRule, message: string) => void,
): void {
  const { created, updated } = raw;
  if (typeof created === 'string' && typeof updated === 'string' && isCalendarDate(created) && isCalendarDate(updated) && updated < created) {
    add(lineOf(['updated']), 'date-order', `updated ${updated} is before created ${created}; updated is the day of the last change, so it cannot precede creation`);
  }
  if (raw.status === 'superseded' && (raw['superseded-by'] === undefined || raw['superseded-by'] === null)) {
    add(
      lineOf(['status']),
      'superseded-without-successor',
      'status is "superseded" but superseded-by is missing (add superseded-by: <number of the RFC that replaces this one>)',
    );
  }
  if (typeof raw.title === 'string' && raw.title.trim() !== '' && titleSlug(raw.title) === '') {
    add(lineOf(['title']), 'title', `title ${JSON.stringify(raw.title)} has no letters or digits to build the file name slug from`);
  }
}

const FIELD_RULES: Record<string, RfcLintRule> = {
  rfc: 'rfc-number',
  title: 'title',
  status: 'status',
  authors: 'authors',
  created: 'date',
  updated: 'date',
  discussion: 'url',
  'tracking-issue': 'url',
  supersedes: 'reference',
  'superseded-by': 'reference',
  release: 'release',
};

export /** One zod issue as findings, worded by src/lib/core (`status: got "aproved", expected one of ...`), placed on the key's line. */
function describeIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
  lineOf: (path: readonly PropertyKey[]) => number,
): Located[] {
  const issuePath = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const place = formatFieldPath(issuePath) || 'front matter';
    return issue.keys.map((key) => ({
      line: lineOf([...issuePath, key]),
      rule: 'unknown-key',
      message: `${place}: ${unknownFieldsMessage([key], RFC_KEYS, 'or a Docusaurus key such as "slug" or "sidebar_label"')}`,
    }));
  }
  if (issue.code === 'invalid_union' && Array.isArray(issue.input)) {
    // `supersedes: [3, "x"]`: report the bad item from the list branch, not "is not a number or a list".
    const listBranch = issue.errors.find((branch) => branch.some((inner) => inner.path.length > 0));
    if (listBranch) return listBranch.flatMap((inner) => describeIssue(inner, issuePath, lineOf));
  }
  const key = String(issuePath[0] ?? '');
  const input = 'input' in issue ? issue.input : undefined;
  const rule: RfcLintRule =
    input === undefined && issuePath.length === 1 ? 'required-key' : issuePath.length === 0 ? 'front-matter-shape' : (FIELD_RULES[key] ?? 'front-matter-shape');
  return [{ line: lineOf(issuePath), rule, message: formatZodIssue(issue, { root: 'front matter' }, prefix) }];
}
