import type { LoadContext, Plugin } from '@docusaurus/types';
import pc from 'picocolors';
import { PortalError, formatPortalError } from '../../lib/errors.js';
import { buildSearchIndex, formatSearchIndexFigures } from '../../lib/search/build-index.js';
import { sectionListProblems, type SearchSection } from '../../lib/search/sections.js';

/** Options of the search plugin. */
export interface SearchPluginOptions {
  /** The site's sections, in the order the section filter lists them; a page outside all of them is not indexed. */
  sections: SearchSection[];
}

/** What the layout wrapper and the search box read with `usePluginData('portico-search')`. */
export interface SearchGlobalData {
  /** The sections, as configured. */
  sections: SearchSection[];
}

/**
 * Offline search with Pagefind. Each page marks its main content
 * (`data-pagefind-body`) and its section (a Pagefind filter and meta field)
 * in the layout wrapper (src/theme/Layout); after the pages are rendered,
 * postBuild indexes the built HTML with Pagefind's Node API into
 * `<outDir>/pagefind/`, which the search box (src/theme/SearchBar) loads on
 * first use. A query downloads only the index chunks its words fall in and
 * the fragments of the results it shows.
 */
export default function searchPlugin(_context: LoadContext, options: SearchPluginOptions): Plugin {
  const problems = sectionListProblems(options.sections);
  if (problems.length > 0) throw new PortalError('Invalid options of the search plugin (src/plugins/search)', 2, problems);
  return {
    name: 'portico-search',
    async contentLoaded({ actions }) {
      actions.setGlobalData({ sections: options.sections } satisfies SearchGlobalData);
    },
    async postBuild({ outDir }) {
      try {
        const figures = await buildSearchIndex(outDir);
        process.stderr.write(`${pc.cyan('[portico]')} ${formatSearchIndexFigures(figures)}\n`);
      } catch (error) {
        if (!(error instanceof PortalError)) throw error;
        process.stderr.write(`${formatPortalError(error)}\n`);
        process.exit(error.exitCode);
      }
    },
  };
}
