import { statSync } from 'node:fs';
import { isAbsoluteUrl, type Document, type Source } from '@redocly/openapi-core';
import { parseDocument } from 'yaml';
import { PortalError } from '../errors.js';
import { lineAndColumn } from '../core/position.js';
import { MAX_SPEC_FILE_BYTES, findJsonDepthExcess, yamlToJsBounded } from '../results/limits.js';
import { ContainedResolver } from './containment.js';
import { formatLocation } from './locations.js';

/**
 * Nesting accepted in a JSON spec. Higher than for result files (schemas nest),
 * far below what overflows the stack of js-yaml and Redocly's walker.
 */
const MAX_SPEC_JSON_DEPTH = 1_000;

/**
 * Redocly's resolver with the limits of issue 22 checked before js-yaml parses
 * a file: its size, JSON nesting depth, and YAML alias expansion. js-yaml
 * resolves an alias to a shared object, so a 1.2 KB alias bomb parses at once
 * and then Redocly's walker visits every expanded node (46 s and 3 GB before
 * failing); Redocly has no setting for it. Files with anchors and aliases are
 * parsed once more with the `yaml` package, whose `maxAliasCount` detects the bomb.
 */
export class GuardedResolver extends ContainedResolver {
  private readonly settings: ConstructorParameters<typeof ContainedResolver>;

  /** Same parameters as {@link ContainedResolver}. */
  constructor(...settings: ConstructorParameters<typeof ContainedResolver>) {
    super(...settings);
    this.settings = settings;
  }

  override fresh(): GuardedResolver {
    return new GuardedResolver(...this.settings);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (!isAbsoluteUrl(absoluteRef) && this.refusalOf(absoluteRef) === undefined) {
      const size = statSync(absoluteRef, { throwIfNoEntry: false })?.size ?? 0;
      if (size > MAX_SPEC_FILE_BYTES) {
        throw unusable(absoluteRef, [
          `${formatLocation({ file: absoluteRef, line: 1, column: 1 })}: the file has ${size} bytes, expected at most ${MAX_SPEC_FILE_BYTES} for an OpenAPI file`,
        ]);
      }
    }
    return super.loadExternalRef(absoluteRef);
  }

  override parseDocument(source: Source, isRoot?: boolean): Document {
    assertSpecWithinLimits(source.absoluteRef, source.body);
    return super.parseDocument(source, isRoot);
  }
}

/**
 * Refuses a spec text that nests JSON deeper than {@link MAX_SPEC_JSON_DEPTH}
 * or whose YAML aliases expand beyond the `yaml` package's alias limit.
 *
 * @throws {@link PortalError} (exit 2) naming `file:line:column`.
 */
export function assertSpecWithinLimits(file: string, text: string): void {
  if (/^\s*[[{]/.test(text)) {
    const excess = findJsonDepthExcess(text, MAX_SPEC_JSON_DEPTH);
    if (excess) throw unusable(file, [`${formatLocation({ file, line: excess.line, column: excess.column })}: ${excess.message}`]);
    return;
  }
  // Only a text with an anchor (&name) and an alias (*name) can be a bomb; the rest costs one regex.
  if (!/(^|[\s[{,:-])&[^\s[\]{},]+/m.test(text) || !/(^|[\s[{,:-])\*[^\s[\]{},]+/m.test(text)) return;
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) return; // js-yaml reports syntax errors in Redocly's words
  const bounded = yamlToJsBounded(document);
  if (!bounded.ok) {
    const { line, column } = lineAndColumn(text, bounded.excess.offset);
    throw unusable(file, [`${formatLocation({ file, line, column })}: ${bounded.excess.message}`]);
  }
}

/**
 * The summary carries the place and the reason too: Redocly reports a file
 * reached through a `$ref` with the error's message alone ("unresolved $ref: …").
 */
function unusable(file: string, problems: [string]): PortalError {
  return new PortalError(`Unusable OpenAPI spec ${problems[0]}`, 2, problems);
}
