import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import pc from 'picocolors';
import { renderFeeds } from '../../lib/feeds/index.js';
import { loadBenchHistory, loadCoverageHistory } from '../../lib/history/index.js';
import { describeUningestedResults, findUningestedResults } from '../../lib/ingest/index.js';
import { createDataModule } from '../data-module.js';
import { loadOrFailBuild } from '../fail-build.js';
import { planDashboardRoutes, type DashboardRoutePlan, type DashboardsPluginOptions } from './routes.js';
import { siteOrigin } from '../../lib/core/text.js';

/** Writes a planned file under the build directory; its site path never leaves it (paths are built from slugs). */
async function writeBuildFile(outDir: string, sitePath: string, contents: string): Promise<void> {
  const file = path.resolve(outDir, `.${sitePath}`);
  if (!file.startsWith(path.resolve(outDir) + path.sep)) throw new Error(`dashboards: refusing to write outside the build: ${sitePath}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, contents);
}

export type { DashboardsPluginOptions } from './routes.js';

/** One warning line when a configured result file is newer than the history and not in it (issue 21: dashboards stayed empty until someone ran `portal ingest`). */
function warnAboutUningestedResults(options: DashboardsPluginOptions): void {
  const warning = describeUningestedResults(
    findUningestedResults({ benchmarks: options.benchmarks ?? [], coverage: options.coverage ?? [], historyDir: options.historyDir }),
  );
  if (warning) process.stderr.write(`${pc.yellow('⚠')} Dashboards: ${warning}\n`);
}

/**
 * Publishes the benchmark and coverage dashboards from the history store:
 * `/dashboards`, `/dashboards/benchmarks` (with an Atom and RSS feed of
 * regressions) and `/dashboards/coverage`, plus the files they link to: a
 * lines file per page that the charts draw from, and per-suite CSV and JSON
 * downloads of the whole history. The history is read and judged by
 * the same functions as `portal check bench` and `portal check coverage`; a
 * corrupt store stops the build with exit code 2 and the file and place.
 */
export default function dashboardsPlugin(context: LoadContext, options: DashboardsPluginOptions): Plugin<DashboardRoutePlan> {
  return {
    name: 'portico-dashboards',
    getPathsToWatch: () => [path.join(options.historyDir, '*/*.json')],
    loadContent: () =>
      loadOrFailBuild(async () => {
        warnAboutUningestedResults(options);
        return planDashboardRoutes(loadBenchHistory(options.historyDir), loadCoverageHistory(options.historyDir), options, {
          // `docusaurus start` runs no postBuild, so it could not serve a lines file: draw the lines inline there.
          inlineLines: process.env.NODE_ENV === 'development',
        });
      }),
    async contentLoaded({ content, actions }) {
      for (const route of content.routes) {
        actions.addRoute({
          path: route.path,
          component: route.component,
          exact: true,
          modules: { data: await createDataModule(actions, context.siteDir, route.dataName, route.data) },
        });
      }
    },
    async postBuild({ content, outDir, siteConfig }) {
      if (!content) return;
      const origin = siteOrigin(siteConfig);
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
      await writeBuildFile(outDir, `${content.feed.path}/atom.xml`, feeds.atom);
      await writeBuildFile(outDir, `${content.feed.path}/rss.xml`, feeds.rss);
      for (const file of content.files) await writeBuildFile(outDir, file.path, file.contents);
    },
  };
}
