// Stands in for @docusaurus/theme-common/lib/hooks/useWindowSize.js (3.10.2) in the client bundle
// (see ./index.ts): the same hook, except that the first size after hydration is set in a React
// transition. Every component that calls it renders as 'ssr' while hydrating and switches to
// 'mobile' or 'desktop' in an effect; on a phone that switch mounts the navbar's mobile sidebar
// (every navbar item again, and a docs page's sidebar), unmounts the desktop doc sidebar and table
// of contents and mounts the collapsible one. As a plain effect update React rendered it in one
// uninterrupted task, the longest of a docs page's load with a 4x CPU slowdown (about 150 ms); in
// a transition it renders the same tree in slices. Resizes after that update as before.
import { startTransition, useEffect, useState } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

const windowSizes = {
  desktop: 'desktop',
  mobile: 'mobile',
  ssr: 'ssr',
};

// Note: this value is also hardcoded in Infima
// Both JS and CSS must have the same value
// Updating this JS value alone is not enough
// See https://github.com/facebook/docusaurus/issues/9603
const DesktopBreakpoint = 996;

function getWindowSize(desktopBreakpoint) {
  if (!ExecutionEnvironment.canUseDOM) {
    throw new Error('getWindowSize() should only be called after React hydration');
  }
  return window.innerWidth > desktopBreakpoint ? windowSizes.desktop : windowSizes.mobile;
}

export function useWindowSize({ desktopBreakpoint = DesktopBreakpoint } = {}) {
  const [windowSize, setWindowSize] = useState(
    () =>
      // super important to return a constant value to avoid hydration mismatch
      // see https://github.com/facebook/docusaurus/issues/9379
      'ssr',
  );
  useEffect(() => {
    function updateWindowSize() {
      setWindowSize(getWindowSize(desktopBreakpoint));
    }
    const size = getWindowSize(desktopBreakpoint);
    startTransition(() => setWindowSize(size));
    window.addEventListener('resize', updateWindowSize);
    return () => {
      window.removeEventListener('resize', updateWindowSize);
    };
  }, [desktopBreakpoint]);
  return windowSize;
}
