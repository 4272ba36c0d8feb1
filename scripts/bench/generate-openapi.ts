/** Resource schema names: `Resource000`, `Resource001`, ... */
const pascal = (i: number) => `Resource${String(i).padStart(3, '0')}`;

/**
 * A spec shaped like a large real API: every schema has scalar fields, an
 * enum, a nullable field, a read-only id and references to other schemas
 * (some of them cycles); operations are CRUD-like over tagged resources with
 * path, query and header parameters, request bodies and several responses.
 * It lints without errors under the recommended rules, so the build gate passes.
 */
export function generateLargeSpec(operations: number, schemas: number, tagCount = 20): Record<string, unknown> {
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
  const tags = Array.from({ length: tagCount }, (_, t) => ({ name: `Area ${t}`, description: `Operations of area ${t}.` }));
  const paths: Record<string, Record<string, unknown>> = {};
  const errors = {
    '400': { description: 'Invalid request.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    '404': { description: 'Not found.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
  };
  for (let i = 0; i < operations; i += 1) {
    const resource = Math.floor(i / 4);
    const schema = { $ref: `#/components/schemas/${pascal(resource % schemas)}` };
    const tag = tags[resource % tagCount]!.name;
    const kind = i % 4;
    const collection = `/area-${resource % tagCount}/resources-${resource}`;
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

