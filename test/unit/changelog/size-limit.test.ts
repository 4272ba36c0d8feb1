import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { MAX_SOURCE_FILE_BYTES } from '../../../src/lib/results/limits.js';
import { hasStackTrace, portal, scratch } from '../hostile/cli.js';

const CONFIG = `export default {
  site: { title: 'Big', url: 'https://big.example.org', baseUrl: '/', repository: 'https://github.com/example/big' },
  changelogs: [{ id: 'big', title: 'Big', file: 'CHANGELOG.md' }],
};
`;

// Issue 22: an oversized changelog is refused by its size, before it is read and parsed.
describe('portal lint changelog on an oversized file', { timeout: 60_000 }, () => {
  it('a changelog over 16 MB: exit 2 naming the file, its size and the limit', async () => {
    const dir = scratch();
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'portal.config.ts'), CONFIG);
    const file = path.join(dir, 'CHANGELOG.md');
    writeFileSync(file, '# Changelog\n\n## [1.0.0] - 2026-01-01\n\n### Added\n\n- A thing\n');
    // A sparse file: 17 MB on paper, nothing on disk; before the limit it was read and called "not text".
    truncateSync(file, MAX_SOURCE_FILE_BYTES + 1024 * 1024);
    const run = await portal(['lint', 'changelog'], dir);
    expect(run.stderr).not.toSatisfy(hasStackTrace);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toBe(
      [`✖ Cannot read a changelog from CHANGELOG.md`, '  - CHANGELOG.md: the file has 17 MB, expected at most 16 MB for a changelog', ''].join('\n'),
    );
  });

  it('a changelog under the limit is read', async () => {
    const dir = scratch();
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'portal.config.ts'), CONFIG);
    const file = path.join(dir, 'CHANGELOG.md');
    const release = '## [1.0.0] - 2026-01-01\n\n### Added\n\n- A thing\n';
    writeFileSync(file, `# Changelog\n\n${release}\n${'Some narrative text.\n'.repeat(2_000)}`);
    const run = await portal(['lint', 'changelog'], dir);
    expect(run.stderr).not.toContain('expected at most');
    expect(run.code, run.stderr).toBe(0);
  });
});
