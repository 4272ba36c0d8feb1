import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import { loadOpenApiSpec } from '../../../src/lib/openapi/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/openapi');
const TASK_SERVICE = path.join(REPO_ROOT, 'examples/task-service/openapi/task-service.yaml');

/** The PortalError a load rejects with; fails the test when it resolves or throws something else. */
async function loadError(file: string): Promise<PortalError> {
  const error = await loadOpenApiSpec(file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PortalError);
  return error as PortalError;
}

/** The temp folders this file made, removed when it is done. */
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(name: string, body: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-openapi-')), name);
  tempDirs.push(path.dirname(file));
  writeFileSync(file, body);
  return file;
}

describe('loadOpenApiSpec', () => {
  it('bundles the multi-file 3.1 sample: schemas from other files become components, refs stay refs', async () => {
    const spec = await loadOpenApiSpec(TASK_SERVICE);
    expect(spec.specVersion).toBe('oas3_1');
    expect(spec.files).toEqual([path.join(path.dirname(TASK_SERVICE), 'schemas/comment.yaml'), TASK_SERVICE]);
    const schemas = (spec.document.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Task', 'Comment', 'CommentPage', 'NewComment', 'CommentPatch']));
    // The external ref now points into the bundled document, by name.
    const listComments = (spec.document.paths as Record<string, Record<string, any>>)['/tasks/{taskId}/comments']!.get;
    expect(listComments.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CommentPage' });
    // Redocly's resolution answers it, and refs inside the moved schema too.
    const page = spec.resolveRef('#/components/schemas/CommentPage') as { properties: { items: { items: unknown } } };
    expect(page.properties.items.items).toEqual({ $ref: '#/components/schemas/Comment' });
    expect(spec.resolveRef('#/components/schemas/Comment')).toMatchObject({ type: 'object', required: expect.arrayContaining(['body']) });
    expect(spec.resolveRef('#/components/schemas/DoesNotExist')).toBeUndefined();
  });

  it('loads Swagger 2.0 YAML and OpenAPI 3.0 JSON', async () => {
    const swagger = await loadOpenApiSpec(path.join(FIXTURES, 'swagger2/petstore.yaml'));
    expect(swagger.specVersion).toBe('oas2');
    expect(swagger.resolveRef('#/definitions/Pet')).toMatchObject({ allOf: expect.any(Array) });
    const inventory = await loadOpenApiSpec(path.join(FIXTURES, 'openapi30/inventory.json'));
    expect(inventory.specVersion).toBe('oas3_0');
  });

  it('loads a spec whose schemas refer to themselves and to each other', async () => {
    const spec = await loadOpenApiSpec(path.join(FIXTURES, 'circular/circular.yaml'));
    const node = spec.resolveRef('#/components/schemas/Node') as { properties: { children: { items: unknown } } };
    expect(node.properties.children.items).toEqual({ $ref: '#/components/schemas/Node' });
  });

  it('names a missing file, exit 2', async () => {
    const missing = path.join(FIXTURES, 'bad/does-not-exist.yaml');
    const error = await loadError(missing);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`Unusable OpenAPI spec ${missing}`);
    expect(error.problems).toEqual([`${relativeToCwd('test/fixtures/openapi/bad/does-not-exist.yaml')}:1:1: file not found`]);
  });

  it('names the line and column of invalid YAML, exit 2', async () => {
    const error = await loadError(path.join(FIXTURES, 'bad/invalid-yaml.yaml'));
    expect(error.exitCode).toBe(2);
    expect(error.problems).toEqual([relativeToCwd('test/fixtures/openapi/bad/invalid-yaml.yaml:4:3: invalid YAML or JSON: deficient indentation')]);
  });

  it('names the line and column of invalid JSON', async () => {
    const file = tempFile('broken.json', '{\n  "openapi": "3.0.3",\n  "info": {"title": "x", "version": "1"\n}\n');
    const error = await loadError(file);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/broken\.json:\d+:\d+: invalid YAML or JSON: /);
  });

  it('rejects a document that is not OpenAPI, naming what it is when Redocly knows', async () => {
    const deployment = await loadError(path.join(FIXTURES, 'bad/not-openapi.yaml'));
    expect(deployment.exitCode).toBe(2);
    expect(deployment.problems[0]).toBe(
      relativeToCwd(`test/fixtures/openapi/bad/not-openapi.yaml:1:1: not an OpenAPI document (Unsupported specification); expected a top-level "openapi: 3.x.y" or "swagger: '2.0'" field`),
    );
    const asyncapi = await loadError(tempFile('events.yaml', 'asyncapi: 2.6.0\ninfo: {title: Events, version: "1"}\nchannels: {}\n'));
    expect(asyncapi.problems[0]).toMatch(/events\.yaml:1:1: not an OpenAPI document \(it is an AsyncAPI 2 document\)/);
    const list = await loadError(tempFile('list.yaml', '- openapi\n- 3.1.0\n'));
    expect(list.problems[0]).toMatch(/list\.yaml:1:1: not an OpenAPI document \(not a YAML\/JSON object\)/);
    const unsupported = await loadError(tempFile('old.yaml', 'swagger: "1.2"\ninfo: {title: Old, version: "1"}\n'));
    expect(unsupported.problems[0]).toMatch(/old\.yaml:1:1: not an OpenAPI document \(Unsupported OpenAPI version: 1\.2\)/);
  });

  it('names every unresolved $ref with its line, column and the ref as written, exit 2', async () => {
    const error = await loadError(path.join(FIXTURES, 'bad/unresolved-ref.yaml'));
    expect(error.exitCode).toBe(2);
    const file = relativeToCwd('test/fixtures/openapi/bad/unresolved-ref.yaml');
    expect(error.problems).toEqual([
      `${file}:22:17: unresolved $ref: ENOENT: no such file or directory '${path.join(FIXTURES, 'bad/schemas/missing.yaml')}' ($ref: './schemas/missing.yaml#/Thing')`,
      `${file}:28:17: unresolved $ref ($ref: '#/components/schemas/Problem')`,
    ]);
  });
});

/** Locations are printed relative to the working directory, which is the repository root under Vitest. */
function relativeToCwd(fromRepoRoot: string): string {
  return path.relative(process.cwd(), path.join(REPO_ROOT, fromRepoRoot));
}
