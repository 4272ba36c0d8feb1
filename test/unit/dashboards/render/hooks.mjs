// Node module hooks for render.tsx: Docusaurus aliases go to stubs.mjs, and
// CSS modules become objects whose class names are their keys.
const STUBS = {
  '@docusaurus/Link': 'Link',
  '@docusaurus/useBaseUrl': 'useBaseUrl',
  '@theme/Heading': 'Heading',
  '@theme/Layout': 'Layout',
};

export async function resolve(specifier, context, next) {
  if (specifier in STUBS) return { url: `${new URL('./stubs.mjs', import.meta.url).href}?export=${STUBS[specifier]}`, shortCircuit: true };
  return next(specifier, context);
}

export async function load(url, context, next) {
  const stub = /\/stubs\.mjs\?export=(\w+)$/.exec(url);
  if (stub) return { format: 'module', source: `export { ${stub[1]} as default } from './stubs.mjs';`, shortCircuit: true };
  if (url.endsWith('.css')) return { format: 'module', source: 'export default new Proxy({}, { get: (_, key) => String(key) });', shortCircuit: true };
  return next(url, context);
}
