import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { rspack, type Configuration } from '@rspack/core';
import { bundleForTest } from '../../helpers/rspack-bundle.js';
import { afterAll, describe, expect, it } from 'vitest';
import prefetchOncePlugin, { CORE_PREFETCH_MODULE, PREFETCH_ONCE_MODULE } from '../../../src/plugins/prefetch-once/index.js';
import prismOnDemandPlugin, { NOOP_CLIENT_MODULE, themePrismClientModule } from '../../../src/plugins/prism-on-demand/index.js';

const require = createRequire(import.meta.url);
const REPO_MODULES = path.resolve('node_modules');
const work = mkdtempSync(path.join(os.tmpdir(), 'portico-client-plugins-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a plugin adds to the client bundle, as Docusaurus would ask for it with Rspack. */
function clientSettings(plugin: ReturnType<typeof prefetchOncePlugin>): Configuration {
  return plugin.configureWebpack!({}, false, { currentBundler: { name: 'rspack', instance: rspack } } as never, {} as never) as Configuration;
}

/** Bundles `source` as the entry (unminified, so the output can be read) and returns the output. */
async function bundle(source: string, extra: Configuration): Promise<string> {
  const { output } = await bundleForTest(mkdtempSync(path.join(work, 'case-')), { 'index.js': source }, { resolve: { modules: [REPO_MODULES] }, ...extra });
  return output;
}

describe('the Prism-on-demand plugin', () => {
  it("names the theme's Prism client module as Docusaurus writes it into client-modules.js, and a module to stand in for it", () => {
    const themeModule = themePrismClientModule();
    expect(path.isAbsolute(themeModule)).toBe(true);
    expect(existsSync(`${themeModule}.js`)).toBe(true);
    expect(readFileSync(`${themeModule}.js`, 'utf8')).toContain("from 'prism-react-renderer'");
    expect(existsSync(NOOP_CLIENT_MODULE)).toBe(true);
  });

  it('replaces that client module in both bundles, so main.js no longer imports Prism', async () => {
    const plugin = prismOnDemandPlugin();
    const client = plugin.configureWebpack!({}, false, {} as never, {} as never);
    expect(plugin.configureWebpack!({}, true, {} as never, {} as never)).toEqual(client);
    // The request exactly as .docusaurus/client-modules.js makes it; without the alias this
    // fails to bundle (the theme module imports @theme/prism-include-languages).
    const output = await bundle(`require(${JSON.stringify(themePrismClientModule())});\n`, client as Configuration);
    expect(output).not.toMatch(/prism-react-renderer|insertBefore|tokenize/);
  });
});

describe('the prefetch-once plugin', () => {
  it("matches Docusaurus core's prefetch helper, and only it", () => {
    expect(CORE_PREFETCH_MODULE.test(require.resolve('@docusaurus/core/lib/client/prefetch.js'))).toBe(true);
    expect(CORE_PREFETCH_MODULE.test(require.resolve('@docusaurus/core/lib/client/preload.js'))).toBe(false);
    expect(CORE_PREFETCH_MODULE.test(PREFETCH_ONCE_MODULE)).toBe(false);
  });

  it('leaves the server bundle alone', () => {
    expect(prefetchOncePlugin().configureWebpack!({}, true, { currentBundler: { name: 'rspack', instance: rspack } } as never, {} as never)).toEqual({});
  });

  it("bundles Portico's helper wherever the core's is imported", async () => {
    const source = "import prefetch from '@docusaurus/core/lib/client/prefetch.js';\nglobalThis.prefetch = prefetch;\n";
    const original = await bundle(source, {});
    const replaced = await bundle(source, clientSettings(prefetchOncePlugin()));
    expect(original).toContain('xhrPrefetchStrategy');
    expect(replaced).not.toContain('xhrPrefetchStrategy');
    expect(replaced).toContain('const hinted = new Map()');
  });
});
