import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterAll, describe, expect, it } from 'vitest';
import { bundlerCacheVersion, bundlerEnvironment, stableJson, type BundlerCacheInputs } from '../../../src/lib/build-cache/bundler-cache.js';
import bundlerCachePlugin, { RUNTIME_CHUNK, runtimeChunkWithoutMangling } from '../../../src/plugins/bundler-cache/index.js';

const root = mkdtempSync(path.join(tmpdir(), 'portico-bundler-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** Portico's folder (src/, docusaurus.config.ts, lockfile) and a project's configuration. */
function inputs(): BundlerCacheInputs {
  const dir = path.join(root, `site-${(n += 1)}`);
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  };
  write('portico/src/lib/markdown/remark-admonitions.ts', 'export default 1;\n');
  write('portico/docusaurus.config.ts', 'export default {};\n');
  write('portico/package.json', '{"name":"portico"}\n');
  write('portico/package-lock.json', '{"lockfileVersion":3}\n');
  write('project/portal.config.ts', 'export default { site: {} };\n');
  return {
    siteDir: path.join(dir, 'portico'),
    configFile: path.join(dir, 'project/portal.config.ts'),
    siteConfig: { title: 'Docs', plugins: [['./src/plugins/search/index.ts', { sections: [{ path: '/docs' }] }]], markdown: { mermaid: true } },
    env: { PORTAL_CONFIG: path.join(dir, 'project/portal.config.ts'), PORTICO_BUNDLE_SIDE: 'client', HOME: '/root', PORTICO_MDX_CACHE_DIR: '/tmp/a' },
  };
}

describe('bundlerCacheVersion', () => {
  it('is the same for the same inputs, and for per-run folders, other variables or key order', () => {
    const a = inputs();
    const first = bundlerCacheVersion(a).version;
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(bundlerCacheVersion(a).version).toBe(first);
    const sameAgain = {
      ...a,
      env: { ...a.env, PORTICO_MDX_CACHE_DIR: '/tmp/b', PORTICO_BUNDLE_SPARE_DIR: '/tmp/c', PORTICO_PEAK_RSS_FILE: '/tmp/d', HOME: '/home/x' },
      siteConfig: { markdown: { mermaid: true }, plugins: [['./src/plugins/search/index.ts', { sections: [{ path: '/docs' }] }]], title: 'Docs' },
    };
    expect(bundlerCacheVersion(sameAgain).version).toBe(first);
  });

  it.each([
    ['a file of Portico’s src/', (i: BundlerCacheInputs) => writeFileSync(path.join(i.siteDir, 'src/lib/markdown/remark-admonitions.ts'), 'export default 2;\n'), 'src/lib/markdown/remark-admonitions.ts'],
    ['a new file in src/', (i: BundlerCacheInputs) => writeFileSync(path.join(i.siteDir, 'src/lib/markdown/new.ts'), 'x\n'), 'src/lib/markdown/new.ts'],
    ['docusaurus.config.ts', (i: BundlerCacheInputs) => writeFileSync(path.join(i.siteDir, 'docusaurus.config.ts'), 'export default { a: 1 };\n'), 'site/docusaurus.config.ts'],
    ['the lockfile', (i: BundlerCacheInputs) => writeFileSync(path.join(i.siteDir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n'), 'site/package-lock.json'],
    ['the portal configuration file', (i: BundlerCacheInputs) => writeFileSync(i.configFile, 'export default { site: { title: "B" } };\n'), 'config'],
  ])('changes with %s', (_name, change, part) => {
    const i = inputs();
    const before = bundlerCacheVersion(i);
    change(i);
    const after = bundlerCacheVersion(i);
    expect(after.version).not.toBe(before.version);
    expect(Object.keys(after.parts).filter((label) => after.parts[label] !== before.parts[label])).toEqual([part]);
  });

  it('changes with a plugin option of the site configuration, a function’s source, and a build variable', () => {
    const i = inputs();
    const base = bundlerCacheVersion(i).version;
    const option = bundlerCacheVersion({ ...i, siteConfig: { ...(i.siteConfig as object), plugins: [['./src/plugins/search/index.ts', { sections: [{ path: '/api' }] }]] } });
    const fn = bundlerCacheVersion({ ...i, siteConfig: { ...(i.siteConfig as object), hook: () => 1 } });
    const fn2 = bundlerCacheVersion({ ...i, siteConfig: { ...(i.siteConfig as object), hook: () => 2 } });
    const env = bundlerCacheVersion({ ...i, env: { ...i.env, PORTAL_FASTER: '0' } });
    const nodeEnv = bundlerCacheVersion({ ...i, env: { ...i.env, NODE_ENV: 'development' } });
    expect(new Set([base, option.version, fn.version, fn2.version, env.version, nodeEnv.version]).size).toBe(6);
    expect(env.parts.env).toContain('PORTAL_FASTER=0');
  });
});

describe('bundlerEnvironment and stableJson', () => {
  it('keeps the build’s variables and leaves out per-run folders', () => {
    expect(bundlerEnvironment({ HOME: '/root', PORTICO_BUNDLE_SIDE: 'server', PORTICO_MDX_CACHE_DIR: '/tmp/x', DOCUSAURUS_SKIP_BUNDLING: 'true', NODE_ENV: 'production' })).toEqual({
      DOCUSAURUS_SKIP_BUNDLING: 'true',
      NODE_ENV: 'production',
      PORTICO_BUNDLE_SIDE: 'server',
    });
  });

  it('sorts keys, keeps regular expressions and functions, cuts cycles', () => {
    const cyclic: Record<string, unknown> = { b: /x+/g };
    cyclic.self = cyclic;
    expect(stableJson({ z: 1, a: [cyclic, (v: number) => v] })).toBe('{"a":[{"b":"[regexp /x+/g]","self":"[cycle]"},"[function (v) => v]"],"z":1}');
  });
});

describe('bundler-cache plugin', () => {
  const context = (i: BundlerCacheInputs) => ({ siteDir: i.siteDir, siteConfig: i.siteConfig }) as unknown as LoadContext;
  const configure = (i: BundlerCacheInputs, config: Record<string, unknown>) =>
    (bundlerCachePlugin(context(i), { configFile: i.configFile }).configureWebpack as (c: unknown, s: boolean) => unknown)(config, false);

  it('adds Portico’s version to a persistent cache’s version, the same for both bundles', () => {
    const i = inputs();
    const plugin = bundlerCachePlugin(context(i), { configFile: i.configFile });
    const client = { experiments: { cache: { type: 'persistent', version: 'client-production-en-3.10.2-abc' } } };
    const server = { experiments: { cache: { type: 'persistent', version: 'server-production-en-3.10.2-abc' } } };
    const run = plugin.configureWebpack as (c: unknown, s: boolean) => unknown;
    expect(run(client, false)).toEqual({});
    run(server, true);
    const ours = bundlerCacheVersion({ ...i, env: process.env }).version;
    expect(client.experiments.cache.version).toBe(`client-production-en-3.10.2-abc-portico-${ours}`);
    expect(server.experiments.cache.version).toBe(`server-production-en-3.10.2-abc-portico-${ours}`);
  });

  it('leaves a build without a persistent cache alone', () => {
    const i = inputs();
    const config = { experiments: {} };
    expect(configure(i, config)).toEqual({});
    expect(config).toEqual({ experiments: {} });
  });
});

describe('runtimeChunkWithoutMangling', () => {
  it('minifies the runtime chunk apart, without renaming, and every other chunk as before', async () => {
    const { rspack } = await import('@rspack/core');
    const css = new rspack.LightningCssMinimizerRspackPlugin();
    const minimizers: unknown[] = [new rspack.SwcJsMinimizerRspackPlugin({ minimizerOptions: { minify: true, compress: { passes: 2 } } }), css];
    expect(runtimeChunkWithoutMangling(minimizers)).toBe(true);
    expect(minimizers.map((m) => (m as object).constructor.name)).toEqual(['SwcJsMinimizerRspackPlugin', 'SwcJsMinimizerRspackPlugin', 'LightningCssMinimizerRspackPlugin']);
    const args = minimizers.slice(0, 2).map((m) => (m as { _args: unknown[] })._args[0]);
    expect(args).toEqual([
      { minimizerOptions: { minify: true, compress: { passes: 2 } }, exclude: RUNTIME_CHUNK },
      { minimizerOptions: { minify: true, compress: { passes: 2 }, mangle: false }, include: RUNTIME_CHUNK },
    ]);
    expect(RUNTIME_CHUNK.test('assets/js/runtime~main.be1b6ae2.js')).toBe(true);
    expect(RUNTIME_CHUNK.test('assets/js/main.4f2c1a9e.js')).toBe(false);
    expect(runtimeChunkWithoutMangling([css])).toBe(false);
  });
});
