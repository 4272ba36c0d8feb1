/**
 * Scale check of the HTTP API pages: generates an OpenAPI 3.1 spec with 500
 * operations and 300 schemas, measures how long Portico takes to lint it and
 * to turn it into page data, then builds a copy of the whole portal with that
 * spec configured and reports the build's wall time and peak memory.
 *
 *   npx tsx scripts/bench-openapi.ts [--operations 500] [--schemas 300] [--keep]
 *
 * Both builds are cold: the copy gets its own bundler cache (the shared
 * node_modules/.cache/rspack of the checkout would make them warm), and
 * `build/` and `.docusaurus/` are removed before each. The portal is first
 * built as configured, then with the large spec added, so the table shows
 * what the spec costs. Node's heap limit is left at its default: NODE_OPTIONS
 * is cleared of any --max-old-space-size. Peak memory is the maximum resident
 * set of the build process as reported by GNU time (`/usr/bin/time -f %M`,
 * Debian package `time`). `--keep` leaves the site copy in place.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { buildOpenApiPages, lintOpenApiSpec } from '../src/lib/openapi/index.js';
import { planOpenApiRoutes } from '../src/plugins/openapi/routes.js';
import { copySite } from '../test/helpers/site.js';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const OPERATIONS = flag('operations', 500);
const SCHEMAS = flag('schemas', 300);
const TAGS = 20;
const keep = process.argv.includes('--keep');

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;
const pascal = (i: number) => `Resource${String(i).padStart(3, '0')}`;

/**
 * A spec shaped like a large real API: every schema has scalar fields, an
 * enum, a nullable field, a read-only id and references to other schemas
 * (some of them cycles); operations are CRUD-like over tagged resources with
 * path, query and header parameters, request bodies and several responses.
 * It lints without errors under the recommended rules, so the build gate passes.
 */
function generateLargeSpec(operations: number, schemas: number): Record<string, unknown> {
  const components: Record<string, unknown> = {
    Problem: {
      type: 'object',
      description: 'An error response body.',
      required: ['code', 'message'],
      properties: { code: { type: 'string', examples: ['not_found'] }, message: { type: 'string' } },
    },
  };
  for (let i = 0; i < schemas; i += 1) {
    const next = (offset: number) => ({ $ref: `#/components/schemas/${pascal((i + offset) % schemas)}` });
    components[pascal(i)] = {
      type: 'object',
      description: `Resource number ${i}. Refers to ${pascal((i + 1) % schemas)} and to a list of others; the last ones refer back to the first, forming cycles.`,
      required: ['id', 'name', 'status'],
      properties: {
        id: { type: 'string', readOnly: true, pattern: '^[a-z0-9]{12}$', examples: ['abc123def456'] },
        name: { type: 'string', minLength: 1, maxLength: 200, description: 'Display name.' },
        status: { type: 'string', enum: ['draft', 'active', 'archived'], default: 'draft' },
        note: { type: ['string', 'null'], description: 'Free text, or `null`.' },
        count: { type: 'integer', minimum: 0, format: 'int32' },
        createdAt: { type: 'string', format: 'date-time', readOnly: true },
        owner: next(1),
        related: { type: 'array', items: next(7), maxItems: 50 },
        variant: { anyOf: [next(13), next(29)] },
      },
    };
  }
  const tags = Array.from({ length: TAGS }, (_, t) => ({ name: `Area ${t}`, description: `Operations of area ${t}.` }));
  const paths: Record<string, Record<string, unknown>> = {};
  const errors = {
    '400': { description: 'Invalid request.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    '404': { description: 'Not found.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
  };
  for (let i = 0; i < operations; i += 1) {
    const resource = Math.floor(i / 4);
    const schema = { $ref: `#/components/schemas/${pascal(resource % schemas)}` };
    const tag = tags[resource % TAGS]!.name;
    const kind = i % 4;
    const collection = `/area-${resource % TAGS}/resources-${resource}`;
    const item = `${collection}/{resourceId}`;
    const idParam = { name: 'resourceId', in: 'path', required: true, description: 'Id of the resource.', schema: { type: 'string' } };
    const body = { required: true, content: { 'application/json': { schema } } };
    const ok = (description: string) => ({ description, content: { 'application/json': { schema } } });
    const [pathKey, method, operation] =
      kind === 0
        ? [
            collection,
            'get',
            {
              summary: `List resources ${resource}`,
              parameters: [
                { name: 'limit', in: 'query', description: 'Page size.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
                { name: 'X-Request-Id', in: 'header', description: 'Correlation id.', schema: { type: 'string' } },
              ],
              responses: { '200': { description: 'A page.', content: { 'application/json': { schema: { type: 'array', items: schema } } } }, ...errors },
            },
          ]
        : kind === 1
          ? [collection, 'post', { summary: `Create resource ${resource}`, requestBody: body, responses: { '201': ok('Created.'), ...errors } }]
          : kind === 2
            ? [item, 'get', { summary: `Get resource ${resource}`, parameters: [idParam], responses: { '200': ok('The resource.'), ...errors } }]
            : [item, 'put', { summary: `Replace resource ${resource}`, parameters: [idParam], requestBody: body, responses: { '200': ok('Replaced.'), ...errors } }];
    paths[pathKey] ??= {};
    paths[pathKey]![method] = { tags: [tag], operationId: `op${i}${method}`, description: `Operation ${i}: **${method.toUpperCase()}** on resource ${resource}.`, ...operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Bench API', version: '1.0.0', description: `Generated: ${operations} operations, ${schemas} schemas.`, license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: 'https://bench.example.org/v1' }],
    security: [{ bearer: [] }],
    tags,
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: components },
  };
}

/**
 * Gives the copy a node_modules of its own that links every package of the
 * checkout's but not `.cache`, so the bundler's persistent cache starts empty.
 */
function isolateBundlerCache(siteDir: string): void {
  const shared = path.join(siteDir, 'node_modules');
  const real = path.resolve(path.dirname(shared), readlinkSync(shared));
  unlinkSync(shared);
  mkdirSync(shared);
  for (const entry of readdirSync(real)) {
    if (entry !== '.cache') symlinkSync(path.join(real, entry), path.join(shared, entry));
  }
}

interface BuildSample {
  seconds: number;
  peakRssMb: number;
}

/** One cold `docusaurus build` of the copy under GNU time, with the default heap limit. */
function coldBuild(siteDir: string): BuildSample {
  // Never clear a cache through the symlink to the checkout's node_modules: it is shared with other builds.
  if (lstatSync(path.join(siteDir, 'node_modules')).isSymbolicLink()) throw new Error('isolateBundlerCache() must run first');
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache']) rmSync(path.join(siteDir, dir), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // Default heap limit: no --max-old-space-size may come in from the caller's environment.
  env.NODE_OPTIONS = (env.NODE_OPTIONS ?? '').replace(/--max-old-space-size=\S+/g, '').trim();
  const started = process.hrtime.bigint();
  const docusaurus = path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  // GNU time prints the peak resident set (KB) of the build process on its last stderr line.
  const build = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, docusaurus, 'build', '--out-dir', path.join(siteDir, 'build')], {
    cwd: siteDir,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = seconds(started);
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}\n${build.stderr}`);
    throw new Error(`the build failed with exit code ${build.status}`);
  }
  return { seconds: elapsed, peakRssMb: Number(build.stderr.trim().split('\n').at(-1)) / 1024 };
}

async function main(): Promise<void> {
  const site = copySite();
  process.stdout.write(`site copy: ${site.dir}\n`);
  try {
    isolateBundlerCache(site.dir);
    const baseline = coldBuild(site.dir);
    process.stdout.write(`baseline build: ${baseline.seconds.toFixed(1)} s, peak RSS ${baseline.peakRssMb.toFixed(0)} MB\n`);

    let started = process.hrtime.bigint();
    const spec = generateLargeSpec(OPERATIONS, SCHEMAS);
    const specFile = path.join(site.dir, 'bench-openapi.yaml');
    writeFileSync(specFile, stringify(spec, { aliasDuplicateObjects: false }));
    const writeSeconds = seconds(started);

    const configFile = path.join(site.dir, 'portal.config.ts');
    const config = readFileSync(configFile, 'utf8');
    const edited = config.replace(/specs: \[/, `specs: [{ id: 'bench', file: 'bench-openapi.yaml' }, `);
    if (edited === config) throw new Error('could not add the bench spec to openapi.specs of the copied portal.config.ts');
    writeFileSync(configFile, edited);

    // The steps the plugin runs in loadContent, timed apart.
    started = process.hrtime.bigint();
    const lint = await lintOpenApiSpec(specFile);
    const lintSeconds = seconds(started);
    if (lint.errors > 0) throw new Error(`the generated spec has ${lint.errors} lint errors`);
    started = process.hrtime.bigint();
    const plan = planOpenApiRoutes([buildOpenApiPages(lint.spec, { id: 'bench' })], '/http-api');
    const modelSeconds = seconds(started);
    const dataBytes = plan.data.reduce((sum, module) => sum + JSON.stringify(module.content).length, 0);

    const withSpec = coldBuild(site.dir);
    const [load1] = os.loadavg();
    const lines = [
      `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, default heap limit, load average ${load1!.toFixed(1)} at the end`,
      `spec: ${OPERATIONS} operations, ${SCHEMAS} schemas, ${TAGS} tags -> ${plan.routes.length} HTTP API pages, ${(dataBytes / 2 ** 20).toFixed(1)} MiB of page data`,
      '',
      '| Step | Measured |',
      '| --- | --- |',
      `| Generate and write the spec | ${writeSeconds.toFixed(1)} s |`,
      `| Lint (load, bundle, Redocly recommended rules) | ${lintSeconds.toFixed(1)} s |`,
      `| Build the data of every HTTP API page | ${modelSeconds.toFixed(1)} s |`,
      `| Cold build of the portal as configured | ${baseline.seconds.toFixed(1)} s, peak RSS ${baseline.peakRssMb.toFixed(0)} MB |`,
      `| Cold build with the generated spec added | ${withSpec.seconds.toFixed(1)} s, peak RSS ${withSpec.peakRssMb.toFixed(0)} MB |`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (!keep) site.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
