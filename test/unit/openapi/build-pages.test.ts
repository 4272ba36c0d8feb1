import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildOpenApiPages, loadOpenApiSpec, type OpenApiSpecPages } from '../../../src/lib/openapi/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/openapi');

async function pagesOf(file: string, id: string, basePath?: string): Promise<OpenApiSpecPages> {
  return buildOpenApiPages(await loadOpenApiSpec(file), { id, basePath });
}

describe('buildOpenApiPages on the embedded Task Service spec', async () => {
  const pages = await pagesOf(path.join(REPO_ROOT, 'examples/task-service/openapi/task-service.yaml'), 'task-service');
  const operation = (operationId: string) => pages.operations.find((page) => page.operationId === operationId)!;

  it('gives every page a stable URL under /http-api/<spec>', () => {
    expect(pages.overview.spec).toEqual({ id: 'task-service', title: 'Task Service API', version: '3.0.0', permalink: '/http-api/task-service' });
    expect(pages.tags.map((tag) => tag.permalink)).toEqual([
      '/http-api/task-service/tasks',
      '/http-api/task-service/comments',
      '/http-api/task-service/health',
      '/http-api/task-service/metrics',
    ]);
    expect(operation('listTasks').permalink).toBe('/http-api/task-service/tasks/list-tasks');
    expect(operation('listTaskEvents').permalink).toBe('/http-api/task-service/tasks/list-task-events');
    expect(pages.schemaIndex?.permalink).toBe('/http-api/task-service/schemas');
    expect(pages.schemas.find((page) => page.name === 'CommentPage')?.permalink).toBe('/http-api/task-service/schemas/CommentPage');
    const all = [pages.overview.spec.permalink, ...pages.tags, ...pages.operations, ...pages.schemas].map((page) =>
      typeof page === 'string' ? page : page.permalink,
    );
    expect(new Set(all).size).toBe(all.length);
    expect(pages.operations).toHaveLength(15);
    expect(pages.schemas).toHaveLength(24);
  });

  it('puts baseUrl in front when the site lives under a path', async () => {
    const nested = await pagesOf(path.join(REPO_ROOT, 'examples/task-service/openapi/task-service.yaml'), 'tasks', '/docs/http-api');
    expect(nested.operations[0]!.permalink).toBe('/docs/http-api/tasks/tasks/list-tasks');
  });

  it('builds the overview: servers, authentication, tags with counts', () => {
    const { overview } = pages;
    expect(overview.openapiVersion).toBe('3.1.0');
    expect(overview.summary).toBe('Create, track and complete tasks for engineering teams.');
    expect(overview.descriptionHtml).toContain('<strong>Authentication.</strong>');
    expect(overview.servers.map((server) => server.url)).toEqual(['https://api.tasks.example.dev/v2', 'https://api.staging.tasks.example.dev/v2']);
    expect(overview.securitySchemes).toEqual([
      expect.objectContaining({ key: 'bearerAuth', anchor: 'auth-bearer-auth', kind: 'HTTP bearer (JWT)' }),
    ]);
    expect(overview.tags.map((tag) => [tag.name, tag.operationCount])).toEqual([
      ['Tasks', 8],
      ['Comments', 4],
      ['Health', 2],
      ['Metrics', 1],
    ]);
    expect(overview.contact).toEqual({ name: 'Tasks team', email: 'tasks-team@example.dev', url: 'https://wiki.example.dev/teams/tasks' });
    expect(overview.license).toEqual({ name: 'MIT', identifier: 'MIT', url: undefined });
  });

  it('lists the parameters of an operation with in, name, type, required and description', () => {
    const rows = operation('listTasks').parameters.map((p) => [p.in, p.name, p.schema.ref?.name ?? p.schema.type, p.required, p.descriptionHtml]);
    expect(rows).toEqual([
      ['query', 'status', 'TaskStatus', false, '<p>Only return tasks in this state.</p>'],
      ['query', 'assignee', 'string', false, '<p>Only return tasks assigned to this username.</p>'],
      ['query', 'limit', 'integer', false, '<p>Maximum number of items to return.</p>'],
      ['query', 'cursor', 'string', false, '<p>The <code>nextCursor</code> of the previous page. Omit it to get the first page.</p>'],
    ]);
    // Path-level parameters are merged into each operation of the path.
    expect(operation('getTask').parameters.map((p) => [p.in, p.name, p.required, p.example])).toEqual([['path', 'taskId', true, '"tsk_01HZX3V9K2A7"']]);
  });

  it('shows request bodies with their schema and examples, and responses with status, headers, schema and examples', () => {
    const create = operation('createTask');
    expect(create.requestBody?.required).toBe(true);
    const body = create.requestBody!.content[0]!;
    expect(body.mediaType).toBe('application/json');
    expect(body.schema?.ref?.name).toBe('NewTask');
    expect(body.examples.map((example) => [example.name, example.summary])).toEqual([
      ['minimal', 'Title only'],
      ['full', 'All optional fields'],
    ]);
    expect(JSON.parse(body.examples[0]!.value)).toEqual({ title: 'Archive 2025 audit logs' });
    expect(create.responses.map((response) => response.status)).toEqual(['201', '400', '401', '422', '429']);
    const created = create.responses[0]!;
    expect(created.anchor).toBe('response-201');
    expect(created.headers.map((header) => header.name)).toEqual(['Location', 'Idempotent-Replayed', 'x-request-id']);
    expect(created.content[0]!.schema?.ref).toEqual({ name: 'Task', permalink: '/http-api/task-service/schemas/Task' });
    expect(created.content[0]!.examples[0]).toMatchObject({ name: 'created', summary: 'A new open task', language: 'json' });
    const metrics = operation('getMetrics').responses[0]!.content[0]!;
    expect(metrics).toMatchObject({ mediaType: 'text/plain', schema: { type: 'string' } });
    expect(metrics.examples[0]!.language).toBe('text');
    expect(metrics.examples[0]!.value).toMatch(/^# HELP http_requests_total/);
  });

  it('expands the response schema with links to the schemas it uses', () => {
    const page = operation('listTasks').responses[0]!.content[0]!.schema!;
    expect(page.ref?.name).toBe('TaskPage');
    expect(page.properties!.map((p) => [p.name, p.required])).toEqual([
      ['items', true],
      ['nextCursor', true],
    ]);
    const items = page.properties![0]!.schema;
    expect(items.items?.ref?.name).toBe('Task');
    expect(items.items?.properties?.find((p) => p.name === 'status')?.schema.ref?.name).toBe('TaskStatus');
    expect(page.properties![1]!.schema).toMatchObject({ type: 'string', nullable: true });
  });

  it('records authentication, deprecation and a curl command per operation', () => {
    expect(operation('getTask').security.alternatives).toEqual([
      { schemes: [{ key: 'bearerAuth', scopes: [], kind: 'HTTP bearer (JWT)', permalink: '/http-api/task-service#auth-bearer-auth' }] },
    ]);
    expect(operation('getHealth').security).toEqual({ optional: false, alternatives: [] });
    expect(operation('getReadiness').deprecated).toBe(true);
    expect(operation('getHealth').deprecated).toBe(false);
    expect(operation('getTask').curl).toBe(
      `curl \\\n  'https://api.tasks.example.dev/v2/tasks/tsk_01HZX3V9K2A7' \\\n  -H 'Authorization: Bearer '"$TOKEN"`,
    );
    expect(operation('getHealth').curl).toBe(`curl \\\n  'https://api.tasks.example.dev/v2/healthz'`);
    expect(operation('createTask').curl).toContain(`--data-raw '{\n  "title": "Archive 2025 audit logs"\n}'`);
  });

  it('links each schema to the operations and schemas that use it directly', () => {
    const used = (name: string) => pages.schemas.find((page) => page.name === name)!.usedBy;
    expect(used('TaskPage').operations.map((op) => op.operationId)).toEqual(['listTasks']);
    expect(used('Task').operations.map((op) => op.operationId)).toEqual(['createTask', 'getTask', 'updateTask', 'completeTask', 'reopenTask']);
    expect(used('Task').schemas.map((schema) => schema.name)).toEqual(['TaskPage']);
    expect(used('TaskEventBase').schemas.map((schema) => schema.name)).toEqual([
      'TaskCreatedEvent',
      'TaskStatusChangedEvent',
      'TaskAssignedEvent',
      'CommentAddedEvent',
    ]);
    expect(used('Comment').schemas.map((schema) => schema.name)).toEqual(['CommentPage']);
    expect(used('Error').operations.length).toBeGreaterThan(10);
  });

  it('shares one sidebar per spec that lists tags and their operations', () => {
    expect(pages.sidebar.tags.map((tag) => [tag.name, tag.operations.length])).toEqual([
      ['Tasks', 8],
      ['Comments', 4],
      ['Health', 2],
      ['Metrics', 1],
    ]);
    expect(pages.sidebar.schemasPermalink).toBe('/http-api/task-service/schemas');
    expect(pages.sidebar.tags[0]!.operations[0]).toEqual({
      method: 'GET',
      path: '/tasks',
      summary: 'List tasks',
      operationId: 'listTasks',
      deprecated: false,
      permalink: '/http-api/task-service/tasks/list-tasks',
    });
  });
});

describe('buildOpenApiPages on other spec shapes', () => {
  it('Swagger 2.0: servers from host, body and formData parameters as request bodies, 2.0 headers and examples', async () => {
    const pages = await pagesOf(path.join(FIXTURES, 'swagger2/petstore.yaml'), 'pets');
    expect(pages.overview.servers.map((server) => server.url)).toEqual(['https://pets.example.org/v1']);
    expect(pages.overview.securitySchemes.map((scheme) => [scheme.key, scheme.kind])).toEqual([
      ['apiKey', 'API key in header "X-API-Key"'],
      ['petstoreAuth', 'OAuth 2.0'],
    ]);
    expect(pages.overview.securitySchemes[1]!.flows[0]).toMatchObject({ flow: 'accessCode', tokenUrl: 'https://auth.pets.example.org/token' });
    const op = (id: string) => pages.operations.find((page) => page.operationId === id)!;

    const list = op('listPets');
    expect(list.parameters.map((p) => [p.name, p.schema.type, p.required])).toEqual([
      ['limit', 'integer', false],
      ['species', 'string', true],
    ]);
    expect(list.parameters[0]!.schema).toMatchObject({ defaultValue: '10', constraints: ['≥ 1', '≤ 50'] });
    const ok = list.responses[0]!;
    expect(ok.headers[0]).toMatchObject({ name: 'X-Total-Count', schema: { type: 'integer' } });
    expect(ok.content[0]!.schema).toMatchObject({ type: 'array', items: { ref: { name: 'Pet' } } });
    expect(JSON.parse(ok.content[0]!.examples[0]!.value)).toEqual([{ id: 1, name: 'Rex', species: 'dog' }]);
    expect(list.curl).toContain(`?species=cat'`);
    expect(list.curl).toContain(`-H 'X-API-Key: '"$API_KEY"`);

    const create = op('createPet');
    expect(create.parameters).toEqual([]);
    expect(create.requestBody).toMatchObject({ required: true, descriptionHtml: '<p>The pet to add.</p>' });
    expect(create.requestBody!.content[0]!.schema?.ref?.name).toBe('NewPet');
    expect(create.security.alternatives[0]!.schemes[0]).toMatchObject({ key: 'petstoreAuth', scopes: ['pets:write'] });
    expect(create.curl).toContain(`-H 'Authorization: Bearer '"$TOKEN"`);
    expect(create.curl).toContain(`"name": "Rex"`);

    const upload = op('uploadPhoto');
    expect(upload.parameters.map((p) => p.name)).toEqual(['petId']);
    expect(upload.requestBody!.content[0]!.mediaType).toBe('multipart/form-data');
    expect(upload.requestBody!.content[0]!.schema!.properties!.map((p) => [p.name, p.schema.type, p.required])).toEqual([
      ['caption', 'string', false],
      ['file', 'file', true],
    ]);
    expect(upload.curl).toContain(`--form-string 'caption=string' \\\n  -F 'file=@./file'`);
    expect(upload.curl).toContain(`/pets/'"$PET_ID"'/photo`);

    const pet = pages.schemas.find((page) => page.name === 'Pet')!;
    expect(pet.schema.compositions![0]!.variants[0]!.ref?.name).toBe('NewPet');
    expect(pages.schemas.find((page) => page.name === 'NewPet')!.schema.properties!.find((p) => p.name === 'nickname')!.schema.nullable).toBe(true);
    expect(pages.schemas.find((page) => page.name === 'Order')!.schema.discriminator).toEqual({ propertyName: 'kind', mapping: [] });
  });

  it('OpenAPI 3.0 JSON: untagged operations under default, method+path slugs, server variables, optional auth', async () => {
    const pages = await pagesOf(path.join(FIXTURES, 'openapi30/inventory.json'), 'inventory');
    expect(pages.tags.map((tag) => [tag.name, tag.permalink])).toEqual([
      ['Items', '/http-api/inventory/items'],
      ['default', '/http-api/inventory/default'],
    ]);
    expect(pages.operations.map((page) => page.permalink)).toEqual([
      '/http-api/inventory/items/get-items-sku',
      '/http-api/inventory/items/replace-item',
      '/http-api/inventory/default/ping',
    ]);
    expect(pages.overview.servers[0]).toMatchObject({
      url: 'https://{region}.inventory.example.org/api',
      variables: [{ name: 'region', defaultValue: 'eu', enum: ['eu', 'us'], descriptionHtml: '<p>Data region.</p>' }],
    });
    const getItem = pages.operations[0]!;
    expect(getItem.servers).toEqual(['https://eu.inventory.example.org/api']);
    expect(getItem.curl).toBe(`curl \\\n  'https://eu.inventory.example.org/api/items/AB-1' \\\n  -u "$USERNAME:$PASSWORD"`);
    const ping = pages.operations[2]!;
    expect(ping.security).toEqual({ optional: false, alternatives: [] });
    expect(ping.responses.map((response) => [response.status, response.anchor])).toEqual([
      ['200', 'response-200'],
      ['default', 'response-default'],
    ]);
    expect(ping.responses[0]!.content[0]!.examples[0]).toMatchObject({ value: 'pong', language: 'text' });
    const item = pages.schemas[0]!.schema;
    expect(item.properties!.map((p) => [p.name, p.schema.nullable ?? false, p.schema.readOnly ?? false, p.schema.writeOnly ?? false])).toEqual([
      ['sku', false, true, false],
      ['quantity', false, false, false],
      ['note', true, false, false],
      ['secret', false, false, true],
      ['status', false, false, false],
    ]);
    // The PUT body example is generated from the schema, leaving out read-only fields.
    expect(pages.operations[1]!.curl).toContain(`--data-raw '{\n  "quantity": 0,\n  "note": "string",\n  "secret": "string",\n  "status": "in_stock"\n}'`);
  });

  it('keeps one representative page of each kind stable', async () => {
    const pages = await pagesOf(path.join(FIXTURES, 'openapi30/inventory.json'), 'inventory');
    expect(pages.operations[1]).toMatchSnapshot('operation page');
    expect(pages.schemas[0]).toMatchSnapshot('schema page');
    expect(pages.tags[0]).toMatchSnapshot('tag page');
    expect(pages.sidebar).toMatchSnapshot('sidebar');
  });
});

describe('buildOpenApiPages on a hostile spec', async () => {
  const pages = await pagesOf(path.join(FIXTURES, 'hostile/hostile.yaml'), 'hostile');

  /** Every string in the page data with the JSON path it sits at. */
  function strings(value: unknown, at = '$', out: [string, string][] = []): [string, string][] {
    if (typeof value === 'string') out.push([at, value]);
    else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${at}[${i}]`, out));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, `${at}.${key}`, out);
    return out;
  }

  it('leaves no script, event handler or javascript: URL in any HTML field', () => {
    const html = strings(pages).filter(([at]) => /Html$/.test(at));
    expect(html.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const [at, fragment] of html) {
      const $ = cheerio.load(fragment, null, false);
      $('script, iframe, svg, object, embed, style').each((_, element) => void problems.push(`${at}: <${element.tagName}>`));
      $('*').each((_, node) => {
        const element = node as { tagName: string; attribs: Record<string, string> };
        for (const [name, value] of Object.entries(element.attribs)) {
          if (/^on/i.test(name)) problems.push(`${at}: ${name} on <${element.tagName}>`);
          if (/^(href|src|action|formaction)$/i.test(name) && !/^(https?:|mailto:|#|\/)/i.test(value)) problems.push(`${at}: ${name}="${value}"`);
        }
      });
    }
    expect(problems).toEqual([]);
    // The hostile markup is still there as text, so the reader sees what the spec says.
    expect(pages.overview.servers[0]!.descriptionHtml).toBe("<p>&#x3C;img src=x onerror=alert('server-description')></p>");
  });

  it('turns only http(s) URLs into links', () => {
    const { overview } = pages;
    expect(overview.contact).toEqual({ name: "<b onmouseover=alert('contact')>Mallory</b>", email: undefined, url: undefined });
    expect(overview.license).toEqual({ name: "<script>alert('license')</script>", url: undefined, identifier: undefined });
    expect(overview.termsOfService).toBeUndefined();
    expect(overview.externalDocs).toBeUndefined();
    const url = strings(pages).filter(([at]) => /\.url$|permalink$/i.test(at));
    expect(url.filter(([, value]) => /javascript:/i.test(value))).toEqual([]);
  });

  it('keeps titles, names and examples as text and makes safe slugs of them', () => {
    expect(pages.overview.spec.title).toBe("Hostile <script>alert('title')</script> API");
    expect(pages.tags[0]!.permalink).toBe('/http-api/hostile/evil-script-alert-tag-script');
    expect(pages.operations[0]!.permalink).toBe('/http-api/hostile/evil-script-alert-tag-script/get-thing');
    expect(pages.operations[0]!.summary).toBe("Get <script>alert('op-summary')</script> thing");
    expect(pages.operations[0]!.curl).toContain(`'https://api.hostile.example.org/<script>alert('\\''server'\\'')</script>/things/`);
  });
});
