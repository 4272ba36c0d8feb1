import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { renderFeeds } from '../../lib/feeds/index.js';
import { loadBenchHistory, loadCoverageHistory } from '../../lib/history/index.js';
import { loadOrFailBuild } from '../fail-build.js';
import { planDashboardRoutes, type DashboardRoutePlan, type DashboardsPluginOptions } from './routes.js';

export type { DashboardsPluginOptions } from './routes.js';

/**
 * Publishes the benchmark and coverage dashboards from the history store:
 * `/dashboards`, `/dashboards/benchmarks` (with an Atom and RSS feed of
 * regressions) and `/dashboards/coverage`. The history is read and judged by
 * the same functions as `portal check bench` and `portal check coverage`; a
 * corrupt store stops the build with exit code 2 and the file and place.
 */
export default function dashboardsPlugin(context: LoadContext, options: DashboardsPluginOptions): Plugin<DashboardRoutePlan> {
  return {
    name: 'portico-dashboards',
    getPathsToWatch: () => [path.join(options.historyDir, '*/*.json')],
    loadContent: () =>
      loadOrFailBuild(async () => planDashboardRoutes(loadBenchHistory(options.historyDir), loadCoverageHistory(options.historyDir), options)),
    async contentLoaded({ content, actions }) {
      for (const route of content.routes) {
        actions.addRoute({
          path: route.path,
          component: route.component,
          exact: true,
          modules: { data: await actions.createData(route.dataName, JSON.stringify(route.data)) },
        });
      }
    },
    async postBuild({ content, outDir, siteConfig }) {
      if (!content) return;
      const origin = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, '');
      const page = `${origin}${content.feed.path}`;
      const feeds = renderFeeds(
        {
          title: `${siteConfig.title} benchmark regressions`,
          description: `Benchmark series of ${siteConfig.title} that got worse beyond their threshold, with the commit where it happened`,
          link: page,
          feedUrl: `${page}/atom.xml`,
          copyright: `${siteConfig.title} authors`,
        },
        content.feed.entries.map(({ anchor, seriesAnchor, ...entry }) => ({ ...entry, id: `${page}#${anchor}`, link: `${page}#${seriesAnchor}` })),
      );
      const dir = path.join(outDir, content.feed.path);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'atom.xml'), feeds.atom);
      await writeFile(path.join(dir, 'rss.xml'), feeds.rss);
    },
  };
}
