import { createHash } from 'node:crypto';
import type { OpenApiSpecPages, OpenApiSpecSummary } from '../../lib/openapi/index.js';

/** Component files of the HTTP API pages, as Docusaurus route components. */
export const OPENAPI_COMPONENTS = {
  index: '@site/src/components/OpenApi/OpenApiIndexPage.tsx',
  overview: '@site/src/components/OpenApi/OverviewPage.tsx',
  tag: '@site/src/components/OpenApi/TagPage.tsx',
  operation: '@site/src/components/OpenApi/OperationPage.tsx',
  schemaIndex: '@site/src/components/OpenApi/SchemaIndexPage.tsx',
  schema: '@site/src/components/OpenApi/SchemaPage.tsx',
} as const;

/** Data of the HTTP API index page (`/http-api`). */
export interface OpenApiIndexData {
  /** Site path of the index. */
  permalink: string;
  /** One line per spec, in configuration order. */
  specs: OpenApiSpecSummary[];
}

/** One JSON module to create with `createData`. */
export interface OpenApiDataModule {
  /** File name under the plugin's data directory; unique in the plan. */
  name: string;
  /** What the module exports. */
  content: unknown;
}

/** One route: its component and the data modules it receives as props. */
export interface OpenApiRoute {
  /** Site path, baseUrl included. */
  path: string;
  /** Component file. */
  component: string;
  /** Prop name → data module name (`data`, and `sidebar` on every spec page). */
  modules: Record<string, string>;
}

/** Everything the plugin creates, as data: applied by one loop in `contentLoaded`. */
export interface OpenApiRoutePlan {
  /** Data modules; a spec's sidebar is one module shared by all its pages. */
  data: OpenApiDataModule[];
  /** Routes. */
  routes: OpenApiRoute[];
}

/**
 * Plans the HTTP API routes: the index at `indexPermalink`, then for each
 * spec its overview, tag, operation, schema-index and schema pages.
 */
export function planOpenApiRoutes(specs: readonly OpenApiSpecPages[], indexPermalink: string): OpenApiRoutePlan {
  const plan: OpenApiRoutePlan = { data: [], routes: [] };
  const add = (component: string, path: string, content: unknown, sidebar?: string) => {
    const name = dataModuleName(path);
    plan.data.push({ name, content });
    plan.routes.push({ path, component, modules: sidebar ? { data: name, sidebar } : { data: name } });
  };
  add(OPENAPI_COMPONENTS.index, indexPermalink, { permalink: indexPermalink, specs: specs.map((spec) => spec.summary) } satisfies OpenApiIndexData);
  for (const spec of specs) {
    const sidebar = dataModuleName(`${spec.sidebar.spec.permalink}/_sidebar`);
    plan.data.push({ name: sidebar, content: spec.sidebar });
    add(OPENAPI_COMPONENTS.overview, spec.overview.spec.permalink, spec.overview, sidebar);
    for (const tag of spec.tags) add(OPENAPI_COMPONENTS.tag, tag.permalink, tag, sidebar);
    for (const operation of spec.operations) add(OPENAPI_COMPONENTS.operation, operation.permalink, operation, sidebar);
    if (spec.schemaIndex) add(OPENAPI_COMPONENTS.schemaIndex, spec.schemaIndex.permalink, spec.schemaIndex, sidebar);
    for (const schema of spec.schemas) add(OPENAPI_COMPONENTS.schema, schema.permalink, schema, sidebar);
  }
  return plan;
}

/**
 * A data file name derived from a route path (`/http-api/x/tasks` →
 * `http-api--x--tasks.json`); very long names are shortened with a hash so
 * they stay within file-name limits.
 */
export function dataModuleName(routePath: string): string {
  const base = routePath.replace(/^\/+|\/+$/g, '').replace(/\//g, '--') || 'index';
  if (base.length <= 120) return `${base}.json`;
  const hash = createHash('sha1').update(base).digest('hex').slice(0, 12);
  return `${base.slice(0, 100)}-${hash}.json`;
}
