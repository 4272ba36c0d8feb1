import * as z from 'zod';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED, REFLECTION_KIND_NAMES } from '../lib/api-coverage/kinds.js';
import { DEFAULT_SIDEBAR_GROUP_LIMIT } from '../lib/api-reference/sidebar.js';
import { budgetsSchema, lighthouseSchema } from './schema-budgets.js';

/**
 * The schema of `portal.config.ts`: the one place where a team describes its
 * project to Portico. `docusaurus.config.ts` and every `portal` command read
 * the same validated value, so the site and the checks cannot disagree.
 *
 * Paths are relative to the directory of the config file; the loader turns
 * them into absolute paths after validation.
 */

const relativePath = z
  .string({ error: 'expected a file path (string)' })
  .min(1, { error: 'expected a non-empty file path' });

const slug = z
  .string({ error: 'expected a string' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a lowercase kebab-case id such as "task-service"',
  });

const percent = z
  .number({ error: 'expected a number between 0 and 100' })
  .min(0, { error: 'expected a number between 0 and 100' })
  .max(100, { error: 'expected a number between 0 and 100' });

const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'expected an absolute http(s) URL such as "https://docs.example.com"',
});

/** Where the site is published and what it is called. */
export const siteSchema = z.strictObject({
  /** Title shown in the navbar, the browser tab and feeds. */
  title: z.string({ error: 'expected a non-empty string' }).min(1, { error: 'expected a non-empty string' }),
  /** One sentence under the title on the home page. */
  tagline: z.string({ error: 'expected a string' }).default(''),
  /** Public origin of the hosted site, without a path, e.g. `https://docs.example.com`. */
  url: httpUrl.refine((value) => !/^https?:\/\/[^/]+\/./.test(value), {
    error: 'expected an origin without a path (put the path in site.baseUrl)',
  }),
  /** Path under `url` where the site lives; starts and ends with `/`. @default "/" */
  baseUrl: z
    .string({ error: 'expected a string' })
    .regex(/^\/(?:.*\/)?$/, { error: 'expected a path that starts and ends with "/", such as "/" or "/docs/"' })
    .default('/'),
  /** Repository of the documented project; used for "edit this page" and source links. */
  repository: httpUrl,
  /** Branch used in edit and source links. @default "main" */
  branch: z.string({ error: 'expected a branch name' }).min(1).default('main'),
});

/** One TypeScript package whose public API gets a reference section and a doc-coverage check. */
export const apiPackageSchema = z.strictObject({
  /** URL segment and sidebar label: the reference is published under `/api/<name>/`. */
  name: slug,
  /** Human-readable title of the package, e.g. `@example/task-client`. */
  title: z.string({ error: 'expected a string' }).min(1).optional(),
  /** Entry points of the package's public API (`.ts` or `.d.ts`). */
  entryPoints: z.array(relativePath, { error: 'expected a list of file paths' }).min(1, {
    error: 'expected at least one entry point',
  }),
  /** tsconfig.json used to compile the entry points. */
  tsconfig: relativePath,
  /**
   * Where the package's "Defined in" source links and doc-comment file links
   * point. By default paths start at the root of the git checkout holding the
   * package (`git rev-parse --show-toplevel`) and link to `site.repository`
   * at `site.branch`; each field here replaces one of those, and `false`
   * shows the paths without links. Files in `node_modules`, TypeScript's
   * `lib.*.d.ts` and anything outside the repository are never linked.
   * @default the git root, `site.repository` and `site.branch`
   */
  sourceLinks: z
    .union([
      z.literal(false),
      z.strictObject({
        /** Repository the package's sources live in (e.g. a package vendored from another repository). @default site.repository */
        repository: httpUrl.optional(),
        /** Branch, tag or commit the links point at. @default site.branch */
        branch: z.string({ error: 'expected a branch name' }).min(1).optional(),
        /**
         * The repository's root directory, relative to the config file, when git cannot tell
         * (a copy without `.git`). @default the git root of the package's tsconfig directory
         */
        root: relativePath.optional(),
      }),
    ], { error: 'expected false or an object with repository, branch and root' })
    .optional(),
});

/** One OpenAPI (3.0, 3.1) or Swagger 2.0 document rendered under `/http-api/<id>/`. */
export const openapiSpecSchema = z.strictObject({
  /** URL segment for the spec's pages. */
  id: slug,
  /** The root file of the spec (YAML or JSON); relative `$ref`s are followed from it. */
  file: relativePath,
});

/** Result files of the project's CI that feed the dashboards, and where history is kept. */
export const dashboardsSchema = z.strictObject({
  /** Benchmark result files (or directories of them) ingested into the history. */
  benchmarks: z.array(relativePath).default([]),
  /** Coverage result files (Istanbul, lcov, Cobertura) ingested into the history. */
  coverage: z.array(relativePath).default([]),
  /** Directory of the JSON history store that dashboards and regression gates read. */
  historyDir: relativePath.default('.portal/history'),
});

/** Minimum code-coverage totals, in percent, enforced by `portal check coverage`. */
export const coverageThresholdsSchema = z.strictObject({
  /** Minimum line coverage. @default 0 */
  lines: percent.default(0),
  /** Minimum statement coverage. @default 0 */
  statements: percent.default(0),
  /** Minimum function coverage. @default 0 */
  functions: percent.default(0),
  /** Minimum branch coverage. @default 0 */
  branches: percent.default(0),
  /** Largest allowed drop of any total against the previous run, in percentage points. @default 1 */
  maxDrop: percent.default(1),
});

/** Numbers at which a check fails. */
export const thresholdsSchema = z.strictObject({
  /** Minimum share of the public API with a doc comment, in percent. @default 100 */
  docCoverage: percent.default(100),
  /**
   * Deprecated: write `gates: { docCoverage: "warn" }` instead. When set, it stands for `gates.docCoverage`
   * (a warning says so); when left out, `gates.docCoverage` decides.
   * @deprecated
   */
  docCoverageMode: z.enum(['error', 'warn'], { error: 'expected "error" or "warn"' }).optional(),
  /** Slowdown of a benchmark series against its baseline that counts as a regression, in percent. @default 10 */
  benchRegression: z
    .number({ error: 'expected a positive number (percent)' })
    .positive({ error: 'expected a positive number (percent)' })
    .max(1000, { error: 'expected at most 1000 (percent)' })
    .default(10),
  /**
   * Per-series regression thresholds that replace `benchRegression` for matching series (first
   * match wins), e.g. `{ series: 'GET /tasks*', threshold: 25 }` for a noisy load test. @default []
   */
  benchRegressionOverrides: z
    .array(
      z.strictObject({
        /** Series name, or a pattern in which `*` matches any text. */
        series: z.string({ error: 'expected a series name or pattern' }).min(1, { error: 'expected a series name or pattern' }),
        /** Only series of this suite; any suite when left out. */
        suite: z.string({ error: 'expected a suite name' }).optional(),
        /** Threshold for matching series, in percent. */
        threshold: z
          .number({ error: 'expected a positive number (percent)' })
          .positive({ error: 'expected a positive number (percent)' })
          .max(1000, { error: 'expected at most 1000 (percent)' }),
      }),
    )
    .default([]),
  /** Code-coverage minimums. */
  coverage: coverageThresholdsSchema.default(coverageThresholdsSchema.parse({})),
});

/** A changelog published under `/changelog/`. */
export const changelogSchema = z.strictObject({
  /** Id of the changelog, e.g. `task-service`: the first changelog is served at `/changelog`, each other one at `/changelog/<id>`. */
  id: slug,
  /** Title of the changelog's index page. */
  title: z.string({ error: 'expected a string' }).min(1),
  /** The Markdown changelog file (Keep a Changelog, conventional-changelog or Changesets style). */
  file: relativePath,
  /**
   * The git tag of a release, with `{version}` where the version goes, e.g. `"v{version}"` or
   * `"@acme/sdk@{version}"`. When left out, the release pages look for `v1.2.0`, then `1.2.0`,
   * then `<id>@1.2.0` (and `<title>@1.2.0` when the changelog's title is a package name). See docs/releases.md.
   * @default ["v{version}", "{version}", "<id>@{version}"]
   */
  tagPattern: z
    .string({ error: 'expected a tag pattern such as "v{version}"' })
    .refine((value) => value.split('{version}').length === 2, { error: 'expected a tag pattern with "{version}" once, such as "v{version}"' })
    .optional(),
  /**
   * Ids of the OpenAPI specs (`openapi.specs[].id`) whose HTTP API diff the release pages of this
   * changelog show. When left out, every configured spec.
   * @default every spec in openapi.specs
   */
  openapiSpecs: z.array(slug).optional(),
  /**
   * Names of the TypeScript API packages (`api.packages[].name`) whose public API diff the release
   * pages of this changelog show, taken with TypeDoc at the release tags (see docs/releases.md).
   * When left out, the release pages say that no package is linked to the changelog.
   * @default none: no TypeScript API diff
   */
  apiPackages: z.array(slug).optional(),
});

/** How the site is built. */
export const buildSchema = z.strictObject({
  /**
   * Keep Rspack's persistent cache (`node_modules/.cache/rspack`) between builds. A rebuild that
   * finds it bundles from it and, when nothing changed, reuses the render step too: on a
   * 5,900-page site 68 s instead of a 251 s cold build (0.27x). Off by default because a build
   * that starts without the cache, as a fresh CI clone does, pays for writing it and gains nothing:
   * the same cold build took 251 s against 208 s and its client bundling step peaked 0.5 GB higher.
   * Turn it on for local rebuilds, or where CI restores `node_modules/.cache` between runs.
   * Portico's code, configuration, lockfile and build environment are part of the cache's key.
   * See docs/performance.md.
   * @default false
   */
  persistentCache: z.boolean({ error: 'expected true or false' }).default(false),
  /**
   * `portal build` bundles in one process and renders the pages in a second one, so the memory
   * Rspack held while bundling is given back before rendering starts: the build peaks at the
   * larger of the two steps instead of their sum (2.6 GB instead of 3.2-3.4 GB on a 2,400-page
   * site). Set to false to build in one process, as `docusaurus build` does: a few seconds
   * faster, higher peak. See docs/performance.md.
   * @default true
   */
  bundleInSeparateProcess: z.boolean({ error: 'expected true or false' }).default(true),
  /**
   * With `bundleInSeparateProcess`, bundle the client and the server bundle in a process each
   * instead of both at once: the bundling step then peaks at the larger bundle's memory instead of
   * the two together (1.6 GB instead of 2.1 GB on a 2,400-page site), for a second site load and
   * each MDX page compiled twice, once per bundle. Set to false to bundle both in one process.
   * See docs/performance.md.
   * @default true
   */
  bundleClientAndServerSeparately: z.boolean({ error: 'expected true or false' }).default(true),
  /**
   * Reuse the last build's render step (the pages' HTML, the search index, feeds, sitemap and
   * link check) when everything it reads is byte-identical to that build's: both bundles, the
   * generated route data (`.docusaurus/`), Portico's code and the portal configuration. The last
   * render is kept in `node_modules/.cache/portico/render/`. Set to false, or run
   * `portal build --no-cache`, to render every time. Needs `bundleInSeparateProcess`.
   * See docs/performance.md.
   * @default true
   */
  reuseRender: z.boolean({ error: 'expected true or false' }).default(true),
});

/** How a gate treats its findings: fail the build and the check (`error`), report them and go on (`warn`), or skip the gate (`off`). */
export const GATE_SEVERITIES = ['error', 'warn', 'off'] as const;

/** A gate's severity; see {@link GATE_SEVERITIES}. */
export type GateSeverity = (typeof GATE_SEVERITIES)[number];

const severity = z.enum(GATE_SEVERITIES, { error: 'expected "error", "warn" or "off"' }).default('error');

/**
 * What each quality gate does with its findings, in the build and in its `portal` command alike.
 * `error` (the default) fails both with exit 1; `warn` prints the findings and exits 0; `off`
 * skips the gate.
 */
export const gatesSchema = z.strictObject(
  {
    /** Links to pages that do not exist (Docusaurus `onBrokenLinks`, `portal check links`). @default "error" */
    links: severity,
    /** Links to headings that do not exist (Docusaurus `onBrokenAnchors`, anchors in `portal check links`). @default "error" */
    anchors: severity,
    /** Public API below `thresholds.docCoverage` (`portal doc-coverage`, the API reference build). @default "error" */
    docCoverage: severity,
    /** Redocly lint errors in the OpenAPI specs (`portal openapi lint`). @default "error" */
    openapiLint: severity,
    /** Alert rules whose `runbook_url` is missing or does not resolve, and invalid runbooks (`portal check runbooks`). @default "error" */
    runbooks: severity,
    /** RFC front matter and sections (`portal lint rfcs`). @default "error" */
    rfcs: severity,
    /** Changelog findings (`portal lint changelog`). @default "error" */
    changelog: severity,
    /** Markdown lint findings (`portal lint md`). @default "error" */
    markdownLint: severity,
    /** A page kind's JavaScript more than 10% over `budgets.scripts` (`portal check scripts`). @default "error" */
    scriptBudgets: severity,
  },
  { error: 'an object such as { links: "error", anchors: "warn" }' },
);

/** The gate names accepted in `gates`. */
export const GATE_NAMES = Object.keys(gatesSchema.shape) as (keyof typeof gatesSchema.shape)[];

/** One gate's name. */
export type GateName = (typeof GATE_NAMES)[number];

/** The whole `portal.config.ts`. */
export const portalConfigSchema = z.strictObject({
  /** Where the site is published and what it is called. */
  site: siteSchema,
  /**
   * Folders, relative to this file, that inputs may also come from. Every path in this file
   * (specs, entry points, tsconfigs, rule files, changelogs, result files, the history folder) and
   * every local `$ref` of a spec must lie inside the folder of this file or one of these, symbolic
   * links resolved; anything else is refused (exit 2 for a configured path, a `ref-containment`
   * lint error for a `$ref`), so a pull request cannot make CI read files outside the project.
   * @default []
   */
  allowedRoots: z.array(relativePath).default([]),
  /** TypeScript packages documented under `/api/`. */
  api: z
    .strictObject({
      /** One entry per package. */
      packages: z.array(apiPackageSchema).default([]),
      /**
       * Reflection kinds the doc-coverage check counts, as TypeDoc names them.
       * @default TypeDoc's `requiredToBeDocumented` default
       */
      requiredToBeDocumented: z
        .array(z.enum(REFLECTION_KIND_NAMES, { error: `expected TypeDoc reflection kind names (${REFLECTION_KIND_NAMES.join(', ')})` }))
        .min(1, { error: 'expected at least one reflection kind' })
        .default([...DEFAULT_REQUIRED_TO_BE_DOCUMENTED]),
      /**
       * Symbols an expanded group of a package's API sidebar lists at most. A group (one kind of
       * one module or namespace) with more is split into alphabetical sub-categories ("A–F",
       * "G", ...) of at most this many, so an API page's HTML does not grow with the size of the
       * API; the package's index page still lists every symbol.
       * @default 50
       */
      sidebarGroupLimit: z
        .number({ error: 'expected a whole number of sidebar items, from 2 to 1000' })
        .int({ error: 'expected a whole number of sidebar items, from 2 to 1000' })
        .min(2, { error: 'expected a whole number of sidebar items, from 2 to 1000' })
        .max(1000, { error: 'expected a whole number of sidebar items, from 2 to 1000' })
        .default(DEFAULT_SIDEBAR_GROUP_LIMIT),
    })
    .default({ packages: [], requiredToBeDocumented: [...DEFAULT_REQUIRED_TO_BE_DOCUMENTED], sidebarGroupLimit: DEFAULT_SIDEBAR_GROUP_LIMIT }),
  /** OpenAPI documents rendered under `/http-api/`. */
  openapi: z
    .strictObject({
      /** One entry per spec. */
      specs: z.array(openapiSpecSchema).default([]),
      /**
       * Hosts that remote (`http`/`https`) `$ref`s of the specs may be fetched from, as `host` or
       * `host:port`, e.g. `["schemas.example.org"]`. A remote `$ref` to any other host is never
       * fetched and is a lint error (`ref-containment`); redirects are followed only to listed hosts.
       * @default []
       */
      allowedHosts: z
        .array(
          z
            .string({ error: 'expected a host name such as "schemas.example.org"' })
            .regex(/^[a-z0-9.-]+(?::\d+)?$|^\[[0-9a-f:.]+\](?::\d+)?$/i, {
              error: 'expected a host name such as "schemas.example.org" or "localhost:8080", without scheme or path',
            }),
        )
        .default([]),
    })
    .default({ specs: [], allowedHosts: [] }),
  /** Benchmark and coverage inputs and history. */
  dashboards: dashboardsSchema.default(dashboardsSchema.parse({})),
  /** Prometheus alerting-rule files whose `runbook_url`s must resolve to published runbooks. */
  runbooks: z
    .strictObject({
      /** Plain rule files (`groups[].rules[]`) or Kubernetes `PrometheusRule` resources. */
      alertRules: z.array(relativePath).default([]),
    })
    .default({ alertRules: [] }),
  /** Changelogs published as release pages. */
  changelogs: z.array(changelogSchema).default([]),
  /** Numbers at which checks fail. */
  thresholds: thresholdsSchema.default(thresholdsSchema.parse({})),
  /** Lighthouse key pages and budgets. */
  lighthouse: lighthouseSchema.default(lighthouseSchema.parse({})),
  /** Bundler settings of the site build. */
  build: buildSchema.default(buildSchema.parse({})),
  /** Size budgets of the built pages (JavaScript per page kind). */
  budgets: budgetsSchema.default({ scripts: {} }),
  /** Severity of each quality gate: `"error"`, `"warn"` or `"off"`. */
  gates: gatesSchema.default(gatesSchema.parse({})),
}, { error: 'an object: export default definePortalConfig({ site: {...}, ... })' });

/** What a team writes in `portal.config.ts` (defaults may be left out). */
export type PortalConfigInput = z.input<typeof portalConfigSchema>;

/** The validated configuration, defaults filled in, paths still as written. */
export type PortalConfigParsed = z.output<typeof portalConfigSchema>;
