import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parseDocCoverageJson } from '../../lib/api-coverage/report-json.js';
import type { CoverageThresholds } from '../../lib/coverage/index.js';
import { loadCoverageHistory } from '../../lib/history/index.js';
import { coverageGlance, docCoverageGlance, type HomeGlance } from '../../lib/home/glance.js';
import { GENERATED_FILES } from '../api-reference/generate.js';
import { API_REFERENCE_DIR } from '../api-reference/options.js';
import { loadOrFailBuild } from '../fail-build.js';

/** Options of the home-page plugin. */
export interface HomePluginOptions {
  /** Whether the site has an API reference, whose doc-coverage report the home page summarises. @default false */
  apiReference?: boolean;
  /** `dashboards.historyDir` (absolute): the coverage suites' latest runs. */
  historyDir: string;
  /** `thresholds.coverage`: the gate's verdict shown beside each suite. */
  coverageThresholds: CoverageThresholds;
}

/** What the home page reads with `usePluginData('portico-home')`. */
export type HomeGlobalData = HomeGlance;

/**
 * The figures of the home page's "at a glance" cards: doc coverage from the
 * report the API reference plugin wrote for this build (it generates before
 * any plugin loads content), and test coverage from the history store, judged
 * as `portal check coverage` judges it. Both are left out when missing; the
 * gates that own them report problems.
 */
export default function homePlugin(context: LoadContext, options: HomePluginOptions): Plugin<HomeGlance> {
  const reportFile = path.resolve(context.siteDir, API_REFERENCE_DIR, GENERATED_FILES.report);
  return {
    name: 'portico-home',
    loadContent: () =>
      loadOrFailBuild(async () => {
        const parsed = options.apiReference && existsSync(reportFile) ? parseDocCoverageJson(JSON.parse(readFileSync(reportFile, 'utf8'))) : undefined;
        return {
          ...(parsed?.ok ? { docCoverage: docCoverageGlance(parsed.report) } : {}),
          coverage: coverageGlance(loadCoverageHistory(options.historyDir), options.coverageThresholds),
        };
      }),
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content satisfies HomeGlobalData);
    },
  };
}
