import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Sanitizer schema: GitHub's allow-list (what rehype-sanitize ships as its
 * default), which drops `<script>`, `<style>`, `<iframe>`, every `on*`
 * attribute and any URL whose protocol is not http(s), mailto or a relative
 * path, so `javascript:` links never survive.
 */
const SCHEMA = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in the Markdown is kept as nodes only so the sanitizer can judge it.
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, SCHEMA)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders untrusted Markdown (changelog entries, spec descriptions, result
 * names) to HTML that is safe to inject into a page: no script runs, no event
 * handler attribute and no `javascript:` URL survives. Raw HTML in the input
 * is not rendered at all (it appears as nothing), Markdown is.
 */
export function renderUntrustedMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
