import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/run-portal.js';

// Each command is a folder: register.ts (commander registration, no logic) and
// run.ts (the action and its options type). The registration reaches the
// action only through a lazy import('./run.js'), so there is no import loop and
// `portal --help` loads no action (lazy-commands.test.ts checks what loads).
const COMMANDS_DIR = path.join(REPO_ROOT, 'src/cli/commands');
const commands = readdirSync(COMMANDS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const read = (name: string, file: string) => readFileSync(path.join(COMMANDS_DIR, name, file), 'utf8');
/** The specifiers of the static `import ... from '...'` statements that are not `import type`. */
const staticValueImports = (source: string) =>
  [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)';/gms)].map((match) => match[1]!);

describe('src/cli/commands/<name>/', () => {
  it('holds every command, and src/cli/actions/ is gone', () => {
    expect(commands.length).toBeGreaterThanOrEqual(17);
    expect(commands).toContain('lint-rfcs');
    expect(existsSync(path.join(REPO_ROOT, 'src/cli/actions'))).toBe(false);
  });

  it.each(commands)('%s: register.ts imports its run.ts lazily, and run.ts never imports a registration', (name) => {
    const register = read(name, 'register.ts');
    const run = read(name, 'run.ts');
    expect(register).toMatch(/await import\('(\.\/run|\.\.\/[a-z-]+\/run)\.js'\)/);
    expect(staticValueImports(register).filter((specifier) => specifier.includes('run.js'))).toEqual([]);
    expect(staticValueImports(register).filter((specifier) => specifier.startsWith('./') || /^\.\.\/[a-z-]+\//.test(specifier))).toEqual([]);
    expect(run).not.toMatch(/register\.js'/);
  });
});

describe('src/cli import graph', () => {
  it('has no loop: no CLI module imports, directly or through others, a module that imports it', () => {
    const cliRoot = path.join(REPO_ROOT, 'src/cli');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) files.push(full);
      }
    };
    walk(cliRoot);
    expect(files.length).toBeGreaterThan(30);
    // Static imports and re-exports, type-only ones included: a loop of types is a loop for a reader too.
    const importsOf = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)]
        .map((match) => path.resolve(path.dirname(file), match[1]!.replace(/\.js$/, '.ts')))
        .filter((target) => target.startsWith(cliRoot) && existsSync(target));
    const loops: string[] = [];
    const visit = (file: string, trail: string[]) => {
      for (const target of importsOf(file)) {
        if (trail.includes(target)) loops.push([...trail.slice(trail.indexOf(target)), target].map((f) => path.relative(cliRoot, f)).join(' → '));
        else visit(target, [...trail, target]);
      }
    };
    for (const file of files) visit(file, [file]);
    expect(loops).toEqual([]);
  });
});
