import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rspack, type Configuration } from '@rspack/core';
import { bundleForTest } from '../../helpers/rspack-bundle.js';
import { afterAll, describe, expect, it } from 'vitest';
import exactRoutesPlugin, { checkReplacedModules, packageDirs } from '../../../src/plugins/exact-routes/index.js';

const REPO_MODULES = path.resolve('node_modules');
const work = mkdtempSync(path.join(os.tmpdir(), 'portico-exact-routes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the exact-routes plugin', () => {
  it('finds the Docusaurus files its replacements were written from, unchanged', () => {
    expect(checkReplacedModules()).toEqual([]);
  });

  it('names a replaced file that changed, and an importer that no longer imports the replaced module', () => {
    const dirs = packageDirs();
    const docsClient = path.join(work, 'docs-client');
    cpSync(dirs.docsClient, docsClient, { recursive: true });
    const utils = path.join(docsClient, 'docsClientUtils.js');
    writeFileSync(utils, readFileSync(utils, 'utf8').replace('docs.find(', 'docs.findLast('));
    const index = path.join(docsClient, 'index.js');
    writeFileSync(index, readFileSync(index, 'utf8').replace("from './docsClientUtils';", "from './docsClientUtils.js';"));
    const problems = checkReplacedModules({ ...dirs, docsClient });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^${utils.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: sha256 [0-9a-f]{64}, expected 444c91b3[0-9a-f]{56} \\(the file src/plugins/exact-routes/docs-client-utils.js was written from\\); compare the two and update both$`));
    expect(problems[1]).toBe(`${index}: expected to contain \`from './docsClientUtils';\``);
  });

  it("swaps react-router-config and the docs plugin's docsClientUtils for its own modules in a real Rspack bundle, client and server alike", async () => {
    const plugin = exactRoutesPlugin();
    const settings = (isServer: boolean) => plugin.configureWebpack!({}, isServer, { currentBundler: { name: 'rspack', instance: rspack } } as never, {} as never) as Configuration;
    expect(JSON.stringify(settings(true))).toBe(JSON.stringify(settings(false)));
    // The imports as Docusaurus core and the docs plugin's client index make them.
    const index =
      `import { matchRoutes } from 'react-router-config';\nimport { getActiveDocContext } from ${JSON.stringify(path.join(packageDirs().docsClient, 'docsClientUtils.js'))};\n` +
        `globalThis.result = [matchRoutes([{ path: '/a', exact: true }], '/a').length, getActiveDocContext({ versions: [{ path: '/', docs: [{ id: 'a', path: '/a' }] }] }, '/a').activeDoc.id];\n`;
    const { output } = await bundleForTest(path.join(work, 'bundle'), { 'index.js': index }, {
      resolve: { modules: [REPO_MODULES], extensions: ['.js', '.ts'] },
      module: { rules: [{ test: /\.ts$/, loader: 'builtin:swc-loader', options: { jsc: { parser: { syntax: 'typescript' } } }, type: 'javascript/auto' }] },
      ...settings(false),
    });
    // Portico's modules are in, the originals' scans are not.
    expect(output).toContain('function candidateIndices(');
    expect(output).toContain('class ExactSwitch extends');
    expect(output).toContain('function versionsOfDoc(');
    expect(output).not.toContain('routes.some(function (route)');
    expect(output).not.toContain('activeVersion?.docs.find(');
    const context: { result?: unknown } = {};
    new Function('globalThis', output)(context);
    expect(context.result).toEqual([1, 'a']);
  });
});
