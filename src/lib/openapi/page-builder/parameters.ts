import { arrayOf, objectEntries, objectOf, stringOf, type JsonObject } from '../json-narrowing.js';
import type { ParameterView } from '../payload-view.js';
import type { RawOperation, SpecContext } from './context.js';

/** Path-level parameters overridden by operation-level ones with the same `in` and `name`. */
export function mergedParameters(ctx: SpecContext, raw: RawOperation): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const node of [...arrayOf(raw.pathItem.parameters), ...arrayOf(raw.operation.parameters)]) {
    const param = ctx.deref(node);
    if (!param) continue;
    byKey.set(`${String(param.in)}:${String(param.name)}`, param);
  }
  return [...byKey.values()];
}

/** One row of an operation's parameters table. */
export function parameterView(ctx: SpecContext, param: JsonObject): ParameterView {
  const view: ParameterView = {
    name: stringOf(param.name) ?? '',
    in: stringOf(param.in) ?? '',
    required: param.required === true || param.in === 'path',
    deprecated: param.deprecated === true,
    descriptionHtml: ctx.optionalMarkdown(param.description),
    schema: ctx.schemaView(parameterSchema(ctx, param)),
  };
  const example = parameterExample(param, (node) => ctx.deref(node));
  if (example !== undefined) view.example = JSON.stringify(example) ?? String(example);
  return view;
}

/** 3.x: `schema` (or the schema of its only `content` entry); 2.0: the parameter's own type fields. */
export function parameterSchema(ctx: SpecContext, param: JsonObject): unknown {
  if (param.schema !== undefined) return param.schema;
  const content = objectEntries(param.content)[0];
  if (content) return content[1].schema;
  if (ctx.oas2) {
    const { name: _name, in: _in, description: _description, required: _required, ...typeFields } = param;
    return typeFields;
  }
  return undefined;
}

/** A parameter's `example`, else the first entry of its `examples` (3.x Example objects). */
export function parameterExample(param: JsonObject, deref: (node: unknown) => JsonObject | undefined): unknown {
  if (param.example !== undefined) return param.example;
  const first = Object.values(objectOf(param.examples))[0];
  const example = deref(first);
  if (example?.value !== undefined) return example.value;
  const schema = deref(param.schema);
  if (schema?.example !== undefined) return schema.example;
  if (Array.isArray(schema?.examples) && schema.examples.length > 0) return schema.examples[0];
  if (param['x-example'] !== undefined) return param['x-example'];
  return undefined;
}
