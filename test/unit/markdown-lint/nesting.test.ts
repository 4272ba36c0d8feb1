import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { hasStackTrace, portal, scratch } from '../hostile/cli.js';

const MINIMAL_CONFIG = `export default {
  site: { title: 'Nesting', url: 'https://nesting.example.org', baseUrl: '/', repository: 'https://github.com/example/nesting' },
};
`;

// Issue 22: remark overflows the stack on 10,000 nested blockquotes; `portal lint md` said
// "the remark configuration could not be used … Maximum call stack size exceeded".
describe('portal lint md on Markdown nested too deep', { timeout: 60_000 }, () => {
  it('10,000 nested blockquotes: exit 2 naming the file, the line and the nesting limit', async () => {
    const dir = scratch();
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'portal.config.ts'), MINIMAL_CONFIG);
    writeFileSync(path.join(dir, 'deep.md'), `# Deep\n\n${'>'.repeat(10_000)} text\n`);
    writeFileSync(path.join(dir, 'fine.md'), '# Fine\n\nA paragraph.\n');
    const run = await portal(['lint', 'md', 'deep.md', 'fine.md'], dir);
    expect(run.stderr).not.toSatisfy(hasStackTrace);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toBe(
      [
        '✖ Cannot lint Markdown: 1 file is nested too deep to parse',
        '  - deep.md:3:101: blockquotes and lists nested about 10000 levels deep, expected at most 100',
        '',
      ].join('\n'),
    );
  });

  it('100 nested blockquotes (the limit) still lint', async () => {
    const dir = scratch();
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'portal.config.ts'), MINIMAL_CONFIG);
    writeFileSync(path.join(dir, 'deep.md'), `# Deep\n\n${'>'.repeat(100)} text\n`);
    const run = await portal(['lint', 'md', 'deep.md'], dir);
    expect(run.stderr).not.toContain('nested');
    expect(run.code, run.stderr).not.toBe(2);
  });
});
