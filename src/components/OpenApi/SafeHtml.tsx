import clsx from 'clsx';
import type { ReactNode } from 'react';

/**
 * HTML rendered at build time from a spec's untrusted Markdown by
 * `renderUntrustedMarkdown` (src/lib/markdown): only `…Html` fields of the
 * page data, which never carry a script, an event handler or a `javascript:` URL.
 */
export default function SafeHtml({ html, className }: { html?: string; className?: string }): ReactNode {
  if (!html) return null;
  return <div className={clsx('markdown', className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
