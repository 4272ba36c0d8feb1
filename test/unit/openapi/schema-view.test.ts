import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildOpenApiPages,
  buildSchemaView,
  collectSchemaRefs,
  loadOpenApiSpec,
  type SchemaView,
  type SchemaViewContext,
} from '../../../src/lib/openapi/index.js';
import { renderUntrustedMarkdown } from '../../../src/lib/markdown/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const PREFIX = '#/components/schemas/';

/** A context over an in-memory `components.schemas`, standing in for Redocly's resolution. */
function contextFor(schemas: Record<string, unknown>): SchemaViewContext {
  return {
    resolveRef: (ref) => (ref.startsWith(PREFIX) ? schemas[ref.slice(PREFIX.length)] : undefined),
    schemaNameOfRef: (ref) => (ref.startsWith(PREFIX) && ref.slice(PREFIX.length) in schemas ? ref.slice(PREFIX.length) : undefined),
    schemaLink: (name) => (name in schemas ? { name, permalink: `/s/${name}` } : undefined),
    markdown: renderUntrustedMarkdown,
  };
}

const ref = (name: string) => ({ $ref: `${PREFIX}${name}` });

function countNodes(view: SchemaView | undefined): number {
  if (!view) return 0;
  return (
    1 +
    (view.properties ?? []).reduce((sum, property) => sum + countNodes(property.schema), 0) +
    countNodes(view.items) +
    countNodes(view.additionalProperties) +
    countNodes(view.not) +
    (view.compositions ?? []).reduce((sum, composition) => sum + composition.variants.reduce((s, v) => s + countNodes(v), 0), 0)
  );
}

const property = (view: SchemaView, name: string) => view.properties!.find((p) => p.name === name)!.schema;

describe('buildSchemaView on the circular fixture', async () => {
  const spec = await loadOpenApiSpec(path.join(REPO_ROOT, 'test/fixtures/openapi/circular/circular.yaml'));
  const pages = buildOpenApiPages(spec, { id: 'org' });
  const schemaPage = (name: string) => pages.schemas.find((page) => page.name === name)!.schema;

  it('shows a self-reference as a link marked circular, not expanded again', () => {
    const node = schemaPage('Node');
    expect(property(node, 'name')).toEqual({ type: 'string' });
    expect(property(node, 'parent')).toEqual({ type: 'object', ref: { name: 'Node', permalink: '/http-api/org/schemas/Node' }, circular: true });
    const children = property(node, 'children');
    expect(children.type).toBe('array');
    expect(children.items).toMatchObject({ ref: { name: 'Node' }, circular: true });
  });

  it('expands mutually referring schemas once each way', () => {
    const person = schemaPage('Person');
    const employer = property(person, 'employer');
    expect(employer.ref?.name).toBe('Company');
    expect(employer.circular).toBeUndefined();
    expect(property(employer, 'ceo')).toMatchObject({ ref: { name: 'Person' }, circular: true });
    expect(property(employer, 'staff').items).toMatchObject({ ref: { name: 'Person' }, circular: true });
  });

  it('cuts a cycle that runs through allOf', () => {
    const manager = schemaPage('Manager');
    const [base, own] = manager.compositions![0]!.variants;
    expect(manager.compositions![0]!.kind).toBe('allOf');
    expect(base!.ref?.name).toBe('Person');
    expect(property(own!, 'reports').items).toMatchObject({ ref: { name: 'Manager' }, circular: true });
  });

  it('shows oneOf and anyOf variants, enums, nullable, read-only and write-only', () => {
    const person = schemaPage('Person');
    const contact = property(person, 'contact');
    expect(contact.compositions).toEqual([
      { kind: 'oneOf', variants: [expect.objectContaining({ ref: expect.objectContaining({ name: 'Email' }) }), expect.objectContaining({ ref: expect.objectContaining({ name: 'Phone' }) })] },
    ]);
    expect(property(person, 'tags').compositions![0]).toMatchObject({ kind: 'anyOf', variants: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] });
    expect(property(person, 'role').enum).toEqual(['"engineer"', '"manager"', '"director"']);
    expect(property(person, 'nickname')).toEqual({ type: 'string', nullable: true });
    expect(property(person, 'id').readOnly).toBe(true);
    expect(property(person, 'password').writeOnly).toBe(true);
    expect(person.properties!.filter((p) => p.required).map((p) => p.name)).toEqual(['name']);
  });
});

describe('buildSchemaView', () => {
  it('reads nullability from 3.0 nullable, 3.1 type arrays, x-nullable and null in enum', () => {
    const context = contextFor({});
    expect(buildSchemaView({ type: 'string', nullable: true }, context)).toEqual({ type: 'string', nullable: true });
    expect(buildSchemaView({ type: ['string', 'null'] }, context)).toEqual({ type: 'string', nullable: true });
    expect(buildSchemaView({ type: ['integer', 'string'] }, context)).toEqual({ type: 'integer | string' });
    expect(buildSchemaView({ type: 'string', 'x-nullable': true }, context)).toMatchObject({ nullable: true });
    expect(buildSchemaView({ type: 'string', enum: ['a', null] }, context)).toMatchObject({ nullable: true, enum: ['"a"', 'null'] });
    expect(buildSchemaView({ type: 'null' }, context)).toEqual({ type: 'null' });
  });

  it('infers a type from const or enum when none is written', () => {
    const context = contextFor({});
    expect(buildSchemaView({ const: 'task.created' }, context)).toEqual({ type: 'string', constValue: '"task.created"' });
    expect(buildSchemaView({ enum: [1, 2] }, context)).toMatchObject({ type: 'integer' });
    expect(buildSchemaView({ properties: { a: {} } }, context).type).toBe('object');
    expect(buildSchemaView({ items: {} }, context).type).toBe('array');
    expect(buildSchemaView({}, context)).toEqual({});
  });

  it('puts validation keywords into words, both exclusive-bound styles included', () => {
    const view = buildSchemaView(
      { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: 11, multipleOf: 2, default: 4, example: 6 },
      contextFor({}),
    );
    expect(view.constraints).toEqual(['> 0', '≤ 10', '< 11', 'multiple of 2']);
    expect(view.defaultValue).toBe('4');
    expect(view.example).toBe('6');
    expect(buildSchemaView({ type: 'object', additionalProperties: false, minProperties: 1 }, contextFor({})).constraints).toEqual([
      'min properties 1',
      'no other properties',
    ]);
  });

  it('sanitizes descriptions, and a description beside a $ref describes that use', () => {
    const context = contextFor({ Id: { type: 'string', description: 'An id <script>alert(1)</script>' } });
    expect(buildSchemaView(ref('Id'), context).descriptionHtml).toBe('<p>An id alert(1)</p>'); // the tag is gone, its text is harmless
    expect(buildSchemaView({ ...ref('Id'), description: 'The **owner** [x](javascript:alert(1))' }, context).descriptionHtml).toBe(
      '<p>The <strong>owner</strong> <a>x</a></p>',
    );
  });

  it('marks a ref that does not resolve instead of failing', () => {
    expect(buildSchemaView(ref('Missing'), contextFor({}))).toEqual({ unresolvedRef: '#/components/schemas/Missing' });
  });

  it('stops nesting at the depth limit', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10; i += 1) deep = { type: 'object', properties: { next: deep } };
    const view = buildSchemaView(deep, contextFor({}), { maxDepth: 3 });
    const third = property(property(property(view, 'next'), 'next'), 'next');
    expect(third).toEqual({ type: 'object', truncated: true });
    // A component beyond the limit keeps its link.
    const chain = { A: { type: 'object', properties: { b: ref('B') } }, B: { type: 'object', properties: { c: ref('C') } }, C: { type: 'object' } };
    const linked = buildSchemaView(ref('A'), contextFor(chain), { maxDepth: 1 });
    expect(property(linked, 'b')).toEqual({ type: 'object', ref: { name: 'B', permalink: '/s/B' }, truncated: true });
  });

  it('expands structured components two levels deep and links further, but always expands simple ones', () => {
    const schemas = {
      Page: { type: 'object', properties: { items: { type: 'array', items: ref('Task') } } },
      Task: { type: 'object', properties: { owner: ref('User'), status: ref('Status') } },
      User: { type: 'object', properties: { name: { type: 'string' } } },
      Status: { type: 'string', enum: ['open', 'done'] },
    };
    const page = buildSchemaView(ref('Page'), contextFor(schemas));
    const task = property(page, 'items').items!;
    expect(task.ref?.name).toBe('Task');
    expect(task.truncated).toBeUndefined();
    expect(property(task, 'owner')).toEqual({ type: 'object', ref: { name: 'User', permalink: '/s/User' }, truncated: true });
    expect(property(task, 'status')).toEqual({ type: 'string', enum: ['"open"', '"done"'], ref: { name: 'Status', permalink: '/s/Status' } });
    // One level more when asked.
    expect(property(buildSchemaView(ref('Page'), contextFor(schemas), { maxRefDepth: 3 }).properties![0]!.schema.items!, 'owner').properties).toHaveLength(1);
  });

  it('stays within the node budget on a graph where every schema refers to every other', () => {
    const names = Array.from({ length: 30 }, (_, i) => `S${i}`);
    const schemas = Object.fromEntries(
      names.map((name) => [name, { type: 'object', properties: Object.fromEntries(names.map((other) => [other.toLowerCase(), ref(other)])) }]),
    );
    const view = buildSchemaView(ref('S0'), contextFor(schemas), { maxNodes: 200, maxRefDepth: 99 });
    // Past the budget every remaining property is one link node, so the tree is bounded by budget + one object's fan-out per level.
    expect(countNodes(view)).toBeLessThanOrEqual(200 + 30 * 6);
    expect(JSON.stringify(view)).toContain('"truncated":true');
  });

  it('lists the schemas a schema refers to directly, without following refs', () => {
    const nameOf = (r: string) => (r.startsWith(PREFIX) ? r.slice(PREFIX.length) : undefined);
    const schema = {
      allOf: [ref('Base'), { properties: { a: ref('A'), list: { type: 'array', items: ref('B') } }, additionalProperties: ref('C') }],
      oneOf: [ref('D')],
    };
    expect([...collectSchemaRefs(schema, nameOf)].sort()).toEqual(['A', 'B', 'Base', 'C', 'D']);
    expect([...collectSchemaRefs({ $ref: '#/paths/x' }, nameOf)]).toEqual([]);
  });
});
