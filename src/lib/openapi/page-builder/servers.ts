import { arrayOf, isObject, objectOf, stringOf } from '../json-narrowing.js';
import type { ServerView } from '../api-info-view.js';
import type { RawOperation, SpecContext } from './context.js';

/** Servers of a `servers` list (2.0: built from `schemes`, `host` and `basePath`). */
export function serverViews(ctx: SpecContext, node: unknown): ServerView[] {
  if (ctx.oas2) {
    const host = stringOf(ctx.doc.host);
    const basePath = stringOf(ctx.doc.basePath) ?? '';
    if (!host) return basePath ? [{ url: basePath, variables: [] }] : [];
    const schemes = arrayOf(ctx.doc.schemes).filter((s): s is string => typeof s === 'string');
    return (schemes.length > 0 ? schemes : ['https']).map((scheme) => ({ url: `${scheme}://${host}${basePath}`, variables: [] }));
  }
  return arrayOf(node)
    .filter(isObject)
    .flatMap((server) => {
      const url = stringOf(server.url);
      if (!url) return [];
      return [
        {
          url,
          descriptionHtml: ctx.optionalMarkdown(server.description),
          variables: Object.entries(objectOf(server.variables)).map(([name, variable]) => {
            const v = objectOf(variable);
            const enumValues = arrayOf(v.enum).map(String);
            return {
              name,
              defaultValue: String(v.default ?? ''),
              ...(enumValues.length > 0 ? { enum: enumValues } : {}),
              ...(stringOf(v.description) ? { descriptionHtml: ctx.markdown(String(v.description)) } : {}),
            };
          }),
        },
      ];
    });
}

/** Base URLs for an operation: its own servers, its path's, or the spec's; variables set to their defaults. */
export function operationServers(ctx: SpecContext, raw: RawOperation): string[] {
  const own = ctx.oas2 ? undefined : [raw.operation.servers, raw.pathItem.servers].find((s) => Array.isArray(s) && s.length > 0);
  return serverViews(ctx, own ?? ctx.doc.servers).map((server) =>
    server.variables.reduce((url, variable) => url.split(`{${variable.name}}`).join(variable.defaultValue), server.url),
  );
}
