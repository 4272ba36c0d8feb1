import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Configuration, StatsModule } from '@rspack/core';
import { bundleForTest } from '../../helpers/rspack-bundle.js';
import { afterAll, describe, expect, it } from 'vitest';
import jsonDataModulesPlugin from '../../../src/plugins/json-data-modules/index.js';

// A data module shaped like the ones Docusaurus writes: nested objects, read whole.
const DATA = { operation: { method: 'get', path: '/tasks', responses: { '200': { description: 'ok', schema: { type: 'array' } } } } };

const work = mkdtempSync(path.join(os.tmpdir(), 'portico-json-modules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles an entry that imports the data module whole, in production mode, and returns the JSON module's stats. */
async function bundleDataModule(extra: Configuration): Promise<{ module: StatsModule; output: string }> {
  const { output, stats } = await bundleForTest(
    mkdtempSync(path.join(work, 'case-')),
    { 'data.json': JSON.stringify(DATA), 'index.js': "import data from './data.json';\nglobalThis.portico = data;\n" },
    extra,
  );
  const json = stats.toJson({ modules: true, providedExports: true });
  const module = json.modules!.find((m) => m.name?.endsWith('data.json'))!;
  return { module, output };
}

/** What the plugin adds to the client bundle's configuration. */
const clientSettings = () => jsonDataModulesPlugin().configureWebpack!({}, false, {} as never, {} as never) as Configuration;

describe('the JSON data modules plugin', () => {
  it('sets the same JSON exports depth for the client and the server bundle', () => {
    const plugin = jsonDataModulesPlugin();
    const client = plugin.configureWebpack!({}, false, {} as never, {} as never);
    const server = plugin.configureWebpack!({}, true, {} as never, {} as never);
    expect(client).toEqual({ module: { parser: { json: { exportsDepth: 0 } } } });
    expect(server).toEqual(client);
  });

  it("turns off the bundler's analysis of nested JSON properties, which production mode does by default", async () => {
    const analysed = await bundleDataModule({});
    const lean = await bundleDataModule(clientSettings());
    // Production default: every top-level key is a known export (and nested ones below it).
    expect(analysed.module.providedExports).toEqual(expect.arrayContaining(['operation']));
    // With the plugin: no per-property export records at all.
    expect(lean.module.providedExports ?? []).not.toContain('operation');
  });

  it('still bundles the whole document for an importer that reads it whole', async () => {
    const { output } = await bundleDataModule(clientSettings());
    for (const value of ['/tasks', 'responses', 'description', 'array']) expect(output).toContain(value);
  });
});
