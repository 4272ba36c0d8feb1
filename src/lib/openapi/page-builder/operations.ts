import { arrayOf, isObject, objectOf, stringOf } from '../json-narrowing.js';
import type { OperationLink, OperationPageData, TagPageData } from '../page-data.js';
import type { SecuritySchemeView } from '../security-view.js';
import { DEFAULT_TAG, SCHEMAS_SEGMENT, SlugAllocator, joinUrl, operationSlug, tagSlug } from '../slugs.js';
import type { RawOperation, SpecContext } from './context.js';
import { curlSample } from './curl-samples.js';
import { externalDocs } from './info.js';
import { mergedParameters, parameterView } from './parameters.js';
import { requestBodyView, requestBodyViewOas2 } from './request-bodies.js';
import { responseViews } from './responses.js';
import { securityView } from './security.js';
import { operationServers } from './servers.js';

/** The keys of a path item that are operations (3.2 adds `query`). */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;

/** The spec's operations with their page URLs, and the URL segment of each tag page. */
export interface CollectedOperations {
  operations: RawOperation[];
  /** Tag name → URL segment, in page order. */
  tagSlugs: Map<string, string>;
}

/** Every operation of the spec in document order, each placed under its first tag with a slug unique on that tag's page. */
export function collectOperations(ctx: SpecContext): CollectedOperations {
  const found: Omit<RawOperation, 'permalink' | 'link'>[] = [];
  for (const [path, rawItem] of Object.entries(objectOf(ctx.doc.paths))) {
    const pathItem = ctx.deref(rawItem);
    if (!pathItem) continue;
    // Methods in the order the author wrote them, as the spec reads.
    for (const [key, operation] of Object.entries(pathItem)) {
      const method = key.toLowerCase();
      if (!(HTTP_METHODS as readonly string[]).includes(method) || !isObject(operation)) continue;
      const tags = arrayOf(operation.tags).filter((tag): tag is string => typeof tag === 'string' && tag.length > 0);
      found.push({ method: method.toUpperCase(), path, operation, pathItem, tags: tags.length > 0 ? [...new Set(tags)] : [DEFAULT_TAG] });
    }
  }
  // Slugs are unique per tag page; an operation lives under its first tag.
  const tagSlugs = allocateTagSlugs(ctx, found.flatMap((raw) => raw.tags));
  const opSlugs = new Map<string, SlugAllocator>();
  const operations = found.map((raw) => {
    const tag = raw.tags[0]!;
    const allocator = opSlugs.get(tag) ?? new SlugAllocator();
    opSlugs.set(tag, allocator);
    const operationId = stringOf(raw.operation.operationId);
    const permalink = joinUrl(ctx.specRef.permalink, tagSlugs.get(tag)!, allocator.allocate(operationSlug({ operationId, method: raw.method, path: raw.path })));
    const link: OperationLink = {
      method: raw.method,
      path: raw.path,
      summary: stringOf(raw.operation.summary),
      operationId,
      deprecated: raw.operation.deprecated === true,
      permalink,
    };
    return { ...raw, permalink, link };
  });
  return { operations, tagSlugs };
}

/** Declared tags first (in `tags` order), then tags only operations name, `default` where it falls. */
function allocateTagSlugs(ctx: SpecContext, used: string[]): Map<string, string> {
  const declared = arrayOf(ctx.doc.tags)
    .map((tag) => (isObject(tag) ? stringOf(tag.name) : undefined))
    .filter((name): name is string => name !== undefined);
  const usedSet = new Set(used);
  // Declared tags no operation uses still get a page: the spec documents them.
  const names = [...new Set([...declared, ...used])].filter((name) => declared.includes(name) || usedSet.has(name));
  const allocator = new SlugAllocator([SCHEMAS_SEGMENT]);
  return new Map(names.map((name) => [name, allocator.allocate(tagSlug(name))]));
}

/** One page per tag, in the order of {@link CollectedOperations.tagSlugs}, listing every operation that names the tag. */
export function buildTagPages(ctx: SpecContext, { operations, tagSlugs }: CollectedOperations): TagPageData[] {
  const declared = new Map(
    arrayOf(ctx.doc.tags)
      .filter(isObject)
      .map((tag) => [stringOf(tag.name) ?? '', tag] as const),
  );
  return [...tagSlugs.entries()].map(([name, slug]) => {
    const tag = declared.get(name) ?? {};
    return {
      spec: ctx.specRef,
      name,
      permalink: joinUrl(ctx.specRef.permalink, slug),
      descriptionHtml: ctx.optionalMarkdown(tag.description),
      externalDocs: externalDocs(tag.externalDocs),
      operations: operations.filter((raw) => raw.tags.includes(name)).map((raw) => raw.link),
    };
  });
}

/** The page of one operation: parameters, request body, responses, authentication, servers and a curl sample. */
export function buildOperationPage(ctx: SpecContext, raw: RawOperation, tags: TagPageData[], securitySchemes: SecuritySchemeView[]): OperationPageData {
  const { operation } = raw;
  const tagPage = (name: string) => tags.find((page) => page.name === name)!;
  const parameters = mergedParameters(ctx, raw);
  const visible = parameters.filter((param) => param.in !== 'body' && param.in !== 'formData');
  const security = securityView(ctx, securitySchemes, Array.isArray(operation.security) ? operation.security : ctx.doc.security);
  const servers = operationServers(ctx, raw);
  const requestBody = ctx.oas2 ? requestBodyViewOas2(ctx, raw, parameters) : requestBodyView(ctx, operation.requestBody);
  const page: OperationPageData = {
    spec: ctx.specRef,
    tag: { name: raw.tags[0]!, permalink: tagPage(raw.tags[0]!).permalink },
    otherTags: raw.tags.slice(1).map((name) => ({ name, permalink: tagPage(name).permalink })),
    permalink: raw.permalink,
    method: raw.method,
    path: raw.path,
    operationId: raw.link.operationId,
    summary: raw.link.summary,
    descriptionHtml: ctx.optionalMarkdown(operation.description),
    deprecated: raw.link.deprecated,
    externalDocs: externalDocs(operation.externalDocs),
    security,
    servers,
    parameters: visible.map((param) => parameterView(ctx, param)),
    requestBody,
    responses: responseViews(ctx, raw),
    curl: '',
  };
  page.curl = curlSample(ctx, raw, visible, requestBody, security, servers);
  return page;
}
