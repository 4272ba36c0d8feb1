import pc from 'picocolors';
import type { BrokenLink, ExternalLink, LinkCheckReport } from './model.js';
import { plural } from '../core/text.js';

/** `page → target (reason)`: one broken link on one line. */
export function formatBrokenLink(link: BrokenLink): string {
  return `${link.page} → ${link.target} (${link.reason})`;
}

/**
 * The summary line, e.g. `2 broken links on 1 page; 1,204 internal links checked
 * in 70 pages and 8 feeds; 31 links to 12 external URLs listed, not fetched`.
 */
export function summarizeLinkReport(report: LinkCheckReport): string {
  const { counts } = report;
  const pagesWithBroken = new Set(report.broken.map((link) => link.page)).size;
  const head =
    report.broken.length === 0
      ? 'no broken links'
      : `${plural(report.broken.length, 'broken link')} on ${plural(pagesWithBroken, 'page')}`;
  return (
    `${head}; ${plural(counts.internal, 'internal link')} checked in ${plural(counts.pages, 'page')} and ${plural(counts.feeds, 'feed')}` +
    `; ${plural(counts.external, 'link')} to ${plural(report.external.length, 'external URL')} listed, not fetched`
  );
}

/** Options of {@link formatLinkReport}. */
export interface LinkReportFormatOptions {
  /** Also list every external URL with the number of pages linking to it. @default false */
  listExternal?: boolean;
}

/**
 * Renders a report for the terminal: broken links as `page → target (reason)`,
 * the external URLs when asked, then the summary line.
 */
export function formatLinkReport(report: LinkCheckReport, options: LinkReportFormatOptions = {}): string {
  const lines: string[] = [];
  if (report.broken.length > 0) {
    lines.push(pc.red(`✖ ${plural(report.broken.length, 'broken link')}`));
    for (const link of report.broken) lines.push(`  ${formatBrokenLink(link)}`);
  }
  if (options.listExternal && report.external.length > 0) {
    lines.push(pc.cyan(`ℹ ${plural(report.external.length, 'external URL')} (listed, not fetched)`));
    for (const link of report.external) lines.push(`  ${link.url} (${plural(link.pages.length, 'page')})`);
  }
  const summary = summarizeLinkReport(report);
  lines.push(report.broken.length === 0 ? `${pc.green('✔')} ${summary}` : `${pc.red('✖')} ${summary}`);
  return `${lines.join('\n')}\n`;
}

/** The JSON form of a {@link LinkCheckReport}, as `--json` writes it. */
export interface LinkReportJson {
  /** True when no internal link is broken. */
  passed: boolean;
  /** The report's counts, plus the number of broken links and of distinct external URLs. */
  counts: LinkCheckReport['counts'] & {
    /** Broken internal links. */
    broken: number;
    /** Distinct external URLs. */
    externalUrls: number;
  };
  /** Broken internal links. */
  broken: BrokenLink[];
  /** External URLs with the pages that link to them. */
  external: ExternalLink[];
}

/** The report as JSON-ready data: counts, broken links and external URLs with the pages that link to them. */
export function linkReportToJson(report: LinkCheckReport): LinkReportJson {
  return {
    passed: report.broken.length === 0,
    counts: { ...report.counts, broken: report.broken.length, externalUrls: report.external.length },
    broken: report.broken,
    external: report.external,
  };
}
