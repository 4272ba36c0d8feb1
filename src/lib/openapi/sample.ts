import { arrayOf, isObject, objectOf, type JsonObject } from './json-narrowing.js';

const MAX_SAMPLE_DEPTH = 5;

/**
 * A plausible value for a schema, for curl examples when the spec gives no
 * example: the schema's own example, default, const or first enum value,
 * else a placeholder of its type. Objects list their properties (read-only
 * ones left out, as a request would), arrays one item. References are
 * followed through Redocly's resolution only; a cycle or the depth limit
 * ends the value there, so any spec gives a finite sample.
 */
export function sampleFromSchema(schema: unknown, resolveRef: (ref: string) => unknown): unknown {
  return sample(schema, resolveRef, 0, new Set());
}

function sample(schema: unknown, resolveRef: (ref: string) => unknown, depth: number, refs: Set<string>): unknown {
  if (!isObject(schema)) return undefined;
  if (typeof schema.$ref === 'string') {
    if (refs.has(schema.$ref)) return undefined;
    const next = new Set(refs).add(schema.$ref);
    return sample(resolveRef(schema.$ref), resolveRef, depth, next);
  }
  const own = ownExample(schema);
  if (own !== undefined) return own;
  if (depth >= MAX_SAMPLE_DEPTH) return undefined;

  const allOf = arrayOf(schema.allOf);
  if (allOf.length > 0) {
    const merged: JsonObject = {};
    for (const part of allOf) {
      const value = sample(part, resolveRef, depth + 1, refs);
      if (isObject(value)) Object.assign(merged, value);
    }
    const local = objectSample(schema, resolveRef, depth, refs);
    return { ...merged, ...local };
  }
  const variant = arrayOf(schema.oneOf)[0] ?? arrayOf(schema.anyOf)[0];
  if (variant !== undefined) return sample(variant, resolveRef, depth + 1, refs);

  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || (type === undefined && isObject(schema.properties))) return objectSample(schema, resolveRef, depth, refs);
  if (type === 'array' || (type === undefined && schema.items !== undefined)) {
    const item = sample(Array.isArray(schema.items) ? schema.items[0] : schema.items, resolveRef, depth + 1, refs);
    return item === undefined ? [] : [item];
  }
  switch (type) {
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return true;
    case 'string':
      return stringPlaceholder(typeof schema.format === 'string' ? schema.format : undefined);
    default:
      return undefined;
  }
}

function ownExample(schema: JsonObject): unknown {
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  const firstEnum = arrayOf(schema.enum).find((value) => value !== null);
  return firstEnum;
}

function objectSample(schema: JsonObject, resolveRef: (ref: string) => unknown, depth: number, refs: Set<string>): JsonObject {
  const out: JsonObject = {};
  for (const [name, property] of Object.entries(objectOf(schema.properties))) {
    const resolved = isObject(property) && typeof property.$ref === 'string' ? resolveRef(property.$ref) : property;
    if (isObject(resolved) && resolved.readOnly === true) continue;
    const value = sample(property, resolveRef, depth + 1, refs);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function stringPlaceholder(format: string | undefined): string {
  switch (format) {
    case 'date-time':
      return '2026-01-01T00:00:00Z';
    case 'date':
      return '2026-01-01';
    case 'email':
      return 'user@example.com';
    case 'uuid':
      return '00000000-0000-0000-0000-000000000000';
    case 'uri':
    case 'url':
      return 'https://example.com';
    default:
      return 'string';
  }
}
