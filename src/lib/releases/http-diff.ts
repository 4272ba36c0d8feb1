import { apiDiff } from 'api-smart-diff';
import { parseDocument } from 'yaml';
import { assertSpecWithinLimits } from '../openapi/guarded-resolver.js';
import { MAX_SPEC_FILE_BYTES, yamlToJsBounded } from '../results/limits.js';
import { describeExampleChange, describeUnnamedChange } from './http-diff-wording.js';

/** HTTP methods of an OpenAPI path item. */
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

/**
 * What kind of breaking change a change is: an operation or a response that
 * clients use is gone, a request now needs a parameter (or body) it did not,
 * a type accepts or returns less than before, or another change the diff
 * library classifies as breaking.
 */
export type BreakingKind = 'removed-operation' | 'removed-response' | 'new-required-parameter' | 'narrowed-type' | 'other-breaking';

/** How a change affects clients, as api-smart-diff classifies it. */
export type HttpChangeClass = 'breaking' | 'non-breaking' | 'deprecated' | 'annotation' | 'unclassified';

/** One change between two versions of a spec. */
export interface HttpChange {
  /** One line, e.g. `[Added] required query parameter \`owner\`` (from api-smart-diff; spec text, untrusted). */
  description: string;
  /** How the change affects clients. */
  class: HttpChangeClass;
  /** For a breaking change, its kind. */
  breakingKind?: BreakingKind;
  /** JSON pointer of the change in the spec (`/paths/~1tasks/get/parameters/1`). */
  pointer: string;
}

/** An operation of a spec. */
export interface HttpOperationRef {
  /** Upper-case HTTP method. */
  method: string;
  /** Path template, e.g. `/tasks/{id}`. */
  path: string;
  /** `operationId`, when the operation has one. */
  operationId?: string;
}

/** An operation present at both tags whose definition changed. */
export interface HttpOperationChange extends HttpOperationRef {
  /** Its changes, in spec order. */
  changes: HttpChange[];
}

/** The HTTP API diff of one spec between two tags. */
export interface HttpApiDiff {
  /** Operations only in the newer spec, sorted by path then method. */
  added: HttpOperationRef[];
  /** Operations only in the older spec, sorted by path then method. */
  removed: HttpOperationRef[];
  /** Operations in both whose definition changed, sorted by path then method. */
  changed: HttpOperationChange[];
  /** Changes outside operations (document info, servers, path-level parameters, unused components). */
  other: HttpChange[];
  /** Every breaking change, with the operation it is in (`GET /tasks`) or `document`; `document` first, then by path and method. */
  breaking: { where: string; change: HttpChange }[];
}

/**
 * Diffs two parsed OpenAPI (or Swagger 2) documents with api-smart-diff and
 * groups its changes by operation. Internal `$ref`s are followed by the
 * library; changes in a shared schema show on each operation that uses it.
 */
export function diffHttpApi(before: unknown, after: unknown): HttpApiDiff {
  const diffs = apiDiff(before, after);
  const added: HttpOperationRef[] = [];
  const removed: HttpOperationRef[] = [];
  const changed = new Map<string, HttpOperationChange>();
  const other: HttpChange[] = [];
  const breaking: HttpApiDiff['breaking'] = [];

  for (const diff of diffs) {
    const path = diff.path.map(String);
    const example = describeExampleChange(diff.action, path);
    const change: HttpChange = example
      ? { description: example, class: 'annotation', pointer: pointerOf(path) }
      : { description: diff.description ?? describeUnnamedChange(diff.action, path), class: diff.type as HttpChangeClass, pointer: pointerOf(path) };
    const [root, route, method, ...rest] = path;
    const isOperation = root === 'paths' && route !== undefined && method !== undefined && METHODS.has(method.toLowerCase());
    if (root === 'paths' && route !== undefined && method === undefined && (diff.action === 'add' || diff.action === 'remove')) {
      // A whole path item added or removed: each of its operations is.
      const item = (diff.action === 'add' ? diff.after : diff.before) as Record<string, unknown> | undefined;
      for (const [key, value] of Object.entries(item ?? {})) {
        if (!METHODS.has(key.toLowerCase())) continue;
        const ref = operationRef(route, key, value);
        if (diff.action === 'add') added.push(ref);
        else {
          removed.push(ref);
          breaking.push({ where: `${ref.method} ${ref.path}`, change: { ...change, class: 'breaking', breakingKind: 'removed-operation' } });
        }
      }
      continue;
    }
    if (!isOperation) {
      other.push(change);
      if (change.class === 'breaking') breaking.push({ where: 'document', change: { ...change, breakingKind: 'other-breaking' } });
      continue;
    }
    if (rest.length === 0 && (diff.action === 'add' || diff.action === 'remove')) {
      const ref = operationRef(route!, method!, diff.action === 'add' ? diff.after : diff.before);
      if (diff.action === 'add') added.push(ref);
      else {
        removed.push(ref);
        breaking.push({ where: `${ref.method} ${ref.path}`, change: { ...change, class: 'breaking', breakingKind: 'removed-operation' } });
      }
      continue;
    }
    const key = `${route} ${method}`;
    let entry = changed.get(key);
    if (!entry) {
      entry = { ...operationRef(route!, method!, operationAt(after, route!, method!) ?? operationAt(before, route!, method!)), changes: [] };
      changed.set(key, entry);
    }
    if (change.class === 'breaking') change.breakingKind = breakingKindOf(diff.action, rest, diff.after);
    entry.changes.push(change);
    if (change.class === 'breaking') breaking.push({ where: `${entry.method} ${entry.path}`, change });
  }

  const byRoute = (a: HttpOperationRef, b: HttpOperationRef) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.method < b.method ? -1 : a.method > b.method ? 1 : 0);
  // `document` first, then by path and method; the library's order within one operation is kept.
  const whereKey = (where: string) => (where === 'document' ? '' : `${where.slice(where.indexOf(' ') + 1)} ${where.slice(0, where.indexOf(' '))}`);
  breaking.sort((a, b) => (whereKey(a.where) < whereKey(b.where) ? -1 : whereKey(a.where) > whereKey(b.where) ? 1 : 0));
  return { added: added.sort(byRoute), removed: removed.sort(byRoute), changed: [...changed.values()].sort(byRoute), other, breaking };
}

function breakingKindOf(action: string, rest: readonly string[], after: unknown): BreakingKind {
  if (action === 'remove' && rest[0] === 'responses' && rest.length === 2) return 'removed-response';
  if (action === 'add' && rest[0] === 'parameters' && rest.length === 2 && (after as { required?: unknown } | undefined)?.required === true) return 'new-required-parameter';
  if (rest[0] === 'parameters' && rest.at(-1) === 'required') return 'new-required-parameter';
  if (rest[0] === 'requestBody' && rest.at(-1) === 'required') return 'new-required-parameter';
  if (rest.some((segment) => segment === 'schema' || segment === 'type' || segment === 'enum' || segment === 'format' || segment === 'required')) return 'narrowed-type';
  return 'other-breaking';
}

function operationRef(route: string, method: string, operation: unknown): HttpOperationRef {
  const ref: HttpOperationRef = { method: method.toUpperCase(), path: route };
  const id = (operation as { operationId?: unknown } | undefined)?.operationId;
  if (typeof id === 'string') ref.operationId = id;
  return ref;
}

function operationAt(document: unknown, route: string, method: string): unknown {
  return ((document as { paths?: Record<string, Record<string, unknown>> } | undefined)?.paths?.[route] ?? {})[method];
}

function pointerOf(path: readonly string[]): string {
  return path.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Parses the text of a spec as read from git (YAML or JSON), within the
 * limits the build applies to spec files (size, JSON nesting, YAML aliases).
 *
 * @returns The document, or why it cannot be used.
 */
export function parseSpecText(text: string, shown: string): { document: unknown } | { problem: string } {
  if (Buffer.byteLength(text) > MAX_SPEC_FILE_BYTES) return { problem: `${shown} has more than ${MAX_SPEC_FILE_BYTES} bytes` };
  try {
    assertSpecWithinLimits(shown, text);
  } catch (error) {
    return { problem: (error as { problems?: string[] }).problems?.[0] ?? (error as Error).message };
  }
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) return { problem: `${shown} is not valid YAML or JSON (${document.errors[0]!.message.split('\n')[0]})` };
  const bounded = yamlToJsBounded(document);
  if (!bounded.ok) return { problem: `${shown}: ${bounded.excess.message}` };
  const value = bounded.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('paths' in value || 'openapi' in value || 'swagger' in value)) {
    return { problem: `${shown} is not an OpenAPI document (no openapi, swagger or paths key)` };
  }
  return { document: value };
}

/** True when the document has a `$ref` to another file or a URL, which the diff does not follow. */
export function hasExternalRefs(document: unknown): boolean {
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) return true;
      if (typeof value === 'object') stack.push(value);
    }
  }
  return false;
}
