import type { ContactView, ExternalDocsView, LicenseView, ServerView } from './api-info-view.js';
import type { OperationSecurityView, SecuritySchemeView } from './security-view.js';
import type { ParameterView, RequestBodyView, ResponseView } from './payload-view.js';
import type { SchemaLink, SchemaView } from './schema-view.js';

export type * from './api-info-view.js';
export type * from './security-view.js';
export type * from './payload-view.js';

/**
 * The data of every HTTP API page, as plain JSON. The plugin hands each page
 * its object through `createData`; components render it and never parse a
 * spec. HTML fields (`…Html`) are already sanitized; every other string is
 * text that React escapes.
 */

/** Identifies the spec a page belongs to. */
export interface OpenApiSpecRef {
  /** The spec's `id` from the configuration (URL segment). */
  id: string;
  /** `info.title`. */
  title: string;
  /** `info.version`. */
  version: string;
  /** Site path of the spec's overview page. */
  permalink: string;
}

/** A link to an operation page, with what a list shows about it. */
export interface OperationLink {
  /** Upper-case HTTP method. */
  method: string;
  /** Path template, e.g. `/tasks/{taskId}`. */
  path: string;
  /** `summary`, if any. */
  summary?: string;
  /** `operationId`, if any. */
  operationId?: string;
  /** Marked `deprecated: true`. */
  deprecated: boolean;
  /** Site path of the operation page. */
  permalink: string;
}

/** A tag with the operations listed under it. */
export interface TagLink {
  /** Tag name as written in the spec. */
  name: string;
  /** Site path of the tag page. */
  permalink: string;
  /** Operations of the tag, in document order (an operation with several tags is listed in each). */
  operations: OperationLink[];
}

/** The per-spec navigation every page of the spec shows. One shared module per spec. */
export interface OpenApiSidebar {
  /** The spec. */
  spec: OpenApiSpecRef;
  /** Tags in order: declared tags first, then tags only operations name, then `default`. */
  tags: TagLink[];
  /** Site path of the schema index, when the spec has component schemas. */
  schemasPermalink?: string;
  /** Number of component schemas. */
  schemaCount: number;
}

/** A tag as the overview lists it. */
export interface OverviewTagView {
  /** Tag name. */
  name: string;
  /** Site path of the tag page. */
  permalink: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Number of operations listed under it. */
  operationCount: number;
}

/** A named link to another page. */
export interface PageLink {
  /** Link text. */
  name: string;
  /** Site path. */
  permalink: string;
}

/** Where a component schema is referred to directly. */
export interface SchemaUsage {
  /** Operations whose parameters, request body or responses refer to it. */
  operations: OperationLink[];
  /** Component schemas whose definition refers to it. */
  schemas: SchemaLink[];
}

/** Data of the overview page of a spec. */
export interface OverviewPageData {
  /** The spec. */
  spec: OpenApiSpecRef;
  /** `openapi` or `swagger` version string. */
  openapiVersion: string;
  /** `info.summary` (3.1), plain text. */
  summary?: string;
  /** `info.description`, sanitized HTML. */
  descriptionHtml?: string;
  /** `info.contact`; the URL only when http(s), the email only when it looks like one. */
  contact?: ContactView;
  /** `info.license`. */
  license?: LicenseView;
  /** `info.termsOfService`, when http(s). */
  termsOfService?: string;
  /** Top-level `externalDocs`. */
  externalDocs?: ExternalDocsView;
  /** Servers (2.0: built from `schemes`, `host` and `basePath`). */
  servers: ServerView[];
  /** Authentication schemes. */
  securitySchemes: SecuritySchemeView[];
  /** Authentication every operation needs unless it says otherwise. */
  security: OperationSecurityView;
  /** Tags with their descriptions and operation counts. */
  tags: OverviewTagView[];
  /** Number of operations. */
  operationCount: number;
  /** Number of component schemas. */
  schemaCount: number;
  /** Site path of the schema index, when there are schemas. */
  schemasPermalink?: string;
}

/** Data of a tag page. */
export interface TagPageData {
  /** The spec. */
  spec: OpenApiSpecRef;
  /** Tag name. */
  name: string;
  /** Site path of this page. */
  permalink: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** `externalDocs` of the tag. */
  externalDocs?: ExternalDocsView;
  /** The tag's operations. */
  operations: OperationLink[];
}

/** Data of an operation page. */
export interface OperationPageData {
  /** The spec. */
  spec: OpenApiSpecRef;
  /** The tag the page lives under (its first tag). */
  tag: PageLink;
  /** The operation's other tags. */
  otherTags: PageLink[];
  /** Site path of this page. */
  permalink: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template. */
  path: string;
  /** `operationId`. */
  operationId?: string;
  /** `summary`, plain text. */
  summary?: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** `deprecated: true`. */
  deprecated: boolean;
  /** `externalDocs`. */
  externalDocs?: ExternalDocsView;
  /** Authentication needed. */
  security: OperationSecurityView;
  /** Base URLs the operation is served from. */
  servers: string[];
  /** Path, query, header and cookie parameters (path-level ones merged in). */
  parameters: ParameterView[];
  /** Request body (2.0: the `body` or `formData` parameters). */
  requestBody?: RequestBodyView;
  /** Responses in document order. */
  responses: ResponseView[];
  /** A ready-to-copy curl command. */
  curl: string;
}

/** Data of a schema page. */
export interface SchemaPageData {
  /** The spec. */
  spec: OpenApiSpecRef;
  /** Component name. */
  name: string;
  /** Site path of this page. */
  permalink: string;
  /** The schema, expanded with the same limits as everywhere. */
  schema: SchemaView;
  /** Operations and schemas that refer to this schema directly. */
  usedBy: SchemaUsage;
}

/** Data of the schema index of a spec. */
export interface SchemaIndexPageData {
  /** The spec. */
  spec: OpenApiSpecRef;
  /** Site path of this page. */
  permalink: string;
  /** Every component schema, in document order. */
  schemas: SchemaIndexEntry[];
}

/** One line of the schema index. */
export interface SchemaIndexEntry {
  /** Component name. */
  name: string;
  /** Site path of its page. */
  permalink: string;
  /** Its type, when it declares one. */
  type?: string;
  /** How many operations refer to it directly. */
  usedByOperations: number;
}

/** A line about one spec on the HTTP API index page. */
export interface OpenApiSpecSummary {
  /** The spec. */
  spec: OpenApiSpecRef;
  /** `info.summary`, plain text. */
  summary?: string;
  /** `openapi` or `swagger` version string. */
  openapiVersion: string;
  /** Number of operations. */
  operationCount: number;
  /** Number of component schemas. */
  schemaCount: number;
}

/** Every page of one spec. */
export interface OpenApiSpecPages {
  /** For the HTTP API index. */
  summary: OpenApiSpecSummary;
  /** Shared navigation. */
  sidebar: OpenApiSidebar;
  /** Overview page. */
  overview: OverviewPageData;
  /** One page per tag. */
  tags: TagPageData[];
  /** One page per operation. */
  operations: OperationPageData[];
  /** Schema index, when there are schemas. */
  schemaIndex?: SchemaIndexPageData;
  /** One page per component schema. */
  schemas: SchemaPageData[];
}
