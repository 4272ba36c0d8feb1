/**
 * OpenAPI specs as portal pages: load and bundle with Redocly, lint with
 * Redocly's linter, and build the page data of every HTTP API page. Shared by
 * `portal openapi lint` and the OpenAPI Docusaurus plugin.
 */
export { loadOpenApiSpec, readSpecDocument, detectOpenApiVersion } from './load.js';
export type { LoadedOpenApiSpec, LoadOpenApiSpecOptions, OpenApiSpecVersion, RefusedReference } from './load.js';
export { lintOpenApiSpec, formatLintFinding, summarizeLintResults, lintGateFailure, REF_CONTAINMENT_RULE } from './lint.js';
export { ContainedResolver, RefusedReferenceError, checkReference, isHostAllowed, projectReferencePolicy, specFolderPolicy } from './containment.js';
export type { OpenApiReferencePolicy, RefusalKind } from './containment.js';
export type { OpenApiLintFinding, OpenApiLintResult } from './lint.js';
export { loadRedoclyConfig, findRedoclyConfig, REDOCLY_CONFIG_FILES } from './redocly-config.js';
export { problemLocation, formatLocation } from './locations.js';
export type { SpecLocation } from './locations.js';
export { buildOpenApiPages, HTTP_METHODS } from './build-pages.js';
export type { BuildOpenApiPagesOptions } from './build-pages.js';
export type * from './page-data.js';
export {
  buildSchemaView,
  collectSchemaRefs,
  DEFAULT_SCHEMA_MAX_REF_DEPTH,
  DEFAULT_SCHEMA_MAX_DEPTH,
  DEFAULT_SCHEMA_MAX_NODES,
} from './schema-view.js';
export type {
  SchemaView,
  SchemaLink,
  SchemaPropertyView,
  SchemaCompositionView,
  SchemaViewContext,
  SchemaViewLimits,
  DiscriminatorView,
  DiscriminatorMappingView,
} from './schema-view.js';
export { sampleFromSchema } from './sample.js';
export { buildCurlCommand, shellQuote, shellVariableName } from './curl.js';
export type {
  CurlRequest,
  CurlValuePart,
  CurlText,
  CurlVariable,
  CurlNamedValue,
  CurlRawBody,
  CurlFormBody,
  CurlMultipartBody,
  CurlFormField,
} from './curl.js';
export { kebabSlug, tagSlug, operationSlug, schemaSlug, joinUrl, SlugAllocator, HTTP_API_BASE_PATH, DEFAULT_TAG, SCHEMAS_SEGMENT } from './slugs.js';
