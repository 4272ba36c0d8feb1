import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Exported symbols per generated source file, roughly a module of a real library. */
const SYMBOLS_PER_FILE = 25;

/** A generated TypeScript package: what `api.packages[]` needs. */
export interface GeneratedApiPackage {
  /** Absolute path of `src/index.ts`. */
  entryPoint: string;
  /** Absolute path of its tsconfig.json. */
  tsconfig: string;
  /** Exported symbols written (functions, classes, interfaces, type aliases, constants). */
  symbols: number;
}

/**
 * Writes a TypeScript package with `symbols` documented exports into `dir`:
 * files of 25 exports each, cycling through functions with overloads,
 * classes with methods and properties, interfaces with members, type aliases
 * and constants, each with a doc comment (and members documented too), all
 * re-exported from `src/index.ts`. TypeDoc has the same kind of work as on a
 * real library: signatures, cross-file references and doc comments.
 */
export function generateApiPackage(dir: string, symbols: number): GeneratedApiPackage {
  const src = path.join(dir, 'src');
  mkdirSync(src, { recursive: true });
  const files: string[] = [];
  for (let first = 0; first < symbols; first += SYMBOLS_PER_FILE) {
    const name = `module${String(files.length).padStart(3, '0')}`;
    const lines = [`/** Generated module ${files.length} of the benchmark API. @module */`, ''];
    for (let i = first; i < Math.min(symbols, first + SYMBOLS_PER_FILE); i += 1) lines.push(...symbol(i, symbols), '');
    writeFileSync(path.join(src, `${name}.ts`), lines.join('\n'));
    files.push(name);
  }
  writeFileSync(
    path.join(src, 'index.ts'),
    ['/**', ' * The benchmark API: generated exports with doc comments.', ' *', ' * @packageDocumentation', ' */', ...files.map((file) => `export * from './${file}.js';`), ''].join('\n'),
  );
  const tsconfig = path.join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true }, include: ['src'] }, null, 2)}\n`,
  );
  return { entryPoint: path.join(src, 'index.ts'), tsconfig, symbols };
}

/** One exported symbol; the kind cycles so every kind TypeDoc counts is present in proportion. */
function symbol(i: number, total: number): string[] {
  const id = String(i).padStart(5, '0');
  switch (i % 5) {
    case 0:
      return [
        i + 1 < total ? `/** Options of {@link Client${String(i + 1).padStart(5, '0')}}. */` : `/** Options of a client. */`,
        `export interface Options${id} {`,
        '  /** Base URL of the service. */',
        '  baseUrl: string;',
        '  /** Request timeout in milliseconds. */',
        '  timeoutMs?: number;',
        '  /** Called before each retry, with the attempt number. */',
        '  onRetry?(attempt: number): void;',
        '}',
      ];
    case 1:
      return [
        `/** A client for resource ${id}; see {@link Options${String(i - 1).padStart(5, '0')}}. */`,
        `export class Client${id} {`,
        '  /** Requests sent so far. */',
        '  sent = 0;',
        '  /** Name of the resource. */',
        '  readonly name: string;',
        '  /** @param name - Name of the resource. */',
        '  constructor(name: string) {',
        '    this.name = name;',
        '  }',
        '  /** Fetches one item by id. */',
        '  get(id: string): Promise<string> {',
        '    this.sent += 1;',
        '    return Promise.resolve(`${this.name}/${id}`);',
        '  }',
        '  /** Lists items, a page at a time. */',
        '  list(limit = 20): string[] {',
        '    return Array.from({ length: limit }, (_, n) => `${this.name}/${n}`);',
        '  }',
        '}',
      ];
    case 2:
      return [
        `/** Parses a value of kind ${id}. */`,
        `export function parse${id}(value: string): number;`,
        `/** Parses a list of values of kind ${id}. */`,
        `export function parse${id}(value: string[]): number[];`,
        `export function parse${id}(value: string | string[]): number | number[] {`,
        '  return Array.isArray(value) ? value.map(Number) : Number(value);',
        '}',
      ];
    case 3:
      return [
        `/** State of resource ${id}: open, closed, or archived at a time. */`,
        `export type State${id} = 'open' | 'closed' | {`,
        '  /** When it was archived (ISO 8601). */',
        '  archivedAt: string;',
        '};',
      ];
    default:
      return [`/** Default page size for resource ${id}. */`, `export const PAGE_SIZE_${id} = ${20 + (i % 80)};`];
  }
}
