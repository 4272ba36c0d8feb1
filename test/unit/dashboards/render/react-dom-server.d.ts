// react-dom ships no types and @types/react-dom is not a dependency: the one function render.tsx uses.
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';
  export function renderToStaticMarkup(node: ReactNode): string;
}
