import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  escapeGithubData,
  escapeGithubProperty,
  formatFinding,
  formatFindings,
  formatGithubAnnotation,
  formatGithubAnnotations,
  inGithubActions,
  reportToJson,
  sortFindings,
  summarizeFindings,
  type Finding,
} from '../../../src/lib/findings/index.js';

const CWD = path.resolve('/work/project');
const inside = (file: string) => path.join(CWD, file);

const error: Finding = { file: inside('rfcs/0003-foo.md'), line: 4, rule: 'status', severity: 'error', message: 'status "aproved" is not a status' };
const warning: Finding = {
  file: inside('CHANGELOG.md'),
  line: 12,
  column: 5,
  rule: 'invalid-date',
  severity: 'warn',
  message: 'date "2024-13-01" is not a calendar date',
  hint: 'write YYYY-MM-DD',
};
const wholeFile: Finding = { file: inside('build/docs/cli.html'), line: 0, rule: 'missing-file', severity: 'error', message: '/nope (a[href]): no page' };

describe('terminal reporter', () => {
  it('writes file:line[:column]: message (rule) — hint, relative to the working directory', () => {
    expect(formatFinding(error, { cwd: CWD })).toBe('rfcs/0003-foo.md:4: status "aproved" is not a status (status)');
    expect(formatFinding(warning, { cwd: CWD })).toBe('CHANGELOG.md:12:5: date "2024-13-01" is not a calendar date (invalid-date) — write YYYY-MM-DD');
    expect(formatFinding(wholeFile, { cwd: CWD })).toBe('build/docs/cli.html: /nope (a[href]): no page (missing-file)');
  });

  it('keeps a path outside the working directory absolute', () => {
    expect(formatFinding(error, { cwd: path.resolve('/elsewhere') })).toBe(`${error.file}:4: status "aproved" is not a status (status)`);
  });

  it('counts findings and files in the shared wording', () => {
    expect(summarizeFindings([error])).toBe('1 problem in 1 file');
    expect(summarizeFindings([error, { ...error, line: 9 }, warning])).toBe('3 problems in 2 files');
    expect(summarizeFindings([warning, warning], 'changelog finding')).toBe('2 changelog findings in 1 file');
    expect(formatFindings([error, warning], { cwd: CWD })).toBe(
      'rfcs/0003-foo.md:4: status "aproved" is not a status (status)\nCHANGELOG.md:12:5: date "2024-13-01" is not a calendar date (invalid-date) — write YYYY-MM-DD\n',
    );
  });

  it('sorts by file, then line, then column', () => {
    const a = { ...error, file: inside('a.md'), line: 3 };
    const b = { ...error, file: inside('a.md'), line: 3, column: 2 };
    const c = { ...error, file: inside('a.md'), line: 10 };
    const d = { ...error, file: inside('b.md'), line: 1 };
    expect(sortFindings([d, c, b, a])).toEqual([a, b, c, d]);
  });
});

describe('JSON reporter', () => {
  it('counts errors, warnings and files, and lists findings with relative paths and no undefined fields', () => {
    expect(reportToJson({ check: 'changelog', findings: [error, warning] }, { cwd: CWD })).toEqual({
      check: 'changelog',
      passed: false,
      errors: 1,
      warnings: 1,
      files: 2,
      findings: [
        { file: 'rfcs/0003-foo.md', line: 4, rule: 'status', severity: 'error', message: 'status "aproved" is not a status' },
        {
          file: 'CHANGELOG.md',
          line: 12,
          column: 5,
          rule: 'invalid-date',
          severity: 'warn',
          message: 'date "2024-13-01" is not a calendar date',
          hint: 'write YYYY-MM-DD',
        },
      ],
    });
    expect(JSON.stringify(reportToJson({ check: 'rfcs', findings: [error] }, { cwd: CWD }).findings[0])).toBe(
      '{"file":"rfcs/0003-foo.md","line":4,"rule":"status","severity":"error","message":"status \\"aproved\\" is not a status"}',
    );
  });

  it('passes when there are only warnings', () => {
    expect(reportToJson({ check: 'changelog', findings: [warning] }, { cwd: CWD })).toMatchObject({ passed: true, errors: 0, warnings: 1, files: 1 });
    expect(reportToJson({ check: 'rfcs', findings: [] })).toEqual({ check: 'rfcs', passed: true, errors: 0, warnings: 0, files: 0, findings: [] });
  });
});

describe('GitHub annotation reporter', () => {
  it('writes ::error and ::warning workflow commands with file, line, col and the rule as title', () => {
    expect(formatGithubAnnotation(error, { cwd: CWD })).toBe('::error file=rfcs/0003-foo.md,line=4,title=status::status "aproved" is not a status');
    expect(formatGithubAnnotation(warning, { cwd: CWD })).toBe(
      '::warning file=CHANGELOG.md,line=12,col=5,title=invalid-date::date "2024-13-01" is not a calendar date%0Awrite YYYY-MM-DD',
    );
    expect(formatGithubAnnotation(wholeFile, { cwd: CWD })).toBe('::error file=build/docs/cli.html,title=missing-file::/nope (a[href]): no page');
    expect(formatGithubAnnotations([error, error], { cwd: CWD })).toBe(`${formatGithubAnnotation(error, { cwd: CWD })}\n`.repeat(2));
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeGithubData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeGithubProperty('C:\\dir,x%\n')).toBe('C%3A\\dir%2Cx%25%0A');
    const odd: Finding = { file: inside('docs/a,b:c%.md'), line: 2, rule: 'r', severity: 'error', message: '50% of "a:b, c"\nsecond line' };
    expect(formatGithubAnnotation(odd, { cwd: CWD })).toBe('::error file=docs/a%2Cb%3Ac%25.md,line=2,title=r::50%25 of "a:b, c"%0Asecond line');
  });

  it('is on only when GITHUB_ACTIONS is "true"', () => {
    expect(inGithubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inGithubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
    expect(inGithubActions({})).toBe(false);
  });
});
