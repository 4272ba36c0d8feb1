export { buildPhases, runDocusaurusBuild, type BuildPhase, type DocusaurusBuildOptions, type DocusaurusBuildResult } from './run-docusaurus-build.js';
