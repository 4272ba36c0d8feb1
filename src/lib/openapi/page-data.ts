import type { SchemaLink, SchemaView } from './schema-view.js';

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

/** An external documentation link; the URL is kept only when it is http(s). */
export interface ExternalDocsView {
  /** http(s) URL. */
  url: string;
  /** Link text (plain text). */
  description?: string;
}

/** A server of the API. */
export interface ServerView {
  /** URL template as written, e.g. `https://{region}.api.example.com/v2`. */
  url: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Server variables with their defaults. */
  variables: ServerVariableView[];
}

/** A variable of a server URL template. */
export interface ServerVariableView {
  /** Name as written between braces in the URL. */
  name: string;
  /** `default`: the value used in examples. */
  defaultValue: string;
  /** Allowed values, when restricted. */
  enum?: string[];
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
}

/** One security scheme, shown in the overview's authentication section. */
export interface SecuritySchemeView {
  /** Key under `components/securitySchemes` (or `securityDefinitions`). */
  key: string;
  /** Anchor id of its heading on the overview page. */
  anchor: string;
  /** What it is, in words: `HTTP bearer (JWT)`, `API key in header "X-API-Key"`. */
  kind: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** OAuth 2.0 flows, with URLs as text and scopes. */
  flows: OAuthFlowView[];
  /** OpenID Connect discovery URL, as text. */
  openIdConnectUrl?: string;
}

/** One OAuth 2.0 flow of a security scheme. */
export interface OAuthFlowView {
  /** Flow name: `authorizationCode`, `clientCredentials`, … (2.0: `accessCode`, …). */
  flow: string;
  /** Authorization endpoint, as text. */
  authorizationUrl?: string;
  /** Token endpoint, as text. */
  tokenUrl?: string;
  /** Refresh endpoint, as text. */
  refreshUrl?: string;
  /** Scopes the flow offers. */
  scopes: OAuthScopeView[];
}

/** One OAuth 2.0 scope. */
export interface OAuthScopeView {
  /** Scope name. */
  name: string;
  /** What it grants (plain text). */
  description: string;
}

/** One way to authenticate: every listed scheme together. */
export interface SecurityRequirementView {
  /** Schemes that must all be satisfied, with the scopes asked for. */
  schemes: SecuritySchemeUse[];
}

/** A security scheme as one requirement uses it. */
export interface SecuritySchemeUse {
  /** Key of the scheme. */
  key: string;
  /** Scopes required (OAuth 2.0 / OpenID Connect). */
  scopes: string[];
  /** What the scheme is, when it is declared (see {@link SecuritySchemeView.kind}). */
  kind?: string;
  /** Link to the scheme on the overview page, when it is declared. */
  permalink?: string;
}

/** Which authentication an operation needs. */
export interface OperationSecurityView {
  /** Alternatives (any one suffices); empty when no authentication is needed. */
  alternatives: SecurityRequirementView[];
  /** An empty requirement is among the alternatives: authentication is optional. */
  optional: boolean;
}

/** One example of a payload. */
export interface ExampleView {
  /** Key in `examples`, or `example` for the single `example` field. */
  name: string;
  /** `summary` (plain text). */
  summary?: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** The value as text: pretty JSON for JSON media types. */
  value: string;
  /** Highlighting language for the code block. */
  language: 'json' | 'yaml' | 'xml' | 'text';
  /** Taken from the schema's own `example` because the media type has none. */
  fromSchema?: boolean;
}

/** A payload of one media type. */
export interface MediaTypeView {
  /** e.g. `application/json`. */
  mediaType: string;
  /** Its schema, when one is given. */
  schema?: SchemaView;
  /** Its examples. */
  examples: ExampleView[];
}

/** A request or response header. */
export interface HeaderView {
  /** Header name. */
  name: string;
  /** `required`. */
  required: boolean;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Its schema. */
  schema?: SchemaView;
}

/** One row of the parameters table. */
export interface ParameterView {
  /** Parameter name. */
  name: string;
  /** Where it goes: `path`, `query`, `header` or `cookie`. */
  in: string;
  /** `required` (always true for path parameters). */
  required: boolean;
  /** `deprecated`. */
  deprecated: boolean;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Its schema (for 2.0, built from the parameter's own type fields). */
  schema: SchemaView;
  /** `example` or the first of `examples`, as JSON text. */
  example?: string;
}

/** The request body of an operation. */
export interface RequestBodyView {
  /** `required`. */
  required: boolean;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** One entry per media type. */
  content: MediaTypeView[];
}

/** One response of an operation. */
export interface ResponseView {
  /** Status code or range as written: `200`, `4XX`, `default`. */
  status: string;
  /** Anchor id of the response's heading. */
  anchor: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Response headers. */
  headers: HeaderView[];
  /** One entry per media type. */
  content: MediaTypeView[];
}

/** Who to contact about the API. */
export interface ContactView {
  /** Name of the person or team. */
  name?: string;
  /** Email address, kept only when it looks like one. */
  email?: string;
  /** http(s) URL. */
  url?: string;
}

/** The API's license. */
export interface LicenseView {
  /** License name. */
  name: string;
  /** http(s) URL of the license text. */
  url?: string;
  /** SPDX identifier (3.1). */
  identifier?: string;
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
