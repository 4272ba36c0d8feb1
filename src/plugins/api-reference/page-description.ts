import { DeclarationReflection, ProjectReflection, ReflectionKind, ReflectionType, type Application, type Comment, type CommentDisplayPart, type Reflection } from 'typedoc';
import { MarkdownPageEvent, type MarkdownRenderer } from 'typedoc-plugin-markdown';

/** Longest description kept whole; a longer summary is cut after its first sentence. */
const MAX_DESCRIPTION = 200;

/**
 * Gives every generated page a `description` front matter: the summary of
 * the page's symbol, or one sentence naming the symbol and the package.
 *
 * Without it Docusaurus takes the page's meta description from its first
 * text, which on a typedoc-plugin-markdown page is the "Defined in:" source
 * line (rendered as "Defined in14" once the link is stripped): the theme puts
 * sources before the comment and has no option to move them, while a
 * `description` in front matter is what Docusaurus reads first.
 */
export function addPageDescriptions(app: Application, packageTitle: string): void {
  (app.renderer as MarkdownRenderer).on(MarkdownPageEvent.END, (page) => {
    if (!page.contents || page.contents.startsWith('---\n')) return;
    const description = pageDescription(page.model as Reflection, packageTitle);
    // JSON strings are YAML double-quoted strings.
    page.contents = `---\ndescription: ${JSON.stringify(description)}\n---\n\n${page.contents}`;
  });
}

/** The description of a symbol's page: its summary's first paragraph as plain text, or a sentence naming it. */
export function pageDescription(model: Reflection, packageTitle: string): string {
  const summary = plainText(commentOf(model)?.summary ?? []);
  if (summary) return summary;
  if (model instanceof ProjectReflection || model.kindOf(ReflectionKind.Module)) return `API reference of ${packageTitle}.`;
  return `API reference of the ${ReflectionKind.singularString(model.kind).toLowerCase()} ${model.getFriendlyFullName()} in ${packageTitle}.`;
}

/** A declaration's own comment, or its first signature's (functions and methods keep theirs there). */
function commentOf(model: Reflection): Comment | undefined {
  if (model.comment) return model.comment;
  if (!(model instanceof DeclarationReflection)) return undefined;
  const signatures = model.signatures ?? (model.type instanceof ReflectionType ? model.type.declaration.signatures : undefined);
  return signatures?.find((signature) => signature.comment)?.comment;
}

/** Display parts as one line of text: Markdown links reduced to their labels, code to its text, the first paragraph only. */
function plainText(parts: readonly CommentDisplayPart[]): string {
  const markdown = parts.map((part) => (part.kind === 'code' ? part.text.replace(/^`+|`+$/g, '') : part.text)).join('');
  const paragraph = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  const text = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_DESCRIPTION) return text;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0];
  return sentence && sentence.length <= MAX_DESCRIPTION ? sentence : `${text.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`;
}
