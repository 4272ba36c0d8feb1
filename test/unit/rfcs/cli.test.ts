import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/rfcs';
const MINIMAL_CONFIG = path.join(REPO_ROOT, 'test/fixtures/projects/minimal/portal.config.ts');

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('portal lint rfcs', () => {
  it('passes on the shipped rfcs/ directory (found through portal.config.ts)', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ \d+ RFCs checked, no problems\n$/);
  });

  it('passes on a valid directory given with --dir', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--dir', `${FIXTURES}/valid`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ 3 RFCs checked, no problems\n');
  });

  it('prints file:line: message (rule), sorted by file then line, and exits 1 with a summary', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--dir', `${FIXTURES}/dangling-reference`]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${FIXTURES}/dangling-reference/0001-old.md:10: superseded-by refers to RFC 9, but there is no dangling-reference/0009-*.md (check the number) (unknown-reference)`,
      `${FIXTURES}/dangling-reference/0002-new.md:11: supersedes refers to RFC 7, but there is no dangling-reference/0007-*.md (check the number) (unknown-reference)`,
      `${FIXTURES}/dangling-reference/0003-orphan.md:4: status is "superseded" but superseded-by is missing (add superseded-by: <number of the RFC that replaces this one>) (superseded-without-successor)`,
    ]);
    expect(run.stderr).toBe('✖ 3 problems in 3 files\n');
  });

  it('names the file and line of a bad status', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--dir', `${FIXTURES}/bad-status`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${FIXTURES}/bad-status/0003-foo.md:4: status: got "aproved", expected one of draft, discussion, final-comment-period, accepted, rejected, withdrawn, implemented, superseded (status)\n`,
    );
    expect(run.stderr).toBe('✖ 1 problem in 1 file\n');
  });

  it('prints paths relative to the working directory', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--dir', 'bad-status'], { cwd: path.join(REPO_ROOT, FIXTURES) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^bad-status\/0003-foo\.md:4: status: got "aproved"/);
  });

  it('lints only the files it is given, resolving references against the whole directory', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--dir', `${FIXTURES}/dangling-reference`, `${FIXTURES}/dangling-reference/0002-new.md`]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${FIXTURES}/dangling-reference/0002-new.md:11: supersedes refers to RFC 7, but there is no dangling-reference/0007-*.md (check the number) (unknown-reference)`,
    ]);
    expect(run.stderr).toBe('✖ 1 problem in 1 file\n');
  });

  it('accepts changed files that are not RFCs, as a git diff in CI would pass them', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', 'rfcs/index.mdx', 'rfcs/0000-template.md', 'rfcs/0001-one-typed-portal-config.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ 1 RFC checked, no problems\n');
  });

  it('exits 2 naming a file that does not exist', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', 'rfcs/0042-missing.md']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('✖ Cannot lint a file that does not exist\n  - rfcs/0042-missing.md: file not found\n');
  });

  it('exits 2 when the RFC directory does not exist', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--config', MINIMAL_CONFIG]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`✖ RFC directory not found: ${path.join(REPO_ROOT, 'test/fixtures/projects/minimal/rfcs')}`);
    expect(run.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  });

  it('writes the findings and the RFC list as JSON with --json', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'portal-rfcs-')), 'reports/rfcs.json');
    onTestFinished(() => rmSync(path.dirname(path.dirname(out)), { recursive: true, force: true }));
    const run = await runPortalInProcess(['lint', 'rfcs', '--dir', `${FIXTURES}/bad-filename`, '--json', out]);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.problems).toBe(4);
    expect(report.files).toBe(4);
    expect(report).toMatchObject({ check: 'rfcs', passed: false, errors: 4, warnings: 0 });
    expect(report.findings[0]).toEqual({
      file: `${FIXTURES}/bad-filename/0003-foo.md`,
      line: 1,
      rule: 'file-name',
      severity: 'error',
      message: 'file name slug "foo" does not match the title slug "better-foo" (rename the file to 0003-better-foo.md)',
    });
    expect(report.rfcs.map((rfc: { number: number }) => rfc.number)).toEqual([3, 4, 6, 12]);
  });

  it('also prints one GitHub annotation per finding under GitHub Actions, after the report', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--dir', `${FIXTURES}/dangling-reference`], { env: { GITHUB_ACTIONS: 'true' } });
    expect(run.code).toBe(1);
    expect(lines(run.stdout).slice(3)).toEqual([
      `::error file=${FIXTURES}/dangling-reference/0001-old.md,line=10,title=unknown-reference::superseded-by refers to RFC 9, but there is no dangling-reference/0009-*.md (check the number)`,
      `::error file=${FIXTURES}/dangling-reference/0002-new.md,line=11,title=unknown-reference::supersedes refers to RFC 7, but there is no dangling-reference/0007-*.md (check the number)`,
      `::error file=${FIXTURES}/dangling-reference/0003-orphan.md,line=4,title=superseded-without-successor::status is "superseded" but superseded-by is missing (add superseded-by: <number of the RFC that replaces this one>)`,
    ]);
    const clean = await runPortalInProcess(['lint', 'rfcs', '--dir', `${FIXTURES}/valid`], { env: { GITHUB_ACTIONS: 'true' } });
    expect(clean.stdout).toBe('✔ 3 RFCs checked, no problems\n');
  });

  it('prints no annotation outside GitHub Actions', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--dir', `${FIXTURES}/bad-status`], { env: { GITHUB_ACTIONS: 'false' } });
    expect(run.stdout).not.toContain('::');
  });
});
