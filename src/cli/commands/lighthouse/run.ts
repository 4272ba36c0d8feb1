import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPortalConfig, type PortalConfig } from '../../../config/index.js';
import { CHROMIUM_FLAGS, chromiumPath } from '../../../lib/browser/chromium.js';
import { PortalError } from '../../../lib/errors.js';
import {
  budgetsForPage,
  evaluatePage,
  findBuildFile,
  formatLighthouseReport,
  lighthouseReportToBenchmark,
  measurePages,
  startStaticServer,
  type LighthousePageSetting,
  type LighthouseReport,
} from '../../../lib/lighthouse/index.js';

/** Options of `portal lighthouse`, as commander hands them over. */
export interface LighthouseCommandOptions {
  urls?: string[];
  buildDir?: string;
  json?: string;
  benchJson?: string;
  runs?: number;
  config?: string;
}

/** The action of `portal lighthouse`. */
export async function runLighthouse(options: LighthouseCommandOptions): Promise<void> {
  const config = await loadPortalConfig(options.config);
  const buildDir = options.buildDir ? path.resolve(options.buildDir) : path.join(config.rootDir, 'build');
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new PortalError(`No built site at ${buildDir}`, 2, ['run `npm run build` first, or pass --build-dir <dir>']);
  }
  const pages = pagesToMeasure(config, options.urls);
  const missing: string[] = [];
  for (const page of pages) {
    if (!(await findBuildFile(buildDir, page.path.slice(1)))) missing.push(`${page.path}: no page in ${buildDir}`);
  }
  if (missing.length > 0) throw new PortalError('Some Lighthouse pages are not in the build', 2, missing);

  const runs = options.runs ?? config.lighthouse.runs;
  const server = await startStaticServer({ root: buildDir, baseUrl: config.site.baseUrl });
  let report: LighthouseReport;
  try {
    const urlOf = (pagePath: string) => `${server.url}${pagePath.slice(1)}`;
    const measured = await measurePages({
      urls: pages.map((page) => urlOf(page.path)),
      runs,
      chromePath: chromiumPath(),
      chromeFlags: [...CHROMIUM_FLAGS],
      onRun: (url, run, total) => process.stderr.write(`lighthouse ${url.slice(server.url.length - 1)}${total > 1 ? ` (run ${run}/${total})` : ''}\n`),
    });
    const results = pages.map((page, i) => {
      const result = measured.pages[i]!;
      return evaluatePage(page.path, result.scores, budgetsForPage(config.lighthouse.budgets, page), result.medianRun, result.runs);
    });
    report = {
      passed: results.every((result) => result.failures.length === 0),
      lighthouseVersion: measured.lighthouseVersion,
      userAgent: measured.userAgent,
      formFactor: 'mobile',
      runsPerPage: runs,
      pages: results,
    };
  } finally {
    await server.close();
  }

  process.stdout.write(formatLighthouseReport(report));
  if (options.json) await writeJson(options.json, report);
  if (options.benchJson) await writeJson(options.benchJson, lighthouseReportToBenchmark(report));
  if (!report.passed) {
    const failing = report.pages.filter((page) => page.failures.length > 0).map((page) => page.path);
    throw new PortalError(`Lighthouse budgets missed on ${failing.join(', ')}`, 1);
  }
}

/** `--urls` when given (budgets of a configured page with the same path still apply), else `lighthouse.pages`. */
function pagesToMeasure(config: PortalConfig, urls: string[] | undefined): LighthousePageSetting[] {
  const configured = config.lighthouse.pages.map((page) => (typeof page === 'string' ? { path: page } : page));
  if (!urls || urls.length === 0) return configured;
  const invalid = urls.filter((url) => !url.startsWith('/'));
  if (invalid.length > 0) {
    throw new PortalError('--urls takes URL paths under the site', 2, invalid.map((url) => `${url}: expected a path that starts with "/", such as /docs/getting-started`));
  }
  return urls.map((url) => configured.find((page) => page.path === url) ?? { path: url });
}

async function writeJson(target: string, value: unknown): Promise<void> {
  const file = path.resolve(target);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
  } catch (error) {
    throw new PortalError(`Cannot write ${file}`, 2, [error instanceof Error ? error.message : String(error)]);
  }
}
