import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { portalConfigSchema } from '../../../src/config/schema.js';
import { buildReference, extractReference, generateConfigReference, readFieldDocs, renderReference, replaceReference, schemaSources } from '../../../src/lib/config-reference/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const PAGE = path.join(REPO_ROOT, 'docs/configuration.md');
const SCHEMA = path.join(REPO_ROOT, 'src/config/schema.ts');

describe('the configuration reference', () => {
  it('in docs/configuration.md is what src/config/schema.ts generates now (run `npm run docs:config` after changing the schema)', () => {
    const page = readFileSync(PAGE, 'utf8');
    const generated = generateConfigReference(portalConfigSchema, SCHEMA);
    expect(extractReference(page), 'docs/configuration.md has no generated part').toBeDefined();
    expect(extractReference(page)).toBe(generated.trim());
    expect(replaceReference(page, generated)).toBe(page);
  });

  it('has a row for every leaf field of the schema, each with a description', () => {
    const sections = buildReference(portalConfigSchema, readFieldDocs(schemaSources(SCHEMA)));
    const rows = sections.flatMap((section) => section.rows);
    expect(rows.filter((row) => row.description === '').map((row) => row.path)).toEqual([]);
    expect(rows.find((row) => row.path === 'site.title')).toEqual({ path: 'site.title', type: 'string', defaultText: 'required', description: 'Title shown in the navbar, the browser tab and feeds.', deprecated: false });
    expect(rows.find((row) => row.path === 'thresholds.docCoverageMode')).toMatchObject({ type: '"error" or "warn"', defaultText: 'optional', deprecated: true });
    expect(rows.find((row) => row.path === "lighthouse.budgets['best-practices']")).toMatchObject({ type: 'integer (0–100)', defaultText: '`95`' });
    // A field documented in schema-budgets.ts, which schema.ts imports.
    expect(rows.find((row) => row.path === 'budgets.scripts.home')?.description).toBe('The home page (`/`).');
  });
});

describe('readFieldDocs and renderReference', () => {
  const source = `import * as z from 'zod';
const inner = z.strictObject({
  /** Retry count. @default 3 */
  retries: z.number().int().min(0).max(9).default(3),
});
export const rootSchema = z.strictObject({
  /** Where it lives. */
  url: z.url(),
  /** Jobs to run. */
  jobs: z.array(z.strictObject({
    /** Job name. */
    name: z.string(),
    /** Mode, when set. @deprecated */
    mode: z.enum(['a', 'b']).optional(),
  })).default([]),
  /** Network settings. */
  net: inner.default(inner.parse({})),
});
`;
  const schema = (() => {
    const inner = z.strictObject({ retries: z.number().int().min(0).max(9).default(3) });
    return z.strictObject({
      url: z.url(),
      jobs: z.array(z.strictObject({ name: z.string(), mode: z.enum(['a', 'b']).optional() })).default([]),
      net: inner.default(inner.parse({})),
    });
  })();

  it('follows object literals, named schemas, arrays and .default() chains to each field comment', () => {
    const docs = readFieldDocs(source, 'rootSchema');
    expect([...docs.keys()]).toEqual(['url', 'jobs', 'jobs[].name', 'jobs[].mode', 'net', 'net.retries']);
    expect(docs.get('net.retries')).toEqual({ description: 'Retry count.', defaultText: '3', deprecated: false });
    expect(docs.get('jobs[].mode')).toEqual({ description: 'Mode, when set.', deprecated: true });
  });

  it('renders one table per top-level field, with types and defaults from zod', () => {
    const markdown = renderReference(buildReference(schema, readFieldDocs(source, 'rootSchema')));
    expect(markdown.split('\n')).toEqual([
      '### `url`',
      '',
      '| Field | Type | Default | Meaning |',
      '| --- | --- | --- | --- |',
      '| `url` | URL | required | Where it lives. |',
      '',
      '### `jobs`',
      '',
      '| Field | Type | Default | Meaning |',
      '| --- | --- | --- | --- |',
      '| `jobs` | list of objects | `[]` | Jobs to run. |',
      '| `jobs[].name` | string | required | Job name. |',
      '| `jobs[].mode` | "a" or "b" | optional | **Deprecated.** Mode, when set. |',
      '',
      '### `net`',
      '',
      'Network settings.',
      '',
      '| Field | Type | Default | Meaning |',
      '| --- | --- | --- | --- |',
      '| `net.retries` | integer (0–9) | `3` | Retry count. |',
      '',
    ]);
  });

  it('refuses a page without the markers', () => {
    expect(() => replaceReference('# Configuration\n', 'x')).toThrow(/no \{\/\* config-reference:start/);
  });
});
