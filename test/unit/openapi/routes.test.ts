import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiPages, loadOpenApiSpec } from '../../../src/lib/openapi/index.js';
import { dataModuleName, OPENAPI_COMPONENTS, planOpenApiRoutes } from '../../../src/plugins/openapi/routes.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/openapi');

describe('planOpenApiRoutes', async () => {
  const specs = [
    buildOpenApiPages(await loadOpenApiSpec(path.join(REPO_ROOT, 'examples/task-service/openapi/task-service.yaml')), { id: 'task-service' }),
    buildOpenApiPages(await loadOpenApiSpec(path.join(FIXTURES, 'swagger2/petstore.yaml')), { id: 'pets' }),
  ];
  const plan = planOpenApiRoutes(specs, '/http-api');

  it('plans the index and, per spec, overview, tag, operation, schema index and schema routes', () => {
    const count = (component: string) => plan.routes.filter((route) => route.component === component).length;
    expect(plan.routes[0]).toEqual({ path: '/http-api', component: OPENAPI_COMPONENTS.index, modules: { data: 'http-api.json' } });
    expect(count(OPENAPI_COMPONENTS.overview)).toBe(2);
    expect(count(OPENAPI_COMPONENTS.tag)).toBe(4 + 2);
    expect(count(OPENAPI_COMPONENTS.operation)).toBe(15 + 4);
    expect(count(OPENAPI_COMPONENTS.schemaIndex)).toBe(2);
    expect(count(OPENAPI_COMPONENTS.schema)).toBe(24 + 4);
    const paths = plan.routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/http-api/task-service/tasks/list-tasks');
    expect(paths).toContain('/http-api/pets/schemas/Pet');
  });

  it('creates one data module per page and one shared sidebar module per spec', () => {
    const names = plan.data.map((module) => module.name);
    expect(new Set(names).size).toBe(names.length);
    const sidebars = plan.data.filter((module) => module.name.endsWith('--_sidebar.json'));
    expect(sidebars.map((module) => module.name)).toEqual(['http-api--task-service--_sidebar.json', 'http-api--pets--_sidebar.json']);
    const taskRoutes = plan.routes.filter((route) => route.path.startsWith('/http-api/task-service'));
    expect(new Set(taskRoutes.map((route) => route.modules.sidebar))).toEqual(new Set(['http-api--task-service--_sidebar.json']));
    for (const route of plan.routes) {
      for (const module of Object.values(route.modules)) expect(names).toContain(module);
    }
  });

  it('keeps data file names short and unique', () => {
    expect(dataModuleName('/http-api/x/tasks')).toBe('http-api--x--tasks.json');
    const long = `/http-api/x/${'a'.repeat(300)}`;
    const other = `/http-api/x/${'a'.repeat(299)}b`;
    expect(dataModuleName(long).length).toBeLessThanOrEqual(120);
    expect(dataModuleName(long)).not.toBe(dataModuleName(other));
  });
});
