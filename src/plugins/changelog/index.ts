import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import pc from 'picocolors';
import { gatesCheckedBeforeBundling } from '../../lib/gates/in-build.js';
import type { GateSeverity } from '../../config/index.js';
import { bundleSideOfProcess } from '../../lib/build/bundle-side.js';
import {
  addGitDates,
  changelogGateError,
  formatChangelogFinding,
  lintChangelogs,
  summarizeFindings,
  type ChangelogLintReport,
} from '../../lib/changelog/index.js';
import { renderFeeds } from '../../lib/feeds/index.js';
import { createDataModule } from '../data-module.js';
import { loadOrFailBuild } from '../fail-build.js';
import { planChangelogRoutes, type ChangelogRoutePlan } from './routes.js';
import { siteOrigin } from '../../lib/core/text.js';

/** Options of the changelog plugin: the `changelogs` of the configuration and `gates.changelog`. */
export interface ChangelogPluginOptions {
  changelogs: { id: string; title: string; file: string }[];
  /** `gates.changelog`: what findings do to the build. Default `error`. */
  gate?: GateSeverity;
}

/**
 * Applies `gates.changelog` to a report, the way the build does: a changelog
 * that cannot be used stops the build (exit 2); findings fail a production
 * build under `error` (exit 1, each finding listed once), and are printed once
 * under `warn` (or in the dev server); `off` is silent.
 */
export function gateChangelogBuild(report: ChangelogLintReport, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  const error = changelogGateError(report, { listFindings: true });
  if (error && (error.exitCode === 2 || process.env.NODE_ENV === 'production')) throw error;
  // `portal build` printed them once before bundling.
  if (report.findings.length === 0 || gatesCheckedBeforeBundling()) return;
  // `portal build` bundles the client and the server in a process each, and both load the content: print in one.
  if (bundleSideOfProcess() === 'server') return;
  log(`${pc.yellow('⚠')} ${summarizeFindings(report)}; continuing (gates.changelog: "${report.gate}")`);
  for (const finding of report.findings) log(`  - ${formatChangelogFinding(finding)}`);
}

/** What the home page reads with `usePluginData('portico-changelog')`. */
export interface ChangelogGlobalData {
  /** Latest published (not Unreleased) release of each changelog. */
  latest: { changelog: string; version: string; date?: string; prerelease: boolean; permalink: string }[];
  /** Path of the primary changelog index. */
  index?: string;
}

/**
 * Publishes each configured changelog as an index page (newest first, with
 * its notes) and one page per release, with RSS and Atom feeds of the dated
 * releases. Reading and gating are `lintChangelogs`, as in `portal lint
 * changelog`; undated releases get the date of the commit that added their
 * heading. Release bodies and notes are untrusted and rendered through the sanitizer.
 */
export default function changelogPlugin(context: LoadContext, options: ChangelogPluginOptions): Plugin<ChangelogRoutePlan> {
  return {
    name: 'portico-changelog',
    getPathsToWatch: () => options.changelogs.map((log) => log.file),
    loadContent: () =>
      loadOrFailBuild(async () => {
        const report = await lintChangelogs({ changelogs: options.changelogs, gates: { changelog: options.gate ?? 'error' } });
        gateChangelogBuild(report);
        const loaded = await Promise.all(
          report.changelogs.map(async ({ target, changelog }) => ({
            id: target.id!,
            title: target.title!,
            changelog: await addGitDates(changelog),
          })),
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
            data: await createDataModule(actions, context.siteDir, `release-${page.changelog.id}-${page.release.slug}.json`, page),
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
      const origin = siteOrigin(siteConfig);
      for (const index of content?.indexes ?? []) {
        // No dated release, no feed: the index page says why instead of linking one.
        if (!index.feeds) continue;
        const feeds = renderFeeds(
          {
            title: `${index.title} releases`,
            description: `Releases of ${index.title}, from its changelog`,
            link: `${origin}${index.permalink}`,
            feedUrl: `${origin}${index.feeds.atom}`,
            copyright: `${index.title} authors`,
          },
          index.releases
            .filter((release) => release.version !== 'Unreleased' && release.date !== undefined)
            .map((release) => ({
              id: `${origin}${release.permalink}`,
              title: `${index.title} ${release.version}${release.prerelease ? ' (pre-release)' : ''}`,
              link: `${origin}${release.permalink}`,
              date: new Date(`${release.date}T00:00:00Z`),
              description: `${release.summary} (${release.sections.map((section) => `${section.title}: ${section.count}`).join(', ')})`,
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
