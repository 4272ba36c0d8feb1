// Stands in for @docusaurus/core/lib/client/browserContext.js (3.10.2) in the client bundle (see
// ./index.ts): the same context and provider, except that `isBrowser` becomes true in a React
// transition. The original set it in a plain effect update, which React renders in one
// uninterrupted task: every `useIsBrowser()` consumer (sidebar categories, themed images, the
// color-mode provider, tabs, details...) re-rendered right after hydration in the page's longest
// task. In a transition React renders the same update in slices and yields between them; the
// result, and the order of updates, are the same.
import React, { startTransition, useEffect, useState } from 'react';

export const Context = React.createContext(false);

export function BrowserContextProvider({ children }) {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return React.createElement(Context.Provider, { value: isBrowser }, children);
}
