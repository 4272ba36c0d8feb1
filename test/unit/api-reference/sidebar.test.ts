import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateSidebars } from '@docusaurus/plugin-content-docs/lib/sidebars/validation.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePortalConfig } from '../../../src/config/index.js';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED } from '../../../src/lib/api-coverage/index.js';
import { boundSidebarItems, sidebarDocIds, type SidebarItem } from '../../../src/lib/api-reference/sidebar.js';
import { generateApiReference, type GenerateApiReferenceOptions } from '../../../src/plugins/api-reference/generate.js';
import { apiReferencePluginOptions } from '../../../src/plugins/api-reference/options.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { FIXTURE_SITE } from '../api-coverage/fixture.js';
import { markdownLinks } from './generated-pages.js';

/** 120 functions in one module (44 from a to f, 48 from g to po, 28 from pr to s), two interfaces, one class. */
const MANY_DIR = path.join(REPO_ROOT, 'test/fixtures/api-reference/many-functions');
const FUNCTION_NAMES = [...readFileSync(path.join(MANY_DIR, 'src/index.ts'), 'utf8').matchAll(/^export function (\w+)/gm)].map((match) => match[1]!);

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Category = SidebarItem & { items: SidebarItem[] };

function generate(sidebarGroupLimit?: number) {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'portal-api-sidebar-')), 'api');
  temp.push(path.dirname(outDir));
  const options: GenerateApiReferenceOptions = {
    packages: [{ name: 'board', title: 'Board client', entryPoints: [path.join(MANY_DIR, 'src/index.ts')], tsconfig: path.join(MANY_DIR, 'tsconfig.json') }],
    rootDir: MANY_DIR,
    outDir,
    kinds: DEFAULT_REQUIRED_TO_BE_DOCUMENTED,
    threshold: 0,
    mode: 'warn',
    site: FIXTURE_SITE,
    ...(sidebarGroupLimit === undefined ? {} : { sidebarGroupLimit }),
  };
  return generateApiReference(options).then((generated) => {
    const load = createRequire(import.meta.url);
    delete load.cache[generated.sidebarPath];
    const sidebars = load(generated.sidebarPath) as { api: SidebarItem[] };
    return { outDir, sidebar: sidebars.api, pkg: sidebars.api[2] as Category };
  });
}

const labels = (items: readonly SidebarItem[]) => items.map((item) => item.label);
const alphabetical = (names: readonly string[]) => [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

describe('the API sidebar of a package with 120 functions in one module', () => {
  let generated: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    generated = await generate();
  }, 120_000);

  it('splits the Functions group into alphabetical sub-categories of at most 50, cut between first letters where it can', () => {
    expect(FUNCTION_NAMES).toHaveLength(120);
    const { pkg } = generated;
    expect(pkg).toMatchObject({ type: 'category', label: 'Board client', link: { type: 'doc', id: 'board/index' } });
    expect(labels(pkg.items)).toEqual(['Classes', 'Interfaces', 'Functions']);
    const functions = pkg.items[2] as Category;
    // a–f hold 44 names; g + pa..po 48 (the 56 p-names are cut at their second letter); pr..s 28.
    expect(labels(functions.items)).toEqual(['A–F', 'G–Po', 'Pr–S']);
    expect(functions.items.map((group) => (group as Category).items.length)).toEqual([44, 48, 28]);
    for (const group of functions.items) expect(group).toMatchObject({ type: 'category', collapsible: true, collapsed: true });
    // Alphabetical across the groups, every function once.
    expect(functions.items.flatMap((group) => labels((group as Category).items))).toEqual(alphabetical(FUNCTION_NAMES));
    // The docs plugin accepts the sidebar as it is written.
    expect(() => validateSidebars({ api: generated.sidebar } as Parameters<typeof validateSidebars>[0])).not.toThrow();
  });

  it('leaves groups within the limit as TypeDoc wrote them', () => {
    const [classes, interfaces] = generated.pkg.items as Category[];
    expect(classes!.items).toEqual([{ type: 'doc', id: 'board/classes/BoardStore', label: 'BoardStore' }]);
    expect(interfaces!.items).toEqual([
      { type: 'doc', id: 'board/interfaces/Board', label: 'Board' },
      { type: 'doc', id: 'board/interfaces/Task', label: 'Task' },
    ]);
  });

  it('keeps every symbol reachable: a page for each sidebar id, and the package index (the category link) links every function', () => {
    const ids = sidebarDocIds(generated.sidebar);
    expect(ids.filter((id) => id.startsWith('board/functions/')).sort()).toEqual(FUNCTION_NAMES.map((name) => `board/functions/${name}`).sort());
    for (const id of ids) expect(existsSync(path.join(generated.outDir, `${id}.md`)), id).toBe(true);
    const indexLinks = markdownLinks(path.join(generated.outDir, 'board/index.md'));
    for (const name of FUNCTION_NAMES) expect(indexLinks, name).toContain(`functions/${name}.md`);
  });

  it('follows api.sidebarGroupLimit: with 30, the 56 p-names are cut by their second letter and no group holds more than 30', async () => {
    const { pkg } = await generate(30);
    const functions = pkg.items[2] as Category;
    expect(labels(functions.items)).toEqual(['A–C', 'D–G', 'Pa–Pl', 'Po–Pu', 'R–S']);
    expect(functions.items.map((group) => (group as Category).items.length)).toEqual([28, 28, 28, 28, 8]);
  }, 120_000);
});

describe('api.sidebarGroupLimit in portal.config.ts', () => {
  const site = { title: 'X', url: 'https://x.dev', repository: 'https://github.com/x/x' };
  it('defaults to 50, reaches the plugin options, and must be a whole number from 2 to 1000', () => {
    expect(validatePortalConfig({ site }, '/tmp/portal.config.ts').api.sidebarGroupLimit).toBe(50);
    const config = validatePortalConfig({ site, api: { sidebarGroupLimit: 30 } }, '/tmp/portal.config.ts');
    expect(config.api.sidebarGroupLimit).toBe(30);
    expect(apiReferencePluginOptions(config).apiReference.sidebarGroupLimit).toBe(30);
    for (const value of [1, 2.5, 5000, '50']) {
      expect(() => validatePortalConfig({ site, api: { sidebarGroupLimit: value } }, '/tmp/portal.config.ts'), String(value)).toThrow(
        expect.objectContaining({ exitCode: 2, problems: [expect.stringMatching(/^api\.sidebarGroupLimit: .*expected a whole number of sidebar items, from 2 to 1000$/)] }),
      );
    }
  });
});

describe('boundSidebarItems', () => {
  const doc = (label: string): SidebarItem => ({ type: 'doc', id: `pkg/functions/${label}`, label });
  const category = (label: string, items: SidebarItem[], extra: Record<string, unknown> = {}): Category => ({ type: 'category', label, items, ...extra });

  it('returns groups within the limit unchanged, with their own order and fields', () => {
    const items = [category('Functions', [doc('b'), doc('a')], { link: { type: 'doc', id: 'pkg/index' } })];
    expect(boundSidebarItems(items, 2)).toEqual(items);
  });

  it('sorts case-insensitively (as TypeDoc does) before cutting, and cuts one name spelled many times by count', () => {
    const items = [category('Functions', ['loadX', 'LoadedY', 'b', 'same', 'same', 'same', 'same', 'same', 'A'].map(doc))];
    const [functions] = boundSidebarItems(items, 4) as Category[];
    expect(functions!.items.map((group) => [group.label, labels((group as Category).items)])).toEqual([
      ['A–L', ['A', 'b', 'LoadedY', 'loadX']],
      ['Same', ['same', 'same', 'same', 'same']],
      ['Same', ['same']],
    ]);
  });

  it('bounds nested categories (modules, namespaces) too', () => {
    const names = Array.from({ length: 7 }, (_, i) => `fn${i}`);
    const [outer] = boundSidebarItems([category('module-a', [category('Functions', names.map(doc))])], 5) as Category[];
    const functions = outer!.items[0] as Category;
    expect(labels(functions.items)).toEqual(['Fn0–Fn4', 'Fn5–Fn6']);
  });

  it('groups the sub-categories again when there are more than the limit of them, so no list is longer than the limit', () => {
    const names = Array.from({ length: 20 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const [functions] = boundSidebarItems([category('Functions', names.map(doc))], 3) as Category[];
    // 20 names → 7 ranges of ≤ 3 → 3 ranges of ranges.
    expect(labels(functions!.items)).toEqual(['N00–N08', 'N09–N17', 'N18–N19']);
    expect(labels((functions!.items[0] as Category).items)).toEqual(['N00–N02', 'N03–N05', 'N06–N08']);
    expect(labels((functions!.items[2] as Category).items)).toEqual(['N18–N19']);
    const leaves = (items: readonly SidebarItem[]): string[] => items.flatMap((item) => (item.items ? leaves(item.items) : [item.label!]));
    expect(leaves(functions!.items)).toEqual(names);
  });

  it('refuses a limit below 2', () => {
    expect(() => boundSidebarItems([], 1)).toThrow('limit must be an integer of at least 2, got 1');
  });
});
