import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import { lintRfcs, type RfcFinding, type RfcLintRule } from '../../../src/lib/rfcs/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/rfcs');
const STATUSES = 'draft, discussion, final-comment-period, accepted, rejected, withdrawn, implemented, superseded';
const URL = 'an http(s) URL such as https://github.com/acme/project/issues/12';
const ISO_DATE = 'an ISO date such as 2026-11-01 (YYYY-MM-DD)';
const KEYS = '"rfc", "title", "status", "authors", "created", "updated", "discussion", "tracking-issue", "supersedes", "superseded-by", "release" or a Docusaurus key such as "slug" or "sidebar_label"';

type Tuple = [file: string, line: number, message: string];

/** Findings as `[file relative to the scenario, line, message]`, the form the assertions read best in. */
function tuples(findings: readonly RfcFinding[], scenario: string): Tuple[] {
  return findings.map((finding) => [path.relative(path.join(FIXTURES, scenario), finding.file), finding.line, finding.message]);
}

async function lintScenario(scenario: string, files?: string[]) {
  const dir = path.join(FIXTURES, scenario);
  return lintRfcs({ dir, files: files?.map((file) => path.join(dir, file)) });
}

describe('lintRfcs on one fixture directory per scenario', () => {
  it.each<[string, Tuple[]]>([
    ['valid', []],
    ['bad-status', [['0003-foo.md', 4, `status: got "aproved", expected one of ${STATUSES}`]]],
    [
      'missing-sections',
      [
        ['0001-short-rfc.md', 24, 'missing required section "## Drawbacks" (add it before "## Alternatives")'],
        ['0001-short-rfc.md', 26, 'missing required section "## Unresolved questions" (add it at the end of the file)'],
        ...['Summary', 'Motivation', 'Detailed design', 'Drawbacks', 'Alternatives', 'Unresolved questions'].map(
          (title): Tuple => ['0002-no-sections.md', 10, `missing required section "## ${title}" (add it at the end of the file)`],
        ),
      ],
    ],
    [
      'duplicate-number',
      [
        ['0001-first.md', 2, 'RFC number 1 is also used by 0001-second.md; RFC numbers must be unique (the next free number is 3)'],
        ['0001-second.md', 2, 'RFC number 1 is also used by 0001-first.md; RFC numbers must be unique (the next free number is 3)'],
      ],
    ],
    [
      'bad-filename',
      [
        ['0003-foo.md', 1, 'file name slug "foo" does not match the title slug "better-foo" (rename the file to 0003-better-foo.md)'],
        ['0004_Bad_Name.md', 1, 'file name "0004_Bad_Name.md" does not match NNNN-kebab-title.md (rename the file to 0004-bad-name.md)'],
        ['0005-number-mismatch.md', 2, 'rfc: 6 does not match the number 0005 in the file name (set rfc: 5, or rename the file to 0006-number-mismatch.md)'],
        ['12-short-number.md', 1, 'file name "12-short-number.md" does not match NNNN-kebab-title.md (rename the file to 0012-short-number.md)'],
      ],
    ],
    [
      'dangling-reference',
      [
        ['0001-old.md', 10, 'superseded-by refers to RFC 9, but there is no dangling-reference/0009-*.md (check the number)'],
        ['0002-new.md', 11, 'supersedes refers to RFC 7, but there is no dangling-reference/0007-*.md (check the number)'],
        [
          '0003-orphan.md',
          4,
          'status is "superseded" but superseded-by is missing (add superseded-by: <number of the RFC that replaces this one>)',
        ],
      ],
    ],
    [
      'bad-yaml',
      [
        ['0001-duplicate-key.md', 5, 'front matter is not valid YAML: Map keys must be unique'],
        [
          '0002-unclosed-bracket.md',
          6,
          'front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        ],
        [
          '0003-no-front-matter.md',
          1,
          'missing front matter: start the file with a --- block holding rfc, title, status, authors, created, discussion and tracking-issue (copy it from 0000-template.md)',
        ],
        ['0004-unclosed-front-matter.md', 1, 'front matter is not closed: add a line with --- after the last key'],
        ['0005-a-list.md', 1, 'front matter must be a mapping of keys to values such as "rfc: 3", not a list or a single value'],
      ],
    ],
    [
      'bad-fields',
      [
        ['0001-bad-fields.md', 1, `tracking-issue: missing, expected ${URL}`],
        ['0001-bad-fields.md', 2, 'rfc: got "1", expected a whole number such as 3 (the number in the file name, without leading zeros)'],
        ['0001-bad-fields.md', 5, 'authors: got an empty list, expected a non-empty list of author names'],
        ['0001-bad-fields.md', 6, 'created: got "2026-02-30", expected a real calendar date'],
        ['0001-bad-fields.md', 7, `updated: got "2026/03/01", expected ${ISO_DATE}`],
        ['0001-bad-fields.md', 8, `discussion: got "ftp://example.com/thread", expected ${URL}`],
        ['0001-bad-fields.md', 9, `front matter: unknown field "tracking_issue" (did you mean "tracking-issue"?), expected one of ${KEYS}`],
        [
          '0001-bad-fields.md',
          10,
          `front matter: unknown field "reviewer", expected one of ${KEYS}`,
        ],
        ['0002-missing-keys.md', 1, `status: missing, expected one of ${STATUSES}`],
        ['0002-missing-keys.md', 1, `created: missing, expected ${ISO_DATE}`],
        ['0002-missing-keys.md', 1, `discussion: missing, expected ${URL}`],
        ['0002-missing-keys.md', 1, `tracking-issue: missing, expected ${URL}`],
        ['0002-missing-keys.md', 6, 'authors[1]: got 42, expected a non-empty author name'],
        ['0002-missing-keys.md', 7, `updated: got null, expected ${ISO_DATE}`],
        ['0002-missing-keys.md', 8, 'supersedes[1]: got "two", expected an RFC number such as 3'],
        [
          '0003-dates-out-of-order.md',
          7,
          'updated 2026-02-01 is before created 2026-03-01; updated is the day of the last change, so it cannot precede creation',
        ],
      ],
    ],
    [
      'custom-template',
      [
        ['0000-template.mdx', 4, `status: got "wip", expected one of ${STATUSES}`],
        ['0001-no-rollout.md', 18, 'missing required section "## Rollout plan" (add it at the end of the file)'],
      ],
    ],
  ])('%s', async (scenario, expected) => {
    const report = await lintScenario(scenario);
    expect(tuples(report.findings, scenario)).toEqual(expected);
  });

  it('tags each finding with the rule that found it', async () => {
    const rules = async (scenario: string) => (await lintScenario(scenario)).findings.map((finding) => finding.rule);
    expect(await rules('bad-fields')).toEqual<RfcLintRule[]>([
      'required-key',
      'rfc-number',
      'authors',
      'date',
      'date',
      'url',
      'unknown-key',
      'unknown-key',
      'required-key',
      'required-key',
      'required-key',
      'required-key',
      'authors',
      'date',
      'reference',
      'date-order',
    ]);
    expect(await rules('dangling-reference')).toEqual(['unknown-reference', 'unknown-reference', 'superseded-without-successor']);
    expect(await rules('bad-filename')).toEqual(['file-name', 'file-name', 'number-mismatch', 'file-name']);
    expect(await rules('bad-yaml')).toEqual(['yaml-syntax', 'yaml-syntax', 'front-matter-missing', 'front-matter-missing', 'front-matter-shape']);
  });

  it('takes the required sections from the template, or falls back to the default list', async () => {
    expect((await lintScenario('custom-template')).requiredSections).toEqual(['Summary', 'Rollout plan']);
    expect((await lintScenario('bad-status')).requiredSections).toEqual([
      'Summary',
      'Motivation',
      'Detailed design',
      'Drawbacks',
      'Alternatives',
      'Unresolved questions',
    ]);
  });

  it('lists the template and the RFCs as checked, but neither index.md nor the template as an RFC', async () => {
    const report = await lintScenario('valid');
    expect(report.checkedFiles.map((file) => path.basename(file))).toEqual([
      '0000-template.md',
      '0001-first-idea.md',
      '0002-static-pages-with-svg.mdx',
      '0003-better-idea.md',
    ]);
    expect(report.rfcs.map((rfc) => rfc.number)).toEqual([1, 2, 3]);
  });
});

describe('lintRfcs with files', () => {
  it('reports only the given files but resolves references against the whole directory', async () => {
    const report = await lintScenario('dangling-reference', ['0002-new.md']);
    expect(tuples(report.findings, 'dangling-reference')).toEqual([
      ['0002-new.md', 11, 'supersedes refers to RFC 7, but there is no dangling-reference/0007-*.md (check the number)'],
    ]);
    expect(report.rfcs.map((rfc) => rfc.number)).toEqual([2]);
  });

  it('still sees a duplicate of a given file among the files it was not given', async () => {
    const report = await lintScenario('duplicate-number', ['0001-second.md']);
    expect(tuples(report.findings, 'duplicate-number')).toEqual([
      ['0001-second.md', 2, 'RFC number 1 is also used by 0001-first.md; RFC numbers must be unique (the next free number is 3)'],
    ]);
  });

  it('resolves a reference to an RFC it was not given', async () => {
    const report = await lintScenario('valid', ['0003-better-idea.md']);
    expect(report.findings).toEqual([]);
    expect(report.checkedFiles.map((file) => path.basename(file))).toEqual(['0003-better-idea.md']);
  });

  it('skips files that are not RFCs by name and checks the template when given', async () => {
    expect((await lintScenario('valid', ['index.md'])).checkedFiles).toEqual([]);
    const report = await lintScenario('custom-template', ['0000-template.mdx']);
    expect(tuples(report.findings, 'custom-template')).toEqual([['0000-template.mdx', 4, `status: got "wip", expected one of ${STATUSES}`]]);
    expect(report.rfcs).toEqual([]);
  });

  it('accepts paths relative to the working directory', async () => {
    const file = path.relative(process.cwd(), path.join(FIXTURES, 'bad-status/0003-foo.md'));
    const report = await lintRfcs({ dir: path.join(FIXTURES, 'bad-status'), files: [file] });
    expect(report.findings.map((finding) => finding.line)).toEqual([4]);
  });
});

describe('lintRfcs on unusable input', () => {
  it('throws an exit-2 PortalError naming every missing file', async () => {
    const error = await lintScenario('valid', ['0009-nope.md', '0001-first-idea.md', 'gone.md']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({
      exitCode: 2,
      message: 'Cannot lint 2 files that do not exist',
      problems: [`${path.join(FIXTURES, 'valid/0009-nope.md')}: file not found`, `${path.join(FIXTURES, 'valid/gone.md')}: file not found`],
    });
  });

  it('throws an exit-2 PortalError when the directory does not exist', async () => {
    const dir = path.join(FIXTURES, 'no-such-dir');
    await expect(lintRfcs({ dir })).rejects.toMatchObject({ exitCode: 2, message: `RFC directory not found: ${dir}` });
  });
});

describe('the shipped rfcs/ directory', () => {
  it('has no findings', async () => {
    const report = await lintRfcs({ dir: path.join(REPO_ROOT, 'rfcs') });
    expect(report.findings).toEqual([]);
    expect(report.rfcs.length).toBeGreaterThanOrEqual(2);
  });
});
