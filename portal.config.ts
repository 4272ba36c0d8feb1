import { definePortalConfig } from './src/config/index.js';

/**
 * The embedded default project: Portico documents itself and the sample
 * Task Service under examples/. Point these fields at your own project
 * (or pass `--config <file>` / `PORTAL_CONFIG=<file>`) to build your portal.
 */
export default definePortalConfig({
  site: {
    title: 'Portico',
    tagline: 'Docs, API reference, runbooks, RFCs and release notes for the Task Service, in one portal.',
    url: 'https://portico.example.dev',
    baseUrl: '/',
    repository: 'https://github.com/portico-dev/portico',
  },
  api: {
    packages: [
      {
        name: 'task-client',
        title: '@example/task-client',
        entryPoints: ['examples/task-service/sdk/src/index.ts'],
        tsconfig: 'examples/task-service/sdk/tsconfig.json',
      },
      // Portico's own library API: the gate holds Portico to the standard it sets.
      { name: 'portico', title: 'Portico library', entryPoints: ['src/index.ts'], tsconfig: 'tsconfig.api.json' },
    ],
  },
  openapi: {
    specs: [{ id: 'task-service', file: 'examples/task-service/openapi/task-service.yaml' }],
  },
  dashboards: {
    benchmarks: ['examples/task-service/results/bench'],
    // The summary only: lcov.info beside it is the same run in another format, and would be a second suite.
    coverage: ['examples/task-service/results/coverage/coverage-summary.json'],
    historyDir: 'examples/task-service/history',
  },
  runbooks: {
    alertRules: ['examples/task-service/alerts/task-service.rules.yml'],
  },
  changelogs: [
    { id: 'task-service', title: 'Task Service', file: 'examples/task-service/CHANGELOG.md', apiPackages: ['task-client'] },
    { id: 'portico', title: 'Portico', file: 'CHANGELOG.md' },
  ],
  thresholds: {
    docCoverage: 100,
    benchRegression: 10,
    // The wall times of Portico's own benchmark builds (`npm run bench`, one cold build per site
    // and round on a 2-core machine) vary by up to a third between runs of the same code
    // (docs/performance.md), so a 10% slowdown there is noise. Memory and the within-run ratios,
    // which cancel out the machine's speed, keep the 10% default.
    benchRegressionOverrides: [
      { series: 'build time (*', threshold: 25 },
      { series: 'warm rebuild (*', threshold: 25 },
      // Two processes of a few seconds each, timed against each other once per run: the ratio
      // measured 1.07-1.19 across runs with no doc-coverage change (docs/performance.md).
      { series: 'doc-coverage / typedoc ratio (*', threshold: 20 },
    ],
    coverage: { lines: 80, statements: 80, functions: 80, branches: 70, maxDrop: 1 },
  },
  // Key pages `portal lighthouse` measures. Accessibility, best practices and SEO keep the
  // default budgets (95). Performance is held at 70, not the default 90. Since the code blocks are
  // no longer remounted after hydration and the post-hydration updates render in transitions
  // (2026-12-05), the medians here are 97, 86-87, 92-96, 81-83 and 97 (the runbook page lowest:
  // its 16 code blocks are still highlighted while hydrating), but the same build scores up to
  // about 15 points lower on a slower 2-core CI machine, almost all of it Total Blocking Time under
  // the 4x CPU throttle. 70 fails a real regression, not a slower machine
  // (docs/performance.md#lighthouse-key-pages-on-the-mobile-preset).
  lighthouse: {
    pages: ['/', '/docs/getting-started', '/rfcs', '/runbooks/high-error-rate', '/changelog'],
    budgets: { performance: 70 },
  },
  // Gzipped JavaScript the heaviest page of each kind loads before it is interactive: the scripts
  // its HTML names, its route-table section's chunk and its route's chunks (`portal check scripts`;
  // more than 10% over fails). Measured on 2026-12-05 with the route table split by section, plus
  // about 4%: home 134.3, doc 214.2, api 216.2, httpApi 178.3, dashboard 149.7, rfc 191.9, runbook
  // 189.2, release 138.3 KB (docs/performance.md#route-table-split-by-section).
  budgets: {
    scripts: { home: 140, doc: 223, api: 225, httpApi: 186, dashboard: 156, rfc: 200, runbook: 197, release: 144 },
  },
});
