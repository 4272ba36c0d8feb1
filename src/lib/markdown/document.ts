import type { Heading, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { displayPath } from '../core/files.js';
import { PortalError } from '../errors.js';
import { assertMarkdownNesting, yamlToJsBounded } from '../results/limits.js';

/**
 * A Markdown page with YAML front matter, parsed once for the checkers that
 * read such pages (RFCs, runbooks): the front matter with the file line of
 * every field, the page's sections (its H2 headings) and the check that a
 * page has the sections its kind requires.
 */

/** An H2 heading at the top level of a page: one section of it. */
export interface DocumentSection {
  /** Heading text without Markdown syntax or a `{#custom-id}` suffix, spaces collapsed. */
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
      /** True when the block is a mapping of keys to values (not a list, a single value or empty). */
      isMapping: boolean;
      /**
       * Line of the node at `path` (`['authors', 1]`): the key for a mapping
       * entry, the item for a list entry; of its nearest existing ancestor when
       * it does not exist, or of the opening `---` when nothing matches.
       */
      lineOf: (path: readonly PropertyKey[]) => number;
    }
  | {
      /** No front matter at all. */
      present: false;
      /** The file starts with `---` but no closing `---` follows. */
      unclosed: boolean;
    };

/** A parsed Markdown page. */
export interface MarkdownDocument {
  /** The file name or path it was read from, as given. */
  file: string;
  /** The Markdown syntax tree (GitHub-flavoured, front matter as a `yaml` node). */
  tree: Root;
  /** The YAML front matter. */
  frontMatter: ParsedFrontMatter;
  /** Every top-level H2 heading, in document order. */
  sections: DocumentSection[];
  /** Number of lines in the file (at least 1; a final line break does not start a line). */
  lineCount: number;
  /** Line of the last line with any text (at least 1): where something added at the end goes. */
  lastLine: number;
}

/** How {@link parseMarkdownDocument} names the file in its refusals. */
export interface ParseMarkdownDocumentOptions {
  /** Path of the file, as it is shown in messages (relative to the working directory when inside it). */
  file: string;
  /** What the page is, for the nesting refusal: `Cannot read the RFC docs/x.md`. */
  what: string;
  /** Headline of the refusal of front matter beyond the YAML limits. @default "Cannot read the front matter of <file>" */
  frontMatterHeadline?: string;
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Parses a Markdown page into front matter (YAML with line positions) and
 * sections. YAML syntax errors are returned with the file line they point at;
 * only input beyond the limits of `results/limits.ts` (Markdown nesting, YAML
 * alias bombs) throws a {@link PortalError} (exit 2).
 */
export function parseMarkdownDocument(source: string, options: ParseMarkdownDocumentOptions): MarkdownDocument {
  const shown = displayPath(options.file);
  assertMarkdownNesting(source, shown, options.what);
  const tree = markdownParser.parse(source) as Root;
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const sections = tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
    .map((node) => ({ title: headingTitle(node), line: node.position?.start.line ?? 1 }));
  const lines = source.split(/\r\n|\r|\n/);
  return {
    file: options.file,
    tree,
    frontMatter: yamlNode
      ? parseFrontMatter(yamlNode, options.frontMatterHeadline ?? `Cannot read the front matter of ${shown}`, shown)
      : { present: false, unclosed: /^\uFEFF?---[ \t]*\r?\n/.test(source) },
    sections,
    lineCount: lines.length - (/(\r\n|\r|\n)$/.test(source) ? 1 : 0) || 1,
    lastLine: source.replace(/\n+$/, '').split('\n').length,
  };
}

/** A heading's plain text. Docusaurus lets a heading pin its anchor with `## Title {#anchor}`; the anchor is not part of the title. */
function headingTitle(node: Heading): string {
  return toString(node).replace(/\s*\{#[^}]*\}\s*$/, '').replace(/\s+/g, ' ').trim();
}

function parseFrontMatter(node: Yaml, headline: string, shown: string): ParsedFrontMatter {
  const openingLine = node.position?.start.line ?? 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false });
  // YAML line 1 is the line right after the opening `---`.
  const lineAt = (offset: number) => openingLine + lineCounter.linePos(offset).line;
  const errors = document.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split('\n')[0]!.trim() }));
  let data: unknown;
  if (errors.length === 0) {
    const bounded = yamlToJsBounded(document);
    if (!bounded.ok) throw new PortalError(headline, 2, [`${shown}:${lineAt(bounded.excess.offset)}: ${bounded.excess.message}`]);
    data = bounded.value;
  }
  return {
    present: true,
    line: openingLine,
    data,
    errors,
    isMapping: errors.length === 0 && isMap(document.contents),
    lineOf: (path) => yamlLineOfPath(document, path, lineAt, openingLine),
  };
}

/**
 * Line of the deepest part of `path` that exists in a YAML document: the key
 * for a mapping entry (so `alerts:` rather than the list under it), the item
 * for a list entry; `fallback` when not even the first key exists. `lineAt`
 * turns an offset in the YAML text into a line of the file.
 */
export function yamlLineOfPath(document: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number, fallback: number): number {
  let node: unknown = document.contents;
  let line = fallback;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
      if (!pair) break;
      const key = pair.key as { range?: [number, number, number] } | null;
      if (key?.range) line = lineAt(key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number, number, number] } | null | undefined;
      if (!item) break;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** How a page's sections differ from the sections its kind requires; titles compared ignoring case and spacing. */
export interface RequiredSectionsCheck {
  /** Required sections that are absent, in required order, each with the next required section present (where it belongs). */
  missing: { title: string; before?: { title: string; line: number } }[];
  /** Required sections that come before one that should precede them. */
  outOfOrder: { title: string; line: number; after: string }[];
  /** A required section's heading written again, with the line of the first. */
  repeated: { title: string; line: number; firstLine: number }[];
  /** A required section with nothing under its heading before the next section. */
  empty: { title: string; line: number }[];
}

/**
 * Compares a page's sections with the required ones, in order. Titles in the
 * result are the required names as given; lines are the page's.
 */
export function checkRequiredSections(document: MarkdownDocument, required: readonly string[]): RequiredSectionsCheck {
  const { sections } = document;
  const key = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();
  const positions = required.map((name) => sections.findIndex((section) => key(section.title) === key(name)));
  const check: RequiredSectionsCheck = { missing: [], outOfOrder: [], repeated: [], empty: [] };

  required.forEach((title, i) => {
    if (positions[i] !== -1) return;
    const next = required.findIndex((_, j) => j > i && positions[j] !== -1);
    check.missing.push(next === -1 ? { title } : { title, before: { title: required[next]!, line: sections[positions[next]!]!.line } });
  });

  let previous: { title: string; position: number } | undefined;
  required.forEach((title, i) => {
    const position = positions[i]!;
    if (position === -1) return;
    if (previous && position < previous.position) {
      check.outOfOrder.push({ title, line: sections[position]!.line, after: previous.title });
      return;
    }
    previous = { title, position };
  });

  const children = document.tree.children;
  children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== 2) return;
    const title = required.find((name) => key(name) === key(headingTitle(node)));
    if (title === undefined) return;
    const line = node.position?.start.line ?? 1;
    const first = sections.find((section) => key(section.title) === key(title))!;
    if (first.line !== line) {
      check.repeated.push({ title, line, firstLine: first.line });
      return;
    }
    const next = children[index + 1];
    if (next === undefined || (next.type === 'heading' && next.depth === 2)) check.empty.push({ title, line });
  });
  return check;
}
