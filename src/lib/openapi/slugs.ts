/**
 * URL segments of the HTTP API pages. They are derived only from names in the
 * spec (tag names, operationIds, schema names, method and path), so a page
 * keeps its URL as long as those names do: links from elsewhere stay valid
 * across releases of the spec.
 */

/** Base path of every HTTP API page, below the site's baseUrl. */
export const HTTP_API_BASE_PATH = '/http-api';

/** The tag that collects operations without one. */
export const DEFAULT_TAG = 'default';

/** Segment under a spec that holds schema pages; a tag cannot take it. */
export const SCHEMAS_SEGMENT = 'schemas';

/**
 * Lowercase kebab-case: `Task Events` → `task-events`, `listTasks` →
 * `list-tasks`, `getHTTPStatus` → `get-http-status`, `Überblick` → `uberblick`.
 * Returns `fallback` when nothing usable is left.
 */
export function kebabSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Word boundaries inside camelCase and acronyms: "getHTTPStatus" → "get HTTP Status".
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** Segment of a tag page: kebab-case of the tag name. */
export function tagSlug(tag: string): string {
  return kebabSlug(tag, 'tag');
}

/**
 * Segment of an operation page: kebab-case of its `operationId`, or of
 * method and path when it has none (`GET /tasks/{taskId}` → `get-tasks-task-id`).
 */
export function operationSlug(operation: { operationId?: string; method: string; path: string }): string {
  return operation.operationId
    ? kebabSlug(operation.operationId, 'operation')
    : kebabSlug(`${operation.method} ${operation.path}`, operation.method.toLowerCase());
}

/**
 * Segment of a schema page: the component name with its case kept (`Task`,
 * `TaskPage`); characters outside `A-Z a-z 0-9 _ -` (dots of Java-style
 * names, spaces) become `-`, so no segment looks like a file extension.
 */
export function schemaSlug(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'schema';
}

/**
 * Hands out unique slugs in order of first request: the second `tasks`
 * becomes `tasks-2`. Slugs in `reserved` are treated as already taken.
 */
export class SlugAllocator {
  private readonly taken = new Set<string>();

  /** @param reserved - Slugs that must never be handed out as they are. */
  constructor(reserved: Iterable<string> = []) {
    for (const slug of reserved) this.taken.add(slug.toLowerCase());
  }

  /** A slug based on `wanted` that no earlier call returned (compared case-insensitively). */
  allocate(wanted: string): string {
    let candidate = wanted;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n += 1) candidate = `${wanted}-${n}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** Joins URL segments with single slashes: `('/', 'http-api', 'x')` → `/http-api/x`. */
export function joinUrl(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}
