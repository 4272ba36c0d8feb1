import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  bundle,
  detectSpec,
  getTypes,
  normalizeTypes,
  resolveDocument,
  unescapePointerFragment,
  YamlParseError,
  type Config,
  type Document,
  type NormalizedProblem,
  type SpecVersion,
} from '@redocly/openapi-core';
import { PortalError } from '../errors.js';
import { GuardedResolver } from './guarded-resolver.js';
import { ContainedResolver, RefusedReferenceError, specFolderPolicy, type OpenApiReferencePolicy, type RefusalKind } from './containment.js';
import { isObject, type JsonObject } from './json-narrowing.js';
import { formatLocation, problemLocation, type SpecLocation } from './locations.js';
import { loadRedoclyConfig } from './redocly-config.js';

/** The spec versions Portico renders: Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2. */
export type OpenApiSpecVersion = Extract<SpecVersion, 'oas2' | 'oas3_0' | 'oas3_1' | 'oas3_2'>;

const SUPPORTED: readonly SpecVersion[] = ['oas2', 'oas3_0', 'oas3_1', 'oas3_2'];

/** Other formats Redocly recognises, named the way their authors would. */
const OTHER_FORMATS: Partial<Record<SpecVersion, string>> = {
  async2: 'an AsyncAPI 2 document',
  async3: 'an AsyncAPI 3 document',
  arazzo1: 'an Arazzo document',
  arazzo1_1: 'an Arazzo document',
  overlay1: 'an OpenAPI Overlay',
  openrpc1: 'an OpenRPC document',
  graphql: 'a GraphQL schema',
};

/** A spec bundled by Redocly into one document, with Redocly's resolution of its `$ref`s. */
export interface LoadedOpenApiSpec {
  /** Absolute path of the root file. */
  file: string;
  /** Which OpenAPI generation the document is, as Redocly detects it. */
  specVersion: OpenApiSpecVersion;
  /**
   * The bundled document: every external file pulled in, every `$ref` now a
   * local pointer such as `#/components/schemas/Task` (`#/definitions/Task` in
   * 2.0). Refs are kept, not inlined, so pages can link to a schema by name.
   */
  document: JsonObject;
  /** Every file the spec is made of (the root and each file it references). */
  files: string[];
  /**
   * Looks up what Redocly resolved a local `$ref` of {@link document} to, or
   * `undefined` when it did not resolve. Following refs goes only through this.
   */
  resolveRef(ref: string): unknown;
  /**
   * The `$ref`s that lead outside the project or to a host that is not
   * allowed: never read nor fetched, left unresolved in {@link document}.
   * Lint reports each as an error finding.
   */
  refusedReferences: RefusedReference[];
}

/** A `$ref` that was not followed, placed where it is written. */
export interface RefusedReference extends SpecLocation {
  /** The reference as written, e.g. `../../shared/error.yaml` or `https://example.org/x.yaml`. */
  reference: string;
  /** What it resolved to: an absolute path or URL. */
  absoluteRef: string;
  /** JSON pointer of the object holding the `$ref`. */
  pointer: string;
  /** Why it was refused. */
  kind: RefusalKind;
  /** `$ref "<reference>" <reason>; <fix>`, the message of its lint finding. */
  message: string;
}

/** Options of {@link loadOpenApiSpec}. */
export interface LoadOpenApiSpecOptions {
  /** Redocly configuration (decorators, resolve settings); defaults to the `recommended` ruleset. */
  config?: Config;
  /**
   * Where `$ref`s may lead: the project's folders and allowed hosts. Defaults
   * to the spec's own folder and no host ({@link specFolderPolicy}).
   */
  policy?: OpenApiReferencePolicy;
}

/**
 * Reads an OpenAPI 3.x or Swagger 2.0 spec (YAML or JSON, possibly split over
 * several files with relative `$ref`s) and bundles it with Redocly.
 *
 * @throws {@link PortalError} with exit code 2, one `file:line:column: what` line
 * per problem, when the file is missing, is not valid YAML/JSON, is not an
 * OpenAPI document, lies outside the project, or has a `$ref` that does not
 * resolve. A `$ref` refused by the policy is not an error here: it is listed
 * in {@link LoadedOpenApiSpec.refusedReferences}.
 */
export async function loadOpenApiSpec(file: string, options: LoadOpenApiSpecOptions = {}): Promise<LoadedOpenApiSpec> {
  return (await loadContainedSpec(file, options)).spec;
}

/**
 * {@link loadOpenApiSpec}, also handing back the resolver it read through.
 * `inspect` runs on the parsed root document before Redocly's bundle rewrites
 * the documents the resolver holds: lint runs there, so every file is read
 * (and every URL fetched) once, under one policy.
 *
 * @internal
 */
export async function loadContainedSpec<T = undefined>(
  file: string,
  options: LoadOpenApiSpecOptions = {},
  inspect?: (root: Document, resolver: ContainedResolver) => Promise<T>,
): Promise<{ spec: LoadedOpenApiSpec; resolver: ContainedResolver; inspected: T | undefined }> {
  const absolute = path.resolve(file);
  const config = options.config ?? (await loadRedoclyConfig());
  const resolver = new GuardedResolver(config.resolve, options.policy ?? specFolderPolicy(absolute));
  const root = await readSpecDocument(absolute, config, resolver);
  const specVersion = detectOpenApiVersion(root, absolute);
  const inspected = inspect ? await inspect(root, resolver) : undefined;

  let bundled;
  try {
    bundled = await bundle({ doc: root, config, externalRefResolver: resolver, dereference: false });
  } catch (error) {
    throw unusable(absolute, [`${formatLocation({ file: absolute, line: 1, column: 1 })}: cannot be bundled: ${firstLine(error)}`]);
  }
  const refusedReferences: RefusedReference[] = [];
  const errors: NormalizedProblem[] = [];
  for (const problem of bundled.problems) {
    if (problem.severity !== 'error' || problem.ignored) continue;
    const refusal = findRefusal(problem, resolver);
    if (refusal) refusedReferences.push(await describeRefusal(problem, refusal, absolute, resolver));
    else errors.push(problem);
  }
  if (errors.length > 0) {
    throw unusable(
      absolute,
      errors.map((problem) => {
        const location = problemLocation(problem, absolute);
        return `${formatLocation(location)}: ${describeBundleProblem(problem.message)}${quoteSourceLine(problem, location.line)}`;
      }),
    );
  }
  if (!isObject(bundled.bundle.parsed)) throw unusable(absolute, [`${absolute}: the bundled document is not an object`]);

  // Redocly's own resolver answers every `$ref` of the bundled document; the
  // model builder follows a ref only by asking this map, never by walking pointers itself.
  const refMap = await resolveDocument({
    rootDocument: bundled.bundle,
    externalRefResolver: resolver,
    rootType: normalizeTypes(config.extendTypes(getTypes(specVersion), specVersion), config).Root,
  });
  const rootRef = bundled.bundle.source.absoluteRef;
  const spec: LoadedOpenApiSpec = {
    file: absolute,
    specVersion,
    document: bundled.bundle.parsed,
    // The resolver leaves refused references out of its files: they were never read.
    files: [...new Set([absolute, ...resolver.getFiles()])].sort(),
    resolveRef(ref) {
      // Key format of Redocly's ResolvedRefMap (its internal makeRefId): "<absoluteRef>::<pointer>".
      const resolved = refMap.get(`${rootRef}::${ref}`);
      return resolved?.resolved ? resolved.node : undefined;
    },
    refusedReferences: dedupeRefusals(refusedReferences),
  };
  return { spec, resolver, inspected };
}

/** The refusal an unresolved-`$ref` problem of Redocly stands for, if it is one. */
export function findRefusal(problem: NormalizedProblem, resolver: ContainedResolver): RefusedReferenceError | undefined {
  if (!problem.message.startsWith("Can't resolve $ref: ")) return undefined;
  const reason = problem.message.slice("Can't resolve $ref: ".length);
  return [...resolver.refused.values()].find((refusal) => refusal.message === reason);
}

/** A refused reference with its location and the `$ref` as written (read from the file that holds it, which was itself read). */
export async function describeRefusal(
  problem: NormalizedProblem,
  refusal: RefusedReferenceError,
  fallbackFile: string,
  resolver: ContainedResolver,
): Promise<RefusedReference> {
  const location = problemLocation(problem, fallbackFile);
  const pointer = problem.location[0]?.pointer ?? '#/';
  const holder = await Promise.resolve(resolver.cache.get(location.file)).catch(() => undefined);
  const node = holder && !(holder instanceof Error) ? followPointer(holder.parsed, pointer) : undefined;
  const written = isObject(node) && typeof node.$ref === 'string' ? node.$ref : refusal.absoluteRef;
  return {
    ...location,
    reference: written,
    absoluteRef: refusal.absoluteRef,
    pointer,
    kind: refusal.kind,
    message: `$ref ${JSON.stringify(written)} ${describeTarget(written, refusal)}; ${refusal.fix}`,
  };
}

/** `is outside the project (...)`, naming the absolute target when the written reference is relative. */
function describeTarget(written: string, refusal: RefusedReferenceError): string {
  return written === refusal.absoluteRef || refusal.kind !== 'outside-project'
    ? refusal.reason
    : `leads to ${refusal.absoluteRef}, which ${refusal.reason}`;
}

function dedupeRefusals(refusals: RefusedReference[]): RefusedReference[] {
  const seen = new Set<string>();
  return refusals.filter((refusal) => {
    const key = `${refusal.file}:${refusal.line}:${refusal.column}:${refusal.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function followPointer(document: unknown, pointer: string): unknown {
  const segments = pointer.replace(/^#\/?/, '').split('/').filter((segment) => segment !== '');
  let node = document;
  for (const segment of segments) {
    const key = unescapePointerFragment(segment);
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/**
 * Reads and parses the root file with Redocly's resolver.
 *
 * @param resolver - The resolver to read through; by default one that allows the file's own folder.
 * @throws {@link PortalError} (exit 2) for a file outside the resolver's project, a missing file or invalid YAML/JSON, with its location.
 */
export async function readSpecDocument(file: string, config: Config, resolver?: ContainedResolver): Promise<Document> {
  const reader = resolver ?? new GuardedResolver(config.resolve, specFolderPolicy(file));
  const where = formatLocation({ file, line: 1, column: 1 });
  // Checked before anything else, so not even the existence of an outside file is revealed.
  const outside = reader.refusalOf(file);
  if (outside) throw unusable(file, [`${where}: the spec ${outside.reason}; ${outside.fix}`]);
  if (!existsSync(file)) throw unusable(file, [`${where}: file not found`]);
  if (!statSync(file).isFile()) throw unusable(file, [`${file}: is a directory, expected a YAML or JSON file`]);
  // Redocly returns some read errors and throws others (a YAML error of the root file is thrown).
  const document = await reader.resolveDocument(null, file, true).catch((error: unknown) => error);
  if (document instanceof PortalError) throw document; // a limit of GuardedResolver (issue 22)
  if (document instanceof YamlParseError) {
    // Redocly takes line and column (1-based) from js-yaml's "... (line:col)" message.
    const reason = firstLine(document).replace(/ in ".*" \(\d+:\d+\)$/, '');
    const line = Number.isFinite(document.line) ? document.line : 1;
    const column = Number.isFinite(document.col) ? document.col : 1;
    throw unusable(file, [`${formatLocation({ file, line, column })}: invalid YAML or JSON: ${reason}`]);
  }
  if (document instanceof Error) throw unusable(file, [`${formatLocation({ file, line: 1, column: 1 })}: cannot be read: ${firstLine(document)}`]);
  if (!isObject(document) || !('parsed' in document)) throw unusable(file, [`${formatLocation({ file, line: 1, column: 1 })}: cannot be read`]);
  return document as Document;
}

/**
 * Which OpenAPI generation a parsed document is.
 *
 * @throws {@link PortalError} (exit 2) when it is not an OpenAPI 3.x or Swagger 2.0 document.
 */
export function detectOpenApiVersion(document: Document, file: string): OpenApiSpecVersion {
  const where = formatLocation({ file, line: 1, column: 1 });
  const expected = 'expected a top-level "openapi: 3.x.y" or "swagger: \'2.0\'" field';
  if (!isObject(document.parsed)) throw unusable(file, [`${where}: not an OpenAPI document (not a YAML/JSON object); ${expected}`]);
  let detected: SpecVersion;
  try {
    detected = detectSpec(document.parsed);
  } catch (error) {
    throw unusable(file, [`${where}: not an OpenAPI document (${firstLine(error)}); ${expected}`]);
  }
  if (!SUPPORTED.includes(detected)) {
    throw unusable(file, [`${where}: not an OpenAPI document (it is ${OTHER_FORMATS[detected] ?? detected}); ${expected}`]);
  }
  // Redocly falls back to OpenAPI 3 for a document with no version field at all.
  if (!('openapi' in document.parsed) && !('swagger' in document.parsed)) {
    throw unusable(file, [`${where}: not an OpenAPI document; ${expected}`]);
  }
  return detected as OpenApiSpecVersion;
}

function describeBundleProblem(message: string): string {
  return message.startsWith("Can't resolve $ref") ? `unresolved $ref${message.slice("Can't resolve $ref".length)}` : message;
}

/** The offending line as written (`$ref: './missing.yaml'`), so the message says which reference failed. */
function quoteSourceLine(problem: NormalizedProblem, line: number): string {
  const text = problem.location[0]?.source?.getLines()[line - 1]?.trim();
  return text ? ` (${text.length > 120 ? `${text.slice(0, 117)}...` : text})` : '';
}

function unusable(file: string, problems: string[]): PortalError {
  return new PortalError(`Unusable OpenAPI spec ${file}`, 2, problems);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
