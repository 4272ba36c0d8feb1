// Stand-ins for the Docusaurus modules the dashboard components import, so
// react-dom/server can render them outside a Docusaurus build. They render
// what the real ones do in the HTML that matters here: links, headings and
// the page body (the theme's chrome is the same for every page, so left out).
import { createElement as h } from 'react';

const BASE_URL = '/';
const withBase = (url) => (url.startsWith('/') ? `${BASE_URL}${url.slice(1)}` : url);

export function Link({ to, href, children, ...rest }) {
  const target = String(to ?? href).replace(/^pathname:\/\//, '');
  return h('a', { ...rest, href: withBase(target) }, children);
}

export function Heading({ as, ...props }) {
  return h(as, props);
}

export function Layout({ children }) {
  return h('div', { id: '__docusaurus' }, children);
}

export function useBaseUrl(url) {
  return withBase(url);
}
