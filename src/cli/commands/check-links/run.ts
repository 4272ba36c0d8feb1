import path from 'node:path';
import { loadPortalConfig } from '../../../config/index.js';
import { PortalError } from '../../../lib/errors.js';
import { applyGateSeverity } from '../../../lib/gates/severity.js';
import { formatGithubAnnotations, inGithubActions } from '../../../lib/findings/index.js';
import { checkBuildLinks, formatLinkReport, linkFindings, linkReportToJson } from '../../../lib/links/index.js';
import { writeJsonReport } from '../../shared/write-json.js';
import { plural } from '../../../lib/core/text.js';

/** Options of `portal check links`, as commander hands them over. */
export interface CheckLinksOptions {
  json?: string;
  listExternal?: boolean;
  config?: string;
}

/** The action of `portal check links`. */
export async function runCheckLinks(buildDirArgument: string | undefined, options: CheckLinksOptions): Promise<void> {
  const config = await loadPortalConfig(options.config);
  const buildDir = buildDirArgument ? path.resolve(buildDirArgument) : path.join(config.rootDir, 'build');
  const report = await checkBuildLinks(buildDir, { siteUrl: config.site.url, baseUrl: config.site.baseUrl });
  if (options.json) await writeJsonReport(options.json, linkReportToJson(report));
  process.stdout.write(formatLinkReport(report, { listExternal: options.listExternal }));
  if (inGithubActions()) {
    // A missing heading is an anchor finding (gates.anchors); every other kind a link finding (gates.links).
    const severityOf = (link: { kind: string }) => ((link.kind === 'missing-fragment' ? config.gates.anchors : config.gates.links) === 'error' ? 'error' : 'warn');
    process.stdout.write(formatGithubAnnotations(linkFindings(report, { buildDir, severityOf })));
  }
  if (report.broken.length > 0) {
    const pages = new Set(report.broken.map((link) => link.page)).size;
    const failure = new PortalError(`Link check failed: ${plural(report.broken.length, 'broken link')} on ${plural(pages, 'page')} of ${buildDir}`, 1);
    // A missing heading is an anchor finding (gates.anchors); every other kind a link finding (gates.links).
    const onlyAnchors = report.broken.every((link) => link.kind === 'missing-fragment');
    const linkSeverity = config.gates.links;
    const anchorSeverity = config.gates.anchors;
    if (onlyAnchors) applyGateSeverity('anchors', anchorSeverity, failure);
    else if (anchorSeverity === 'error' && report.broken.some((link) => link.kind === 'missing-fragment')) throw failure;
    else applyGateSeverity('links', linkSeverity, failure);
  }
}
