import type { Definition, ListItem, RootContent } from 'mdast';
import type { ChangelogEntry, Release, ReleaseSection } from '../model.js';
import { isPrereleaseVersion, versionSlug } from '../semver.js';
import type { ClassifiedHeading, ReleaseHeading } from './headings.js';
import { walk } from './mdast.js';

/** Title of the implicit section that holds list items written before any section heading. */
export const IMPLICIT_SECTION_TITLE = 'Changes';

export interface ReleaseBuilder {
  kind: 'release';
  heading: ClassifiedHeading;
  info: ReleaseHeading;
  nodes: RootContent[];
  sections: ReleaseSection[];
  current?: ReleaseSection;
}

export interface NoteBuilder {
  kind: 'note';
  heading: ClassifiedHeading;
  nodes: RootContent[];
}

export function addContent(builder: ReleaseBuilder, node: RootContent, source: string): void {
  builder.nodes.push(node);
  if (node.type !== 'list') return;
  if (!builder.current) {
    builder.current = { title: IMPLICIT_SECTION_TITLE, kind: 'other', entries: [] };
    builder.sections.push(builder.current);
  }
  for (const item of node.children) builder.current.entries.push(readEntry(item, source));
}

function readEntry(item: ListItem, source: string): ChangelogEntry {
  const line = item.position!.start.line;
  const first = item.children[0];
  if (!first?.position) return { markdown: '', line };
  const indent = first.position.start.column - 1;
  const slice = source.slice(first.position.start.offset, item.position!.end.offset);
  const markdown = slice
    .split('\n')
    .map((text, i) => (i === 0 ? text : stripIndent(text, indent)))
    .join('\n')
    .trimEnd();
  return { markdown, line };
}

function stripIndent(line: string, width: number): string {
  let i = 0;
  while (i < width && line[i] === ' ') i += 1;
  return line.slice(i);
}

export function buildRelease(builder: ReleaseBuilder, source: string, definitions: Map<string, Definition>): Release {
  const { info, heading } = builder;
  return {
    version: info.version,
    title: info.title,
    ...(info.date ? { date: info.date, dateSource: 'changelog' as const } : {}),
    prerelease: isPrereleaseVersion(info.version),
    yanked: info.yanked,
    ...(info.compareUrl ? { compareUrl: info.compareUrl } : {}),
    line: heading.line,
    slug: versionSlug(info.version),
    sections: builder.sections,
    bodyMarkdown: bodyMarkdownOf(builder.nodes, source, definitions),
  };
}

/**
 * The source from the first to the last node under the heading, plus the
 * link reference definitions it uses that live elsewhere (Keep a Changelog
 * keeps them at the bottom), so the body renders on its own.
 */
export function bodyMarkdownOf(nodes: RootContent[], source: string, definitions: Map<string, Definition>): string {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first?.position || !last?.position) return '';
  const start = first.position.start.offset!;
  const end = last.position.end.offset!;
  let body = source.slice(start, end);

  const appended = new Set<string>();
  const extra: string[] = [];
  for (const node of nodes) {
    walk(node, (child) => {
      if (child.type !== 'linkReference' && child.type !== 'imageReference') return;
      const definition = definitions.get(child.identifier);
      const offset = definition?.position?.start.offset;
      if (!definition || offset === undefined || (offset >= start && offset < end) || appended.has(child.identifier)) return;
      appended.add(child.identifier);
      extra.push(source.slice(offset, definition.position!.end.offset));
    });
  }
  if (extra.length > 0) body += `\n\n${extra.join('\n')}`;
  return body;
}
