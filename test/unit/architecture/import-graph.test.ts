import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/run-portal.js';

/**
 * The shape of the house, read from the code's own imports: pure capability
 * code in src/lib under thin Docusaurus plugins, React components and the CLI.
 * A loop (a module importing, directly or through others, a module that
 * imports it) or an arrow from src/lib up to a layer built on it makes a
 * module impossible to read or test on its own.
 */
const SRC = path.join(REPO_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The specifiers of static imports and re-exports, type-only ones included: a loop of types is a loop for a reader too. */
function specifiers(source: string): string[] {
  return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms), ...source.matchAll(/^import\s+'([^']+)'/gm)].map((match) => match[1]!);
}

/** The file a relative specifier names (`./x.js` is `x.ts`, `x.tsx` or `x/index.ts`), or undefined for a package or an asset. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, specifiers(readFileSync(file, 'utf8'))]));
const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

/** Every loop of a graph (file → the files it imports), once, as `a → b → a`, found by a depth-first walk that marks what it has finished. */
function loops(edges: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of edges.get(file) ?? []) {
      if (state.get(target) === 'open') found.push([...stack.slice(stack.indexOf(target)), target].map(rel).join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** The imports between source files only. */
const localEdges = new Map(files.map((file) => [file, graph.get(file)!.map((specifier) => resolveLocal(file, specifier)).filter((target): target is string => !!target && graph.has(target))]));

describe('the import graph of src/', () => {
  it('reads every module of the source tree and resolves their imports of each other', () => {
    expect(files.length).toBeGreaterThan(200);
    // If specifiers stopped resolving, every check below would pass vacuously.
    expect([...localEdges.values()].flat().length).toBeGreaterThan(files.length);
  });

  it('has no loop', () => {
    expect(loops(localEdges)).toEqual([]);
  });

  it('has no arrow from src/lib up to the plugins, components, theme, pages or CLI, nor to React, Docusaurus or commander', () => {
    const upward: string[] = [];
    for (const file of files.filter((file) => rel(file).startsWith('lib/'))) {
      for (const specifier of graph.get(file)!) {
        const target = resolveLocal(file, specifier);
        const layer = target ? rel(target).split('/')[0] : undefined;
        const upLayer = layer && ['plugins', 'components', 'theme', 'pages', 'cli'].includes(layer);
        const upPackage = !target && /^(react|react-dom|@docusaurus\/|@theme\/|@site\/|commander)(\/|$)/.test(specifier);
        if (upLayer || upPackage) upward.push(`${rel(file)} → ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the loop finder finds a loop (so the test above can fail)', () => {
    const [a, b, c] = ['lib/a.ts', 'lib/b.ts', 'lib/c.ts'].map((file) => path.join(SRC, file));
    expect(loops(new Map([[a!, [b!]], [b!, [c!]], [c!, [a!]]]))).toEqual(['lib/a.ts → lib/b.ts → lib/c.ts → lib/a.ts']);
    expect(loops(new Map([[a!, [b!, c!]], [b!, [c!]], [c!, []]]))).toEqual([]);
  });
});
