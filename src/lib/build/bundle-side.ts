/** The two bundles `docusaurus build` makes: the browser's and the one the pages are rendered with. */
export type BundleSide = 'client' | 'server';

/**
 * Environment a `docusaurus build` process of `portal build` gets when it
 * bundles one side only (read by src/plugins/bundle-one-side).
 */
export const BUNDLE_SIDE_ENV = {
  /** `client` or `server`: the bundle this process makes. */
  side: 'PORTICO_BUNDLE_SIDE',
  /** Where the bundle left out is written: a folder thrown away afterwards. */
  spareDir: 'PORTICO_BUNDLE_SPARE_DIR',
  /** Where the client step leaves each compiled MDX module for the server step. */
  mdxCacheDir: 'PORTICO_MDX_CACHE_DIR',
} as const;

/** The side this process bundles alone, or undefined when it bundles both (Docusaurus' default). */
export function bundleSideOfProcess(env: NodeJS.ProcessEnv = process.env): BundleSide | undefined {
  const side = env[BUNDLE_SIDE_ENV.side];
  if (side === undefined || side === '') return undefined;
  if (side !== 'client' && side !== 'server') throw new Error(`${BUNDLE_SIDE_ENV.side} must be "client" or "server"; got "${side}"`);
  return side;
}
