import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { rspack, type Configuration } from '@rspack/core';
import { bundleForTest } from '../../helpers/rspack-bundle.js';
import { afterAll, describe, expect, it } from 'vitest';
import hydrationUpdatesPlugin, {
  BROWSER_CONTEXT_MODULE,
  BROWSER_CONTEXT_REPLACEMENT,
  WINDOW_SIZE_MODULE,
  WINDOW_SIZE_REPLACEMENT,
  checkReplacedModules,
} from '../../../src/plugins/hydration-updates/index.js';

const require = createRequire(import.meta.url);
const REPO_MODULES = path.resolve('node_modules');
const CORE_CLIENT = path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'lib/client');
const THEME_COMMON = path.dirname(require.resolve('@docusaurus/theme-common'));
const work = mkdtempSync(path.join(os.tmpdir(), 'portico-hydration-updates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `source` for the client with the plugin's settings (unminified) and returns the output. */
async function bundleClient(source: string): Promise<string> {
  const settings = hydrationUpdatesPlugin().configureWebpack!({}, false, { currentBundler: { name: 'rspack', instance: rspack } } as never, {} as never) as Configuration;
  const { output } = await bundleForTest(mkdtempSync(path.join(work, 'case-')), { 'index.js': source }, {
    // Docusaurus' own alias for the one @docusaurus/* import the copies make.
    resolve: { modules: [REPO_MODULES], alias: { '@docusaurus/ExecutionEnvironment': path.join(CORE_CLIENT, 'exports/ExecutionEnvironment.js') } },
    ...settings,
  });
  return output;
}

describe('the hydration-updates plugin', () => {
  it('finds the Docusaurus files its copies were written from, unchanged', () => {
    expect(checkReplacedModules()).toEqual([]);
  });

  it("matches core's browserContext.js and theme-common's useWindowSize.js, and not their neighbours", () => {
    expect(BROWSER_CONTEXT_MODULE.test(path.join(CORE_CLIENT, 'browserContext.js'))).toBe(true);
    expect(BROWSER_CONTEXT_MODULE.test(path.join(CORE_CLIENT, 'docusaurusContext.js'))).toBe(false);
    expect(WINDOW_SIZE_MODULE.test(path.join(THEME_COMMON, 'hooks/useWindowSize.js'))).toBe(true);
    expect(WINDOW_SIZE_MODULE.test(path.join(THEME_COMMON, 'hooks/useScrollPosition.js'))).toBe(false);
  });

  it('keeps the same exports as the originals', () => {
    const exportsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^export (?:const|function) (\w+)/gm)].map((match) => match[1]).sort();
    expect(exportsOf(BROWSER_CONTEXT_REPLACEMENT)).toEqual(exportsOf(path.join(CORE_CLIENT, 'browserContext.js')));
    expect(exportsOf(WINDOW_SIZE_REPLACEMENT)).toEqual(exportsOf(path.join(THEME_COMMON, 'hooks/useWindowSize.js')));
    expect(exportsOf(WINDOW_SIZE_REPLACEMENT)).toEqual(['useWindowSize']);
  });

  it('leaves the server bundle alone (effects do not run there)', () => {
    expect(hydrationUpdatesPlugin().configureWebpack!({}, true, { currentBundler: { name: 'rspack', instance: rspack } } as never, {} as never)).toEqual({});
  });

  it('bundles the copies wherever the originals are imported, with both updates in transitions', async () => {
    const source = [
      // By file, as the core imports './browserContext' and theme-common './hooks/useWindowSize'.
      `import { BrowserContextProvider } from ${JSON.stringify(path.join(CORE_CLIENT, 'browserContext.js'))};`,
      `import { useWindowSize } from ${JSON.stringify(path.join(THEME_COMMON, 'hooks/useWindowSize.js'))};`,
      'globalThis.parts = [BrowserContextProvider, useWindowSize];',
      '',
    ].join('\n');
    const output = await bundleClient(source);
    expect(output).toMatch(/startTransition\)?\(\(\) => setIsBrowser\(true\)\)/);
    expect(output).toMatch(/startTransition\)?\(\(\) => setWindowSize\(size\)\)/);
    // The originals' plain effect updates are gone.
    expect(output).not.toMatch(/useEffect\(\(\) => \{\s*setIsBrowser\(true\);/);
    expect(output).not.toMatch(/^\s*updateWindowSize\(\);$/m);
  });
});
