import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED } from '../../../src/lib/api-coverage/index.js';
import { generateApiReference } from '../../../src/plugins/api-reference/generate.js';
import { FIXTURE_SITE, MIXED_DIR, MIXED_PACKAGE } from '../api-coverage/fixture.js';
import { markdownFiles } from './generated-pages.js';

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Compiles every page as Docusaurus does: MDX (Docusaurus compiles `.md` as
 * MDX too), GitHub-flavoured Markdown, front matter. Returns `file: error` lines.
 */
async function compileAll(dir: string): Promise<{ pages: number; failures: string[] }> {
  const files = markdownFiles(dir);
  const failures: string[] = [];
  for (const file of files) {
    try {
      await compile(readFileSync(path.join(dir, file), 'utf8'), { format: 'mdx', remarkPlugins: [remarkFrontmatter, remarkGfm] });
    } catch (error) {
      failures.push(`${file}: ${String(error)}`);
    }
  }
  return { pages: files.length, failures };
}

function outDir(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'portal-api-mdx-')), 'api');
  temp.push(path.dirname(dir));
  return dir;
}

describe('generated API pages compile with the MDX compiler', () => {
  // The shipped configuration's pages (both packages, about 150) are compiled by `npm run build` in
  // `npm test`: Docusaurus compiles them with the same MDX compiler and stops the build on a page that
  // does not compile, naming it. Here: the fixture whose pages carry every construct the generator writes.
  it('for the mixed fixture, whose representative pages are pinned', async () => {
    const dir = outDir();
    await generateApiReference({ packages: [MIXED_PACKAGE], rootDir: MIXED_DIR, outDir: dir, kinds: DEFAULT_REQUIRED_TO_BE_DOCUMENTED, threshold: 100, mode: 'error', site: FIXTURE_SITE });
    expect((await compileAll(dir)).failures).toEqual([]);
    for (const page of ['mixed/classes/Circle.md', 'mixed/enumerations/Color.md', 'mixed/functions/format.md', 'mixed/type-aliases/Options.md', 'coverage.md']) {
      expect(readFileSync(path.join(dir, page), 'utf8')).toMatchSnapshot(page);
    }
  }, 120_000);

  it('and the compile check catches a page that is not valid MDX', async () => {
    const dir = outDir();
    await generateApiReference({ packages: [MIXED_PACKAGE], rootDir: MIXED_DIR, outDir: dir, kinds: DEFAULT_REQUIRED_TO_BE_DOCUMENTED, threshold: 100, mode: 'error', site: FIXTURE_SITE });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'mixed/broken.md'), '# Broken\n\nA comment that was not sanitized: <T extends {a: 1}>\n');
    expect((await compileAll(dir)).failures).toEqual([expect.stringMatching(/^mixed\/broken\.md: /)]);
  }, 120_000);
});
