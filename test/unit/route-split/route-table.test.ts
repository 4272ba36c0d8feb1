import { describe, expect, it } from 'vitest';
import * as table from '../../../src/plugins/route-split/route-table.js';

type Entry = [number, { path: string }];
const { createRouteTable, ensureRoutes, hasRoutesFor } = table as unknown as {
  createRouteTable(baseUrl: string, core: Entry[], sections: Record<string, () => Promise<{ default: Entry[] }>>): { path: string }[];
  ensureRoutes(pathnames: string[]): Promise<void>;
  hasRoutesFor(pathname: string): boolean;
};

describe('route table (client)', () => {
  it('loads a section once, on demand, and keeps every route at its generated position in the same array', async () => {
    const calls: string[] = [];
    let failApiOnce = true;
    const section = (key: string, entries: Entry[]) => () => {
      calls.push(key);
      if (key === 'API' && failApiOnce) {
        failApiOnce = false;
        return Promise.reject(new Error('chunk failed'));
      }
      return Promise.resolve({ default: entries });
    };
    const routes = createRouteTable('/portal/', [[0, { path: '/portal/' }], [5, { path: '/portal/:lang/x' }], [9, { path: '*' }]], {
      DOCS: section('DOCS', [[3, { path: '/portal/docs' }]]),
      API: section('API', [[1, { path: '/portal/api/A' }], [2, { path: '/portal/api/B' }], [7, { path: '/portal/api/:rest' }]]),
    });
    const same = routes;
    expect(routes.map((r) => r.path)).toEqual(['/portal/', '/portal/:lang/x', '*']);
    expect(hasRoutesFor('/portal/Docs/intro')).toBe(false);
    expect(hasRoutesFor('/portal/nothing-here')).toBe(true);

    await Promise.all([ensureRoutes(['/portal/docs/intro']), ensureRoutes(['/portal/DOCS/other'])]);
    expect(calls).toEqual(['DOCS']);
    expect(routes.map((r) => r.path)).toEqual(['/portal/', '/portal/docs', '/portal/:lang/x', '*']);
    expect(hasRoutesFor('/portal/docs/intro')).toBe(true);

    await expect(ensureRoutes(['/portal/api/A'])).rejects.toThrow('chunk failed');
    expect(routes).toHaveLength(4);
    await ensureRoutes(['/portal/api/A', '/portal/docs']);
    expect(calls).toEqual(['DOCS', 'API', 'API']);
    expect(routes).toBe(same);
    expect(routes.map((r) => r.path)).toEqual(['/portal/', '/portal/api/A', '/portal/api/B', '/portal/docs', '/portal/:lang/x', '/portal/api/:rest', '*']);
    await ensureRoutes(['/portal/api/B', '/elsewhere']);
    expect(calls).toHaveLength(3);
  });
});
