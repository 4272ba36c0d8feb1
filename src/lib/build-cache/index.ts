export {
  clientManifestDigest,
  changedInputs,
  dropCachedRender,
  findCachedRender,
  hashTree,
  listFiles,
  readCachedRender,
  RENDER_CACHE_MODEL,
  renderCacheDir,
  renderEnvironment,
  renderKey,
  restoreRender,
  storeRender,
  type RenderCacheManifest,
  type RenderInputs,
  type RenderKey,
} from './render-cache.js';
export { BUNDLER_CACHE_MODEL, bundlerCacheVersion, bundlerEnvironment, stableJson, type BundlerCacheInputs, type BundlerCacheVersion } from './bundler-cache.js';
