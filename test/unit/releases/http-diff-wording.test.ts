import { describe, expect, it } from 'vitest';
import { diffHttpApi } from '../../../src/lib/releases/http-diff.js';

/** A health operation as the sample service's spec has it: a schema example and named examples per response. */
function spec(version: string, headers: Record<string, unknown> = {}) {
  const body = (name: string) => ({
    schema: { type: 'object', properties: { version: { type: 'string', examples: [version] } } },
    examples: { [name]: { value: { status: name, version } } },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Health', version },
    paths: {
      '/healthz': {
        get: {
          operationId: 'getHealth',
          responses: {
            '200': { description: 'Up', headers, content: { 'application/json': body('degraded') } },
            '503': { description: 'Down', content: { 'application/json': body('databaseDown') } },
          },
        },
      },
      '/metrics': { get: { responses: { '200': { description: 'Metrics', content: { 'text/plain': { schema: { type: 'string' }, examples: { sample: { value: `# ${version}` } } } } } } } },
    },
    components: { schemas: { Task: { type: 'object', properties: { owner: { type: 'string', example: `owner-${version}` } } } } },
  };
}

describe('HTTP API diff wording', () => {
  it('names each changed example by what it belongs to, as documentation (an annotation), never a JSON pointer', () => {
    const diff = diffHttpApi(spec('2.0.0'), spec('2.1.0'));
    const health = diff.changed.find((operation) => operation.path === '/healthz')!;
    expect(health.changes.map((change) => [change.description, change.class])).toEqual([
      ['[Replaced] example of `version` in Response 200 (application/json)', 'annotation'],
      ['[Replaced] example `degraded` in Response 200 (application/json)', 'annotation'],
      ['[Replaced] example of `version` in Response 503 (application/json)', 'annotation'],
      ['[Replaced] example `databaseDown` in Response 503 (application/json)', 'annotation'],
    ]);
    expect(diff.changed.find((operation) => operation.path === '/metrics')!.changes.map((change) => change.description)).toEqual([
      '[Replaced] example `sample` in Response 200 (text/plain)',
    ]);
    expect(diff.other.map((change) => change.description)).toContain('[Replaced] example of `owner` in schema `Task`');
    expect(diff.breaking).toEqual([]);
    // The pointer is still there for tools.
    expect(health.changes[1]!.pointer).toBe('/paths/~1healthz/get/responses/200/content/application~1json/examples/degraded/value/version');
  });

  it('names a property inside allOf/oneOf by its own name, and a parameter\'s own example by the parameter', () => {
    const api = (value: string) => ({
      openapi: '3.0.3',
      info: { title: 'Docs', version: '1' },
      paths: {
        '/docs': {
          get: {
            parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' }, example: value.length }],
            responses: { '401': { description: 'No key', content: { 'application/json': { schema: { oneOf: [{ allOf: [{ type: 'object', properties: { docs: { type: 'string', example: value } } }] }] } } } } },
          },
        },
      },
    });
    const diff = diffHttpApi(api('https://docs.example.com'), api('https://docs.example.org/v2'));
    expect(diff.changed.flatMap((operation) => operation.changes.map((change) => change.description))).toEqual([
      '[Replaced] example in parameter 1',
      '[Replaced] example of `docs` in Response 401 (application/json)',
    ]);
  });

  it('names a response header the diff library leaves undescribed', () => {
    const diff = diffHttpApi(spec('2.0.0'), spec('2.0.0', { Sunset: { schema: { type: 'string' } } }));
    expect(diff.changed.flatMap((operation) => operation.changes.map((change) => change.description))).toEqual(['[Added] header `Sunset` in Response 200']);
  });
});
