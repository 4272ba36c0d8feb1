import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  changedInputs,
  clientManifestDigest,
  findCachedRender,
  listFiles,
  renderCacheDir,
  renderEnvironment,
  renderKey,
  restoreRender,
  storeRender,
  type RenderInputs,
} from '../../../src/lib/build-cache/index.js';
import { BUILD_V8_FLAGS, v8FlagsOfPhase } from '../../../src/lib/build/index.js';

const root = mkdtempSync(path.join(tmpdir(), 'portico-render-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh site: Portico's folder with src/ and docusaurus.config.ts, its .docusaurus, a config and an output folder holding both bundles. */
function site(): RenderInputs & { cacheDir: string } {
  const dir = path.join(root, `site-${(n += 1)}`);
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  };
  write('portico/src/plugins/search/index.ts', 'export default 1;\n');
  write('portico/docusaurus.config.ts', 'export default {};\n');
  write('portico/package-lock.json', '{"lockfileVersion":3}\n');
  write('portico/.docusaurus/routes.js', 'export default [{path: "/docs/intro"}];\n');
  write('portico/.docusaurus/client-manifest.json', '{"origins":{}}\n');
  write('portico/.docusaurus/docusaurus-plugin-content-docs/default/p/docs-intro.json', '{"title":"Intro"}\n');
  write('project/portal.config.ts', 'export default { site: {} };\n');
  write('build/assets/js/main.1234.js', 'console.log("client");\n');
  write('build/img/logo.svg', '<svg/>\n');
  write('build/__server/server.bundle.js', 'module.exports = "server";\n');
  return {
    siteDir: path.join(dir, 'portico'),
    generatedDir: path.join(dir, 'portico/.docusaurus'),
    configFile: path.join(dir, 'project/portal.config.ts'),
    outDir: path.join(dir, 'build'),
    env: { PORTAL_CONFIG: path.join(dir, 'project/portal.config.ts'), DOCUSAURUS_SKIP_BUNDLING: 'true', HOME: '/root', PORTICO_PEAK_RSS_FILE: '/tmp/a' },
    cacheDir: path.join(dir, 'project/node_modules/.cache/portico/render/x'),
  };
}

/** What the render step does to the output folder: writes pages, the search index and a feed, removes the server bundle. */
function render(outDir: string, heading = 'Intro'): void {
  mkdirSync(path.join(outDir, 'docs'), { recursive: true });
  mkdirSync(path.join(outDir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(path.join(outDir, 'docs/intro.html'), `<h1>${heading}</h1>\n`);
  writeFileSync(path.join(outDir, '404.html'), '<h1>Not found</h1>\n');
  writeFileSync(path.join(outDir, 'pagefind/fragment/en_1.pf_fragment'), `fragment ${heading}\n`);
  writeFileSync(path.join(outDir, 'sitemap.xml'), '<urlset/>\n');
  rmSync(path.join(outDir, '__server'), { recursive: true, force: true });
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
}

describe('the key of a render step', () => {
  let inputs: ReturnType<typeof site>;
  beforeEach(() => {
    inputs = site();
  });

  it('is the same for the same inputs, and holds the output folder as it was before rendering', () => {
    const first = renderKey(inputs);
    expect(renderKey(inputs).key).toBe(first.key);
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(first.outputBefore)).toEqual(['__server/server.bundle.js', 'assets/js/main.1234.js', 'img/logo.svg']);
  });

  it.each([
    ['the server bundle', 'outDir', '__server/server.bundle.js'],
    ['a client chunk', 'outDir', 'assets/js/main.1234.js'],
    ['a static file', 'outDir', 'img/logo.svg'],
    ['the route table', 'generatedDir', 'routes.js'],
    // The client manifest is keyed on what the render reads of it: see clientManifestDigest below.
    ['a page’s route data', 'generatedDir', 'docusaurus-plugin-content-docs/default/p/docs-intro.json'],
    ['a Portico source file', 'siteDir', 'src/plugins/search/index.ts'],
    ['docusaurus.config.ts', 'siteDir', 'docusaurus.config.ts'],
    ['the dependency lock file', 'siteDir', 'package-lock.json'],
  ] as const)('changes when one byte of %s changes', (_what, folder, file) => {
    const before = renderKey(inputs).key;
    const full = path.join(inputs[folder], file);
    writeFileSync(full, `${readFileSync(full, 'utf8')} `);
    expect(renderKey(inputs).key).not.toBe(before);
  });

  it('changes with the portal configuration, a new file in either folder, and the render’s own environment', () => {
    const keys = new Set([renderKey(inputs).key]);
    writeFileSync(inputs.configFile, 'export default { site: { title: "x" } };\n');
    keys.add(renderKey(inputs).key);
    writeFileSync(path.join(inputs.generatedDir, 'globalData.json'), '{}\n');
    keys.add(renderKey(inputs).key);
    writeFileSync(path.join(inputs.outDir, 'robots.txt'), 'User-agent: *\n');
    keys.add(renderKey(inputs).key);
    keys.add(renderKey({ ...inputs, env: { ...inputs.env, DOCUSAURUS_KEEP_SERVER_BUNDLE: 'true' } }).key);
    keys.add(renderKey({ ...inputs, env: { ...inputs.env, NODE_ENV: 'development' } }).key);
    keys.add(renderKey({ ...inputs, env: { ...inputs.env, PORTAL_CONFIG: '/elsewhere/portal.config.ts' } }).key);
    expect(keys.size).toBe(7);
  });

  it('names, on a miss, the inputs that changed, appeared or went away', () => {
    const before = renderKey(inputs);
    writeFileSync(path.join(inputs.generatedDir, 'routes.js'), 'export default [];\n');
    rmSync(path.join(inputs.outDir, 'img/logo.svg'));
    writeFileSync(path.join(inputs.outDir, 'assets/js/main.5678.js'), 'console.log("client 2");\n');
    const now = renderKey({ ...inputs, env: { ...inputs.env, PORTAL_X: '1' } });
    expect(changedInputs(before.parts, now.parts)).toEqual(['env', 'generated/routes.js', 'out/assets/js/main.5678.js', 'out/img/logo.svg']);
    expect(changedInputs(before.parts, renderKey(inputs).parts)).toEqual(['generated/routes.js', 'out/assets/js/main.5678.js', 'out/img/logo.svg']);
  });

  it('ignores variables that do not reach the render, and the per-run peak-memory file', () => {
    const before = renderKey(inputs).key;
    expect(renderKey({ ...inputs, env: { ...inputs.env, HOME: '/home/other', PATH: '/bin', PORTICO_PEAK_RSS_FILE: '/tmp/b' } }).key).toBe(before);
    expect(renderEnvironment({ B_X: '1', PORTAL_CONFIG: 'c', DOCUSAURUS_SKIP_BUNDLING: 'true', NODE_ENV: 'production', PORTICO_PEAK_RSS_FILE: 'f', PORTICO_X: undefined })).toEqual({
      DOCUSAURUS_SKIP_BUNDLING: 'true',
      NODE_ENV: 'production',
      PORTAL_CONFIG: 'c',
    });
  });
});

describe('storing and reusing a render', () => {
  it('gives back, byte for byte, the output folder the render made, from the folder the next bundling leaves', () => {
    const inputs = site();
    const key = renderKey(inputs);
    const bundled = snapshot(inputs.outDir);
    render(inputs.outDir);
    const rendered = snapshot(inputs.outDir);
    const manifest = storeRender(inputs.cacheDir, key, inputs.outDir, '[portico] search index: 1 page\n', new Date('2026-12-05T08:00:00Z'));
    expect(manifest.written).toEqual(['404.html', 'docs/intro.html', 'pagefind/fragment/en_1.pf_fragment', 'sitemap.xml']);
    expect(manifest.removed).toEqual(['__server/server.bundle.js']);
    expect(manifest.renderedAt).toBe('2026-12-05T08:00:00.000Z');

    // The next build: bundling clears the output folder and writes the same bundles again.
    rmSync(inputs.outDir, { recursive: true });
    for (const [file, text] of Object.entries(bundled)) {
      mkdirSync(path.dirname(path.join(inputs.outDir, file)), { recursive: true });
      writeFileSync(path.join(inputs.outDir, file), text);
    }
    const next = renderKey(inputs);
    expect(next.key).toBe(key.key);
    const cached = findCachedRender(inputs.cacheDir, next.key);
    expect(cached?.log).toBe('[portico] search index: 1 page\n');
    expect(restoreRender(inputs.cacheDir, cached!, inputs.outDir)).toBe(4);
    expect(snapshot(inputs.outDir)).toEqual(rendered);
    expect(listFiles(inputs.outDir)).not.toContain('__server/server.bundle.js');
  });

  it('is not found for another key, nor when a stored file went missing, nor after an interrupted store', () => {
    const inputs = site();
    const key = renderKey(inputs);
    render(inputs.outDir);
    storeRender(inputs.cacheDir, key, inputs.outDir, '');
    expect(findCachedRender(inputs.cacheDir, key.key)).toBeDefined();
    expect(findCachedRender(inputs.cacheDir, '0'.repeat(64))).toBeUndefined();
    rmSync(path.join(inputs.cacheDir, 'files/docs/intro.html'));
    expect(findCachedRender(inputs.cacheDir, key.key)).toBeUndefined();
    writeFileSync(path.join(inputs.cacheDir, 'manifest.json'), '{"model":"render-cache@1","key":');
    expect(findCachedRender(inputs.cacheDir, key.key)).toBeUndefined();
    expect(findCachedRender(path.join(root, 'no-such-cache'), key.key)).toBeUndefined();
  });

  it('stores a changed doc’s render in place of the last one', () => {
    const inputs = site();
    const first = renderKey(inputs);
    render(inputs.outDir, 'Intro');
    storeRender(inputs.cacheDir, first, inputs.outDir, '');
    rmSync(inputs.outDir, { recursive: true });
    mkdirSync(path.join(inputs.outDir, '__server'), { recursive: true });
    writeFileSync(path.join(inputs.outDir, '__server/server.bundle.js'), 'module.exports = "server, edited doc";\n');
    const second = renderKey(inputs);
    expect(second.key).not.toBe(first.key);
    expect(findCachedRender(inputs.cacheDir, second.key)).toBeUndefined();
    render(inputs.outDir, 'Introduction');
    storeRender(inputs.cacheDir, second, inputs.outDir, '');
    expect(findCachedRender(inputs.cacheDir, first.key)).toBeUndefined();
    expect(readFileSync(path.join(inputs.cacheDir, 'files/docs/intro.html'), 'utf8')).toBe('<h1>Introduction</h1>\n');
  });

  it('keeps one entry per configuration and output folder, under the project’s node_modules/.cache', () => {
    const a = renderCacheDir('/p', '/p/portal.config.ts', '/p/build');
    expect(a).toMatch(/^\/p\/node_modules\/\.cache\/portico\/render\/[0-9a-f]{16}$/);
    expect(renderCacheDir('/p', '/p/portal.config.ts', '/tmp/other-build')).not.toBe(a);
    expect(renderCacheDir('/p', '/p/other.config.ts', '/p/build')).not.toBe(a);
  });
});

describe('the heap flag', () => {
  it('is passed where the client is bundled, where it was measured to lower the peak, and not to the render or server steps', () => {
    expect(v8FlagsOfPhase('client bundle')).toEqual(BUILD_V8_FLAGS);
    expect(v8FlagsOfPhase('bundle')).toEqual(BUILD_V8_FLAGS);
    expect(v8FlagsOfPhase('bundle and render')).toEqual(BUILD_V8_FLAGS);
    expect(v8FlagsOfPhase('server bundle')).toEqual([]);
    expect(v8FlagsOfPhase('render')).toEqual([]);
  });
});

describe('clientManifestDigest', () => {
  const manifest = (assets: Record<string, unknown>, origins: Record<string, unknown>) =>
    `${JSON.stringify({ entrypoints: ['main'], origins, assets }, null, 2)}\n`;
  const js = (file: string, hash: string) => ({ file, hash, publicPath: `/${file}` });

  it('is blind to chunk hashes and key order, which no render reads, and sees every file and each list’s order', () => {
    const s = site();
    const file = path.join(s.generatedDir, 'client-manifest.json');
    const digest = (text: string) => {
      writeFileSync(file, text);
      return { digest: clientManifestDigest(file), key: renderKey(s).key };
    };
    const base = digest(manifest({ '1': { js: [js('assets/js/runtime~main.1a.js', 'aaa')] }, '7': { js: [js('assets/js/main.2b.js', 'bbb')] } }, { main: [7, 1], 'p-docs': [12] }));
    const otherHashes = digest(manifest({ '1': { js: [js('assets/js/runtime~main.1a.js', 'ccc')] }, '7': { js: [js('assets/js/main.2b.js', 'ddd')] } }, { main: [7, 1], 'p-docs': [12] }));
    const otherKeyOrder = digest(manifest({ '7': { js: [js('assets/js/main.2b.js', 'bbb')] }, '1': { js: [js('assets/js/runtime~main.1a.js', 'aaa')] } }, { 'p-docs': [12], main: [7, 1] }));
    const otherFile = digest(manifest({ '1': { js: [js('assets/js/runtime~main.9z.js', 'aaa')] }, '7': { js: [js('assets/js/main.2b.js', 'bbb')] } }, { main: [7, 1], 'p-docs': [12] }));
    const otherOrder = digest(manifest({ '1': { js: [js('assets/js/runtime~main.1a.js', 'aaa')] }, '7': { js: [js('assets/js/main.2b.js', 'bbb')] } }, { main: [1, 7], 'p-docs': [12] }));
    expect(otherHashes).toEqual(base);
    expect(otherKeyOrder).toEqual(base);
    expect(otherFile.digest).not.toBe(base.digest);
    expect(otherFile.key).not.toBe(base.key);
    expect(otherOrder.digest).not.toBe(base.digest);
    writeFileSync(file, '{ not json');
    expect(clientManifestDigest(file)).toMatch(/^[0-9a-f]{64}$/);
  });
});
