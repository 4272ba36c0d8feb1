/**
 * Limits on hostile or broken inputs (issue 22). Each check is a cheap scan
 * run BEFORE the expensive parser: a recursive parser (JSON error locator,
 * fast-xml-parser, remark) overflows the stack on 10,000 nested levels, a
 * YAML alias bomb of 1.2 KB expands to gigabytes, and remark took 136 s on
 * 1,000 nested list levels. Every refusal names the file, the place and what
 * was expected, and is exit 2.
 */
import { statSync } from 'node:fs';
import { isAlias, visit, type Document } from 'yaml';
import { PortalError } from '../errors.js';
import { jsonPointer, lineAndColumn } from '../core/position.js';

/** Nesting depth limits: far beyond anything a real result file, config or page needs. */
export const MAX_JSON_DEPTH = 100;
/** Deepest element nesting accepted in XML (Cobertura reports nest 7 levels). */
export const MAX_XML_DEPTH = 100;
/** Blockquote and list nesting accepted in Markdown, counted per line before remark parses. */
export const MAX_MARKDOWN_DEPTH = 100;
/**
 * The `yaml` package's `maxAliasCount` for every YAML Portico reads: how many
 * nodes alias expansion may produce, relative to the document. Not the
 * package's default of 100: a spec written by `yaml.stringify` aliases every
 * shared object (the bench's 200-operation spec: 698 aliases) and needs 1,000.
 * A bomb still stops at once: the 1.2 KB billion-laughs file is refused in
 * about 1 ms at 10,000, as at 100, because its count multiplies per level.
 */
export const MAX_YAML_ALIAS_COUNT = 10_000;

/** Largest result file read (benchmarks, coverage, history): a coverage-final.json of a large monorepo is tens of MB. */
export const MAX_RESULT_FILE_BYTES = 256 * 1024 * 1024;
/** Largest OpenAPI spec file read. */
export const MAX_SPEC_FILE_BYTES = 64 * 1024 * 1024;
/** Largest Markdown or YAML source (changelog, RFC, runbook, alert rules) read. */
export const MAX_SOURCE_FILE_BYTES = 16 * 1024 * 1024;

/** `12.5 MB`. */
function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Refuses a file larger than `maxBytes` before it is read.
 *
 * @param shown - The file as messages show it.
 * @param what - What the file should hold ("a coverage report").
 * @throws {@link PortalError} (exit 2).
 */
export function assertFileSize(file: string, shown: string, maxBytes: number, what: string): void {
  const size = statSync(file).size;
  if (size > maxBytes) {
    throw new PortalError(`Cannot read ${what} from ${shown}`, 2, [
      `${shown}: the file has ${megabytes(size)}, expected at most ${megabytes(maxBytes)} for ${what}`,
    ]);
  }
}

/** Where a text nests too deep. */
export interface DepthExcess {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** JSON pointer of the container that went too deep (JSON only). */
  pointer?: string;
  /** What is wrong and what was expected. */
  message: string;
}

/**
 * Finds the first place where a JSON text nests arrays and objects deeper than
 * `maxDepth`, with one linear scan that tracks strings, keys and indexes (the
 * text need not be valid JSON). `undefined` when it stays within the limit.
 */
export function findJsonDepthExcess(text: string, maxDepth: number = MAX_JSON_DEPTH): DepthExcess | undefined {
  if (!exceedsJsonDepth(text, maxDepth)) return undefined;

  const path: (string | number)[] = [];
  const kinds: ('object' | 'array')[] = [];
  // Where the last string was; sliced only when it turns out to be a key (no allocation per string).
  let lastStringStart = 0;
  let lastStringEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      lastStringStart = i + 1;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      lastStringEnd = i;
    } else if (c === '{' || c === '[') {
      if (kinds.length >= maxDepth) {
        return {
          ...lineAndColumn(text, i),
          pointer: jsonPointer(path),
          message: `arrays and objects nested more than ${maxDepth} levels deep, expected at most ${maxDepth}`,
        };
      }
      kinds.push(c === '{' ? 'object' : 'array');
      if (c === '[') path.push(0);
      else path.push('');
    } else if (c === '}' || c === ']') {
      kinds.pop();
      path.pop();
    } else if (c === ':' && kinds[kinds.length - 1] === 'object') {
      path[path.length - 1] = text.slice(lastStringStart, lastStringEnd);
    } else if (c === ',' && kinds[kinds.length - 1] === 'array') {
      path[path.length - 1] = (path[path.length - 1] as number) + 1;
    }
  }
  return undefined;
}

/**
 * The fast pass: depth only, strings skipped with `indexOf`, no allocation.
 * Only a text that does exceed the limit is scanned again for the place.
 */
function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  const length = text.length;
  let depth = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // The closing quote is the next one not escaped by an odd number of backslashes.
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j === -1) return false;
        let backslashes = 0;
        while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
        j++;
      }
      i = j;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

/**
 * Checks an XML text before a parser sees it: no DOCTYPE with an internal
 * subset or ENTITY declaration (entity expansion is how XML bombs work, and a
 * coverage report never declares entities; a plain `<!DOCTYPE coverage SYSTEM "…dtd">`
 * is accepted and never fetched), and elements nested at most `maxDepth` deep.
 * Returns the first problem, or `undefined`.
 */
/** XML sections that cannot contain elements, as [opener, closer]; an unclosed one runs to the end. */
const SKIPPED_XML_SECTIONS: readonly (readonly [string, string])[] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

export function findXmlLimitExcess(text: string, maxDepth: number = MAX_XML_DEPTH): DepthExcess | undefined {
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('<', i);
    if (open === -1) break;
    // Comments, CDATA and processing instructions hold no elements: skip each to its closer.
    const skipped = SKIPPED_XML_SECTIONS.find(([opener]) => text.startsWith(opener, open));
    if (skipped) {
      const [opener, closer] = skipped;
      const end = text.indexOf(closer, open + opener.length);
      i = end === -1 ? text.length : end + closer.length;
      continue;
    }
    if (text.startsWith('<!', open)) {
      const end = text.indexOf('>', open + 2);
      const declaration = text.slice(open, end === -1 ? text.length : end + 1);
      if (/^<!ENTITY/i.test(declaration) || (/^<!DOCTYPE/i.test(declaration) && declaration.includes('['))) {
        return {
          ...lineAndColumn(text, open),
          message: 'a DOCTYPE with entity declarations, expected none (entities are not expanded: they are how XML bombs work)',
        };
      }
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    const end = text.indexOf('>', open + 1);
    if (end === -1) break;
    if (text[open + 1] === '/') depth--;
    else if (text[end - 1] !== '/') {
      depth++;
      if (depth > maxDepth) {
        return { ...lineAndColumn(text, open), message: `elements nested more than ${maxDepth} levels deep, expected at most ${maxDepth}` };
      }
    }
    i = end + 1;
  }
  return undefined;
}

/**
 * Scans Markdown line by line for blockquote (`>`) and list nesting deeper
 * than `maxDepth`, counting the markers at the start of each line and two
 * columns of indentation as one level. Fenced code is skipped. Returns the
 * first line too deep, or `undefined`.
 */
export function findMarkdownDepthExcess(text: string, maxDepth: number = MAX_MARKDOWN_DEPTH): DepthExcess | undefined {
  let fence: string | undefined;
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    line++;
    let i = lineStart;
    let columns = 0;
    let markers = 0;
    let firstTooDeep: number | undefined;
    let levelStart = i;
    for (;;) {
      if (firstTooDeep === undefined && markers + Math.floor(columns / 2) > maxDepth) firstTooDeep = levelStart;
      levelStart = i;
      const c = text[i];
      if (c === ' ') {
        columns++;
        i++;
      } else if (c === '\t') {
        columns += 4;
        i++;
      } else if (c === '>') {
        // The one space after a marker belongs to the marker, not to the indentation.
        markers++;
        i += text[i + 1] === ' ' ? 2 : 1;
      } else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        markers++;
        i += 2;
      } else if (c !== undefined && c >= '0' && c <= '9') {
        const match = /^\d{1,9}[.)][ \t]/.exec(text.slice(i, i + 11));
        if (!match) break;
        markers++;
        i += match[0].length;
      } else break;
      if (i >= lineEnd) break;
    }
    if (firstTooDeep === undefined && markers + Math.floor(columns / 2) > maxDepth) firstTooDeep = levelStart;
    const rest = text.slice(i, Math.min(lineEnd, i + 4));
    const fenceMark = /^(`{3,}|~{3,})/.exec(rest)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence) fence = undefined;
    } else if (fenceMark) {
      fence = fenceMark[0];
    } else {
      const depth = markers + Math.floor(columns / 2);
      if (depth > maxDepth) {
        return {
          line,
          column: (firstTooDeep ?? i) - lineStart + 1,
          message: `blockquotes and lists nested about ${depth} levels deep, expected at most ${maxDepth}`,
        };
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/**
 * Refuses Markdown nested deeper than {@link MAX_MARKDOWN_DEPTH} before remark
 * parses it (remark overflows the stack on 10,000 nested blockquotes and takes
 * minutes on 1,000 nested lists).
 *
 * @param shown - The file as messages show it.
 * @param what - What the file is ("changelog").
 * @throws {@link PortalError} (exit 2) naming `file:line:column`.
 */
export function assertMarkdownNesting(text: string, shown: string, what: string): void {
  const excess = findMarkdownDepthExcess(text);
  if (excess) throw new PortalError(`Cannot read the ${what} ${shown}`, 2, [`${shown}:${excess.line}:${excess.column}: ${excess.message}`]);
}

/** A YAML document whose aliases expand beyond {@link MAX_YAML_ALIAS_COUNT}: where its first alias is. */
export interface YamlAliasExcess {
  /** Offset of the first alias in the YAML text, for the caller to turn into a line. */
  offset: number;
  /** What is wrong and what was expected. */
  message: string;
}

/**
 * Converts a parsed YAML document to JavaScript with alias expansion capped
 * at {@link MAX_YAML_ALIAS_COUNT}. An alias bomb returns where its first
 * alias is instead of the `yaml` package's ReferenceError.
 */
export function yamlToJsBounded(document: Document): { ok: true; value: unknown } | { ok: false; excess: YamlAliasExcess } {
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    let offset = 0;
    visit(document, {
      Alias(_key, node) {
        if (isAlias(node) && node.range) {
          offset = node.range[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    return {
      ok: false,
      excess: {
        offset,
        message: `YAML aliases (*name) expand to too many nodes (more than ${MAX_YAML_ALIAS_COUNT.toLocaleString('en-US')} times the document), expected a document without an alias bomb`,
      },
    };
  }
}
