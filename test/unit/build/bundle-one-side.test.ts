import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rspack, type Stats } from '@rspack/core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_SIDE_ENV, buildPhases, bundleSideOfProcess } from '../../../src/lib/build/index.js';
import bundleOneSidePlugin, { insertMdxOutputCache } from '../../../src/plugins/bundle-one-side/index.js';

const require = createRequire(import.meta.url);
const MDX_LOADER = require.resolve('@docusaurus/mdx-loader');
const CACHE_LOADER = fileURLToPath(new URL('../../../src/plugins/bundle-one-side/mdx-output-cache-loader.cjs', import.meta.url));
const FAKE_MDX_LOADER = fileURLToPath(new URL('./fixtures/fake-mdx-loader.cjs', import.meta.url));

const work = mkdtempSync(path.join(os.tmpdir(), 'portico-bundle-side-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const savedEnv = { ...process.env };
afterEach(() => {
  for (const name of Object.values(BUNDLE_SIDE_ENV)) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

/** Rules shaped like the docs, blog and pages plugins' MDX rules, one nested as Docusaurus' CSS rules are. */
function docusaurusLikeRules() {
  return [
    { test: /\.css$/, use: ['style-loader'] },
    { test: /\.mdx?$/i, include: ['/site/docs'], use: [{ loader: 'builtin:swc-loader', options: {} }, { loader: MDX_LOADER, options: { id: 'docs' } }] },
    { oneOf: [{ test: /\.mdx?$/i, use: [{ loader: MDX_LOADER, options: { id: 'blog' } }] }, { test: /\.js$/, use: ['builtin:swc-loader'] }] },
  ];
}

describe('which bundle a build process makes', () => {
  it('is both when the variable is unset or empty, and the named side otherwise', () => {
    expect(bundleSideOfProcess({})).toBeUndefined();
    expect(bundleSideOfProcess({ [BUNDLE_SIDE_ENV.side]: '' })).toBeUndefined();
    expect(bundleSideOfProcess({ [BUNDLE_SIDE_ENV.side]: 'client' })).toBe('client');
    expect(bundleSideOfProcess({ [BUNDLE_SIDE_ENV.side]: 'server' })).toBe('server');
  });

  it('rejects any other side, naming the variable', () => {
    expect(() => bundleSideOfProcess({ [BUNDLE_SIDE_ENV.side]: 'both' })).toThrow('PORTICO_BUNDLE_SIDE must be "client" or "server"; got "both"');
  });
});

describe('the processes of a build', () => {
  const dirs = { spareDir: '/tmp/x/spare', mdxCacheDir: '/tmp/x/mdx', serverOutDir: '/tmp/x/server-out' };

  it('is one process, or bundling then rendering, with Docusaurus’ own switches', () => {
    expect(buildPhases('one process')).toEqual([{ name: 'bundle and render', description: 'bundling and rendering', env: {} }]);
    const two = buildPhases('bundle, render');
    expect(two.map((p) => [p.name, p.env])).toEqual([
      ['bundle', { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' }],
      ['render', { DOCUSAURUS_SKIP_BUNDLING: 'true' }],
    ]);
  });

  it('bundles the client first and the server into a folder of its own, then renders', () => {
    const [client, server, render] = buildPhases('client bundle, server bundle, render', dirs);
    expect(client).toMatchObject({
      name: 'client bundle',
      env: { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true', PORTICO_BUNDLE_SIDE: 'client', PORTICO_BUNDLE_SPARE_DIR: dirs.spareDir, PORTICO_MDX_CACHE_DIR: dirs.mdxCacheDir },
    });
    // The client step writes to the build's output folder; the server step must not clear it.
    expect(client!.outDir).toBeUndefined();
    expect(server).toMatchObject({ name: 'server bundle', outDir: dirs.serverOutDir, env: { PORTICO_BUNDLE_SIDE: 'server', PORTICO_MDX_CACHE_DIR: dirs.mdxCacheDir } });
    expect(render).toMatchObject({ name: 'render', env: { DOCUSAURUS_SKIP_BUNDLING: 'true' } });
  });

  it('needs the folders to bundle one side per process', () => {
    expect(() => buildPhases('client bundle, server bundle, render')).toThrow('needs the folders');
  });
});

describe('inserting the MDX output cache', () => {
  it('puts it just before every use of the MDX loader, nested rules included', () => {
    const rules = docusaurusLikeRules();
    const options = { dir: '/tmp/mdx', mode: 'write' as const };
    expect(insertMdxOutputCache(rules, options)).toBe(2);
    expect(rules[1]!.use!.map((item) => (typeof item === 'string' ? item : item.loader))).toEqual(['builtin:swc-loader', CACHE_LOADER, MDX_LOADER]);
    expect(rules[1]!.use![1]).toEqual({ loader: CACHE_LOADER, options });
    const nested = (rules[2] as { oneOf: { use: { loader: string }[] }[] }).oneOf[0]!.use;
    expect(nested.map((item) => item.loader)).toEqual([CACHE_LOADER, MDX_LOADER]);
    expect(rules[0]!.use).toEqual(['style-loader']);
  });

  it('does not insert it twice, and reports rules without the MDX loader as none found', () => {
    const rules = docusaurusLikeRules();
    insertMdxOutputCache(rules, { dir: '/tmp/mdx', mode: 'read' });
    expect(insertMdxOutputCache(rules, { dir: '/tmp/mdx', mode: 'read' })).toBe(0);
    expect(rules[1]!.use).toHaveLength(3);
    expect(insertMdxOutputCache([{ test: /\.js$/, use: ['builtin:swc-loader'] }], { dir: '/tmp/mdx', mode: 'read' })).toBe(0);
  });
});

describe('the bundle-one-side plugin', () => {
  const configure = (isServer: boolean, config: object = { module: { rules: docusaurusLikeRules() } }) =>
    bundleOneSidePlugin().configureWebpack!(config as never, isServer, {} as never, {} as never) as Record<string, unknown>;

  it('changes nothing when the process bundles both sides', () => {
    delete process.env[BUNDLE_SIDE_ENV.side];
    const config = { module: { rules: docusaurusLikeRules() } };
    expect(configure(false, config)).toEqual({});
    expect(configure(true, config)).toEqual({});
    expect(config.module.rules[1]!.use).toHaveLength(2);
  });

  it('gives the side left out an empty entry, no plugins and the spare folder', () => {
    Object.assign(process.env, { [BUNDLE_SIDE_ENV.side]: 'client', [BUNDLE_SIDE_ENV.spareDir]: '/tmp/spare', [BUNDLE_SIDE_ENV.mdxCacheDir]: '/tmp/mdx' });
    const server = configure(true);
    expect(server).toMatchObject({ mergeStrategy: { entry: 'replace', plugins: 'replace' }, plugins: [], output: { path: '/tmp/spare' } });
    expect(readFileSync(server.entry as string, 'utf8')).not.toMatch(/^\s*(import|require|export)/m);
  });

  it('writes MDX output on the client side and reads it on the server side', () => {
    Object.assign(process.env, { [BUNDLE_SIDE_ENV.side]: 'client', [BUNDLE_SIDE_ENV.spareDir]: '/tmp/spare', [BUNDLE_SIDE_ENV.mdxCacheDir]: '/tmp/mdx' });
    const clientConfig = { module: { rules: docusaurusLikeRules() } };
    configure(false, clientConfig);
    expect(clientConfig.module.rules[1]!.use![1]).toEqual({ loader: CACHE_LOADER, options: { dir: '/tmp/mdx', mode: 'write' } });
    process.env[BUNDLE_SIDE_ENV.side] = 'server';
    const serverConfig = { module: { rules: docusaurusLikeRules() } };
    configure(true, serverConfig);
    expect(serverConfig.module.rules[1]!.use![1]).toEqual({ loader: CACHE_LOADER, options: { dir: '/tmp/mdx', mode: 'read' } });
  });

  it('fails clearly when no rule uses the MDX loader or a folder is missing', () => {
    Object.assign(process.env, { [BUNDLE_SIDE_ENV.side]: 'client', [BUNDLE_SIDE_ENV.spareDir]: '/tmp/spare', [BUNDLE_SIDE_ENV.mdxCacheDir]: '/tmp/mdx' });
    expect(() => configure(false, { module: { rules: [] } })).toThrow('no rule uses');
    delete process.env[BUNDLE_SIDE_ENV.mdxCacheDir];
    expect(() => configure(false)).toThrow('PORTICO_MDX_CACHE_DIR must name a folder when PORTICO_BUNDLE_SIDE is set');
  });
});

describe('the MDX output cache loader, in Rspack', () => {
  /** Bundles the given MDX imports with the cache in front of the stand-in MDX loader; returns what each import became. */
  async function bundle(dir: string, imports: string[], mode: 'write' | 'read', pass: number) {
    writeFileSync(path.join(dir, 'index.js'), `${imports.map((file, i) => `import m${i} from '${file}';`).join('\n')}\nglobalThis.pages = [${imports.map((_, i) => `m${i}`).join(', ')}];\n`);
    const out = path.join(dir, `dist-${pass}`);
    const compiler = rspack({
      mode: 'production',
      context: dir,
      entry: './index.js',
      output: { path: out, filename: 'main.js' },
      optimization: { minimize: false },
      module: { rules: [{ test: /\.mdx$/, use: [{ loader: CACHE_LOADER, options: { dir: path.join(dir, 'mdx-cache'), mode } }, { loader: FAKE_MDX_LOADER, options: { pass } }] }] },
    });
    const stats = await new Promise<Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : compiler.close(() => resolve(result)))),
    );
    expect(stats.hasErrors(), stats.toString()).toBe(false);
    const code = readFileSync(path.join(out, 'main.js'), 'utf8');
    return [...code.matchAll(/"source":\s*"([^"]*)",\s*"resource":\s*"([^"]*)",\s*"pass":\s*(\d)/g)].map(([, source, resource, p]) => ({ source, resource, pass: Number(p) }));
  }

  it('lets the server pass reuse what the client pass compiled, and compiles what it lacks', async () => {
    const dir = mkdtempSync(path.join(work, 'loader-'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'a.mdx'), '# A\n');
    writeFileSync(path.join(dir, 'docs', 'b.mdx'), '# B\n');
    const first = await bundle(dir, ['./docs/a.mdx', './docs/a.mdx?truncated=true'], 'write', 1);
    expect(first.map((m) => m.pass)).toEqual([1, 1]);
    // One module per resource, the query included: Docusaurus compiles some files in several variants.
    expect(readdirSync(path.join(dir, 'mdx-cache')).filter((f) => f.endsWith('.js'))).toHaveLength(2);
    expect(readdirSync(path.join(dir, 'mdx-cache')).some((f) => f.endsWith('.partial'))).toBe(false);

    const second = await bundle(dir, ['./docs/a.mdx', './docs/a.mdx?truncated=true', './docs/b.mdx'], 'read', 2);
    expect(second).toEqual([
      { source: '# A', resource: 'a.mdx', pass: 1 },
      { source: '# A', resource: 'a.mdx?truncated=true', pass: 1 },
      // Not compiled by the client pass: compiled here, as without the cache.
      { source: '# B', resource: 'b.mdx', pass: 2 },
    ]);
    // The read pass writes nothing.
    expect(readdirSync(path.join(dir, 'mdx-cache')).filter((f) => f.endsWith('.js'))).toHaveLength(2);
  });
});
