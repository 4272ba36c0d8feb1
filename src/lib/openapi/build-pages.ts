import { objectOf, stringOf } from './json-narrowing.js';
import type { LoadedOpenApiSpec } from './load.js';
import type { OpenApiSpecPages, TagLink } from './page-data.js';
import { SpecContext, type BuildOpenApiPagesOptions } from './page-builder/context.js';
import { contactView, externalDocs, licenseView, safeHttpUrl } from './page-builder/info.js';
import { buildOperationPage, buildTagPages, collectOperations } from './page-builder/operations.js';
import { buildSchemaPages } from './page-builder/schema-pages.js';
import { securitySchemeViews, securityView } from './page-builder/security.js';
import { serverViews } from './page-builder/servers.js';
import { SCHEMAS_SEGMENT, joinUrl } from './slugs.js';

export type { BuildOpenApiPagesOptions } from './page-builder/context.js';
export { HTTP_METHODS } from './page-builder/operations.js';

/**
 * Builds the data of every page of one spec: overview, one page per tag, per
 * operation and per component schema, the schema index and the shared
 * sidebar. Works on the spec as Redocly bundled it; follows `$ref`s only
 * through Redocly's resolution. Every description goes through the
 * sanitizing Markdown renderer.
 *
 * Each concern lives in its own module under `page-builder/`: operations and
 * tags, parameters, request bodies, responses, servers, security, schema
 * pages, curl samples and contact/licence; this function puts them together.
 */
export function buildOpenApiPages(spec: LoadedOpenApiSpec, options: BuildOpenApiPagesOptions): OpenApiSpecPages {
  const ctx = new SpecContext(spec, options);
  const { doc, specRef, schemaLinks } = ctx;
  const securitySchemes = securitySchemeViews(ctx);
  const collected = collectOperations(ctx);
  const { operations } = collected;
  const tags = buildTagPages(ctx, collected);
  const operationPages = operations.map((raw) => buildOperationPage(ctx, raw, tags, securitySchemes));
  const schemaPages = buildSchemaPages(ctx, operations);
  const schemasPermalink = schemaLinks.size > 0 ? joinUrl(specRef.permalink, SCHEMAS_SEGMENT) : undefined;
  const info = objectOf(doc.info);
  const summary = stringOf(info.summary);
  const openapiVersion = String(doc.openapi ?? doc.swagger ?? '');
  const tagLinks: TagLink[] = tags.map((page) => ({ name: page.name, permalink: page.permalink, operations: page.operations }));

  return {
    summary: { spec: specRef, summary, openapiVersion, operationCount: operations.length, schemaCount: schemaLinks.size },
    sidebar: { spec: specRef, tags: tagLinks, schemasPermalink, schemaCount: schemaLinks.size },
    overview: {
      spec: specRef,
      openapiVersion,
      summary,
      descriptionHtml: ctx.optionalMarkdown(info.description),
      contact: contactView(info.contact),
      license: licenseView(info.license),
      termsOfService: safeHttpUrl(info.termsOfService),
      externalDocs: externalDocs(doc.externalDocs),
      servers: serverViews(ctx, doc.servers),
      securitySchemes,
      security: securityView(ctx, securitySchemes, doc.security),
      tags: tags.map((page) => ({
        name: page.name,
        permalink: page.permalink,
        descriptionHtml: page.descriptionHtml,
        operationCount: page.operations.length,
      })),
      operationCount: operations.length,
      schemaCount: schemaLinks.size,
      schemasPermalink,
    },
    tags,
    operations: operationPages,
    schemaIndex: schemasPermalink
      ? {
          spec: specRef,
          permalink: schemasPermalink,
          schemas: schemaPages.map((page) => ({
            name: page.name,
            permalink: page.permalink,
            type: page.schema.type,
            usedByOperations: page.usedBy.operations.length,
          })),
        }
      : undefined,
    schemas: schemaPages,
  };
}
