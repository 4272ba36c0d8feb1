import path from 'node:path';
import { BaseResolver, ResolveError, type Source } from '@redocly/openapi-core';
import { createProjectBoundary, type ProjectBoundary } from '../paths/containment.js';

/** Where the `$ref`s of a spec may lead: files inside the project, and the listed hosts. */
export interface OpenApiReferencePolicy {
  /** The folders local files may be read from (the project root and its `allowedRoots`). */
  boundary: ProjectBoundary;
  /**
   * Hosts remote (`http`/`https`) references may be fetched from, as `host` or
   * `host:port` (`openapi.allowedHosts`); none by default.
   */
  allowedHosts: readonly string[];
}

/**
 * The policy of a project: local `$ref`s inside `rootDir` (the folder of the
 * portal configuration) or one of `allowedRoots`, remote ones only to `allowedHosts`.
 */
export function projectReferencePolicy(rootDir: string, allowedRoots: readonly string[] = [], allowedHosts: readonly string[] = []): OpenApiReferencePolicy {
  return { boundary: createProjectBoundary(rootDir, allowedRoots), allowedHosts };
}

/**
 * The policy used when a caller names none: the spec's own folder and no
 * host. The CLI and the build pass the project's policy instead.
 */
export function specFolderPolicy(specFile: string): OpenApiReferencePolicy {
  return { boundary: createProjectBoundary(path.dirname(path.resolve(specFile))), allowedHosts: [] };
}

/** Why a reference was not followed. */
export type RefusalKind = 'outside-project' | 'host-not-allowed' | 'file-url';

/**
 * A reference the resolver refused to read or fetch. Thrown (wrapped in
 * Redocly's `ResolveError`) from {@link ContainedResolver.loadExternalRef},
 * so Redocly reports the `$ref` as unresolved at its own location.
 */
export class RefusedReferenceError extends Error {
  /** The reference as Redocly resolved it: an absolute path or URL. */
  readonly absoluteRef: string;
  /** Why it was refused. */
  readonly kind: RefusalKind;
  /** What was refused and why, without the fix: `leads outside the project (...)`. */
  readonly reason: string;
  /** What the user can do: `move the file into the project or add its folder to allowedRoots`. */
  readonly fix: string;

  constructor(absoluteRef: string, kind: RefusalKind, reason: string, fix: string) {
    super(`refused by Portico: ${absoluteRef} ${reason}; ${fix}`);
    this.name = 'RefusedReferenceError';
    this.absoluteRef = absoluteRef;
    this.kind = kind;
    this.reason = reason;
    this.fix = fix;
  }
}

/**
 * Redocly's resolver with a boundary: every file and URL a spec reaches goes
 * through {@link loadExternalRef}, which refuses a local path outside the
 * project (symbolic links resolved) and a URL whose host is not allowed
 * before anything is read or fetched. Redirects are followed only to allowed
 * hosts. Lint, bundle and the page model all resolve through one instance per
 * spec, so nothing is read twice and nothing outside is read at all.
 */
export class ContainedResolver extends BaseResolver {
  /** The references refused so far, by absolute reference. */
  readonly refused = new Map<string, RefusedReferenceError>();
  private readonly policy: OpenApiReferencePolicy;
  private readonly resolveConfig: ConstructorParameters<typeof BaseResolver>[0];

  /**
   * @param config - Redocly's `resolve` settings (HTTP headers); its fetch is wrapped so redirects are checked too.
   * @param policy - Where references may lead.
   */
  constructor(config: ConstructorParameters<typeof BaseResolver>[0], policy: OpenApiReferencePolicy) {
    const http = config?.http ?? { headers: [] };
    const fetchImpl = (http.customFetch as typeof fetch | undefined) ?? fetch;
    super({ ...config, http: { ...http, customFetch: (url: string, init?: RequestInit) => fetchWithinHosts(url, init, policy.allowedHosts, fetchImpl) } });
    this.policy = policy;
    this.resolveConfig = config;
  }

  /** A resolver with the same settings and policy and an empty cache (Redocly's bundle edits the documents it cached). */
  fresh(): ContainedResolver {
    return new ContainedResolver(this.resolveConfig, this.policy);
  }

  /** The refusal `absoluteRef` would meet, without reading anything; `undefined` when it may be read. */
  refusalOf(absoluteRef: string): RefusedReferenceError | undefined {
    return checkReference(absoluteRef, this.policy);
  }

  /** Refuses, or reads the file / fetches the URL as Redocly would. */
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    const refusal = checkReference(absoluteRef, this.policy);
    if (refusal) {
      this.refused.set(absoluteRef, refusal);
      throw new ResolveError(refusal);
    }
    try {
      return await super.loadExternalRef(absoluteRef);
    } catch (error) {
      // A redirect to a host that is not allowed is refused inside the fetch.
      const cause = error instanceof ResolveError ? error.originalError : error;
      if (cause instanceof RefusedReferenceError) this.refused.set(absoluteRef, cause);
      throw error;
    }
  }

  /** The files and URLs actually read: refused references are left out, so nobody hashes or watches them. */
  override getFiles(): Set<string> {
    return new Set([...super.getFiles()].filter((ref) => !this.refused.has(ref)));
  }
}

/** The refusal for `absoluteRef` under `policy`, or `undefined` when it may be read. */
export function checkReference(absoluteRef: string, policy: OpenApiReferencePolicy): RefusedReferenceError | undefined {
  if (/^https?:\/\//i.test(absoluteRef)) {
    const url = new URL(absoluteRef);
    if (isHostAllowed(url, policy.allowedHosts)) return undefined;
    return hostRefusal(absoluteRef, url, 'is fetched from');
  }
  if (/^file:/i.test(absoluteRef)) {
    return new RefusedReferenceError(absoluteRef, 'file-url', 'is a file: URL', 'write a path relative to the spec instead');
  }
  // data: URLs carry their content inline and read nothing.
  if (/^data:/i.test(absoluteRef)) return undefined;
  const verdict = policy.boundary.check(absoluteRef);
  if (verdict.inside) return undefined;
  const through = verdict.realPath ? `resolves through a symbolic link to ${verdict.realPath}, which ` : '';
  return new RefusedReferenceError(
    absoluteRef,
    'outside-project',
    `${through}is outside the project (${policy.boundary.describe()})`,
    'move the file into the project or add its folder to allowedRoots',
  );
}

/** True when the URL's `host:port` or host name is listed (case-insensitive). */
export function isHostAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  const candidates = new Set([url.host.toLowerCase(), url.hostname.toLowerCase()]);
  return allowedHosts.some((host) => candidates.has(host.toLowerCase()));
}

function hostRefusal(absoluteRef: string, url: URL, verb: string): RefusedReferenceError {
  return new RefusedReferenceError(
    absoluteRef,
    'host-not-allowed',
    `${verb} host ${url.host}, which openapi.allowedHosts does not list`,
    `copy the file into the project or add ${JSON.stringify(url.host)} to openapi.allowedHosts`,
  );
}

const MAX_REDIRECTS = 5;

/** `fetch` that follows a redirect only to an allowed host. */
async function fetchWithinHosts(url: string, init: RequestInit | undefined, allowedHosts: readonly string[], fetchImpl: typeof fetch): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetchImpl(current, { ...init, redirect: 'manual' });
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (!location) return response;
    const next = new URL(location, current);
    if (!/^https?:$/.test(next.protocol) || !isHostAllowed(next, allowedHosts)) throw hostRefusal(url, next, `redirects (${current} -> ${next.href}) to`);
    current = next.href;
  }
  throw new Error(`Failed to load ${url}: more than ${MAX_REDIRECTS} redirects`);
}

