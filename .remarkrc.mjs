/**
 * Markdown lint configuration, read by `portal lint md` (and by any
 * unified-engine tool such as remark-cli or the remark language server).
 *
 * The syntax extensions match how each file is really rendered:
 * - Docusaurus compiles every file in the content folders as MDX, `.md` included
 *   (`markdown.format` is left at its default, 'mdx'; a page can opt out with
 *   `format: md` in its front matter), with front matter, GFM and directives
 *   (`:::note[Title]` admonitions);
 * - other `.md` files (CHANGELOG.md, READMEs) are read by the changelog parser or
 *   GitHub as CommonMark + GFM, where `<https://…>` autolinks and `{` are plain text.
 * Rules: remark-lint's recommended and consistency presets, unchanged, except
 * that Keep a Changelog release headings (`## [1.2.0]`) may be shortcut references.
 */
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified } from 'unified';

/** Folders (relative to the working directory of the lint run) that Docusaurus compiles as MDX. */
const SITE_CONTENT_DIRS = ['docs', 'tutorials', 'rfcs', 'runbooks', 'blog'];

/** Front matter `format: md` (or `detect` on a `.md` file) makes Docusaurus parse a page as CommonMark. */
const FRONT_MATTER_FORMAT = /^---\r?\n(?:[^\n]*\r?\n)*?format:\s*['"]?(md|mdx|detect)['"]?\s*\r?\n/;

/**
 * Parses each file the way the portal reads it: as MDX with directives when
 * Docusaurus compiles it as MDX, as CommonMark + GFM otherwise (both with
 * YAML front matter). Replaces the processor's parser, so it needs no other
 * syntax plugin before it.
 */
function remarkParseLikeThePortal(options = {}) {
  const contentDirs = options.contentDirs ?? SITE_CONTENT_DIRS;
  const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
  const mdx = plain().use(remarkDirective).use(remarkMdx).freeze();

  this.parser = (document, file) => (isCompiledAsMdx(file, document, contentDirs) ? mdx : plain).parse(file);
}

function isCompiledAsMdx(file, document, contentDirs) {
  const extension = path.extname(file.path ?? '').toLowerCase();
  const relative = path.relative(file.cwd, path.resolve(file.cwd, file.path ?? '')).split(path.sep);
  const inSite = relative[0] !== '..' && contentDirs.includes(relative[0]);
  if (!inSite) return extension === '.mdx';
  const format = FRONT_MATTER_FORMAT.exec(document)?.[1];
  if (format === 'md') return false;
  if (format === 'detect') return extension !== '.md';
  return true;
}

/**
 * Keep a Changelog writes each release heading as a shortcut reference to a
 * compare link defined at the end (`## [1.2.0] - 2026-01-15` … `[1.2.0]: https://…`),
 * and the changelog parser reads exactly that form. In changelog files only,
 * a shortcut reference inside a heading is therefore not a finding; everywhere
 * else `no-shortcut-reference-link` applies as the preset says.
 */
function remarkAllowChangelogReleaseLinks() {
  return (tree, file) => {
    if (!/^changelog/i.test(path.basename(file.path ?? ''))) return;
    const headingLines = new Set();
    for (const node of tree.children) {
      if (node.type !== 'heading' || !node.position) continue;
      for (let line = node.position.start.line; line <= node.position.end.line; line += 1) headingLines.add(line);
    }
    file.messages = file.messages.filter(
      (message) => !(message.ruleId === 'no-shortcut-reference-link' && headingLines.has(message.place?.start?.line ?? message.line)),
    );
  };
}

export default {
  plugins: [
    remarkParseLikeThePortal,
    remarkPresetLintRecommended,
    remarkPresetLintConsistent,
    // After the presets: it filters the messages their rules have added.
    remarkAllowChangelogReleaseLinks,
  ],
};
