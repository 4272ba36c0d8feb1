import { arrayOf, isObject, objectOf, stringOf, type JsonObject } from './json-narrowing.js';

/** A link to a schema page. */
export interface SchemaLink {
  /** Component name as written in the spec, e.g. `Task`. */
  name: string;
  /** Site path of the schema page. */
  permalink: string;
}

/** One property of an object schema. */
export interface SchemaPropertyView {
  /** Property name. */
  name: string;
  /** Listed in the object's `required`. */
  required: boolean;
  /** The property's schema. */
  schema: SchemaView;
}

/** `allOf`, `oneOf` or `anyOf` with its variants. */
export interface SchemaCompositionView {
  /** Which keyword. */
  kind: 'allOf' | 'oneOf' | 'anyOf';
  /** The variants, in document order. */
  variants: SchemaView[];
}

/**
 * A schema as a page shows it: a finite tree, whatever the spec's reference
 * graph looks like. Every field is optional so a view carries only what the
 * spec says. Descriptions are already sanitized HTML.
 */
export interface SchemaView {
  /** Type names without `null`: `string`, `object`, `string | integer`. Absent for "any value". */
  type?: string;
  /** `format`, e.g. `date-time`. */
  format?: string;
  /** Set when the schema is a `$ref` to a component schema: the page to link to. */
  ref?: SchemaLink;
  /** `title`. */
  title?: string;
  /** `description`, rendered from untrusted Markdown. */
  descriptionHtml?: string;
  /** Accepts `null`: 3.0 `nullable`, a 3.1 type array with `"null"`, `x-nullable` or `null` in `enum`. */
  nullable?: boolean;
  /** `readOnly`: sent in responses only. */
  readOnly?: boolean;
  /** `writeOnly`: sent in requests only. */
  writeOnly?: boolean;
  /** `deprecated`. */
  deprecated?: boolean;
  /** Allowed values, each as JSON text. */
  enum?: string[];
  /** `const`, as JSON text. */
  constValue?: string;
  /** `default`, as JSON text. */
  defaultValue?: string;
  /** First of `example` / `examples`, as JSON text. */
  example?: string;
  /** Other validation keywords in words: `min length 1`, `pattern ^[a-z]+$`, `unique items`. */
  constraints?: string[];
  /** Properties of an object, in document order. */
  properties?: SchemaPropertyView[];
  /** Schema of extra properties (`additionalProperties` as a schema). */
  additionalProperties?: SchemaView;
  /** Schema of array items. */
  items?: SchemaView;
  /** `allOf` / `oneOf` / `anyOf`, in that order when several are present. */
  compositions?: SchemaCompositionView[];
  /** `not`. */
  not?: SchemaView;
  /** Discriminator property and its mapping to schemas. */
  discriminator?: DiscriminatorView;
  /** A reference back to a schema being expanded above: shown as a link, not expanded again. */
  circular?: boolean;
  /** Not expanded because of the depth limit or the size budget; the link (when any) leads to the full schema. */
  truncated?: boolean;
  /** A `$ref` that does not resolve to a schema; the reference text. */
  unresolvedRef?: string;
}

/** A discriminator: which property selects the variant, and which value selects which schema. */
export interface DiscriminatorView {
  /** The property whose value selects the variant. */
  propertyName: string;
  /** Explicit mapping entries (empty when the spec relies on schema names). */
  mapping: DiscriminatorMappingView[];
}

/** One entry of a discriminator mapping. */
export interface DiscriminatorMappingView {
  /** Value of the discriminator property. */
  value: string;
  /** The schema it selects, when it is a component with a page. */
  schema?: SchemaLink;
}

/** What {@link buildSchemaView} needs from the spec and the site. */
export interface SchemaViewContext {
  /** Redocly's resolution of a local `$ref` (see `LoadedOpenApiSpec.resolveRef`). */
  resolveRef(ref: string): unknown;
  /** The component schema a `$ref` names, if it is exactly one (`#/components/schemas/Task` → `Task`). */
  schemaNameOfRef(ref: string): string | undefined;
  /** The page of a component schema, if it has one. */
  schemaLink(name: string): SchemaLink | undefined;
  /** Untrusted Markdown to sanitized HTML. */
  markdown(text: string): string;
}

/** Limits that keep every schema tree finite and every page small. */
export interface SchemaViewLimits {
  /**
   * Component schemas with structure (properties, items, variants) expanded
   * inside one another; deeper ones are links. Simple schemas (an enum, a
   * pattern) are always expanded, as they cost one line. @default 2
   */
  maxRefDepth?: number;
  /** Nesting levels below the root that are expanded (properties, items, variants). @default 6 */
  maxDepth?: number;
  /** Nodes per tree; past it, references stay links and inline schemas are cut. @default 400 */
  maxNodes?: number;
}

/**
 * Default depth of nested component expansion: an operation shows its body
 * schema and the schemas that one uses, and links further. Measured on a
 * 500-operation spec, expanding everything up to the node budget made 52 MiB
 * of page data and a 13 GB build (docs/performance.md).
 */
export const DEFAULT_SCHEMA_MAX_REF_DEPTH = 2;
/** Default nesting depth; deep enough for real APIs, shallow enough that pages stay readable. */
export const DEFAULT_SCHEMA_MAX_DEPTH = 6;
/** Default node budget per tree; a backstop for wide inline schemas. */
export const DEFAULT_SCHEMA_MAX_NODES = 400;

const SIMPLE_CONSTRAINTS: [key: string, words: string][] = [
  ['minLength', 'min length'],
  ['maxLength', 'max length'],
  ['minItems', 'min items'],
  ['maxItems', 'max items'],
  ['minProperties', 'min properties'],
  ['maxProperties', 'max properties'],
  ['multipleOf', 'multiple of'],
];

/**
 * Turns a schema of the bundled spec (inline or a `$ref`) into a
 * {@link SchemaView}. References to component schemas are expanded in place
 * and keep a link to their page; a reference to a schema that is already
 * being expanded further up (a cycle) is not expanded again, and nothing is
 * expanded past the depth limit or the node budget. So the result is finite
 * for any spec, including self-referencing ones.
 */
export function buildSchemaView(schema: unknown, context: SchemaViewContext, limits: SchemaViewLimits = {}): SchemaView {
  const state = {
    context,
    maxRefDepth: limits.maxRefDepth ?? DEFAULT_SCHEMA_MAX_REF_DEPTH,
    maxDepth: limits.maxDepth ?? DEFAULT_SCHEMA_MAX_DEPTH,
    nodesLeft: limits.maxNodes ?? DEFAULT_SCHEMA_MAX_NODES,
  };
  return viewOf(schema, 0, [], state);
}

/** A component schema being expanded further up the tree: for cycles, and (when structured) for the ref depth. */
interface ExpandingRef {
  name: string;
  structured: boolean;
}

interface BuildState {
  context: SchemaViewContext;
  maxRefDepth: number;
  maxDepth: number;
  nodesLeft: number;
}

function viewOf(schema: unknown, depth: number, expanding: readonly ExpandingRef[], state: BuildState): SchemaView {
  state.nodesLeft -= 1;
  if (isObject(schema) && typeof schema.$ref === 'string') return viewOfRef(schema, depth, expanding, state);
  if (typeof schema === 'boolean') return schema ? {} : { constraints: ['no value is allowed'] };
  if (!isObject(schema)) return {};
  return viewOfSchema(schema, depth, expanding, state);
}

function viewOfRef(schema: JsonObject, depth: number, expanding: readonly ExpandingRef[], state: BuildState): SchemaView {
  const ref = schema.$ref as string;
  const { context } = state;
  const target = context.resolveRef(ref);
  if (target === undefined) return { unresolvedRef: ref };
  const name = context.schemaNameOfRef(ref);
  const link = name === undefined ? undefined : context.schemaLink(name);
  // 3.1 allows siblings of $ref; a description next to the ref describes this use.
  const ownDescription = stringOf(schema.description);
  const withOwn = (view: SchemaView): SchemaView =>
    ownDescription ? { ...view, descriptionHtml: context.markdown(ownDescription) } : view;

  if (name !== undefined && expanding.some((entry) => entry.name === name)) {
    return withOwn({ ...summaryOf(target), ref: link, circular: true });
  }
  const structured = isObject(target) && childSchemas(target) > 0;
  const refDepth = expanding.filter((entry) => entry.structured).length;
  if (link && (depth >= state.maxDepth || state.nodesLeft <= 0 || (structured && refDepth >= state.maxRefDepth))) {
    return withOwn({ ...summaryOf(target), ref: link, truncated: true });
  }
  const next = name === undefined ? expanding : [...expanding, { name, structured }];
  const view = viewOf(target, depth, next, state);
  return withOwn(link ? { ...view, ref: link } : view);
}


/** Type and nullability of a schema that is shown as a link only. */
function summaryOf(target: unknown): SchemaView {
  if (!isObject(target)) return {};
  const { types, nullable } = typesOf(target);
  const view: SchemaView = {};
  if (types.length > 0) view.type = types.join(' | ');
  if (nullable) view.nullable = true;
  return view;
}

function typesOf(schema: JsonObject): { types: string[]; nullable: boolean } {
  const declared = typeof schema.type === 'string' ? [schema.type] : arrayOf(schema.type).filter((t): t is string => typeof t === 'string');
  let nullable = declared.includes('null') || schema.nullable === true || schema['x-nullable'] === true;
  if (arrayOf(schema.enum).includes(null)) nullable = true;
  let types = declared.filter((t) => t !== 'null');
  if (types.length === 0 && declared.length === 0) {
    if (isObject(schema.properties) || schema.additionalProperties !== undefined) types = ['object'];
    else if (schema.items !== undefined) types = ['array'];
  }
  // No type keyword but a fixed value (a discriminator's `const`, an enum): the value's JSON type.
  if (types.length === 0 && declared.length === 0) {
    const fixed = 'const' in schema ? [schema.const] : arrayOf(schema.enum).filter((value) => value !== null);
    const inferred = [...new Set(fixed.map(jsonTypeOf))];
    if (inferred.length > 0) types = inferred;
  }
  // `type: 'null'` alone is a type of its own, not "nullable anything".
  if (types.length === 0 && declared.length === 1 && declared[0] === 'null') return { types: ['null'], nullable: false };
  return { types, nullable };
}

function viewOfSchema(schema: JsonObject, depth: number, expanding: readonly ExpandingRef[], state: BuildState): SchemaView {
  const { context } = state;
  const view: SchemaView = summaryOf(schema);
  const format = stringOf(schema.format);
  if (format) view.format = format;
  const title = stringOf(schema.title);
  if (title) view.title = title;
  const description = stringOf(schema.description);
  if (description) view.descriptionHtml = context.markdown(description);
  if (schema.readOnly === true) view.readOnly = true;
  if (schema.writeOnly === true) view.writeOnly = true;
  if (schema.deprecated === true) view.deprecated = true;
  if (Array.isArray(schema.enum)) view.enum = schema.enum.map(jsonText);
  if ('const' in schema) view.constValue = jsonText(schema.const);
  if ('default' in schema) view.defaultValue = jsonText(schema.default);
  const example = 'example' in schema ? schema.example : Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  if (example !== undefined) view.example = jsonText(example);
  const constraints = constraintsOf(schema);
  if (constraints.length > 0) view.constraints = constraints;
  const discriminator = discriminatorOf(schema, context);
  if (discriminator) view.discriminator = discriminator;

  const children = childSchemas(schema);
  if (children === 0) return view;
  if (depth >= state.maxDepth || state.nodesLeft <= 0) return { ...view, truncated: true };

  const next = depth + 1;
  if (isObject(schema.properties)) {
    const required = new Set(arrayOf(schema.required).filter((name): name is string => typeof name === 'string'));
    view.properties = Object.entries(schema.properties).map(([name, property]) => ({
      name,
      required: required.has(name),
      schema: viewOf(property, next, expanding, state),
    }));
  }
  if (isObject(schema.additionalProperties)) view.additionalProperties = viewOf(schema.additionalProperties, next, expanding, state);
  // Tuple-style `items: [..]` (pre-2020 drafts) shows its first entry; `prefixItems` is listed in the limits.
  const items = Array.isArray(schema.items) ? schema.items[0] : schema.items;
  if (items !== undefined) view.items = viewOf(items, next, expanding, state);
  const compositions: SchemaCompositionView[] = [];
  for (const kind of ['allOf', 'oneOf', 'anyOf'] as const) {
    const variants = arrayOf(schema[kind]);
    if (variants.length > 0) compositions.push({ kind, variants: variants.map((variant) => viewOf(variant, next, expanding, state)) });
  }
  if (compositions.length > 0) view.compositions = compositions;
  if (schema.not !== undefined) view.not = viewOf(schema.not, next, expanding, state);
  return view;
}

/** How many nested schemas a schema has, to know whether the depth limit cuts anything. */
function childSchemas(schema: JsonObject): number {
  return (
    Object.keys(objectOf(schema.properties)).length +
    (isObject(schema.additionalProperties) ? 1 : 0) +
    (schema.items !== undefined ? 1 : 0) +
    arrayOf(schema.allOf).length +
    arrayOf(schema.oneOf).length +
    arrayOf(schema.anyOf).length +
    (schema.not !== undefined ? 1 : 0)
  );
}

function constraintsOf(schema: JsonObject): string[] {
  const out: string[] = [];
  // 3.0 / 2.0 write exclusiveMinimum as a boolean beside minimum; 3.1 as a number of its own.
  if (typeof schema.minimum === 'number') out.push(`${schema.exclusiveMinimum === true ? '>' : '≥'} ${schema.minimum}`);
  if (typeof schema.exclusiveMinimum === 'number') out.push(`> ${schema.exclusiveMinimum}`);
  if (typeof schema.maximum === 'number') out.push(`${schema.exclusiveMaximum === true ? '<' : '≤'} ${schema.maximum}`);
  if (typeof schema.exclusiveMaximum === 'number') out.push(`< ${schema.exclusiveMaximum}`);
  for (const [key, words] of SIMPLE_CONSTRAINTS) {
    if (typeof schema[key] === 'number') out.push(`${words} ${schema[key]}`);
  }
  if (typeof schema.pattern === 'string') out.push(`pattern ${schema.pattern}`);
  if (schema.uniqueItems === true) out.push('unique items');
  if (schema.additionalProperties === false) out.push('no other properties');
  return out;
}

function discriminatorOf(schema: JsonObject, context: SchemaViewContext): DiscriminatorView | undefined {
  // 2.0 writes the discriminator as the bare property name.
  if (typeof schema.discriminator === 'string') return { propertyName: schema.discriminator, mapping: [] };
  if (!isObject(schema.discriminator)) return undefined;
  const propertyName = stringOf(schema.discriminator.propertyName);
  if (!propertyName) return undefined;
  const mapping = Object.entries(objectOf(schema.discriminator.mapping)).map(([value, ref]) => {
    const name = typeof ref === 'string' ? context.schemaNameOfRef(ref) : undefined;
    const link = name === undefined ? undefined : context.schemaLink(name);
    return link ? { value, schema: link } : { value };
  });
  return { propertyName, mapping };
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function jsonText(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/**
 * Names of the component schemas a schema refers to directly: its own
 * `$ref`s and those of inline sub-schemas, without following any reference.
 * This is what "used by" on a schema page is computed from.
 */
export function collectSchemaRefs(schema: unknown, schemaNameOfRef: (ref: string) => string | undefined, into: Set<string> = new Set()): Set<string> {
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    if (typeof node.$ref === 'string') {
      const name = schemaNameOfRef(node.$ref);
      if (name !== undefined) into.add(name);
      return;
    }
    for (const key of ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else']) visit(node[key]);
    for (const key of ['allOf', 'oneOf', 'anyOf', 'prefixItems']) arrayOf(node[key]).forEach(visit);
    for (const key of ['properties', 'patternProperties', 'dependentSchemas']) Object.values(objectOf(node[key])).forEach(visit);
    if (Array.isArray(node.items)) node.items.forEach(visit);
  };
  visit(schema);
  return into;
}
