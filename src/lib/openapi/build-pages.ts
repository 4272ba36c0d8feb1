import { unescapePointerFragment } from '@redocly/openapi-core';
import { renderUntrustedMarkdown, safeHttpUrl as safeHttpUrlText } from '../markdown/index.js';
import { buildCurlCommand, type CurlRequest, type CurlValuePart } from './curl.js';
import { arrayOf, isObject, objectEntries, objectOf, stringOf, type JsonObject } from './json.js';
import type { LoadedOpenApiSpec } from './load.js';
import type {
  ContactView,
  ExampleView,
  ExternalDocsView,
  HeaderView,
  LicenseView,
  MediaTypeView,
  OpenApiSpecPages,
  OpenApiSpecRef,
  OperationLink,
  OperationPageData,
  OperationSecurityView,
  ParameterView,
  RequestBodyView,
  ResponseView,
  SchemaPageData,
  SecuritySchemeView,
  ServerView,
  TagLink,
  TagPageData,
} from './pages.js';
import { sampleFromSchema } from './sample.js';
import { buildSchemaView, collectSchemaRefs, type SchemaLink, type SchemaView, type SchemaViewContext, type SchemaViewLimits } from './schema-view.js';
import {
  DEFAULT_TAG,
  HTTP_API_BASE_PATH,
  SCHEMAS_SEGMENT,
  SlugAllocator,
  joinUrl,
  kebabSlug,
  operationSlug,
  schemaSlug,
  tagSlug,
} from './slugs.js';

/** Options of {@link buildOpenApiPages}. */
export interface BuildOpenApiPagesOptions {
  /** The spec's id from the configuration: the URL segment under the base path. */
  id: string;
  /** Path of the HTTP API section, baseUrl included. @default "/http-api" */
  basePath?: string;
  /** Depth and size limits of schema trees. */
  schemaLimits?: SchemaViewLimits;
}

/** The keys of a path item that are operations (3.2 adds `query`). */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;

/** An operation as found in the spec, before it becomes page data. */
interface RawOperation {
  method: string;
  path: string;
  operation: JsonObject;
  pathItem: JsonObject;
  tags: string[];
  permalink: string;
  link: OperationLink;
}

/**
 * Builds the data of every page of one spec: overview, one page per tag, per
 * operation and per component schema, the schema index and the shared
 * sidebar. Works on the spec as Redocly bundled it; follows `$ref`s only
 * through Redocly's resolution. Every description goes through the
 * sanitizing Markdown renderer.
 */
export function buildOpenApiPages(spec: LoadedOpenApiSpec, options: BuildOpenApiPagesOptions): OpenApiSpecPages {
  return new SpecPageBuilder(spec, options).build();
}

class SpecPageBuilder {
  private readonly doc: JsonObject;
  private readonly oas2: boolean;
  private readonly specRef: OpenApiSpecRef;
  private readonly markdownCache = new Map<string, string>();
  private readonly schemaLinks = new Map<string, SchemaLink>();
  private readonly schemaContext: SchemaViewContext;
  private readonly securitySchemes: SecuritySchemeView[];
  /** Trees of bare `$ref`s, built once per spec (see {@link schemaView}). */
  private readonly refViews = new Map<string, SchemaView>();
  /** URL segment of each tag, set when operations are collected. */
  private tagSlugs = new Map<string, string>();

  constructor(
    private readonly spec: LoadedOpenApiSpec,
    private readonly options: BuildOpenApiPagesOptions,
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
    this.securitySchemes = this.buildSecuritySchemes();
  }

  build(): OpenApiSpecPages {
    const operations = this.collectOperations();
    const tags = this.buildTags(operations);
    const operationPages = operations.map((raw) => this.buildOperationPage(raw, tags));
    const schemaPages = this.buildSchemaPages(operations);
    const schemasPermalink = this.schemaLinks.size > 0 ? joinUrl(this.specRef.permalink, SCHEMAS_SEGMENT) : undefined;
    const info = objectOf(this.doc.info);
    const summary = stringOf(info.summary);
    const openapiVersion = String(this.doc.openapi ?? this.doc.swagger ?? '');
    const tagLinks: TagLink[] = tags.map(({ page }) => ({ name: page.name, permalink: page.permalink, operations: page.operations }));

    return {
      summary: { spec: this.specRef, summary, openapiVersion, operationCount: operations.length, schemaCount: this.schemaLinks.size },
      sidebar: { spec: this.specRef, tags: tagLinks, schemasPermalink, schemaCount: this.schemaLinks.size },
      overview: {
        spec: this.specRef,
        openapiVersion,
        summary,
        descriptionHtml: this.optionalMarkdown(info.description),
        contact: this.contact(info.contact),
        license: this.license(info.license),
        termsOfService: safeHttpUrl(info.termsOfService),
        externalDocs: externalDocs(this.doc.externalDocs),
        servers: this.servers(this.doc.servers),
        securitySchemes: this.securitySchemes,
        security: this.securityView(this.doc.security),
        tags: tags.map(({ page }) => ({
          name: page.name,
          permalink: page.permalink,
          descriptionHtml: page.descriptionHtml,
          operationCount: page.operations.length,
        })),
        operationCount: operations.length,
        schemaCount: this.schemaLinks.size,
        schemasPermalink,
      },
      tags: tags.map(({ page }) => page),
      operations: operationPages,
      schemaIndex: schemasPermalink
        ? {
            spec: this.specRef,
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

  // ---- references -------------------------------------------------------

  private componentSchemas(): JsonObject {
    return objectOf(this.oas2 ? this.doc.definitions : objectOf(this.doc.components).schemas);
  }

  /** `#/components/schemas/Task` (2.0: `#/definitions/Task`) → `Task`; any other pointer → undefined. */
  private schemaNameOfRef(ref: string): string | undefined {
    const prefix = this.oas2 ? '#/definitions/' : '#/components/schemas/';
    if (!ref.startsWith(prefix)) return undefined;
    const rest = ref.slice(prefix.length);
    if (rest.includes('/')) return undefined;
    const name = unescapePointerFragment(rest);
    return this.schemaLinks.has(name) ? name : undefined;
  }

  /** The object a node stands for: itself, or what Redocly resolved its `$ref` to. */
  private deref(node: unknown): JsonObject | undefined {
    if (isObject(node) && typeof node.$ref === 'string') {
      const target = this.spec.resolveRef(node.$ref);
      return isObject(target) ? target : undefined;
    }
    return isObject(node) ? node : undefined;
  }

  private markdown(text: string): string {
    let html = this.markdownCache.get(text);
    if (html === undefined) {
      html = renderUntrustedMarkdown(text);
      this.markdownCache.set(text, html);
    }
    return html;
  }

  private optionalMarkdown(value: unknown): string | undefined {
    const text = stringOf(value);
    return text === undefined ? undefined : this.markdown(text);
  }

  /**
   * A bare `$ref` always expands to the same tree, and large APIs repeat a few
   * (an error body in every operation): those are built once and shared.
   */
  private schemaView(schema: unknown): SchemaView {
    const ref = isObject(schema) && Object.keys(schema).length === 1 && typeof schema.$ref === 'string' ? schema.$ref : undefined;
    if (ref === undefined) return buildSchemaView(schema, this.schemaContext, this.options.schemaLimits);
    let view = this.refViews.get(ref);
    if (!view) {
      view = buildSchemaView(schema, this.schemaContext, this.options.schemaLimits);
      this.refViews.set(ref, view);
    }
    return view;
  }

  // ---- operations and tags ----------------------------------------------

  private collectOperations(): RawOperation[] {
    const found: Omit<RawOperation, 'permalink' | 'link'>[] = [];
    for (const [path, rawItem] of Object.entries(objectOf(this.doc.paths))) {
      const pathItem = this.deref(rawItem);
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
    this.tagSlugs = this.allocateTagSlugs(found.flatMap((raw) => raw.tags));
    const opSlugs = new Map<string, SlugAllocator>();
    return found.map((raw) => {
      const tag = raw.tags[0]!;
      const allocator = opSlugs.get(tag) ?? new SlugAllocator();
      opSlugs.set(tag, allocator);
      const operationId = stringOf(raw.operation.operationId);
      const permalink = joinUrl(
        this.specRef.permalink,
        this.tagSlugs.get(tag)!,
        allocator.allocate(operationSlug({ operationId, method: raw.method, path: raw.path })),
      );
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
  }

  /** Declared tags first (in `tags` order), then tags only operations name, `default` where it falls. */
  private allocateTagSlugs(used: string[]): Map<string, string> {
    const declared = arrayOf(this.doc.tags)
      .map((tag) => (isObject(tag) ? stringOf(tag.name) : undefined))
      .filter((name): name is string => name !== undefined);
    const usedSet = new Set(used);
    // Declared tags no operation uses still get a page: the spec documents them.
    const names = [...new Set([...declared, ...used])].filter((name) => declared.includes(name) || usedSet.has(name));
    const allocator = new SlugAllocator([SCHEMAS_SEGMENT]);
    return new Map(names.map((name) => [name, allocator.allocate(tagSlug(name))]));
  }

  private buildTags(operations: RawOperation[]): { page: TagPageData }[] {
    const declared = new Map(
      arrayOf(this.doc.tags)
        .filter(isObject)
        .map((tag) => [stringOf(tag.name) ?? '', tag] as const),
    );
    return [...this.tagSlugs.entries()].map(([name, slug]) => {
      const tag = declared.get(name) ?? {};
      return {
        page: {
          spec: this.specRef,
          name,
          permalink: joinUrl(this.specRef.permalink, slug),
          descriptionHtml: this.optionalMarkdown(tag.description),
          externalDocs: externalDocs(tag.externalDocs),
          operations: operations.filter((raw) => raw.tags.includes(name)).map((raw) => raw.link),
        },
      };
    });
  }

  private buildOperationPage(raw: RawOperation, tags: { page: TagPageData }[]): OperationPageData {
    const { operation } = raw;
    const tagPage = (name: string) => tags.find(({ page }) => page.name === name)!.page;
    const parameters = this.mergedParameters(raw);
    const visible = parameters.filter((param) => param.in !== 'body' && param.in !== 'formData');
    const security = this.securityView(Array.isArray(operation.security) ? operation.security : this.doc.security);
    const servers = this.operationServers(raw);
    const requestBody = this.oas2 ? this.requestBodyOas2(raw, parameters) : this.requestBody(operation.requestBody);
    const page: OperationPageData = {
      spec: this.specRef,
      tag: { name: raw.tags[0]!, permalink: tagPage(raw.tags[0]!).permalink },
      otherTags: raw.tags.slice(1).map((name) => ({ name, permalink: tagPage(name).permalink })),
      permalink: raw.permalink,
      method: raw.method,
      path: raw.path,
      operationId: raw.link.operationId,
      summary: raw.link.summary,
      descriptionHtml: this.optionalMarkdown(operation.description),
      deprecated: raw.link.deprecated,
      externalDocs: externalDocs(operation.externalDocs),
      security,
      servers,
      parameters: visible.map((param) => this.parameterView(param)),
      requestBody,
      responses: this.responses(raw),
      curl: '',
    };
    page.curl = this.curlFor(raw, visible, requestBody, security, servers);
    return page;
  }

  /** Path-level parameters overridden by operation-level ones with the same `in` and `name`. */
  private mergedParameters(raw: RawOperation): JsonObject[] {
    const byKey = new Map<string, JsonObject>();
    for (const node of [...arrayOf(raw.pathItem.parameters), ...arrayOf(raw.operation.parameters)]) {
      const param = this.deref(node);
      if (!param) continue;
      byKey.set(`${String(param.in)}:${String(param.name)}`, param);
    }
    return [...byKey.values()];
  }

  private parameterView(param: JsonObject): ParameterView {
    const view: ParameterView = {
      name: stringOf(param.name) ?? '',
      in: stringOf(param.in) ?? '',
      required: param.required === true || param.in === 'path',
      deprecated: param.deprecated === true,
      descriptionHtml: this.optionalMarkdown(param.description),
      schema: this.schemaView(this.parameterSchema(param)),
    };
    const example = parameterExample(param, (node) => this.deref(node));
    if (example !== undefined) view.example = JSON.stringify(example) ?? String(example);
    return view;
  }

  /** 3.x: `schema` (or the schema of its only `content` entry); 2.0: the parameter's own type fields. */
  private parameterSchema(param: JsonObject): unknown {
    if (param.schema !== undefined) return param.schema;
    const content = objectEntries(param.content)[0];
    if (content) return content[1].schema;
    if (this.oas2) {
      const { name: _name, in: _in, description: _description, required: _required, ...typeFields } = param;
      return typeFields;
    }
    return undefined;
  }

  private requestBody(node: unknown): RequestBodyView | undefined {
    const body = this.deref(node);
    if (!body) return undefined;
    return {
      required: body.required === true,
      descriptionHtml: this.optionalMarkdown(body.description),
      content: this.content(body.content),
    };
  }

  /** 2.0 keeps the body in a `body` parameter, or form fields in `formData` parameters. */
  private requestBodyOas2(raw: RawOperation, parameters: JsonObject[]): RequestBodyView | undefined {
    const consumes = mediaTypes(raw.operation.consumes ?? this.doc.consumes, 'application/json');
    const body = parameters.find((param) => param.in === 'body');
    if (body) {
      return {
        required: body.required === true,
        descriptionHtml: this.optionalMarkdown(body.description),
        content: consumes.map((mediaType) => this.mediaType(mediaType, body.schema, [], body.schema)),
      };
    }
    const form = parameters.filter((param) => param.in === 'formData');
    if (form.length === 0) return undefined;
    const schema = formDataSchema(form);
    const formTypes = consumes.filter((type) => /form/.test(type));
    const types = formTypes.length > 0 ? formTypes : [form.some((param) => param.type === 'file') ? 'multipart/form-data' : 'application/x-www-form-urlencoded'];
    return { required: form.some((param) => param.required === true), content: types.map((mediaType) => this.mediaType(mediaType, schema, [], schema)) };
  }

  private content(node: unknown): MediaTypeView[] {
    return objectEntries(node).map(([mediaType, media]) => {
      const examples: ExampleView[] = [];
      const language = languageOf(mediaType);
      if (media.example !== undefined) examples.push({ name: 'example', value: formatExample(media.example, language), language });
      for (const [name, rawExample] of Object.entries(objectOf(media.examples))) {
        const example = this.deref(rawExample);
        if (!example || example.value === undefined) continue;
        examples.push({
          name,
          summary: stringOf(example.summary),
          descriptionHtml: this.optionalMarkdown(example.description),
          value: formatExample(example.value, language),
          language,
        });
      }
      return this.mediaType(mediaType, media.schema, examples, media.schema);
    });
  }

  /** A media type view; with no example of its own, the schema's `example` is shown, marked as such. */
  private mediaType(mediaType: string, schema: unknown, examples: ExampleView[], schemaForExample: unknown): MediaTypeView {
    const view: MediaTypeView = { mediaType, examples };
    if (schema !== undefined) view.schema = this.schemaView(schema);
    if (examples.length === 0) {
      const target = this.deref(schemaForExample);
      const own = target ? (target.example ?? (Array.isArray(target.examples) ? target.examples[0] : undefined)) : undefined;
      if (own !== undefined) {
        const language = languageOf(mediaType);
        examples.push({ name: 'example', value: formatExample(own, language), language, fromSchema: true });
      }
    }
    return view;
  }

  private responses(raw: RawOperation): ResponseView[] {
    const anchors = new SlugAllocator();
    return Object.entries(objectOf(raw.operation.responses)).flatMap(([status, node]) => {
      const response = this.deref(node);
      if (!response) return [];
      const anchor = anchors.allocate(`response-${kebabSlug(status, 'status')}`);
      const headers: HeaderView[] = Object.entries(objectOf(response.headers)).flatMap(([name, headerNode]) => {
        const header = this.deref(headerNode);
        if (!header) return [];
        const { description, required, ...typeFields } = header;
        // 3.x headers carry a schema; 2.0 headers are their own type fields.
        const schema = header.schema ?? (this.oas2 ? typeFields : undefined);
        return [
          {
            name,
            required: required === true,
            descriptionHtml: this.optionalMarkdown(description),
            schema: schema === undefined ? undefined : this.schemaView(schema),
          },
        ];
      });
      let content: MediaTypeView[];
      if (this.oas2) {
        const produces = mediaTypes(raw.operation.produces ?? this.doc.produces, 'application/json');
        const examples = objectOf(response.examples);
        content =
          response.schema === undefined
            ? []
            : produces.map((mediaType) => {
                const language = languageOf(mediaType);
                const own = examples[mediaType] === undefined ? [] : [{ name: 'example', value: formatExample(examples[mediaType], language), language }];
                return this.mediaType(mediaType, response.schema, own, response.schema);
              });
      } else {
        content = this.content(response.content);
      }
      return [{ status, anchor, descriptionHtml: this.optionalMarkdown(response.description), headers, content }];
    });
  }

  // ---- servers and security ---------------------------------------------

  private servers(node: unknown): ServerView[] {
    if (this.oas2) {
      const host = stringOf(this.doc.host);
      const basePath = stringOf(this.doc.basePath) ?? '';
      if (!host) return basePath ? [{ url: basePath, variables: [] }] : [];
      const schemes = arrayOf(this.doc.schemes).filter((s): s is string => typeof s === 'string');
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
            descriptionHtml: this.optionalMarkdown(server.description),
            variables: Object.entries(objectOf(server.variables)).map(([name, variable]) => {
              const v = objectOf(variable);
              const enumValues = arrayOf(v.enum).map(String);
              return {
                name,
                defaultValue: String(v.default ?? ''),
                ...(enumValues.length > 0 ? { enum: enumValues } : {}),
                ...(stringOf(v.description) ? { descriptionHtml: this.markdown(String(v.description)) } : {}),
              };
            }),
          },
        ];
      });
  }

  /** Base URLs for an operation: its own servers, its path's, or the spec's; variables set to their defaults. */
  private operationServers(raw: RawOperation): string[] {
    const own = this.oas2 ? undefined : [raw.operation.servers, raw.pathItem.servers].find((s) => Array.isArray(s) && s.length > 0);
    return this.servers(own ?? this.doc.servers).map((server) =>
      server.variables.reduce((url, variable) => url.split(`{${variable.name}}`).join(variable.defaultValue), server.url),
    );
  }

  private buildSecuritySchemes(): SecuritySchemeView[] {
    const schemes = objectEntries(this.oas2 ? this.doc.securityDefinitions : objectOf(this.doc.components).securitySchemes);
    const anchors = new SlugAllocator();
    return schemes.map(([key, node]) => {
      const scheme = this.deref(node) ?? {};
      const flows: SecuritySchemeView['flows'] = [];
      const scopesOf = (value: unknown) =>
        Object.entries(objectOf(value)).map(([name, description]) => ({ name, description: typeof description === 'string' ? description : '' }));
      if (this.oas2 && scheme.type === 'oauth2') {
        flows.push({
          flow: stringOf(scheme.flow) ?? 'oauth2',
          authorizationUrl: stringOf(scheme.authorizationUrl),
          tokenUrl: stringOf(scheme.tokenUrl),
          scopes: scopesOf(scheme.scopes),
        });
      }
      for (const [flow, details] of objectEntries(scheme.flows)) {
        flows.push({
          flow,
          authorizationUrl: stringOf(details.authorizationUrl),
          tokenUrl: stringOf(details.tokenUrl),
          refreshUrl: stringOf(details.refreshUrl),
          scopes: scopesOf(details.scopes),
        });
      }
      return {
        key,
        anchor: anchors.allocate(`auth-${kebabSlug(key, 'scheme')}`),
        kind: securityKind(scheme),
        descriptionHtml: this.optionalMarkdown(scheme.description),
        flows,
        openIdConnectUrl: stringOf(scheme.openIdConnectUrl),
      };
    });
  }

  private securityView(node: unknown): OperationSecurityView {
    const requirements = arrayOf(node).filter(isObject);
    const optional = requirements.some((requirement) => Object.keys(requirement).length === 0);
    return {
      optional,
      alternatives: requirements
        .filter((requirement) => Object.keys(requirement).length > 0)
        .map((requirement) => ({
          schemes: Object.entries(requirement).map(([key, scopes]) => {
            const scheme = this.securitySchemes.find((candidate) => candidate.key === key);
            return {
              key,
              scopes: arrayOf(scopes).filter((scope): scope is string => typeof scope === 'string'),
              ...(scheme ? { kind: scheme.kind, permalink: `${this.specRef.permalink}#${scheme.anchor}` } : {}),
            };
          }),
        })),
    };
  }

  // ---- schemas ----------------------------------------------------------

  private buildSchemaPages(operations: RawOperation[]): SchemaPageData[] {
    const byOperation = new Map<string, OperationLink[]>();
    for (const raw of operations) {
      for (const name of this.schemasUsedBy(raw)) {
        const list = byOperation.get(name) ?? [];
        list.push(raw.link);
        byOperation.set(name, list);
      }
    }
    const bySchema = new Map<string, SchemaLink[]>();
    const schemas = this.componentSchemas();
    for (const [name, schema] of Object.entries(schemas)) {
      for (const used of collectSchemaRefs(schema, (ref) => this.schemaNameOfRef(ref))) {
        if (used === name) continue;
        const list = bySchema.get(used) ?? [];
        list.push(this.schemaLinks.get(name)!);
        bySchema.set(used, list);
      }
    }
    return Object.entries(schemas).map(([name, schema]) => {
      const link = this.schemaLinks.get(name)!;
      // Expanded as if referenced, so a schema that refers to itself shows the cycle as a link.
      const view = this.schemaView({ $ref: this.refOfSchema(name) });
      return {
        spec: this.specRef,
        name,
        permalink: link.permalink,
        schema: view.unresolvedRef ? this.schemaView(schema) : view,
        usedBy: { operations: byOperation.get(name) ?? [], schemas: bySchema.get(name) ?? [] },
      };
    });
  }

  private refOfSchema(name: string): string {
    const escaped = name.replace(/~/g, '~0').replace(/\//g, '~1');
    return this.oas2 ? `#/definitions/${escaped}` : `#/components/schemas/${escaped}`;
  }

  /** Component schemas an operation refers to directly, in its parameters, request body and responses. */
  private schemasUsedBy(raw: RawOperation): Set<string> {
    const names = new Set<string>();
    const collect = (schema: unknown) => collectSchemaRefs(schema, (ref) => this.schemaNameOfRef(ref), names);
    const parameters = this.mergedParameters(raw);
    for (const param of parameters) collect(param.in === 'body' ? param.schema : this.parameterSchema(param));
    const body = this.deref(raw.operation.requestBody);
    for (const [, media] of objectEntries(body?.content)) collect(media.schema);
    for (const node of Object.values(objectOf(raw.operation.responses))) {
      const response = this.deref(node);
      if (!response) continue;
      collect(response.schema);
      for (const [, media] of objectEntries(response.content)) collect(media.schema);
      for (const header of Object.values(objectOf(response.headers))) collect(this.deref(header)?.schema);
    }
    return names;
  }

  // ---- curl ---------------------------------------------------------------

  private curlFor(
    raw: RawOperation,
    parameters: JsonObject[],
    requestBody: RequestBodyView | undefined,
    security: OperationSecurityView,
    servers: string[],
  ): string {
    // A value the spec vouches for (example, default, first enum value), else a shell variable named after the
    // parameter: a made-up placeholder such as 0 would look like a real id.
    const valueOf = (param: JsonObject): CurlValuePart[] => {
      const schema = this.deref(this.parameterSchema(param)) ?? {};
      const example = parameterExample(param, (node) => this.deref(node)) ?? schema.default ?? arrayOf(schema.enum).find((v) => v !== null);
      if (example === undefined || example === null || typeof example === 'object') return [{ variable: String(param.name ?? 'value') }];
      return [{ text: String(example) }];
    };
    const request: CurlRequest = {
      method: raw.method,
      serverUrl: servers[0] ?? '',
      path: [{ text: raw.path }],
      query: [],
      headers: [],
      authOptions: [],
      cookies: [],
    };
    for (const param of parameters) {
      const name = String(param.name ?? '');
      if (param.in === 'path') {
        const value = valueOf(param).map((part) => ('text' in part ? { text: encodeURIComponent(part.text) } : part));
        request.path = request.path.flatMap((part) => {
          if (!('text' in part) || !part.text.includes(`{${name}}`)) return [part];
          return part.text.split(`{${name}}`).flatMap((text, i) => (i === 0 ? [{ text }] : [...value, { text }]));
        });
      } else if (param.required === true && param.in === 'query') request.query.push({ name, value: valueOf(param) });
      else if (param.required === true && param.in === 'header') request.headers.push({ name, value: valueOf(param) });
      else if (param.required === true && param.in === 'cookie') request.cookies.push({ name, value: valueOf(param) });
    }
    this.addCredentials(request, security);
    const body = this.curlBody(raw, requestBody);
    if (body) request.body = body;
    return buildCurlCommand(request);
  }

  /** Credentials of the first way to authenticate, as shell variables. Optional authentication is left out. */
  private addCredentials(request: CurlRequest, security: OperationSecurityView): void {
    const first = security.optional ? undefined : security.alternatives[0];
    const definitions = objectOf(this.oas2 ? this.doc.securityDefinitions : objectOf(this.doc.components).securitySchemes);
    for (const { key } of first?.schemes ?? []) {
      const scheme = this.deref(definitions[key]);
      if (!scheme) continue;
      const httpScheme = String(scheme.scheme ?? '').toLowerCase();
      if (scheme.type === 'basic' || (scheme.type === 'http' && httpScheme === 'basic')) {
        request.authOptions.push('-u "$USERNAME:$PASSWORD"');
      } else if (scheme.type === 'apiKey') {
        const target = { name: String(scheme.name ?? key), value: [{ variable: 'API_KEY' }] };
        if (scheme.in === 'query') request.query.push(target);
        else if (scheme.in === 'cookie') request.cookies.push(target);
        else request.headers.push(target);
      } else if (scheme.type === 'mutualTLS') {
        request.authOptions.push('--cert client.pem --key client-key.pem');
      } else if (scheme.type === 'http' && httpScheme !== 'bearer' && httpScheme !== '') {
        request.headers.push({ name: 'Authorization', value: [{ text: `${String(scheme.scheme)} ` }, { variable: 'CREDENTIALS' }] });
      } else {
        // bearer, oauth2 and openIdConnect all send an access token.
        request.headers.push({ name: 'Authorization', value: [{ text: 'Bearer ' }, { variable: 'TOKEN' }] });
      }
    }
  }

  private curlBody(raw: RawOperation, requestBody: RequestBodyView | undefined): CurlRequest['body'] {
    if (!requestBody || requestBody.content.length === 0) return undefined;
    const chosen = requestBody.content.find((media) => /json/i.test(media.mediaType)) ?? requestBody.content[0]!;
    const schema = this.requestSchema(raw, chosen.mediaType);
    let value: unknown;
    const example = chosen.examples[0];
    if (example) value = example.language === 'json' ? safeJsonParse(example.value) : example.value;
    if (value === undefined) value = sampleFromSchema(schema, (ref) => this.spec.resolveRef(ref));
    if (value === undefined && !/form/i.test(chosen.mediaType)) return undefined;
    if (/multipart\/form-data/i.test(chosen.mediaType) || /x-www-form-urlencoded/i.test(chosen.mediaType)) {
      // Fields with a value, plus required file fields (a file has no sample value of its own).
      const resolved = this.deref(schema);
      const required = new Set(arrayOf(resolved?.required));
      const names = [...new Set([...Object.keys(objectOf(value)), ...Object.keys(objectOf(resolved?.properties)).filter((name) => required.has(name))])];
      const fields = names.flatMap((name) => {
        const file = this.isBinaryProperty(schema, name);
        const fieldValue = objectOf(value)[name];
        if (!file && fieldValue === undefined) return [];
        return [{ name, value: typeof fieldValue === 'string' ? fieldValue : JSON.stringify(fieldValue ?? ''), file }];
      });
      return /multipart/i.test(chosen.mediaType)
        ? { mediaType: chosen.mediaType, kind: 'multipart', fields }
        : { mediaType: chosen.mediaType, kind: 'form', fields };
    }
    const data = /json/i.test(chosen.mediaType) ? JSON.stringify(value, null, 2) : typeof value === 'string' ? value : JSON.stringify(value);
    return { mediaType: chosen.mediaType, kind: 'raw', data };
  }

  private requestSchema(raw: RawOperation, mediaType: string): unknown {
    if (this.oas2) {
      const params = this.mergedParameters(raw);
      const body = params.find((param) => param.in === 'body');
      if (body) return body.schema;
      return formDataSchema(params.filter((param) => param.in === 'formData'));
    }
    return objectOf(objectOf(this.deref(raw.operation.requestBody)?.content)[mediaType]).schema;
  }

  private isBinaryProperty(schema: unknown, name: string): boolean {
    const property = this.deref(objectOf(this.deref(schema)?.properties)[name]);
    return property?.format === 'binary' || property?.type === 'file';
  }

  // ---- info -------------------------------------------------------------

  private contact(node: unknown): ContactView | undefined {
    if (!isObject(node)) return undefined;
    const email = stringOf(node.email);
    const contact = {
      name: stringOf(node.name),
      email: email && /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(email) ? email : undefined,
      url: safeHttpUrl(node.url),
    };
    return contact.name || contact.email || contact.url ? contact : undefined;
  }

  private license(node: unknown): LicenseView | undefined {
    if (!isObject(node)) return undefined;
    const name = stringOf(node.name);
    if (!name) return undefined;
    return { name, url: safeHttpUrl(node.url), identifier: stringOf(node.identifier) };
  }
}

/** 2.0 `formData` parameters as the object schema of a form body (each parameter's type fields become a property). */
function formDataSchema(form: JsonObject[]): JsonObject {
  return {
    type: 'object',
    required: form.filter((param) => param.required === true).map((param) => param.name),
    properties: Object.fromEntries(
      form.map((param) => {
        const { name: _name, in: _in, required: _required, ...fields } = param;
        return [String(param.name), fields];
      }),
    ),
  };
}

function securityKind(scheme: JsonObject): string {
  switch (scheme.type) {
    case 'http': {
      const name = String(scheme.scheme ?? '').toLowerCase();
      const format = stringOf(scheme.bearerFormat);
      return `HTTP ${name || 'authentication'}${format ? ` (${format})` : ''}`;
    }
    case 'basic':
      return 'HTTP basic';
    case 'apiKey':
      return `API key in ${String(scheme.in ?? 'header')} "${String(scheme.name ?? '')}"`;
    case 'oauth2':
      return 'OAuth 2.0';
    case 'openIdConnect':
      return 'OpenID Connect';
    case 'mutualTLS':
      return 'Mutual TLS';
    default:
      return String(scheme.type ?? 'unknown');
  }
}

/** A parameter's `example`, else the first entry of its `examples` (3.x Example objects). */
function parameterExample(param: JsonObject, deref: (node: unknown) => JsonObject | undefined): unknown {
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

function mediaTypes(value: unknown, fallback: string): string[] {
  const list = arrayOf(value).filter((type): type is string => typeof type === 'string' && type.length > 0);
  return list.length > 0 ? list : [fallback];
}

function languageOf(mediaType: string): ExampleView['language'] {
  if (/json/i.test(mediaType)) return 'json';
  if (/yaml/i.test(mediaType)) return 'yaml';
  if (/xml/i.test(mediaType)) return 'xml';
  return 'text';
}

/** Example text: JSON media types get pretty JSON (a string example becomes a JSON string); others show strings as written. */
function formatExample(value: unknown, language: ExampleView['language']): string {
  if (language !== 'json' && typeof value === 'string') return value;
  return JSON.stringify(value, null, 2) ?? String(value);
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A URL field of the spec as an http(s) link, or undefined (`javascript:` and friends never become links). */
function safeHttpUrl(value: unknown): string | undefined {
  return typeof value === 'string' ? safeHttpUrlText(value) : undefined;
}

function externalDocs(node: unknown): ExternalDocsView | undefined {
  if (!isObject(node)) return undefined;
  const url = safeHttpUrl(node.url);
  if (!url) return undefined;
  return { url, description: stringOf(node.description) };
}
