import { describe, expect, it } from 'vitest';
import { convertApiPackage } from '../../../src/lib/api-coverage/convert.js';
import { snapshotApi } from '../../../src/lib/releases/api-diff-snapshot.js';
import { MIXED_DIR, MIXED_PACKAGE } from '../api-coverage/fixture.js';
import { API_SNAPSHOT_FORMAT, diffApiSnapshots, normalizeType, type ApiExport, type ApiMember, type ApiSignature, type ApiSnapshot } from '../../../src/lib/releases/index.js';

const snapshot = (...exports: ApiExport[]): ApiSnapshot => ({ format: API_SNAPSHOT_FORMAT, exports });
const sig = (parameters: [string, string, ('optional' | 'rest')?][], returns: string, typeParameters = ''): ApiSignature => ({
  typeParameters,
  parameters: parameters.map(([name, type, flag]) => ({ name, type, optional: flag === 'optional', rest: flag === 'rest' })),
  returns,
});
const fn = (name: string, ...signatures: ApiSignature[]): ApiExport => ({ name, kind: 'function', signatures });
const prop = (name: string, type: string, flags: Partial<Pick<ApiMember, 'optional' | 'readonly' | 'static'>> = {}): ApiMember => ({
  name,
  kind: 'property',
  type,
  optional: false,
  readonly: false,
  static: false,
  ...flags,
});
const iface = (name: string, ...members: ApiMember[]): ApiExport => ({ name, kind: 'interface', members });
/** The breaking reasons of the one change between two versions of an export, or 'unchanged'. */
const verdict = (before: ApiExport, after: ApiExport) => {
  const diff = diffApiSnapshots(snapshot(before), snapshot(after));
  const items = [...diff.added, ...diff.removed, ...diff.changed];
  return items.length === 0 ? 'unchanged' : items.map((item) => [item.name, item.breaking, item.reasons]);
};

describe('TypeScript API diff: what counts as breaking', () => {
  it('functions: new required parameter, optional made required, narrowed parameter and widened return break; optional additions, widened parameters and narrowed returns do not', () => {
    const before = fn('list', sig([['owner', 'string | number'], ['limit', 'number', 'optional']], 'Task | undefined'));
    expect(verdict(before, fn('list', sig([['owner', 'string | number'], ['limit', 'number', 'optional'], ['page', 'number', 'optional']], 'Task | undefined')))).toEqual([
      ['list', false, []],
    ]);
    expect(verdict(before, fn('list', sig([['owner', 'string | number'], ['limit', 'number'], ['sort', 'string']], 'Task | undefined')))).toEqual([
      ['list', true, ['parameter `limit` is now required', 'new required parameter `sort`']],
    ]);
    expect(verdict(before, fn('list', sig([['owner', 'string'], ['limit', 'number', 'optional']], 'Task | undefined')))).toEqual([
      ['list', true, ['parameter `owner` type narrowed or changed from `string | number` to `string`']],
    ]);
    expect(verdict(before, fn('list', sig([['owner', 'string | number | boolean'], ['limit', 'number', 'optional']], 'Task')))).toEqual([['list', false, []]]);
    expect(verdict(before, fn('list', sig([['owner', 'string | number'], ['limit', 'number', 'optional']], 'Task | undefined | null')))).toEqual([
      ['list', true, ['return type widened or changed from `Task | undefined` to `Task | undefined | null`']],
    ]);
    expect(verdict(before, fn('list', sig([['owner', 'string | number']], 'Task | undefined')))).toEqual([['list', true, ['parameter `limit` removed']]]);
  });

  it('formatting and the order of union members are no change; a renamed parameter is a change that breaks nothing', () => {
    expect(normalizeType('{ a: string;  b?: number }')).toBe(normalizeType('{a: string; b?: number;}'));
    expect(verdict(fn('f', sig([['x', '"a" | "b"']], 'void')), fn('f', sig([['y', '"b" | "a"']], 'void')))).toEqual([['f', false, []]]);
    expect(verdict(fn('f', sig([['x', 'string']], 'void')), fn('f', sig([['x', 'string']], 'void')))).toBe('unchanged');
  });

  it('interfaces: an optional property made required, a new required member and a removed member break; new optional members do not', () => {
    const before = iface('Task', prop('id', 'string'), prop('due', 'string', { optional: true }));
    const after = iface('Task', prop('id', 'string'), prop('due', 'string'), prop('owner', 'string'), prop('tags', 'string[]', { optional: true }));
    const diff = diffApiSnapshots(snapshot(before), snapshot(after), (page) => `/api/x/${page}`);
    expect(diff.added.map((item) => [item.name, item.signature, item.breaking])).toEqual([
      ['Task.owner', 'Task.owner: string', true],
      ['Task.tags', 'Task.tags?: string[]', false],
    ]);
    expect(diff.changed.map((item) => [item.name, item.before, item.after, item.reasons])).toEqual([['Task.due', 'Task.due?: string', 'Task.due: string', ['now required']]]);
    expect(diff.breaking).toEqual([
      { where: 'Task.due', description: 'now required' },
      { where: 'Task.owner', description: 'new required member of an interface' },
    ]);
    const removed = diffApiSnapshots(snapshot(before), snapshot(iface('Task', prop('id', 'string'))));
    expect(removed.removed.map((item) => [item.name, item.reasons])).toEqual([['Task.due', ['member removed']]]);
  });

  it('exports: removed and re-kinded exports break, new ones do not; a type alias change breaks unless unchanged after normalising', () => {
    const alias = (type: string): ApiExport => ({ name: 'Status', kind: 'type alias', type, page: 'type-aliases/Status.md' });
    const diff = diffApiSnapshots(snapshot(fn('a', sig([], 'void')), alias('"open" | "done"')), snapshot(alias('"done" | "open"'), { name: 'a', kind: 'variable', type: 'number' }, fn('b', sig([], 'void'))), (page) => `/api/x/${page.replace(/\.md$/, '')}`);
    expect(diff.added.map((item) => [item.name, item.breaking])).toEqual([['b', false]]);
    expect(diff.changed.map((item) => [item.name, item.before, item.after, item.reasons])).toEqual([['a', 'function a(): void', 'const a: number', ['was a function, is a variable']]]);
    // A version constant's new literal is a new value; a constant whose type widens breaks readers.
    const constant = (type: string): ApiExport => ({ name: 'VERSION', kind: 'variable', type });
    expect(verdict(constant('"2.1.0"'), constant('"3.0.0"'))).toEqual([['VERSION', false, []]]);
    expect(verdict(constant('"2.1.0"'), constant('string'))).toEqual([['VERSION', true, ['type changed from `"2.1.0"` to `string`']]]);
    expect(verdict(constant('1'), constant('"1"'))).toEqual([['VERSION', true, ['type changed from `1` to `"1"`']]]);
    const narrowed = diffApiSnapshots(snapshot(alias('"open" | "done"')), snapshot(alias('"open"')), (page) => `/api/x/${page.replace(/\.md$/, '')}`);
    expect(narrowed.changed).toEqual([
      {
        name: 'Status',
        kind: 'type alias',
        before: 'type Status = "open" | "done"',
        after: 'type Status = "open"',
        breaking: true,
        reasons: ['type changed from `"open" | "done"` to `"open"`'],
        page: '/api/x/type-aliases/Status',
      },
    ]);
  });
});

describe('TypeScript API diff: what a class or interface extends and implements', () => {
  const cls = (name: string, heritage: Pick<ApiExport, 'extends' | 'implements'>, ...members: ApiMember[]): ApiExport => ({ name, kind: 'class', members, ...heritage });

  it('a base class that is gone breaks; a new base or a dropped implements clause does not by itself', () => {
    const before = cls('NotFoundError', { extends: ['TaskApiError'] }, prop('status', 'number'));
    // The base changed: instanceof TaskApiError no longer holds, and what TaskApiError's base gave may be gone.
    expect(verdict(before, cls('NotFoundError', { extends: ['Error'] }, prop('status', 'number')))).toEqual([['NotFoundError', true, ['no longer extends `TaskApiError`']]]);
    expect(verdict(before, cls('NotFoundError', {}, prop('status', 'number')))).toEqual([['NotFoundError', true, ['no longer extends `TaskApiError`']]]);
    expect(verdict(cls('E', {}), cls('E', { extends: ['Error'] }))).toEqual([['E', false, []]]);
    // The sample SDK from 2.0.0 to 2.1.0: TaskTimeoutError moved under TaskNetworkError, which extends Error.
    const network = cls('TaskNetworkError', { extends: ['Error'] });
    const moved = diffApiSnapshots(snapshot(cls('TaskTimeoutError', { extends: ['Error'] })), snapshot(network, cls('TaskTimeoutError', { extends: ['TaskNetworkError'] })));
    expect(moved.changed.map((item) => [item.name, item.before, item.after, item.breaking])).toEqual([['TaskTimeoutError', 'class TaskTimeoutError extends Error', 'class TaskTimeoutError extends TaskNetworkError', false]]);
    expect(moved.breaking).toEqual([]);
    expect(verdict(cls('Circle', { implements: ['Shape'] }), cls('Circle', {}))).toEqual([['Circle', false, []]]);
    expect(verdict(before, cls('NotFoundError', { extends: ['TaskApiError '] }, prop('status', 'number')))).toBe('unchanged');
    const diff = diffApiSnapshots(snapshot(before), snapshot(cls('NotFoundError', { extends: ['Error'], implements: ['Problem'] }, prop('status', 'number'))));
    expect(diff.changed.map((item) => [item.before, item.after])).toEqual([['class NotFoundError extends TaskApiError', 'class NotFoundError extends Error implements Problem']]);
    expect(diff.breaking).toEqual([{ where: 'NotFoundError', description: 'no longer extends `TaskApiError`' }]);
  });

  it('the snapshot takes them from TypeDoc: the mixed fixture’s Square extends Circle, which implements Shape', async () => {
    const converted = await convertApiPackage(MIXED_PACKAGE, { rootDir: MIXED_DIR });
    const exports = new Map(snapshotApi(converted.project).exports.map((item) => [item.name, item]));
    expect(exports.get('Square')).toMatchObject({ kind: 'class', extends: ['Circle'] });
    expect(exports.get('Circle')).toMatchObject({ kind: 'class', implements: ['Shape'] });
    expect(exports.get('Circle')).not.toHaveProperty('extends');
  }, 60_000);
});
