export { BUNDLE_SIDE_ENV, bundleSideOfProcess, type BundleSide } from './bundle-side.js';
export { BUILD_V8_FLAGS, buildPhases, runDocusaurusBuild, v8FlagsOfPhase, type BuildLayout, type BuildPhase, type BundleSideDirs, type DocusaurusBuildOptions, type DocusaurusBuildResult } from './run-docusaurus-build.js';
