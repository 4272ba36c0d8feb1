/**
 * Post-build link and asset check behind `portal check links`: every internal
 * `href`, `src` and `srcset` of every built page and feed must resolve to a
 * file of the build, and every `#fragment` to an element on its page.
 * Pure TypeScript: no Docusaurus, React or CLI imports.
 *
 * @packageDocumentation
 */
export type { LinkReference, BrokenLink, BrokenLinkKind, ExternalLink, LinkCheckReport, SiteLocation } from './model.js';
export { parseHtmlPage, extractFeedLinks, parseSrcset } from './extract.js';
export type { ParsedHtmlPage } from './extract.js';
export { checkLinks, checkBuildLinks, readBuild, routeOf, findTargetFile } from './check.js';
export type { BuiltSite, CheckLinksOptions, TargetLookup, UrlParser } from './check.js';
export { formatBrokenLink, formatLinkReport, summarizeLinkReport, linkReportToJson } from './report.js';
export type { LinkReportFormatOptions, LinkReportJson } from './report.js';
export { linkFindings } from './findings.js';
export type { LinkFindingOptions } from './findings.js';
