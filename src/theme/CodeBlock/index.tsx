import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import { Children, isValidElement, type ReactNode } from 'react';

/** A code block's children as one string when they are only strings (as the theme's CodeBlock does). */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * Stands in for the classic theme's `CodeBlock` (Docusaurus 3.10.2), the same
 * component without its `key={String(useIsBrowser())}`.
 *
 * That key remounts every code block right after hydration: each one is
 * highlighted again and its token DOM thrown away and rebuilt, in one
 * synchronous (not time-sliced) React update. Measured on the embedded portal
 * with a 4x CPU slowdown, that update was the longest task of a page with code
 * (150-200 ms on /docs/getting-started, more on the runbook page's 16 blocks).
 * The theme kept the remount for dark mode ("React hydration doesn't update DOM
 * styles that come from SSR"), from before its color-mode state lagged on
 * purpose: since 3.x `useColorMode()` returns the default mode while hydrating
 * (the same as the server rendered) and switches to the page's mode in an
 * effect, so a dark page's blocks re-render with the dark Prism theme as an
 * ordinary update, whose changed `style` props React applies. A browser test
 * checks a block's token colours in dark mode against a block rendered fresh.
 */
export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  if (typeof children === 'string') return <StringContent {...props}>{children}</StringContent>;
  return <ElementContent {...props}>{children}</ElementContent>;
}
