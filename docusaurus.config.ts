import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { themes as prismThemes } from 'prism-react-renderer';
import { loadPortalConfig, type PortalConfig } from './src/config/index.js';
import { accessibleCodeTheme } from './src/lib/contrast/index.js';
import { ConfigError, PortalError, formatPortalError } from './src/lib/errors.js';
import { apiReferencePluginOptions } from './src/plugins/api-reference/options.js';
import { bundleSideOfProcess } from './src/lib/build/bundle-side.js';
import { createEditUrl, gitRootOf } from './src/lib/git/index.js';
import type { SearchSection } from './src/lib/search/sections.js';
import { buildNavbarItems } from './src/lib/navigation/navbar.js';

/**
 * The site is derived from portal.config.ts (or the file in PORTAL_CONFIG), the
 * same validated configuration every `portal` command reads.
 */
async function loadConfigOrExit(): Promise<PortalConfig> {
  try {
    return await loadPortalConfig(process.env.PORTAL_CONFIG);
  } catch (error) {
    exitOnPortalError(error);
  }
}

/** A configuration or input mistake is not a crash: one line per problem, no stack, its exit code. */
function exitOnPortalError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof PortalError) {
    process.stderr.write(`${formatPortalError(error)}\n`);
    process.exit(error.exitCode);
  }
  throw error;
}

/** A gate's severity as Docusaurus' own `onBroken*` settings spell it. */
const DOCUSAURUS_REPORTING = { error: 'throw', warn: 'warn', off: 'ignore' } as const;

/** The sections that are separate docs-plugin instances, each with its own sidebar. */
const SECTIONS = [
  { id: 'tutorials', label: 'Tutorials' },
  { id: 'rfcs', label: 'RFCs' },
  { id: 'runbooks', label: 'Runbooks' },
] as const;

/** What each section's home-page card says; no project's name in it. */
const SECTION_DESCRIPTIONS: Record<(typeof SECTIONS)[number]['id'], string> = {
  tutorials: 'Step-by-step lessons, from a first setup to everyday use.',
  rfcs: 'Design proposals and decisions, with their status and discussion.',
  runbooks: 'What to do when an alert fires: diagnosis, mitigation and escalation.',
};

export default async function createConfig(): Promise<Config> {
  const portal = await loadConfigOrExit();
  const { site } = portal;
  // "Edit this page" only on pages whose file is in the repository's checkout, linked at its
  // path from the repository root (the config may sit in a subfolder): src/lib/git/edit-url.ts.
  const repositoryRoot = gitRootOf(portal.rootDir) ?? portal.rootDir;
  const editUrlFor = (name: string) =>
    createEditUrl({ repository: site.repository, branch: site.branch, contentDir: path.join(portal.rootDir, name), repositoryRoot });
  // Content folders sit next to the configuration file, so `--config` / PORTAL_CONFIG
  // can point the same portal at another project's content.
  const contentDir = (name: string) => path.join(portal.rootDir, name);
  // A section is on the site only when its folder exists, with its navbar, footer, home-page
  // and search entries: a portal made with `portal init` shows its own content and none of Portico's.
  const hasFolder = (name: string) => existsSync(contentDir(name));
  const hasDocs = hasFolder('docs');
  const hasBlog = hasFolder('blog');
  const sections = SECTIONS.filter(({ id }) => hasFolder(id));
  const hasDoc = (id: string) => hasDocs && ['.md', '.mdx'].some((ext) => existsSync(path.join(contentDir('docs'), `${id}${ext}`)));
  const hasApi = portal.api.packages.length > 0;
  const footerColumns = [
    {
      title: 'Learn',
      items: [
        ...(hasDoc('getting-started') ? [{ label: 'Getting started', to: '/docs/getting-started' }] : []),
        ...(hasFolder('tutorials') ? [{ label: 'Tutorials', to: '/tutorials' }] : []),
        ...(hasDoc('configuration') ? [{ label: 'Configuration', to: '/docs/configuration' }] : []),
      ],
    },
    {
      title: 'Operate',
      items: [
        ...(hasFolder('runbooks') ? [{ label: 'Runbooks', to: '/runbooks' }] : []),
        ...(hasFolder('rfcs') ? [{ label: 'RFCs', to: '/rfcs' }] : []),
        ...(hasDoc('cli') ? [{ label: 'CLI reference', to: '/docs/cli' }] : []),
      ],
    },
    {
      title: 'Releases',
      items: [
        ...(hasBlog ? [{ label: 'Announcements', to: '/blog' }] : []),
        ...(portal.changelogs.length > 0 ? [{ label: 'Changelog', to: '/changelog' }] : []),
        ...(hasBlog
          ? [
              { label: 'RSS feed', href: 'pathname:///blog/rss.xml' },
              { label: 'Atom feed', href: 'pathname:///blog/atom.xml' },
            ]
          : []),
      ],
    },
  ].filter((column) => column.items.length > 0);

  return {
    title: site.title,
    tagline: site.tagline,
    favicon: 'img/favicon.svg',
    url: site.url,
    baseUrl: site.baseUrl,
    trailingSlash: false,

    // Broken links, anchors and Markdown links fail the build unless portal.config.ts relaxes
    // gates.links / gates.anchors; `portal check links` reads the same two settings.
    onBrokenLinks: DOCUSAURUS_REPORTING[portal.gates.links],
    onBrokenAnchors: DOCUSAURUS_REPORTING[portal.gates.anchors],
    onDuplicateRoutes: 'throw',

    future: {
      v4: true,
      // Rspack + SWC + Lightning CSS: about 3x faster builds here (docs/performance.md).
      // PORTAL_FASTER=0 falls back to webpack + Babel, for comparison or if a plugin needs it.
      faster:
        process.env.PORTAL_FASTER === '0'
          ? false
          : {
              rspackBundler: true,
              swcJsLoader: true,
              swcJsMinimizer: true,
              swcHtmlMinimizer: true,
              lightningCssMinimizer: true,
              // The server bundle reuses each MDX file the client bundle compiled, when both are
              // bundled in one process. A process bundling one side has no one to share with, and
              // its server compiler would wait for the client's results forever.
              mdxCrossCompilerCache: bundleSideOfProcess() === undefined,
              ssgWorkerThreads: true,
              gitEagerVcs: true,
              // Off unless build.persistentCache: a cold build gains nothing from it and peaks
              // about 0.9 GB higher; only rebuilds that keep the cache are faster (docs/performance.md).
              rspackPersistentCache: portal.build.persistentCache,
            },
    },

    i18n: { defaultLocale: 'en', locales: ['en'] },

    markdown: {
      mermaid: true,
      hooks: {
        onBrokenMarkdownLinks: DOCUSAURUS_REPORTING[portal.gates.links],
        onBrokenMarkdownImages: DOCUSAURUS_REPORTING[portal.gates.links],
      },
    },

    customFields: {
      // What the home page says the portal documents; plain data, no paths.
      portal: {
        apiPackages: portal.api.packages.map((p) => p.title ?? p.name),
        openapiSpecs: portal.openapi.specs.map((s) => s.id),
        changelogs: portal.changelogs.map((c) => c.title),
        alertRuleFiles: portal.runbooks.alertRules.length,
        // The home page's cards: one per section the site has, in this order.
        sections: [
          ...(hasDocs ? [{ title: 'Docs', docsPluginId: 'default', description: `Guides and reference for ${site.title}.` }] : []),
          ...sections.map(({ id, label }) => ({ title: label, docsPluginId: id, description: SECTION_DESCRIPTIONS[id] })),
          ...(hasBlog ? [{ title: 'Announcements', to: '/blog', description: 'Release announcements, with RSS and Atom feeds.' }] : []),
          ...(portal.changelogs.length > 0 ? [{ title: 'Changelog', to: '/changelog', description: 'Every release, newest first, with its notes and compare link.' }] : []),
        ],
      },
    },

    presets: [
      [
        'classic',
        {
          docs: hasDocs && {
            path: contentDir('docs'),
            routeBasePath: 'docs',
            sidebarPath: './sidebars.ts',
            editUrl: editUrlFor('docs'),
          },
          blog: hasBlog && {
            path: contentDir('blog'),
            routeBasePath: 'blog',
            blogTitle: 'Releases and announcements',
            blogDescription: `Release announcements for ${site.title}`,
            showReadingTime: true,
            editUrl: editUrlFor('blog'),
            feedOptions: {
              type: ['rss', 'atom'],
              title: `${site.title} releases`,
              description: `Release announcements for ${site.title}`,
              copyright: `Copyright © ${new Date().getUTCFullYear()} ${site.title} authors`,
            },
            onInlineTags: 'throw',
            onInlineAuthors: 'throw',
            onUntruncatedBlogPosts: 'throw',
          },
          theme: { customCss: './src/css/custom.css' },
        } satisfies Preset.Options,
      ],
    ],

    plugins: [
      './src/plugins/esm-package-compat/index.ts',
      './src/plugins/json-data-modules/index.ts',
      './src/plugins/prism-on-demand/index.ts',
      './src/plugins/prefetch-once/index.ts',
      // The updates right after hydration (useIsBrowser, useWindowSize) in React transitions (docs/performance.md#lighthouse-key-pages-on-the-mobile-preset).
      './src/plugins/hydration-updates/index.ts',
      // Each page's route chunks, which its HTML does not name, for `portal check scripts` (docs/performance.md#script-budgets-per-page-kind).
      './src/plugins/route-scripts/index.ts',
      // Route and doc lookups by path instead of a scan of every route per page (docs/performance.md#exact-route-lookups).
      './src/plugins/exact-routes/index.ts',
      // The route table out of main.js: each section's routes load with its first page (docs/performance.md#route-table-split-by-section).
      './src/plugins/route-split/index.ts',
      ...sections.map(({ id }) => [
        '@docusaurus/plugin-content-docs',
        {
          id,
          path: contentDir(id),
          routeBasePath: id,
          editUrl: editUrlFor(id),
          // RFC numbers are part of their identity: keep `0001-` in ids and URLs.
          ...(id === 'rfcs' ? { numberPrefixParser: false } : {}),
        },
      ]),
      ...(hasFolder('rfcs') ? [['./src/plugins/rfcs/index.ts', { dir: contentDir('rfcs') }]] : []),
      ...(hasFolder('runbooks') ? [['./src/plugins/runbooks/index.ts', { dir: contentDir('runbooks'), alertRules: portal.runbooks.alertRules, severity: portal.gates.runbooks }]] : []),
      ['./src/plugins/changelog/index.ts', { changelogs: portal.changelogs, gate: portal.gates.changelog }],
      // The release hub (/releases) and a page per release: notes, RFCs, TypeScript and HTTP API diffs, deltas (docs/releases.md).
      ...(portal.changelogs.length > 0 ? [['./src/plugins/releases/index.ts', { rootDir: portal.rootDir, allowedRoots: portal.allowedRoots, changelogs: portal.changelogs, apiPackages: portal.api.packages, specs: portal.openapi.specs, historyDir: portal.dashboards.historyDir, thresholds: portal.thresholds }]] : []),
      // Capability plugins (API reference, OpenAPI, dashboards) are added below, one entry each.
      ...(portal.api.packages.length > 0 ? [['./src/plugins/api-reference/index.ts', apiReferencePluginOptions(portal)]] : []),
      ...(portal.openapi.specs.length > 0 ? [['./src/plugins/openapi/index.ts', { specs: portal.openapi.specs, rootDir: portal.rootDir, allowedRoots: portal.allowedRoots, allowedHosts: portal.openapi.allowedHosts, severity: portal.gates.openapiLint }]] : []),
      // The home page's figures: doc coverage of this build, latest test coverage (src/pages/index.tsx).
      ['./src/plugins/home/index.ts', { apiReference: hasApi, historyDir: portal.dashboards.historyDir, coverageThresholds: portal.thresholds.coverage }],
      ['./src/plugins/dashboards/index.ts', { historyDir: portal.dashboards.historyDir, benchmarks: portal.dashboards.benchmarks, coverage: portal.dashboards.coverage, repository: site.repository, thresholds: portal.thresholds }],
      // Offline search (Pagefind): each section's pages are indexed after rendering; the labels are the section filter's.
      [
        './src/plugins/search/index.ts',
        {
          sections: [
            ...(hasDocs ? [{ path: '/docs', label: 'Docs', kind: 'docs' as const }] : []),
            ...sections.map(({ id, label }) => ({ path: `/${id}`, label, kind: 'docs' as const })),
            ...(hasApi ? [{ path: '/api', label: 'API', kind: 'docs' as const }] : []),
            ...(portal.openapi.specs.length > 0 ? [{ path: '/http-api', label: 'HTTP API' }] : []),
            ...(hasBlog ? [{ path: '/blog', label: 'Announcements', kind: 'blog' as const }] : []),
            ...(portal.changelogs.length > 0 ? [{ path: '/changelog', label: 'Changelog' }, { path: '/releases', label: 'Releases' }] : []),
            { path: '/dashboards', label: 'Dashboards' },
          ] satisfies SearchSection[],
        },
      ],
      // With build.persistentCache: Portico's code, configuration and environment in the cache's version (src/lib/build-cache/bundler-cache.ts).
      ['./src/plugins/bundler-cache/index.ts', { configFile: portal.configFile }],
      // Last: it wraps the MDX rules every docs, blog and pages plugin before it has added.
      './src/plugins/bundle-one-side/index.ts',
    ],

    themes: [
      '@docusaurus/theme-mermaid',
    ],

    themeConfig: {
      colorMode: { respectPrefersColorScheme: true },
      navbar: {
        title: site.title,
        logo: { alt: `${site.title} logo`, src: 'img/logo.svg' },
        // Grouped into dropdowns by NAVBAR_LAYOUT (src/lib/navigation/navbar.ts); each entry only when the site has it.
        items: [
          ...buildNavbarItems({
            docs: hasDocs ? { type: 'docSidebar', sidebarId: 'docs', label: 'Docs' } : undefined,
            ...Object.fromEntries(sections.map(({ id, label }) => [id, { to: `/${id}`, label, activeBaseRegex: `^/${id}(/|$)` }])),
            api: hasApi ? { type: 'docSidebar', sidebarId: 'api', docsPluginId: 'api', label: 'API' } : undefined,
            'http-api': portal.openapi.specs.length > 0 ? { to: '/http-api', label: 'HTTP API', activeBaseRegex: '^/http-api(/|$)' } : undefined,
            dashboards: { to: '/dashboards', label: 'Dashboards', activeBaseRegex: '^/dashboards(/|$)' },
            releases: portal.changelogs.length > 0 ? { to: '/releases', label: 'Release hub', activeBaseRegex: '^/releases(/|$)' } : undefined,
            changelog: portal.changelogs.length > 0 ? { to: '/changelog', label: 'Changelog', activeBaseRegex: '^/changelog(/|$)' } : undefined,
            blog: hasBlog ? { to: '/blog', label: 'Announcements', activeBaseRegex: '^/blog(/|$)' } : undefined,
          }),
          { href: site.repository, label: 'Repository', position: 'right' },
        ],
      },
      footer: {
        style: 'dark',
        links: footerColumns,
        copyright: `Built with Portico on Docusaurus. Source: ${site.repository}`,
      },
      prism: {
        // Token colours darkened/lightened just enough for WCAG AA (4.5:1), also on highlighted lines.
        theme: accessibleCodeTheme(prismThemes.github, { overlay: { color: '#000000', alpha: 0.1 } }),
        darkTheme: accessibleCodeTheme(prismThemes.dracula, { overlay: { color: '#000000', alpha: 0.3 } }),
        additionalLanguages: ['bash', 'json', 'yaml', 'promql'],
      },
      mermaid: { theme: { light: 'neutral', dark: 'dark' } },
    } satisfies Preset.ThemeConfig,
  };
}
