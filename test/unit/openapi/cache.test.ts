import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as redocly from '@redocly/openapi-core';
import type { LoadContext } from '@docusaurus/types';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import { CACHE_FILES, computeOptionsKey, type OpenApiSpecFingerprint } from '../../../src/plugins/openapi/cache.js';
import { generateOpenApiSpecs, type GenerateOpenApiOptions } from '../../../src/plugins/openapi/generate.js';
import openApiPlugin from '../../../src/plugins/openapi/index.js';
import type { OpenApiRoutePlan } from '../../../src/plugins/openapi/routes.js';

// Every Redocly entry point Portico's OpenAPI code calls, wrapped so a test can tell whether it ran.
vi.mock('@redocly/openapi-core', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@redocly/openapi-core')>();
  const spy = <T extends (...args: never[]) => unknown>(fn: T) => vi.fn(fn);
  return {
    ...actual,
    bundle: spy(actual.bundle),
    lint: spy(actual.lint),
    lintDocument: spy(actual.lintDocument),
    resolveDocument: spy(actual.resolveDocument),
    loadConfig: spy(actual.loadConfig),
    createConfig: spy(actual.createConfig),
  };
});

/** How many times Redocly loaded, bundled, resolved or linted anything, or loaded a configuration. */
function redoclyCalls(): Record<string, number> {
  const count = (fn: unknown) => vi.mocked(fn as () => unknown).mock.calls.length;
  return {
    bundle: count(redocly.bundle),
    // Portico lints the document it has read (lintDocument); lint() reads it first.
    lint: count(redocly.lint) + count(redocly.lintDocument),
    resolveDocument: count(redocly.resolveDocument),
    loadConfig: count(redocly.loadConfig),
    createConfig: count(redocly.createConfig),
  };
}
const NO_CALLS = { bundle: 0, lint: 0, resolveDocument: 0, loadConfig: 0, createConfig: 0 };

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const ROOT_SPEC = `openapi: 3.1.0
info:
  title: Things
  version: 1.0.0
  license: { name: MIT, url: https://opensource.org/licenses/MIT }
servers:
  - url: https://api.example.test
security: []
paths:
  /things:
    $ref: './paths/things.yaml'
`;
// One more level of $ref: the schema file is reached only through the path file.
const PATH_FILE = `get:
  operationId: listThings
  summary: List things
  tags: [Things]
  responses:
    '200':
      description: The things.
      content:
        application/json:
          schema:
            $ref: '../schemas/thing.yaml#/Thing'
    '400':
      description: Bad request.
`;
const SCHEMA_FILE = `Thing:
  type: object
  description: A thing.
  properties:
    name:
      type: string
      description: Name of the thing.
`;

/** A project with a three-file spec, a cache folder, and the options for it. */
function project(): { root: string; options: GenerateOpenApiOptions; file: (name: string) => string } {
  const root = mkdtempSync(path.join(tmpdir(), 'portal-openapi-cache-'));
  temp.push(root);
  mkdirSync(path.join(root, 'api/paths'), { recursive: true });
  mkdirSync(path.join(root, 'api/schemas'), { recursive: true });
  writeFileSync(path.join(root, 'api/api.yaml'), ROOT_SPEC);
  writeFileSync(path.join(root, 'api/paths/things.yaml'), PATH_FILE);
  writeFileSync(path.join(root, 'api/schemas/thing.yaml'), SCHEMA_FILE);
  return {
    root,
    file: (name) => path.join(root, name),
    options: { specs: [{ id: 'things', file: path.join(root, 'api/api.yaml') }], rootDir: root, cacheDir: path.join(root, '.generated/openapi'), basePath: '/http-api' },
  };
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

function readFingerprint(options: GenerateOpenApiOptions): OpenApiSpecFingerprint {
  return JSON.parse(readFileSync(path.join(options.cacheDir, 'things', CACHE_FILES.fingerprint), 'utf8')) as OpenApiSpecFingerprint;
}

beforeEach(() => vi.clearAllMocks());

describe('generateOpenApiSpecs cache', () => {
  it('computes on the first run and stores the data, then the fingerprint over every file of the $ref graph', async () => {
    const { options } = project();
    const first = await generateOpenApiSpecs(options);
    expect(first.specs[0]).toMatchObject({ id: 'things', reused: false, lint: { errors: 0 } });
    expect(first.specs[0]!.pages!.summary.operationCount).toBe(1);
    expect(redoclyCalls().bundle).toBeGreaterThan(0);
    expect(redoclyCalls().lint).toBe(1);

    const fingerprint = readFingerprint(options);
    expect(Object.keys(fingerprint.files)).toEqual(['api/api.yaml', 'api/paths/things.yaml', 'api/schemas/thing.yaml']);
    expect(fingerprint.lintConfig.file).toBeNull();
    const data = JSON.parse(readFileSync(path.join(options.cacheDir, 'things', CACHE_FILES.data), 'utf8'));
    expect(data.pages.summary.spec.permalink).toBe('/http-api/things');
    expect(first.watchFiles).toEqual([options.specs[0]!.file, path.join(options.rootDir, 'api/paths/things.yaml'), path.join(options.rootDir, 'api/schemas/thing.yaml')].sort());
  });

  it('reuses the stored pages and lint result with unchanged inputs, without calling Redocly at all', async () => {
    const { options } = project();
    const first = await generateOpenApiSpecs(options);
    vi.clearAllMocks();
    const second = await generateOpenApiSpecs(options);
    expect(redoclyCalls()).toEqual(NO_CALLS);
    expect(second.specs[0]!.reused).toBe(true);
    // The same data the first run handed to Docusaurus (which serializes it to JSON anyway).
    expect(second.specs[0]!.pages).toEqual(JSON.parse(JSON.stringify(first.specs[0]!.pages)));
    expect(second.specs[0]!.lint).toEqual(first.specs[0]!.lint);
    expect(second.watchFiles).toEqual(first.watchFiles);
  });

  it('regenerates when a file reached only through nested $refs changes', async () => {
    const { options, file } = project();
    await generateOpenApiSpecs(options);
    edit(file('api/schemas/thing.yaml'), 'Name of the thing.', 'The new name.');
    vi.clearAllMocks();
    const changed = await generateOpenApiSpecs(options);
    expect(changed.specs[0]!.reused).toBe(false);
    expect(redoclyCalls().lint).toBe(1);
    expect(JSON.stringify(changed.specs[0]!.pages)).toContain('The new name.');
    expect((await generateOpenApiSpecs(options)).specs[0]!.reused).toBe(true);
  });

  it('regenerates when the Redocly configuration appears, changes, or a file it extends changes', async () => {
    const { options, file } = project();
    await generateOpenApiSpecs(options);
    expect((await generateOpenApiSpecs(options)).specs[0]!.reused).toBe(true);

    writeFileSync(file('redocly.yaml'), 'extends:\n  - recommended\n  - ./lint/base.yaml\nrules:\n  operation-4xx-response: error\n');
    mkdirSync(file('lint'));
    writeFileSync(file('lint/base.yaml'), 'rules:\n  info-contact: off\n');
    const added = await generateOpenApiSpecs(options);
    expect(added.specs[0]).toMatchObject({ reused: false, lint: { warnings: 0 } });
    expect(readFingerprint(options).lintConfig).toMatchObject({ file: 'redocly.yaml' });
    expect(Object.keys(readFingerprint(options).lintConfig.files)).toEqual(expect.arrayContaining(['redocly.yaml', 'lint/base.yaml']));
    expect((await generateOpenApiSpecs(options)).specs[0]!.reused).toBe(true);

    edit(file('redocly.yaml'), 'rules:\n', 'rules:\n  operation-description: warn\n');
    const changed = await generateOpenApiSpecs(options);
    expect(changed.specs[0]).toMatchObject({ reused: false, lint: { warnings: 1 } });
    expect(changed.specs[0]!.lint.findings[0]!.rule).toBe('operation-description');

    edit(file('lint/base.yaml'), 'info-contact: off', 'info-contact: error');
    const extended = await generateOpenApiSpecs(options);
    expect(extended.specs[0]).toMatchObject({ reused: false, lint: { errors: 1 } });
  });

  it('regenerates when the options change (id or base path)', async () => {
    const { options } = project();
    await generateOpenApiSpecs(options);
    const moved = await generateOpenApiSpecs({ ...options, basePath: '/docs-site/http-api' });
    expect(moved.specs[0]!.reused).toBe(false);
    expect(moved.specs[0]!.pages!.summary.spec.permalink).toBe('/docs-site/http-api/things');
    const base = { id: 'a', file: '/x/a.yaml', basePath: '/http-api', rootDir: '/x' };
    expect(computeOptionsKey(base)).toBe(computeOptionsKey({ ...base }));
    expect(computeOptionsKey({ ...base, id: 'b' })).not.toBe(computeOptionsKey(base));
  });

  it.each([
    ['a data file that is not JSON', CACHE_FILES.data, () => '{"lint": {'],
    ['a data file edited after it was written (valid JSON, wrong hash)', CACHE_FILES.data, (text: string) => text.replace('List things', 'Tampered')],
    ['a fingerprint that is not JSON', CACHE_FILES.fingerprint, () => '\u0000\u0001garbage'],
    ['a fingerprint of the wrong shape', CACHE_FILES.fingerprint, () => '{"optionsKey": 42}'],
    ['an empty fingerprint', CACHE_FILES.fingerprint, () => ''],
  ])('regenerates instead of trusting or crashing on %s', async (_name, name, corrupt) => {
    const { options } = project();
    const first = await generateOpenApiSpecs(options);
    const target = path.join(options.cacheDir, 'things', name);
    writeFileSync(target, corrupt(readFileSync(target, 'utf8')));
    vi.clearAllMocks();
    const again = await generateOpenApiSpecs(options);
    expect(again.specs[0]!.reused).toBe(false);
    expect(redoclyCalls().lint).toBe(1);
    expect(again.specs[0]!.pages).toEqual(first.specs[0]!.pages);
    expect(JSON.stringify(again.specs[0]!.pages)).not.toContain('Tampered');
    // And the regenerated cache is whole again.
    expect((await generateOpenApiSpecs(options)).specs[0]!.reused).toBe(true);
  });

  it('starts over when the data was written but the fingerprint was not (a run stopped half-way)', async () => {
    const { options } = project();
    await generateOpenApiSpecs(options);
    rmSync(path.join(options.cacheDir, 'things', CACHE_FILES.fingerprint));
    expect((await generateOpenApiSpecs(options)).specs[0]!.reused).toBe(false);
  });

  it('stores a lint result with errors (no pages) and returns it again, unchanged, from the cache', async () => {
    const { options, file } = project();
    edit(file('api/paths/things.yaml'), '  summary: List things\n', '');
    const first = await generateOpenApiSpecs(options);
    expect(first.specs[0]).toMatchObject({ reused: false, pages: null, lint: { errors: 1 } });
    vi.clearAllMocks();
    const second = await generateOpenApiSpecs(options);
    expect(redoclyCalls()).toEqual(NO_CALLS);
    expect(second.specs[0]).toMatchObject({ reused: true, pages: null });
    expect(second.specs[0]!.lint).toEqual(first.specs[0]!.lint);
    expect(second.specs[0]!.lint.findings[0]).toMatchObject({ file: file('api/paths/things.yaml'), rule: 'operation-summary', severity: 'error' });
  });
});

describe('OpenAPI plugin with the cache', () => {
  function plugin(root: string, specFile: string) {
    const context = { siteDir: root, baseUrl: '/' } as LoadContext;
    return openApiPlugin(context, { specs: [{ id: 'things', file: specFile }], rootDir: root });
  }

  async function load(root: string, specFile: string): Promise<{ plan?: OpenApiRoutePlan; error?: unknown; stderr: string }> {
    const writes: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
    try {
      const instance = plugin(root, specFile);
      const plan = await instance.loadContent!();
      return { plan, stderr: writes.join('') };
    } catch (error) {
      return { error, stderr: writes.join('') };
    } finally {
      stderr.mockRestore();
    }
  }

  it('prints the reuse line on a warm build, creates the same routes, and keeps watching every spec file', async () => {
    const { root, options, file } = project();
    const cold = await load(root, options.specs[0]!.file);
    expect(cold.error).toBeUndefined();
    expect(cold.stderr).toContain('[portico] HTTP API: things 1 operation, 1 schema\n');
    vi.clearAllMocks();
    const warm = await load(root, options.specs[0]!.file);
    expect(redoclyCalls()).toEqual(NO_CALLS);
    expect(warm.stderr).toMatch(/HTTP API: things 1 operation, 1 schema \(inputs unchanged, pages reused\)/);
    expect(warm.plan).toEqual(JSON.parse(JSON.stringify(cold.plan)));
    expect(warm.plan!.routes.map((route) => route.path)).toEqual(cold.plan!.routes.map((route) => route.path));
    const instance = plugin(root, options.specs[0]!.file);
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await instance.loadContent!();
    spy.mockRestore();
    expect(instance.getPathsToWatch!()).toEqual(expect.arrayContaining([file('api/api.yaml'), file('api/paths/things.yaml'), file('api/schemas/thing.yaml')]));
    // The cache lives where the API reference writes its pages: <siteDir>/.generated/.
    expect(readFileSync(path.join(root, '.generated/openapi/things', CACHE_FILES.fingerprint), 'utf8')).toContain('api/schemas/thing.yaml');
  });

  it('fails the build again, with the same findings, when a cached lint result has errors', async () => {
    const { root, options, file } = project();
    edit(file('api/paths/things.yaml'), '  summary: List things\n', '');
    const cold = await load(root, options.specs[0]!.file);
    vi.clearAllMocks();
    const warm = await load(root, options.specs[0]!.file);
    expect(redoclyCalls()).toEqual(NO_CALLS);
    expect(warm.stderr).toContain('HTTP API: things 1 lint error (inputs unchanged, lint result reused)');
    for (const run of [cold, warm]) {
      expect(run.error).toBeInstanceOf(PortalError);
      expect((run.error as PortalError).exitCode).toBe(1);
      expect((run.error as PortalError).problems).toEqual([expect.stringMatching(/api\/paths\/things\.yaml:\d+:\d+ +error +operation-summary /)]);
    }
    expect((warm.error as PortalError).problems).toEqual((cold.error as PortalError).problems);
  });
});
