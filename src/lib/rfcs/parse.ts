import { readFile } from 'node:fs/promises';
import type { Heading, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { PortalError } from '../errors.js';
import { displayPath } from '../core/files.js';
import { MAX_SOURCE_FILE_BYTES, assertFileSize, assertMarkdownNesting, yamlToJsBounded } from '../results/limits.js';

/** An H2 heading of a Markdown file: its plain text and the line it starts on. */
export interface RfcSection {
  /** Heading text without Markdown syntax or a `{#custom-id}` suffix. */
  title: string;
  /** 1-based line of the heading in the file. */
  line: number;
}

/** A front-matter YAML error, placed on a line of the file. */
export interface FrontMatterError {
  /** 1-based line of the file. */
  line: number;
  /** The YAML parser's message, without its own position suffix. */
  message: string;
}

/** The YAML front matter of a Markdown file, parsed with positions. */
export type ParsedFrontMatter =
  | {
      /** The file starts with a `---` block. */
      present: true;
      /** 1-based line of the opening `---`. */
      line: number;
      /** The parsed value; `undefined` when {@link errors} is not empty. */
      data: unknown;
      /** YAML syntax errors; empty when the block parsed. */
      errors: FrontMatterError[];
      /**
       * Line of the node at `path` (`['authors', 1]`), or of its nearest
       * existing ancestor, or of the opening `---` when nothing matches.
       */
      lineOf: (path: readonly PropertyKey[]) => number;
    }
  | {
      /** No front matter at all. */
      present: false;
      /** The file starts with `---` but no closing `---` follows. */
      unclosed: boolean;
    };

/** What the RFC linter needs from one Markdown file. */
export interface ParsedRfcSource {
  /** The file name or path it was read from, as given. */
  file: string;
  /** The YAML front matter. */
  frontMatter: ParsedFrontMatter;
  /** Every H2 heading, in document order. */
  sections: RfcSection[];
  /** Number of lines in the file (at least 1). */
  lineCount: number;
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Reads and parses one RFC (or template) file; see {@link parseRfcSource}. */
export async function parseRfcFile(file: string): Promise<ParsedRfcSource> {
  assertFileSize(file, displayPath(file), MAX_SOURCE_FILE_BYTES, 'an RFC');
  return parseRfcSource(await readFile(file, 'utf8'), file);
}

/**
 * Parses Markdown source into front matter (YAML with line positions) and H2
 * sections. YAML errors are returned with the file line they point at; only
 * input beyond the limits of limits.ts (nesting, alias bombs) throws (exit 2).
 */
export function parseRfcSource(source: string, file: string): ParsedRfcSource {
  assertMarkdownNesting(source, displayPath(file), 'RFC');
  const tree = markdownParser.parse(source) as Root;
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;

  const sections: RfcSection[] = [];
  visit(tree, 'heading', (node: Heading) => {
    if (node.depth !== 2) return;
    // Docusaurus lets a heading pin its anchor with `## Title {#anchor}`; the anchor is not part of the title.
    const title = toString(node).replace(/\s*\{#[^}]*\}\s*$/, '').replace(/\s+/g, ' ').trim();
    sections.push({ title, line: node.position?.start.line ?? 1 });
  });

  return {
    file,
    frontMatter: yamlNode ? parseFrontMatter(yamlNode, file) : { present: false, unclosed: /^\uFEFF?---[ \t]*\r?\n/.test(source) },
    sections,
    lineCount: source.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(source) ? 1 : 0) || 1,
  };
}

function parseFrontMatter(node: Yaml, file: string): ParsedFrontMatter {
  const openingLine = node.position?.start.line ?? 1;
  // YAML line 1 is the line right after the opening `---`.
  const toFileLine = (yamlLine: number) => openingLine + yamlLine;
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => toFileLine(lineCounter.linePos(offset).line);
  const errors = document.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: error.message.split('\n')[0]!.trim(),
  }));
  let data: unknown;
  if (errors.length === 0) {
    const bounded = yamlToJsBounded(document);
    if (!bounded.ok) {
      const shown = displayPath(file);
      throw new PortalError(`Cannot read the front matter of ${shown}`, 2, [`${shown}:${lineAt(bounded.excess.offset)}: ${bounded.excess.message}`]);
    }
    data = bounded.value;
  }
  return {
    present: true,
    line: openingLine,
    data,
    errors,
    lineOf: (path) => lineOfPath(document, path, lineAt) ?? openingLine,
  };
}

/** The key's line for a mapping entry, the item's line for a list entry. */
function lineOfPath(
  document: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const prefix = path.slice(0, depth);
    const last = prefix[prefix.length - 1];
    if (typeof last === 'string') {
      const parent = depth === 1 ? document.contents : document.getIn(prefix.slice(0, -1), true);
      const pair = findPair(parent, last);
      if (pair !== undefined) return lineAt(pair);
    } else {
      const item = document.getIn(prefix as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (item?.range) return lineAt(item.range[0]);
    }
  }
  return undefined;
}

/** Offset of the key of `key` in a YAML mapping node, if it has one. */
function findPair(node: unknown, key: string): number | undefined {
  if (!node || typeof node !== 'object' || !('items' in node) || !Array.isArray(node.items)) return undefined;
  for (const item of node.items as Array<{ key?: { value?: unknown; range?: [number, number, number] } }>) {
    if (item?.key && String(item.key.value) === key && item.key.range) return item.key.range[0];
  }
  return undefined;
}
