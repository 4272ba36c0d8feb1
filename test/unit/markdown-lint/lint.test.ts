import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import { defaultMarkdownPaths, formatMarkdownFinding, lintMarkdown, type MarkdownLintReport } from '../../../src/lib/markdown-lint/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/markdown-lint');

/** `[file relative to root, line, column, rule]` of each finding. */
const tuples = (report: MarkdownLintReport, root: string) =>
  report.findings.map((finding) => [path.relative(root, finding.file), finding.line, finding.column, finding.rule]);

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away project with the given files, outside the repository so only Portico's default config applies. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'portal-mdlint-'));
  temporary.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('lintMarkdown', () => {
  it('reports each rule of the recommended and consistency presets with file, line and column', async () => {
    const root = path.join(FIXTURES, 'bad');
    const report = await lintMarkdown({ paths: ['docs'], cwd: root });
    expect(tuples(report, root)).toEqual([
      ['docs/bad-page.md', 7, 5, 'no-literal-urls'],
      ['docs/bad-page.md', 12, 21, 'emphasis-marker'],
    ]);
    expect(report.findings.every((finding) => !finding.fatal)).toBe(true);
    expect(formatMarkdownFinding(report.findings[1]!, root)).toBe('docs/bad-page.md:12:21  emphasis-marker  Unexpected emphasis marker `_`, expected `*`');
  });

  it('reports a page Docusaurus could not compile as a fatal finding at the place of the syntax error', async () => {
    const root = path.join(FIXTURES, 'mdx-error');
    const report = await lintMarkdown({ paths: ['docs'], cwd: root });
    expect(tuples(report, root)).toEqual([['docs/broken.mdx', 7, 23, 'micromark-extension-mdx-expression:unexpected-eof']]);
    expect(report.findings[0]!.fatal).toBe(true);
  });

  it('passes MDX, directives, GFM tables, `format: md` pages and Keep a Changelog files', async () => {
    const root = path.join(FIXTURES, 'good');
    const report = await lintMarkdown({ paths: defaultMarkdownPaths(root, [path.join(root, 'CHANGELOG.md')]), cwd: root });
    expect(report.findings).toEqual([]);
    expect(report.checkedFiles.map((file) => path.relative(root, file))).toEqual([
      'CHANGELOG.md',
      'blog/2026-01-01-post.mdx',
      'docs/page.md',
      'docs/plain.md',
    ]);
  });

  it('parses .md in the content folders as MDX, as Docusaurus does, and other .md files as CommonMark', async () => {
    // `<https://…>` is an autolink in CommonMark but a broken JSX tag in MDX.
    const text = '# Title\n\nSee <https://example.com>.\n';
    const root = project({ 'docs/page.md': text, 'notes/page.md': text, 'README.md': text });
    const report = await lintMarkdown({ paths: ['.'], cwd: root });
    expect(tuples(report, root)).toEqual([['docs/page.md', 3, 12, 'micromark-extension-mdx-jsx:unexpected-character']]);
  });

  it('allows shortcut references in changelog release headings only', async () => {
    const changelog = '# Changelog\n\n## [1.0.0] - 2026-01-01\n\nSee [1.0.0] too.\n\n[1.0.0]: https://example.com/1.0.0\n';
    const root = project({ 'CHANGELOG.md': changelog, 'NOTES.md': changelog });
    const report = await lintMarkdown({ paths: ['.'], cwd: root });
    expect(tuples(report, root)).toEqual([
      ['CHANGELOG.md', 5, 5, 'no-shortcut-reference-link'],
      ['NOTES.md', 3, 4, 'no-shortcut-reference-link'],
      ['NOTES.md', 5, 5, 'no-shortcut-reference-link'],
    ]);
  });

  it('honours .remarkignore', async () => {
    const root = project({ 'docs/a.md': '# A\n\nhttp://example.com\n', '.remarkignore': 'docs/a.md\n' });
    const report = await lintMarkdown({ paths: ['docs'], cwd: root });
    expect(report).toEqual({ findings: [], checkedFiles: [] });
  });

  it('stops with exit code 2 on a path that does not exist', async () => {
    const error = await lintMarkdown({ paths: ['nope'], cwd: path.join(FIXTURES, 'good') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ exitCode: 2, problems: ['nope: no such file or directory'] });
  });

  it('stops with exit code 2, naming the file, when a .remarkrc cannot be loaded', async () => {
    const root = project({ 'docs/a.md': '# A\n', '.remarkrc.mjs': "import missing from 'remark-no-such-plugin';\nexport default { plugins: [missing] };\n" });
    const error = await lintMarkdown({ paths: ['docs'], cwd: root }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ exitCode: 2 });
    expect((error as PortalError).problems[0]).toMatch(/^docs\/a\.md: Cannot process file: Cannot parse file `\.remarkrc\.mjs`/);
  });
});

describe('defaultMarkdownPaths', () => {
  it('lists the content folders that exist, README.md and the changelogs', () => {
    const root = project({ 'docs/a.md': '', 'runbooks/b.md': '', 'README.md': '', 'CHANGES.md': '' });
    expect(defaultMarkdownPaths(root, [path.join(root, 'CHANGES.md')]).map((p) => path.relative(root, p))).toEqual([
      'docs',
      'runbooks',
      'README.md',
      'CHANGES.md',
    ]);
  });
});
