import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  BaseResolver,
  bundle,
  detectSpec,
  getTypes,
  normalizeTypes,
  resolveDocument,
  YamlParseError,
  type Config,
  type Document,
  type NormalizedProblem,
  type SpecVersion,
} from '@redocly/openapi-core';
import { PortalError } from '../errors.js';
import { isObject, type JsonObject } from './json.js';
import { formatLocation, problemLocation } from './locations.js';
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
}

/** Options of {@link loadOpenApiSpec}. */
export interface LoadOpenApiSpecOptions {
  /** Redocly configuration (decorators, resolve settings); defaults to the `recommended` ruleset. */
  config?: Config;
}

/**
 * Reads an OpenAPI 3.x or Swagger 2.0 spec (YAML or JSON, possibly split over
 * several files with relative `$ref`s) and bundles it with Redocly.
 *
 * @throws {@link PortalError} with exit code 2, one `file:line:column: what` line
 * per problem, when the file is missing, is not valid YAML/JSON, is not an
 * OpenAPI document, or has a `$ref` that does not resolve.
 */
export async function loadOpenApiSpec(file: string, options: LoadOpenApiSpecOptions = {}): Promise<LoadedOpenApiSpec> {
  const absolute = path.resolve(file);
  const config = options.config ?? (await loadRedoclyConfig());
  const root = await readSpecDocument(absolute, config);
  const specVersion = detectOpenApiVersion(root, absolute);
  const resolver = new BaseResolver(config.resolve);

  let bundled;
  try {
    bundled = await bundle({ doc: root, config, externalRefResolver: resolver, dereference: false });
  } catch (error) {
    throw unusable(absolute, [`${formatLocation({ file: absolute, line: 1, column: 1 })}: cannot be bundled: ${firstLine(error)}`]);
  }
  const errors = bundled.problems.filter((problem) => problem.severity === 'error' && !problem.ignored);
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
  return {
    file: absolute,
    specVersion,
    document: bundled.bundle.parsed,
    files: [...new Set([absolute, ...bundled.fileDependencies])].sort(),
    resolveRef(ref) {
      // Key format of Redocly's ResolvedRefMap (its internal makeRefId): "<absoluteRef>::<pointer>".
      const resolved = refMap.get(`${rootRef}::${ref}`);
      return resolved?.resolved ? resolved.node : undefined;
    },
  };
}

/**
 * Reads and parses the root file with Redocly's resolver.
 *
 * @throws {@link PortalError} (exit 2) for a missing file or invalid YAML/JSON, with its location.
 */
export async function readSpecDocument(file: string, config: Config): Promise<Document> {
  if (!existsSync(file)) throw unusable(file, [`${formatLocation({ file, line: 1, column: 1 })}: file not found`]);
  if (!statSync(file).isFile()) throw unusable(file, [`${file}: is a directory, expected a YAML or JSON file`]);
  const resolver = new BaseResolver(config.resolve);
  // Redocly returns some read errors and throws others (a YAML error of the root file is thrown).
  const document = await resolver.resolveDocument(null, file, true).catch((error: unknown) => error);
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
