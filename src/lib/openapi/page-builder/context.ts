import { unescapePointerFragment } from '@redocly/openapi-core';
import { renderUntrustedMarkdown } from '../../markdown/index.js';
import { isObject, objectOf, stringOf, type JsonObject } from '../json-narrowing.js';
import type { LoadedOpenApiSpec } from '../load.js';
import type { OpenApiSpecRef, OperationLink } from '../page-data.js';
import { buildSchemaView, type SchemaLink, type SchemaView, type SchemaViewContext, type SchemaViewLimits } from '../schema-view.js';
import { HTTP_API_BASE_PATH, SCHEMAS_SEGMENT, SlugAllocator, joinUrl, schemaSlug } from '../slugs.js';

/** Options of {@link buildOpenApiPages}. */
export interface BuildOpenApiPagesOptions {
  /** The spec's id from the configuration: the URL segment under the base path. */
  id: string;
  /** Path of the HTTP API section, baseUrl included. @default "/http-api" */
  basePath?: string;
  /** Depth and size limits of schema trees. */
  schemaLimits?: SchemaViewLimits;
}

/** An operation as found in the spec, before it becomes page data. */
export interface RawOperation {
  method: string;
  path: string;
  operation: JsonObject;
  pathItem: JsonObject;
  tags: string[];
  permalink: string;
  link: OperationLink;
}

/**
 * What every part of the page builder reads about one spec: the bundled
 * document, its version, the spec's URL, the schema pages' links, and the
 * shared ways to follow a `$ref`, render a description and expand a schema
 * (each cached per spec).
 */
export class SpecContext {
  readonly doc: JsonObject;
  readonly oas2: boolean;
  readonly specRef: OpenApiSpecRef;
  /** Link of each component schema's page, in document order. */
  readonly schemaLinks = new Map<string, SchemaLink>();
  private readonly markdownCache = new Map<string, string>();
  private readonly schemaContext: SchemaViewContext;
  /** Trees of bare `$ref`s, built once per spec (see {@link schemaView}). */
  private readonly refViews = new Map<string, SchemaView>();

  constructor(
    readonly spec: LoadedOpenApiSpec,
    readonly options: BuildOpenApiPagesOptions,
  ) {
    this.doc = spec.document;
    this.oas2 = spec.specVersion === 'oas2';
    const info = objectOf(this.doc.info);
    this.specRef = {
      id: options.id,
      title: stringOf(info.title) ?? options.id,
      version: info.version === undefined ? '' : String(info.version),
      permalink: joinUrl(options.basePath ?? HTTP_API_BASE_PATH, options.id),
    };
    const schemaSlugs = new SlugAllocator();
    for (const name of Object.keys(this.componentSchemas())) {
      this.schemaLinks.set(name, { name, permalink: joinUrl(this.specRef.permalink, SCHEMAS_SEGMENT, schemaSlugs.allocate(schemaSlug(name))) });
    }
    this.schemaContext = {
      resolveRef: (ref) => spec.resolveRef(ref),
      schemaNameOfRef: (ref) => this.schemaNameOfRef(ref),
      schemaLink: (name) => this.schemaLinks.get(name),
      markdown: (text) => this.markdown(text),
    };
  }

  componentSchemas(): JsonObject {
    return objectOf(this.oas2 ? this.doc.definitions : objectOf(this.doc.components).schemas);
  }

  /** `#/components/schemas/Task` (2.0: `#/definitions/Task`) → `Task`; any other pointer → undefined. */
  schemaNameOfRef(ref: string): string | undefined {
    const prefix = this.oas2 ? '#/definitions/' : '#/components/schemas/';
    if (!ref.startsWith(prefix)) return undefined;
    const rest = ref.slice(prefix.length);
    if (rest.includes('/')) return undefined;
    const name = unescapePointerFragment(rest);
    return this.schemaLinks.has(name) ? name : undefined;
  }

  /** The local `$ref` of a component schema: `Task` → `#/components/schemas/Task` (2.0: `#/definitions/Task`). */
  refOfSchema(name: string): string {
    const escaped = name.replace(/~/g, '~0').replace(/\//g, '~1');
    return this.oas2 ? `#/definitions/${escaped}` : `#/components/schemas/${escaped}`;
  }

  /** The object a node stands for: itself, or what Redocly resolved its `$ref` to. */
  deref(node: unknown): JsonObject | undefined {
    if (isObject(node) && typeof node.$ref === 'string') {
      const target = this.spec.resolveRef(node.$ref);
      return isObject(target) ? target : undefined;
    }
    return isObject(node) ? node : undefined;
  }

  markdown(text: string): string {
    let html = this.markdownCache.get(text);
    if (html === undefined) {
      html = renderUntrustedMarkdown(text);
      this.markdownCache.set(text, html);
    }
    return html;
  }

  optionalMarkdown(value: unknown): string | undefined {
    const text = stringOf(value);
    return text === undefined ? undefined : this.markdown(text);
  }

  /**
   * A bare `$ref` always expands to the same tree, and large APIs repeat a few
   * (an error body in every operation): those are built once and shared.
   */
  schemaView(schema: unknown): SchemaView {
    const ref = isObject(schema) && Object.keys(schema).length === 1 && typeof schema.$ref === 'string' ? schema.$ref : undefined;
    if (ref === undefined) return buildSchemaView(schema, this.schemaContext, this.options.schemaLimits);
    let view = this.refViews.get(ref);
    if (!view) {
      view = buildSchemaView(schema, this.schemaContext, this.options.schemaLimits);
      this.refViews.set(ref, view);
    }
    return view;
  }
}
