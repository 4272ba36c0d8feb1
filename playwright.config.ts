import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './src/lib/browser/chromium.js';

const PORT = Number(process.env.PORTAL_TEST_PORT ?? 4173);
// PORTAL_BUILD_DIR serves another build (e.g. one made from a copy of the site).
const BUILD_DIR = process.env.PORTAL_BUILD_DIR ?? 'build';
/**
 * No test reaches the network: Chromium resolves no host but the test server's,
 * so a request to another host fails at once (no-external-requests.spec.ts
 * records it as a finding) instead of waiting for a timeout.
 */
const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

/**
 * Browser tests run against the production build (`npm run build` first),
 * served on 127.0.0.1, in the distribution's Chromium: browsers cannot be
 * downloaded here (see `portal setup-browser`).
 */
export default defineConfig({
  testDir: 'test/browser',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, LOCAL_ONLY] },
    // Recording a trace of every test costs about an eighth of its time (measured on the page-kinds
    // spec); in CI a failing test is retried once, and that retry records the trace to look at.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
  },
  webServer: {
    command: `npx docusaurus serve --dir ${BUILD_DIR} --host 127.0.0.1 --port ${PORT} --no-open`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
