import type { LoadContext, Plugin } from '@docusaurus/types';
import pc from 'picocolors';
import { buildReleaseReport, loadProjectRfcs, loadTimelines, type ReleasesConfig } from '../../lib/releases/index.js';
import { bundleSideOfProcess } from '../../lib/build/bundle-side.js';
import { createDataModule } from '../data-module.js';
import { loadOrFailBuild } from '../fail-build.js';
import type { ChangelogRoutePlan } from '../changelog/routes.js';
import { keepExistingApiPages, planReleaseRoutes, RELEASES_BASE_PATH } from './routes.js';

/** Options of the releases plugin: the parts of portal.config.ts the release pages read. */
export type ReleasesPluginOptions = ReleasesConfig;

/**
 * The release hub (`/releases`: every release of every changelog, newest
 * first, with badges for breaking changes and regressions) and one page per
 * release (`/releases/<changelog>/<version>`: notes, RFCs shipped, TypeScript
 * API diff, HTTP API diff, benchmark and coverage deltas). The changelog pages stay as they are.
 * Changelogs are read, gated and dated by the changelog plugin; this one takes
 * them from that plugin's content. RFCs that cannot be listed leave the RFC
 * section empty (portal lint rfcs reports them).
 */
export default function releasesPlugin(context: LoadContext, options: ReleasesPluginOptions): Plugin {
  return {
    name: 'portico-releases',
    getPathsToWatch: () => options.changelogs.map((log) => log.file),
    // After every plugin has loaded: the changelog plugin has read, gated and dated the changelogs,
    // and its content hands them over instead of a second read and git blame here.
    allContentLoaded: ({ allContent, actions }) =>
      loadOrFailBuild(async () => {
        const changelogPlan = allContent['portico-changelog']?.default as ChangelogRoutePlan | undefined;
        const read = new Map((changelogPlan?.changelogs ?? []).map(({ id, changelog }) => [id, changelog]));
        const timelines = await loadTimelines(options, read);
        const rfcs = await loadProjectRfcs(options.rootDir).catch((error: unknown) => {
          if (bundleSideOfProcess() !== 'server') process.stderr.write(`${pc.yellow('⚠')} release pages: RFCs not listed (${(error as Error).message})\n`);
          return [];
        });
        // The TypeScript API diff links exports to the reference pages this build has (docs instances' permalinks).
        const docPages = new Set<string>();
        for (const instance of Object.values(allContent['docusaurus-plugin-content-docs'] ?? {})) {
          for (const version of (instance as { loadedVersions?: { docs: { permalink: string }[] }[] } | undefined)?.loadedVersions ?? []) {
            for (const doc of version.docs) docPages.add(`/${doc.permalink.slice(context.baseUrl.length).replace(/\/$/, '')}`);
          }
        }
        const changelogs = [];
        for (const timeline of timelines) {
          const reports = [];
          for (const entry of timeline.releases) {
            reports.push(keepExistingApiPages(await buildReleaseReport(options, timelines, timeline, entry, rfcs), (page) => docPages.has(page)));
          }
          changelogs.push({ id: timeline.changelogId, title: timeline.title, reports });
        }
        const content = planReleaseRoutes(changelogs);
        actions.addRoute({
          path: RELEASES_BASE_PATH,
          component: '@site/src/components/Releases/ReleasesHubPage.tsx',
          exact: true,
          modules: { data: await createDataModule(actions, context.siteDir, 'releases-hub.json', content.hub) },
        });
        for (const page of content.pages) {
          actions.addRoute({
            path: page.permalink,
            component: '@site/src/components/Releases/ReleasePage.tsx',
            exact: true,
            modules: { data: await createDataModule(actions, context.siteDir, `release-${page.report.changelog.id}-${page.report.entry.slug}.json`, page) },
          });
        }
      }),
  };
}
