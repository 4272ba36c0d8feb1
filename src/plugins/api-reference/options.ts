import type { ApiPackageInput } from '../../lib/api-coverage/convert.js';
import type { ReflectionKindName } from '../../lib/api-coverage/kinds.js';
import type { SiteLocation } from '../../lib/api-coverage/page-urls.js';
import type { DocCoverageMode } from './section-pages.js';

/** Where the generated API docs are written, relative to the site directory (git-ignored). */
export const API_REFERENCE_DIR = '.generated/api';

/** The Portico side of the plugin's options: what to document and how to judge it. */
export interface ApiReferenceSettings {
  /** The configured packages, paths absolute. */
  packages: ApiPackageInput[];
  /** Repository root: the directory of `portal.config.ts`. */
  rootDir: string;
  /** Reflection kinds to count (`api.requiredToBeDocumented`). */
  kinds: ReflectionKindName[];
  /** Minimum percent per package (`thresholds.docCoverage`). */
  threshold: number;
  /** Fail the build or warn below the threshold (`gates.docCoverage`). */
  mode: DocCoverageMode;
  /** The published site, for page URLs and source links. */
  site: SiteLocation;
  /** The history store (`dashboards.historyDir`), whose `doc-coverage` suite the coverage page lists. */
  historyDir?: string;
  /**
   * What a doc-comment link that leads nowhere does to the generation
   * (`gates.links` for missing files and symbols, `gates.anchors` for missing
   * headings); such a link is rendered as plain text either way.
   */
  linkGates: { links: DocCoverageMode; anchors: DocCoverageMode };
  /** Items an expanded sidebar group shows at most (`api.sidebarGroupLimit`); 50 when absent. */
  sidebarGroupLimit?: number;
}

/** The validated configuration fields the plugin reads (a structural subset of `PortalConfig`). */
export interface ApiReferenceConfigSource {
  /** Directory of the configuration file. */
  rootDir: string;
  /** `site`: URLs for pages and source links. */
  site: SiteLocation;
  /** `api`: the packages and the kinds to count. */
  api: {
    /** `api.packages`, paths absolute. */
    packages: ApiPackageInput[];
    /** `api.requiredToBeDocumented`. */
    requiredToBeDocumented: ReflectionKindName[];
    /** `api.sidebarGroupLimit`. */
    sidebarGroupLimit?: number;
  };
  /** `dashboards.historyDir`, absolute. */
  dashboards?: {
    /** The history store. */
    historyDir: string;
  };
  /** `thresholds`: the doc-coverage minimum. */
  thresholds: {
    /** `thresholds.docCoverage`, in percent. */
    docCoverage: number;
  };
  /** `gates`: what the build does below the minimum. */
  gates: {
    /** `gates.docCoverage` (or the deprecated `thresholds.docCoverageMode` it came from). */
    docCoverage: DocCoverageMode;
    /** `gates.links`: doc-comment links to missing files and symbols. */
    links: DocCoverageMode;
    /** `gates.anchors`: doc-comment links to missing headings. */
    anchors: DocCoverageMode;
  };
}

/**
 * The options `docusaurus.config.ts` passes to the plugin (a type alias, not
 * an interface, so it stays assignable to Docusaurus' indexed `PluginOptions`).
 */
export type ApiReferencePluginConfig = {
  /** The docs-plugin instance id: `docsPluginId: 'api'` in navbar items. */
  id: string;
  /** What to document and how to judge it. */
  apiReference: ApiReferenceSettings;
};

/**
 * The plugin's options from the portal configuration, for
 * `docusaurus.config.ts`. Kept apart from the plugin so the site config does
 * not load TypeDoc.
 */
export function apiReferencePluginOptions(portal: ApiReferenceConfigSource): ApiReferencePluginConfig {
  const { site } = portal;
  return {
    id: 'api',
    apiReference: {
      packages: portal.api.packages,
      rootDir: portal.rootDir,
      kinds: portal.api.requiredToBeDocumented,
      threshold: portal.thresholds.docCoverage,
      mode: portal.gates.docCoverage,
      linkGates: { links: portal.gates.links, anchors: portal.gates.anchors },
      site: { url: site.url, baseUrl: site.baseUrl, repository: site.repository, branch: site.branch },
      ...(portal.api.sidebarGroupLimit !== undefined ? { sidebarGroupLimit: portal.api.sidebarGroupLimit } : {}),
      ...(portal.dashboards ? { historyDir: portal.dashboards.historyDir } : {}),
    },
  };
}
