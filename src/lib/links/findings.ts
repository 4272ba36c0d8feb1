import path from 'node:path';
import type { Finding, FindingSeverity } from '../findings/index.js';
import type { BrokenLink, LinkCheckReport } from './model.js';

/** How broken links become findings. */
export interface LinkFindingOptions {
  /** The build directory the report's files are relative to; findings name `<buildDir>/<file>`. */
  buildDir: string;
  /** The severity of a broken link: by default `error` for every kind. */
  severityOf?: (link: BrokenLink) => FindingSeverity;
}

/**
 * The report's broken links in the shape every reporter renders: the built
 * file holding the link (no line: the check reads parsed HTML), the kind as
 * the rule, and `target (element): reason` as the message.
 */
export function linkFindings(report: LinkCheckReport, options: LinkFindingOptions): Finding[] {
  return report.broken.map((link) => ({
    file: path.join(options.buildDir, link.file),
    line: 0,
    rule: link.kind,
    severity: options.severityOf?.(link) ?? 'error',
    message: `${link.target} (${link.element}): ${link.reason}`,
  }));
}
