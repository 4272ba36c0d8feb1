import { objectEntries, objectOf } from '../json-narrowing.js';
import type { OperationLink, SchemaPageData } from '../page-data.js';
import { collectSchemaRefs, type SchemaLink } from '../schema-view.js';
import type { RawOperation, SpecContext } from './context.js';
import { mergedParameters, parameterSchema } from './parameters.js';

/** One page per component schema, with the operations and schemas that refer to it directly. */
export function buildSchemaPages(ctx: SpecContext, operations: RawOperation[]): SchemaPageData[] {
  const byOperation = new Map<string, OperationLink[]>();
  for (const raw of operations) {
    for (const name of schemasUsedBy(ctx, raw)) {
      const list = byOperation.get(name) ?? [];
      list.push(raw.link);
      byOperation.set(name, list);
    }
  }
  const bySchema = new Map<string, SchemaLink[]>();
  const schemas = ctx.componentSchemas();
  for (const [name, schema] of Object.entries(schemas)) {
    for (const used of collectSchemaRefs(schema, (ref) => ctx.schemaNameOfRef(ref))) {
      if (used === name) continue;
      const list = bySchema.get(used) ?? [];
      list.push(ctx.schemaLinks.get(name)!);
      bySchema.set(used, list);
    }
  }
  return Object.entries(schemas).map(([name, schema]) => {
    const link = ctx.schemaLinks.get(name)!;
    // Expanded as if referenced, so a schema that refers to itself shows the cycle as a link.
    const view = ctx.schemaView({ $ref: ctx.refOfSchema(name) });
    return {
      spec: ctx.specRef,
      name,
      permalink: link.permalink,
      schema: view.unresolvedRef ? ctx.schemaView(schema) : view,
      usedBy: { operations: byOperation.get(name) ?? [], schemas: bySchema.get(name) ?? [] },
    };
  });
}

/** Component schemas an operation refers to directly, in its parameters, request body and responses. */
function schemasUsedBy(ctx: SpecContext, raw: RawOperation): Set<string> {
  const names = new Set<string>();
  const collect = (schema: unknown) => collectSchemaRefs(schema, (ref) => ctx.schemaNameOfRef(ref), names);
  const parameters = mergedParameters(ctx, raw);
  for (const param of parameters) collect(param.in === 'body' ? param.schema : parameterSchema(ctx, param));
  const body = ctx.deref(raw.operation.requestBody);
  for (const [, media] of objectEntries(body?.content)) collect(media.schema);
  for (const node of Object.values(objectOf(raw.operation.responses))) {
    const response = ctx.deref(node);
    if (!response) continue;
    collect(response.schema);
    for (const [, media] of objectEntries(response.content)) collect(media.schema);
    for (const header of Object.values(objectOf(response.headers))) collect(ctx.deref(header)?.schema);
  }
  return names;
}
