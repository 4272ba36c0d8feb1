import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { renderFeeds } from '../../lib/feeds/index.js';
import { loadRfcs, type RfcMeta } from '../../lib/rfcs/index.js';
import { loadOrFailBuild } from '../fail-build.js';
import { padRfcNumber, siteOrigin } from '../../lib/core/text.js';

/** Options of the RFC plugin. */
export interface RfcPluginOptions {
  /** Absolute path of the RFC directory (the `rfcs` docs-plugin instance's path). */
  dir: string;
}

/** What the RFC index page and RFC headers read with `usePluginData('portico-rfcs')`. */
export interface RfcGlobalData {
  /** Every RFC, sorted by number. */
  rfcs: RfcMeta[];
}

/**
 * Publishes RFC metadata: as global data for the index page and the header
 * box on each RFC page, and at build time as `rfcs.json` plus RSS and Atom
 * feeds of status changes. Metadata comes from the same loader
 * `portal lint rfcs` uses, so the site and the linter agree.
 */
export default function rfcsPlugin(context: LoadContext, options: RfcPluginOptions): Plugin<RfcMeta[]> {
  return {
    name: 'portico-rfcs',
    getPathsToWatch: () => [path.join(options.dir, '*.{md,mdx}')],
    loadContent: () => loadOrFailBuild(() => loadRfcs(options.dir)),
    async contentLoaded({ content, actions }) {
      actions.setGlobalData({ rfcs: content } satisfies RfcGlobalData);
    },
    async postBuild({ content, outDir, siteConfig }) {
      const origin = siteOrigin(siteConfig);
      const rfcs = content ?? [];
      await writeFile(path.join(outDir, 'rfcs.json'), `${JSON.stringify(rfcsJson(rfcs, origin), null, 2)}\n`);
      const feeds = renderFeeds(
        {
          title: `${siteConfig.title} RFC status changes`,
          description: `Every RFC of ${siteConfig.title} and its latest status`,
          link: `${origin}/rfcs`,
          feedUrl: `${origin}/rfcs/atom.xml`,
          copyright: `${siteConfig.title} authors`,
        },
        rfcs.map((rfc) => ({
          // The status is part of the id: when an RFC changes status, readers get a new entry.
          id: `${origin}${rfc.permalink}#status-${rfc.status}`,
          title: `RFC ${padRfcNumber(rfc.number)}: ${rfc.title} is ${rfc.status}`,
          link: `${origin}${rfc.permalink}`,
          date: new Date(`${rfc.updated ?? rfc.created}T00:00:00Z`),
          // Feed readers render a description as HTML: front matter is text, so it is escaped.
          description: escapeHtml(`RFC ${padRfcNumber(rfc.number)} "${rfc.title}" by ${rfc.authors.join(', ')}: status ${rfc.status}.`),
          authors: rfc.authors,
        })),
      );
      await mkdir(path.join(outDir, 'rfcs'), { recursive: true });
      await writeFile(path.join(outDir, 'rfcs', 'rss.xml'), feeds.rss);
      await writeFile(path.join(outDir, 'rfcs', 'atom.xml'), feeds.atom);
    },
  };
}

/** Text as HTML that shows it literally. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The published `rfcs.json`: a schema version and every RFC with absolute URLs. */
export function rfcsJson(rfcs: readonly RfcMeta[], origin: string) {
  return {
    schemaVersion: 1,
    rfcs: rfcs.map(({ file, permalink, ...meta }) => ({ ...meta, source: `rfcs/${file}`, url: `${origin}${permalink}` })),
  };
}
