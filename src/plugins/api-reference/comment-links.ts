import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createSlugger } from '@docusaurus/utils';
import { Reflection, ReflectionSymbolId, type Application, type CommentDisplayPart, type ProjectReflection } from 'typedoc';
import { MarkdownPageEvent, type MarkdownRenderer } from 'typedoc-plugin-markdown';
import { shownSourcePath, type SourceLinks } from '../../lib/api-coverage/source-links.js';
import { pathInside } from '../../lib/git/root.js';
import { repositoryFileUrl } from '../../lib/git/urls.js';

/** A doc-comment link that leads nowhere in the site or the repository. */
export interface CommentLinkFinding {
  /** The commented file, relative to the configuration's directory. */
  file: string;
  /** 1-based line of the link in that file (the comment's first line when the link is not found in it). */
  line: number;
  /** The gate that judges it: `links` (no such file or symbol) or `anchors` (no such heading). */
  gate: 'links' | 'anchors';
  /** What is wrong, naming the link and the commented symbol. */
  message: string;
}

/** What {@link resolveCommentLinks} needs. */
export interface CommentLinkOptions {
  /** The package's source links: repository root, repository and branch. */
  links: SourceLinks;
  /** The package's root (where its README is); see `packageDirectoryOf`. */
  packageDir: string;
  /** Findings name files relative to this directory (the configuration's). */
  rootDir: string;
}

/*
 * Where this hooks in, and why.
 *
 * Doc comments of third-party code link the way their README on GitHub or npm
 * needs: `./README.md#usage`, `docs/x.md`, bare `#usage` anchors (a README
 * heading), `{@link}` to names the package does not export. Left alone,
 * TypeDoc copies the Markdown targets into `_media/` (which the docs plugin
 * then serves as pages with their own broken links), keeps bare anchors, and
 * renders unresolved `{@link}`s as text with a warning that names no file; the
 * site build then stops minutes later with Docusaurus' broken-link stack.
 *
 * - Relative links are `relative-link` display parts TypeDoc has already
 *   resolved to a file (from the commented file, then from the package root):
 *   they are rewritten in the converted model, before rendering, where the
 *   part still knows its file and the comment knows its declaration. A
 *   Markdown post-pass over the pages would see `_media/` paths instead.
 * - `{@link}`s TypeDoc cannot find are offered to the converter's unknown
 *   symbol resolver (convertApiPackage), TypeDoc's own hook, which links a
 *   declaration in the repository to its source line; the ones left without
 *   a target are findings.
 * - A bare anchor is right or wrong only against the headings of the page the
 *   comment ends up on, which exist once typedoc-plugin-markdown has rendered
 *   it: they are checked in its `MarkdownPageEvent.END` hook, on the page's
 *   final Markdown, against the ids Docusaurus' slugger gives its headings.
 *
 * Everything happens in the generation step, before bundling: a finding is a
 * line naming the commented file, not a stack at the end of the build. A link
 * that cannot be resolved is rendered as its plain text, so Docusaurus'
 * broken-link check never sees it, whatever the gate's severity.
 */

/**
 * Resolves the links of every doc comment of a converted package, in place:
 * a relative link to a generated page stays as TypeDoc renders it; one to a
 * file in the repository becomes the file's repository URL (a Markdown
 * file's anchor must be one of its headings); the rest become plain text and
 * findings. Bare anchors are checked while the pages are rendered: call
 * before `app.generateOutputs(project)`, and read `findings` after it.
 */
export function resolveCommentLinks(app: Application, project: ProjectReflection, options: CommentLinkOptions): { findings: CommentLinkFinding[] } {
  const findings: CommentLinkFinding[] = [];
  const seen = new Set<string>();
  const report = (finding: CommentLinkFinding) => {
    const key = `${finding.file}:${finding.line}:${finding.message}`;
    if (!seen.has(key)) findings.push(finding), seen.add(key);
  };
  const anchorsByReflection = new Map<Reflection, { anchor: string; where: () => Pick<CommentLinkFinding, 'file' | 'line'> }[]>();
  const readme = ['README.md', 'readme.md', 'Readme.md'].map((name) => path.join(options.packageDir, name)).find((file) => existsSync(file));

  for (const reflection of Object.values(project.reflections)) {
    const comment = reflection.comment;
    if (!comment) continue;
    const owner = describeOwner(reflection);
    for (const parts of [comment.summary, ...comment.blockTags.map((tag) => tag.content)]) {
      const where = (needle: string) => () => locate(reflection, needle, options.rootDir);
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (part.kind === 'relative-link') {
          const outcome = resolveRelativeLink(project, part.target, part.targetAnchor, parts, i, options);
          if (outcome.kind === 'keep') continue;
          if (outcome.kind === 'url') {
            parts[i] = { kind: 'text', text: outcome.url };
            continue;
          }
          report({ ...where(part.text)(), gate: outcome.gate, message: `link "${part.text}" in the comment of ${owner}: ${outcome.reason}` });
          unlink(parts, i);
        } else if (part.kind === 'inline-tag' && /^@link(code|plain)?$/.test(part.tag)) {
          if (part.target === undefined || part.target instanceof ReflectionSymbolId) {
            report({
              ...where(part.text)(),
              gate: 'links',
              message: `{${part.tag} ${part.text}} in the comment of ${owner}: no documented symbol of that name, and no declaration in the repository`,
            });
          }
        } else if (part.kind === 'text') {
          for (const match of part.text.matchAll(/\]\(#([^)\s]+)\)/g)) {
            const list = anchorsByReflection.get(reflection) ?? [];
            list.push({ anchor: match[1]!, where: where(`(#${match[1]!})`) });
            anchorsByReflection.set(reflection, list);
          }
        }
      }
    }
  }

  (app.renderer as MarkdownRenderer).on(MarkdownPageEvent.END, (page) => {
    const router = app.renderer.router;
    if (!router || !page.contents) return;
    // A comment is rendered on the page of its reflection, or of the nearest parent that has one (a parameter's, a signature's).
    const pageOf = (reflection: Reflection) => {
      for (let current: Reflection | undefined = reflection; current; current = current.parent) {
        if (router.hasUrl(current)) return router.getFullUrl(current).replace(/#.*$/, '');
      }
      return undefined;
    };
    const onPage = [...anchorsByReflection].filter(([reflection]) => pageOf(reflection) === page.url);
    if (onPage.length === 0) return;
    const ids = markdownHeadingIds(page.contents);
    for (const [reflection, anchors] of onPage) {
      for (const { anchor, where } of anchors) {
        if (ids.has(anchor)) continue;
        const readmePath = readme && shownSourcePath(options.links, readme);
        if (readme && readmePath !== undefined && options.links.location && githubHeadingIds(readme).has(anchor)) {
          page.contents = replaceAnchorLinks(page.contents, anchor, repositoryFileUrl(options.links.location, readmePath, { anchor }));
          continue;
        }
        const inReadme = readme ? ` or in ${path.basename(readme)}` : '';
        report({ ...where(), gate: 'anchors', message: `link "#${anchor}" in the comment of ${describeOwner(reflection)}: no heading "${anchor}" on its page${inReadme}` });
        page.contents = replaceAnchorLinks(page.contents, anchor, undefined);
      }
    }
  });
  return { findings };
}

type RelativeLinkTarget = Extract<CommentDisplayPart, { kind: 'relative-link' }>['target'];
type RelativeLinkOutcome = { kind: 'keep' } | { kind: 'url'; url: string } | { kind: 'unresolved'; gate: 'links' | 'anchors'; reason: string };

function resolveRelativeLink(
  project: ProjectReflection,
  target: RelativeLinkTarget,
  anchor: string | undefined,
  parts: CommentDisplayPart[],
  index: number,
  options: CommentLinkOptions,
): RelativeLinkOutcome {
  if (target === undefined) return { kind: 'unresolved', gate: 'links', reason: 'no such file' };
  const resolved = project.files.resolve(target, project);
  // A file TypeDoc documents (an entry point, a project document): its generated page.
  if (resolved instanceof Reflection) return { kind: 'keep' };
  if (resolved === undefined) return { kind: 'unresolved', gate: 'links', reason: 'no such file' };
  // Images are copied next to the pages by TypeDoc and shown from there.
  if (isImage(parts, index)) return { kind: 'keep' };
  const shown = shownSourcePath(options.links, resolved);
  if (shown === undefined) {
    const where = pathInside(options.links.root, resolved) === undefined ? 'outside the repository' : 'in node_modules';
    return { kind: 'unresolved', gate: 'links', reason: `the file is ${where}, so the site has no page and the repository no URL for it` };
  }
  if (!options.links.location) return { kind: 'unresolved', gate: 'links', reason: 'the package has no repository to link to (sourceLinks: false)' };
  if (anchor && /\.(md|mdx|markdown)$/i.test(resolved) && !githubHeadingIds(resolved).has(anchor)) {
    return { kind: 'unresolved', gate: 'anchors', reason: `${shown} has no heading "${anchor}"` };
  }
  return { kind: 'url', url: repositoryFileUrl(options.links.location, shown, anchor ? { anchor } : undefined) };
}

/** Where a `[label](` ... `)` link around part `index` opens, when the part is the destination of an inline Markdown link. */
function inlineLinkAround(parts: CommentDisplayPart[], index: number): { part: number; offset: number } | undefined {
  const before = parts[index - 1];
  const after = parts[index + 1];
  if (before?.kind !== 'text' || after?.kind !== 'text' || !/\]\(\s*$/.test(before.text) || !/^\s*(?:"[^"]*"|'[^']*')?\s*\)/.test(after.text)) return undefined;
  let depth = 0;
  for (let p = index - 1; p >= 0; p--) {
    const part = parts[p]!;
    if (part.kind !== 'text') continue;
    const start = p === index - 1 ? part.text.lastIndexOf('](') - 1 : part.text.length - 1;
    for (let c = start; c >= 0; c--) {
      if (part.text[c] === ']') depth++;
      else if (part.text[c] === '[') {
        if (depth === 0) return { part: p, offset: c };
        depth--;
      }
    }
  }
  return undefined;
}

function isImage(parts: CommentDisplayPart[], index: number): boolean {
  const open = inlineLinkAround(parts, index);
  if (open) return open.offset > 0 && parts[open.part]!.text[open.offset - 1] === '!';
  return /<(img|source)\b[^>]*$/i.test(parts[index - 1]?.text ?? '');
}

/** Turns the inline link whose destination is part `index` into its label; other forms keep their text without a target. */
function unlink(parts: CommentDisplayPart[], index: number): void {
  const open = inlineLinkAround(parts, index);
  const part = parts[index]!;
  if (!open) {
    parts[index] = { kind: 'text', text: part.text };
    return;
  }
  const before = parts[index - 1] as { kind: 'text'; text: string };
  const after = parts[index + 1] as { kind: 'text'; text: string };
  before.text = before.text.replace(/\]\(\s*$/, '');
  after.text = after.text.replace(/^\s*(?:"[^"]*"|'[^']*')?\s*\)/, '');
  const opener = parts[open.part] as { kind: 'text'; text: string };
  opener.text = opener.text.slice(0, open.offset) + opener.text.slice(open.offset + 1);
  parts[index] = { kind: 'text', text: '' };
}

/** `[label](#anchor)` → `[label](url)`, or `label` without a URL. */
function replaceAnchorLinks(contents: string, anchor: string, url: string | undefined): string {
  const pattern = new RegExp(`\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\(#${anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`, 'g');
  return contents.replace(pattern, (_whole, label: string) => (url ? `[${label}](${url})` : label));
}

/** The heading ids Docusaurus gives a Markdown page (one slugger per page, so repeats get `-1`, `-2`). */
export function markdownHeadingIds(markdown: string): Set<string> {
  const slugger = createSlugger();
  const ids = new Set<string>();
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1]![0];
      else if (fenceMatch[1]![0] === fence) fence = undefined;
      continue;
    }
    const heading = !fence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const explicit = /\{#([^}]+)\}\s*$/.exec(heading[1]!);
    if (explicit) {
      ids.add(explicit[1]!);
      continue;
    }
    // The heading's text as the slugger sees it: links, code, emphasis and escapes reduced to text.
    const text = heading[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*_]/g, '')
      .replace(/\\(.)/g, '$1');
    ids.add(slugger.slug(text));
  }
  return ids;
}

const headingIdsByFile = new Map<string, Set<string>>();

/** The anchors GitHub gives the headings of a Markdown file (the same slugger as Docusaurus). */
function githubHeadingIds(file: string): Set<string> {
  let ids = headingIdsByFile.get(file);
  if (!ids) {
    ids = markdownHeadingIds(readFileSync(file, 'utf8'));
    headingIdsByFile.set(file, ids);
  }
  return ids;
}

/** `Widget`, `TaskClient.getTask`: the symbol a comment belongs to, as findings name it. */
function describeOwner(reflection: Reflection): string {
  return reflection
    .getFriendlyFullName()
    .split('.')
    .filter((part) => part !== '__type')
    .join('.');
}

const linesByFile = new Map<string, string[]>();

/**
 * The file and line of a link in a comment: the declaration's line from
 * TypeDoc, then the doc comment above it, then the comment's line that
 * holds the link's text.
 */
function locate(reflection: Reflection, needle: string, rootDir: string): Pick<CommentLinkFinding, 'file' | 'line'> {
  let source: { fullFileName: string; line: number } | undefined;
  for (let current: Reflection | undefined = reflection; current && !source; current = current.parent) {
    source = (current as { sources?: { fullFileName: string; line: number }[] }).sources?.[0];
  }
  if (!source) return { file: '(unknown file)', line: 0 };
  const file = path.relative(rootDir, source.fullFileName).split(path.sep).join('/');
  let lines = linesByFile.get(source.fullFileName);
  if (!lines) {
    lines = existsSync(source.fullFileName) ? readFileSync(source.fullFileName, 'utf8').split('\n') : [];
    linesByFile.set(source.fullFileName, lines);
  }
  // The comment ends above the declaration, with at most decorators and modifiers between.
  let end = -1;
  for (let i = source.line - 1; i >= 0 && i >= source.line - 30; i--) {
    if (lines[i]!.includes('*/')) {
      end = i;
      break;
    }
    if (i < source.line - 1 && /[;}]\s*$/.test(lines[i]!)) break;
  }
  if (end === -1) return { file, line: source.line };
  let start = end;
  while (start > 0 && !lines[start]!.includes('/**')) start--;
  for (let i = start; i <= end; i++) if (lines[i]!.includes(needle)) return { file, line: i + 1 };
  return { file, line: start + 1 };
}
