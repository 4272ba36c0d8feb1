import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rspack, type Configuration, type Stats } from '@rspack/core';
import { expect } from 'vitest';

/**
 * Bundles `src/index.js` (and the other `files`, written under `dir/src`) with
 * Rspack in production mode, unminified so the output can be read, with
 * `config` merged over the defaults (a plugin's client settings, `resolve`, rules).
 * Fails the test on a compilation error; returns the output and the stats.
 */
export async function bundleForTest(dir: string, files: Record<string, string>, config: Configuration = {}): Promise<{ output: string; stats: Stats }> {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, 'src', name), content);
  const compiler = rspack({
    mode: 'production',
    context: dir,
    entry: './src/index.js',
    output: { path: path.join(dir, 'dist'), filename: 'main.js' },
    optimization: { minimize: false },
    ...config,
  });
  const stats = await new Promise<Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error) : compiler.close(() => resolve(result)))),
  );
  expect(stats.hasErrors(), stats.toString()).toBe(false);
  return { output: readFileSync(path.join(dir, 'dist', 'main.js'), 'utf8'), stats };
}
