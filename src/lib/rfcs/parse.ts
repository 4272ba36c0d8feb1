import { readFile } from 'node:fs/promises';
import { displayPath } from '../core/files.js';
import { parseMarkdownDocument, type DocumentSection, type MarkdownDocument, type ParsedFrontMatter } from '../markdown/document.js';
import { MAX_SOURCE_FILE_BYTES, assertFileSize } from '../results/limits.js';

export type { FrontMatterError, ParsedFrontMatter } from '../markdown/document.js';

/** An H2 heading of an RFC: its plain text and the line it starts on. */
export type RfcSection = DocumentSection;

/** What the RFC linter needs from one Markdown file. */
export interface ParsedRfcSource {
  /** The file name or path it was read from, as given. */
  file: string;
  /** The YAML front matter. */
  frontMatter: ParsedFrontMatter;
  /** Every top-level H2 heading, in document order. */
  sections: RfcSection[];
  /** Number of lines in the file (at least 1). */
  lineCount: number;
  /** The whole parsed page, for the required-section check. */
  document: MarkdownDocument;
}

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
  const document = parseMarkdownDocument(source, { file, what: 'RFC' });
  return { file, frontMatter: document.frontMatter, sections: document.sections, lineCount: document.lineCount, document };
}
