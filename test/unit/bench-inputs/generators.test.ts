import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Heading, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateApiPackage } from '../../../scripts/bench/generate-api.js';
import { generateDocPages } from '../../../scripts/bench/generate-docs.js';
import { generateLargeSpec } from '../../../scripts/bench/generate-openapi.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';

// `npm run bench` is not part of `npm test` (it times builds; see docs/performance.md), so
// these tests keep its inputs honest: what it generates must pass the same checks a team's
// real inputs do, or the benchmark would measure failing builds.

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-inputs-'));
  temp.push(dir);
  return dir;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(dir, file));
}

/** Docusaurus' heading ids for plain ASCII headings: lowercased, spaces to dashes. */
const slug = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '-');

describe('generated Markdown pages', () => {
  it('are deterministic for a seed and lint clean with the portal rules', async () => {
    const [a, b] = [tempDir(), tempDir()];
    expect(generateDocPages(a, 120)).toEqual(generateDocPages(b, 120));
    const read = (dir: string) => markdownFiles(dir).map((file) => readFileSync(file, 'utf8'));
    expect(read(a)).toEqual(read(b));
    const lint = await runPortalInProcess(['lint', 'md', a]);
    expect(lint.stdout + lint.stderr).toContain('120 Markdown files checked, no problems');
    expect(lint.code).toBe(0);
  });

  it('link only to pages and headings that exist, so a strict build can pass', async () => {
    const dir = tempDir();
    const ids = generateDocPages(dir, 250);
    expect(ids).toHaveLength(250);
    const parser = unified().use(remarkParse).use(remarkFrontmatter);
    const headingsOf = new Map<string, Set<string>>();
    const links: [string, string][] = [];
    for (const file of markdownFiles(dir)) {
      const tree = parser.parse(readFileSync(file, 'utf8')) as Root;
      const headings = new Set<string>();
      visit(tree, 'heading', (node: Heading) => void headings.add(slug(toString(node))));
      headingsOf.set(file, headings);
      visit(tree, 'link', (node: Link) => void links.push([file, node.url]));
    }
    expect(links.length).toBe(250 * 3);
    const broken = links.filter(([from, url]) => {
      const [target, fragment] = url.split('#');
      const file = path.resolve(path.dirname(from), target!);
      if (!existsSync(file)) return true;
      return fragment !== undefined && !headingsOf.get(file)?.has(fragment);
    });
    expect(broken).toEqual([]);
  });
});

describe('generated TypeScript API', () => {
  it('is fully documented by TypeDoc’s own count (doc-coverage 100%)', async () => {
    const dir = tempDir();
    const api = generateApiPackage(dir, 60);
    expect(api.symbols).toBe(60);
    const run = await runPortalInProcess(['doc-coverage', '--entry', api.entryPoint, '--tsconfig', api.tsconfig], { cwd: dir });
    // 60 exports plus their documented members, every one counted by TypeDoc.
    expect(run.stdout).toMatch(/✔ 100\.0% documented \((\d+)\/\1 symbols in 1 package\)/);
    expect(run.code).toBe(0);
  });
});

describe('generated OpenAPI spec', () => {
  it('has the operations and schemas asked for and passes Redocly’s recommended rules', async () => {
    const spec = generateLargeSpec(40, 25) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    const operations = Object.values(spec.paths).flatMap((item) => Object.keys(item).filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key)));
    expect(operations).toHaveLength(40);
    // The resources asked for, plus the shared error schema every operation answers with.
    expect(Object.keys(spec.components.schemas).filter((name) => name !== 'Problem')).toHaveLength(25);
    const dir = tempDir();
    const file = path.join(dir, 'openapi.yaml');
    writeFileSync(file, stringify(spec));
    const run = await runPortalInProcess(['openapi', 'lint', 'openapi.yaml'], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });
});
