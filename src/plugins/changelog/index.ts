import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadChangelog } from '../../lib/changelog/index.js';
import { renderFeeds } from '../../lib/feeds/index.js';
import { createDataModule } from '../data-module.js';
import { loadOrFailBuild } from '../fail-build.js';
import { planChangelogRoutes, versionSlug, type ChangelogRoutePlan } from './routes.js';

/** Options of the changelog plugin: the `changelogs` of the configuration. */
export interface ChangelogPluginOptions {
  changelogs: { id: string; title: string; file: string }[];
}

/** What the home page reads with `usePluginData('portico-changelog')`. */
export interface ChangelogGlobalData {
  /** Latest published (not Unreleased) release of each changelog. */
  latest: { changelog: string; version: string; date?: string; prerelease: boolean; permalink: string }[];
  /** Path of the primary changelog index. */
  index?: string;
}

/**
 * Publishes each configured changelog as an index page (newest first) and one
 * page per release, with RSS and Atom feeds. Parsing is the same as
 * `portal lint changelog`; release bodies are untrusted and rendered through
 * the sanitizer.
 */
export default function changelogPlugin(context: LoadContext, options: ChangelogPluginOptions): Plugin<ChangelogRoutePlan> {
  return {
    name: 'portico-changelog',
    getPathsToWatch: () => options.changelogs.map((log) => log.file),
    loadContent: () =>
      loadOrFailBuild(async () => {
        const loaded = await Promise.all(
          options.changelogs.map(async (log) => ({ id: log.id, title: log.title, changelog: await loadChangelog(log.file) })),
        );
        return planChangelogRoutes(loaded);
      }),
    async contentLoaded({ content, actions }) {
      const { addRoute, setGlobalData } = actions;
      for (const index of content.indexes) {
        addRoute({
          path: index.permalink,
          component: '@site/src/components/Changelog/ChangelogIndexPage.tsx',
          exact: true,
          modules: { data: await createDataModule(actions, context.siteDir, `index-${index.id}.json`, index) },
        });
      }
      for (const page of content.releases) {
        addRoute({
          path: page.release.permalink,
          component: '@site/src/components/Changelog/ReleasePage.tsx',
          exact: true,
          modules: {
            data: await createDataModule(actions, context.siteDir, `release-${page.changelog.id}-${versionSlug(page.release.version)}.json`, page),
          },
        });
      }
      setGlobalData({
        index: content.indexes[0]?.permalink,
        latest: content.indexes.flatMap((index) => {
          const release = index.releases.find((candidate) => candidate.version !== 'Unreleased');
          return release
            ? [{ changelog: index.title, version: release.version, date: release.date, prerelease: release.prerelease, permalink: release.permalink }]
            : [];
        }),
      } satisfies ChangelogGlobalData);
    },
    async postBuild({ content, outDir, siteConfig }) {
      const origin = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, '');
      for (const index of content?.indexes ?? []) {
        const feeds = renderFeeds(
          {
            title: `${index.title} releases`,
            description: `Releases of ${index.title}, from its changelog`,
            link: `${origin}${index.permalink}`,
            feedUrl: `${origin}${index.feeds.atom}`,
            copyright: `${index.title} authors`,
          },
          index.releases
            .filter((release) => release.version !== 'Unreleased' && release.date)
            .map((release) => ({
              id: `${origin}${release.permalink}`,
              title: `${index.title} ${release.version}${release.prerelease ? ' (pre-release)' : ''}`,
              link: `${origin}${release.permalink}`,
              date: new Date(`${release.date}T00:00:00Z`),
              description: release.sections.map((section) => `${section.title}: ${section.count}`).join(', '),
            })),
        );
        const dir = path.join(outDir, index.permalink);
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'rss.xml'), feeds.rss);
        await writeFile(path.join(dir, 'atom.xml'), feeds.atom);
      }
    },
  };
}
