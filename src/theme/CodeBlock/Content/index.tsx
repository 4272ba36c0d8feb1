import type ContentType from '@theme-original/CodeBlock/Content';
import type { ComponentProps, ReactNode } from 'react';

type Props = ComponentProps<typeof ContentType>;

let Content: typeof ContentType | undefined;

/**
 * The theme's code-block body, with Prism and the site's
 * `prism.additionalLanguages` (bash, promql, ...) made ready on first use.
 *
 * Required on the first render, not imported: every doc page's chunk holds
 * the code-block components (MDX may use them), and an import would evaluate
 * Prism (its bundled grammars included) whenever that chunk loads. Required
 * here, a page without a code block downloads Prism but never runs it, and a
 * page with one runs it once, right before the first highlight, inside
 * React's time-sliced hydration. See src/plugins/prism-on-demand, which keeps
 * the theme from loading Prism in main.js.
 */
function loadContent(): typeof ContentType {
  if (!Content) {
    /* eslint-disable @typescript-eslint/no-require-imports -- deliberate lazy evaluation, see above */
    const { Prism } = require('prism-react-renderer') as typeof import('prism-react-renderer');
    (require('@theme/prism-include-languages') as { default: (prism: typeof Prism) => void }).default(Prism);
    Content = (require('@theme-original/CodeBlock/Content') as { default: typeof ContentType }).default;
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  return Content;
}

export default function CodeBlockContent(props: Props): ReactNode {
  const Body = loadContent();
  return <Body {...props} />;
}
