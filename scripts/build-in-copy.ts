/**
 * Builds the portal from a throw-away copy of the repository, so several
 * builds can run at once without sharing `.docusaurus/` (Docusaurus keeps
 * its generated files in the site directory).
 *
 *   npx tsx scripts/build-in-copy.ts            # prints the copy's directory; the build is in <dir>/build
 *   PORTAL_BUILD_DIR=<dir>/build PORTAL_TEST_PORT=4180 npx playwright test   # browser tests against it
 */
import { buildSite, copySite } from '../test/helpers/site.js';

const site = copySite();
const { code, output } = buildSite(site.dir);
process.stdout.write(output);
process.stdout.write(`\nsite copy: ${site.dir}\nbuild: ${site.dir}/build\nexit code: ${code}\n`);
process.exitCode = code ?? 1;
