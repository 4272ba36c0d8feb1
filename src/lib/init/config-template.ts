/**
 * The text of the `portal.config.ts` that `portal init` writes: every field with a comment that
 * says what it does, detected inputs filled in, optional sections as commented-out examples.
 */

/** What goes into a generated `portal.config.ts`; every path is relative to the config file, with `/`. */
export interface ConfigTemplateInput {
  /** Module the config takes its type from (a type-only import, erased when the file is loaded). */
  typeImport: string;
  title: string;
  tagline: string;
  /** https URL of the repository; a placeholder is written (and flagged) when unknown. */
  repository?: string;
  /** Folders outside the portal folder that inputs come from (the repository, with `--from`). */
  allowedRoots: string[];
  apiPackages: { name: string; title: string; entryPoints: string[]; tsconfig: string; comment?: string }[];
  openapiSpecs: { id: string; file: string; comment?: string }[];
  changelogs: { id: string; title: string; file: string }[];
  alertRules: { file: string; comment?: string }[];
  coverage: string[];
  benchmarks: string[];
  /** Severity per gate, with why when it is not the default. */
  gates: { name: string; severity: 'error' | 'warn' | 'off'; comment: string }[];
}

/** Placeholder written when no repository URL was found; `portal config check` accepts it, a reader should not. */
export const PLACEHOLDER_REPOSITORY = 'https://github.com/your-org/your-project';

const q = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Renders the config file. */
export function renderPortalConfig(input: ConfigTemplateInput): string {
  const out: string[] = [];
  const line = (text = '') => out.push(text);

  line(`// The portal of ${input.title}, made by \`portal init\`. Every \`portal\` command and the site build`);
  line('// read this one file; `npx portal config check --config <this file>` validates it.');
  line('// Paths are relative to this file. Content folders (docs/, rfcs/, runbooks/, and tutorials/ or');
  line('// blog/ if you add them) sit next to it; a section of the site exists only when its folder does.');
  line('//');
  line('// The type import below is for your editor only: it is erased when the file is loaded, so the');
  line('// file also works where that path does not resolve.');
  line(`import type { PortalConfigInput } from ${q(input.typeImport)};`);
  line();
  line('export default {');

  // site
  line('  /** Where the site is published and what it is called. */');
  line('  site: {');
  line('    // Title shown in the navbar, the browser tab and feeds, e.g. \'Acme SDK\'.');
  line(`    title: ${q(input.title)},`);
  line('    // One sentence under the title on the home page.');
  line(`    tagline: ${q(input.tagline)},`);
  line('    // Public origin of the hosted site, without a path. Replace it with where you publish,');
  line("    // e.g. 'https://acme.github.io' for GitHub Pages.");
  line("    url: 'https://docs.example.com',");
  line("    // Path under `url` where the site lives, starting and ending with '/', e.g. '/acme-sdk/'.");
  line("    baseUrl: '/',");
  line('    // Repository of the project; "Edit this page" and source links point into it.');
  if (input.repository) line(`    repository: ${q(input.repository)},`);
  else {
    line('    // TODO: no repository was found (package.json "repository" or the git remote); set yours.');
    line(`    repository: ${q(PLACEHOLDER_REPOSITORY)},`);
  }
  line("    // Branch used in edit and source links, e.g. 'main' or 'trunk'.");
  line("    branch: 'main',");
  line('  },');
  line();

  // allowedRoots
  line('  /**');
  line('   * Folders, relative to this file, that inputs may also come from. Every path below must lie');
  line("   * inside this file's folder or one of these; anything else is refused, so a pull request");
  line('   * cannot make CI read files outside the project.');
  line('   */');
  if (input.allowedRoots.length === 0) line("  allowedRoots: [], // e.g. ['..'] when the portal folder sits inside your repository");
  else line(`  allowedRoots: [${input.allowedRoots.map(q).join(', ')}], // the repository the inputs below come from`);
  line();

  // api
  line('  /**');
  line('   * TypeScript packages whose public API gets a reference under /api/<name>/ and a');
  line('   * doc-coverage check (`portal doc-coverage`). `entryPoints` are the .ts or .d.ts files of the');
  line('   * public API; `tsconfig` is the one TypeDoc compiles them with.');
  line('   */');
  line('  api: {');
  if (input.apiPackages.length === 0) {
    line('    packages: [');
    line("      // { name: 'acme-sdk', title: '@acme/sdk', entryPoints: ['../src/index.ts'], tsconfig: '../tsconfig.json' },");
    line('    ],');
  } else {
    line('    packages: [');
    for (const pkg of input.apiPackages) {
      if (pkg.comment) line(`      // ${pkg.comment}`);
      line('      {');
      line(`        name: ${q(pkg.name)},`);
      line(`        title: ${q(pkg.title)},`);
      line(`        entryPoints: [${pkg.entryPoints.map(q).join(', ')}],`);
      line(`        tsconfig: ${q(pkg.tsconfig)},`);
      line('      },');
    }
    line('    ],');
  }
  line('  },');
  line();

  // openapi
  line('  /** OpenAPI 3.x or Swagger 2.0 documents, each rendered under /http-api/<id>/ and linted by `portal openapi lint`. */');
  line('  openapi: {');
  line('    specs: [');
  if (input.openapiSpecs.length === 0) line("      // { id: 'public-api', file: '../openapi/public-api.yaml' },");
  for (const spec of input.openapiSpecs) line(`      { id: ${q(spec.id)}, file: ${q(spec.file)} },${spec.comment ? ` // ${spec.comment}` : ''}`);
  line('    ],');
  line('  },');
  line();

  // changelogs
  line('  /** Changelogs (Keep a Changelog, conventional-changelog or Changesets) published under /changelog/<id>/. */');
  line('  changelogs: [');
  if (input.changelogs.length === 0) line("    // { id: 'acme-sdk', title: 'Acme SDK', file: '../CHANGELOG.md' },");
  for (const log of input.changelogs) line(`    { id: ${q(log.id)}, title: ${q(log.title)}, file: ${q(log.file)} },`);
  line('  ],');
  line();

  // runbooks
  line('  /**');
  line("   * Prometheus alerting-rule files. Each alert's `runbook_url` must lead to a runbook in runbooks/");
  line('   * (`portal check runbooks`, and the build).');
  line('   */');
  line('  runbooks: {');
  line('    alertRules: [');
  if (input.alertRules.length === 0) line("      // '../deploy/alerts.rules.yml',");
  for (const rules of input.alertRules) {
    if (rules.comment) line(`      // ${rules.comment}`);
    line(`      ${q(rules.file)},`);
  }
  line('    ],');
  line('  },');
  line();

  // dashboards
  line('  /**');
  line('   * Result files of your CI for the dashboards: `portal ingest bench` and `portal ingest coverage`');
  line('   * add them to the history in `historyDir` (commit it), which the dashboards and the regression');
  line('   * gates (`portal check bench`, `portal check coverage`) read.');
  line('   */');
  line('  dashboards: {');
  line('    // Benchmark result files or folders (vitest bench, Benchmark.js, hyperfine, go test -bench, ...).');
  line('    benchmarks: [');
  if (input.benchmarks.length === 0) line("      // '../bench-results',");
  for (const file of input.benchmarks) line(`      ${q(file)},`);
  line('    ],');
  line('    // Coverage reports (coverage-summary.json, lcov.info, Cobertura XML).');
  line('    coverage: [');
  if (input.coverage.length === 0) line("      // '../coverage/coverage-summary.json',");
  for (const file of input.coverage) line(`      ${q(file)},`);
  line('    ],');
  line('    // Where the history is kept.');
  line("    historyDir: '.portal/history',");
  line('  },');
  line();

  // thresholds
  line('  /** Numbers at which checks fail. */');
  line('  thresholds: {');
  line('    // Share of the public API that must have a doc comment, in percent.');
  line('    docCoverage: 100,');
  line('    // Slowdown of a benchmark series against its baseline that counts as a regression, in percent.');
  line('    benchRegression: 10,');
  line('    // Minimum code coverage in percent, and the largest drop allowed against the previous run.');
  line('    // coverage: { lines: 80, statements: 80, functions: 80, branches: 70, maxDrop: 1 },');
  line('  },');
  line();

  // gates
  line('  /**');
  line("   * What each quality gate does with its findings, in the build and in its command alike: 'error'");
  line("   * fails (exit 1), 'warn' reports and goes on, 'off' skips the gate. A gate left out is 'error'.");
  line("   * Gates about files you had before the portal start at 'warn' so the first build shows you the");
  line("   * findings instead of stopping at the first one; set each to 'error' once it passes.");
  line('   */');
  line('  gates: {');
  for (const gate of input.gates) line(`    ${gate.name}: ${q(gate.severity)}, // ${gate.comment}`);
  line('  },');
  line();

  // lighthouse + build
  line('  /** Key pages `portal lighthouse` measures against the built site, and their minimum scores (0-100). */');
  line('  // lighthouse: {');
  line("  //   pages: ['/', '/docs/getting-started'],");
  line('  //   budgets: { performance: 90, accessibility: 95, \'best-practices\': 95, seo: 95 },');
  line('  // },');
  line();
  line('  /** How the site is built; the defaults suit a 2-core CI machine. */');
  line('  // build: { persistentCache: false, bundleInSeparateProcess: true },');
  line('} satisfies PortalConfigInput;');
  return `${out.join('\n')}\n`;
}
