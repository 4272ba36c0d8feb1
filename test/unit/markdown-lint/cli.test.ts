import { describe, expect, it } from 'vitest';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/markdown-lint';

// Each case starts the real CLI (tsx); on a busy 2-core machine that alone can take over 10 s.
describe('portal lint md', { timeout: 60_000 }, () => {
  it('passes on the shipped content (docs, tutorials, rfcs, runbooks, blog, README and changelogs)', async () => {
    const run = await runPortalInProcess(['lint', 'md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ \d+ Markdown files checked, no problems\n$/);
  });

  it('prints file:line:column  rule  message for each finding and exits 1', async () => {
    const run = await runPortalInProcess(['lint', 'md', `${FIXTURES}/bad/docs/bad-page.md`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        `${FIXTURES}/bad/docs/bad-page.md:7:5  no-literal-urls  Unexpected GFM autolink literal, expected regular autolink, add \`<\` before and \`>\` after`,
        `${FIXTURES}/bad/docs/bad-page.md:12:21  emphasis-marker  Unexpected emphasis marker \`_\`, expected \`*\``,
        '✖ 2 problems in 1 file (1 Markdown file checked)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('✖ Markdown lint failed: 2 problems in 1 file (1 Markdown file checked)\n');
  });

  it('lints the content folders of the project named by --config', async () => {
    const run = await runPortalInProcess(['lint', 'md', '--config', `${FIXTURES}/mdx-error/portal.config.ts`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${FIXTURES}/mdx-error/docs/broken.mdx:7:23  micromark-extension-mdx-expression:unexpected-eof  `);
  });

  it('exits 2 without a stack trace when a path does not exist', async () => {
    const run = await runPortalInProcess(['lint', 'md', 'no/such/dir']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^✖ Cannot lint Markdown: some paths do not exist\n {2}- .*no\/such\/dir: no such file or directory\n$/);
  });
});
