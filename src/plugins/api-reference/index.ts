import path from 'node:path';
import docsPlugin, { validateOptions as validateDocsOptions } from '@docusaurus/plugin-content-docs';
import type { LoadedContent, Options as DocsOptions, PluginOptions as DocsPluginOptions } from '@docusaurus/plugin-content-docs';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import pc from 'picocolors';
import { PortalError } from '../../lib/errors.js';
import { API_ROUTE_BASE_PATH } from '../../lib/api-coverage/pages.js';
import { evaluateDocCoverage, formatPercent } from '../../lib/api-coverage/report.js';
import { formatUndocumentedSymbol } from '../../lib/api-coverage/terminal.js';
import { DOC_COVERAGE_SUITE } from '../../lib/api-coverage/benchmark.js';
import { loadBenchSuite } from '../../lib/history/index.js';
import { loadOrFailBuild } from '../fail-build.js';
import { GENERATED_FILES, generateApiReference, type GeneratedApiReference } from './generate.js';
import { API_REFERENCE_DIR, type ApiReferenceSettings, type apiReferencePluginOptions } from './options.js';
import type { DocCoverageHistoryRun } from './pages.js';

/** The Portico part of the plugin's options. */
export interface WithApiReferenceSettings {
  /** What to document and how to judge it; see {@link apiReferencePluginOptions}. */
  apiReference: ApiReferenceSettings;
}

/** What `docusaurus.config.ts` passes: the docs instance id and the Portico settings. */
export type ApiReferenceUserOptions = DocsOptions & WithApiReferenceSettings;

/** The options after validation: a complete docs-plugin instance's options plus the Portico settings. */
export type ApiReferencePluginOptions = DocsPluginOptions & WithApiReferenceSettings;

/**
 * Validates the options as the docs plugin does, with the API section's
 * fixed settings filled in (generated folder, `/api` routes, generated sidebar).
 */
export function validateOptions({ validate, options }: OptionValidationContext<ApiReferenceUserOptions, ApiReferencePluginOptions>): ApiReferencePluginOptions {
  const { apiReference, ...docs } = options;
  const validated = validateDocsOptions({
    // Docusaurus hands over its generic Joi normalizer; the docs plugin types it for its own options.
    validate: validate as unknown as Parameters<typeof validateDocsOptions>[0]['validate'],
    options: {
      ...docs,
      path: API_REFERENCE_DIR,
      routeBasePath: API_ROUTE_BASE_PATH,
      sidebarPath: path.join(API_REFERENCE_DIR, GENERATED_FILES.sidebars),
      // Symbols may be named `_private`: the docs plugin would skip `_`-prefixed files.
      exclude: [],
      numberPrefixParser: false,
      breadcrumbs: true,
    },
  });
  return { ...validated, apiReference };
}

/**
 * The API reference section: converts each configured package ONCE with
 * TypeDoc, renders its pages to Markdown, measures doc coverage from the same
 * project, fails the production build below the threshold (or warns, per
 * `thresholds.docCoverageMode`), then serves the pages as the docs-plugin
 * instance `api` under `/api/<package>/`, with one sidebar category per package.
 *
 * It wraps the docs plugin instead of sitting next to it because the docs
 * plugin checks its folder and sidebar exist when it is created, and plugins
 * are created in parallel: generating first, then creating the docs plugin,
 * is the only order that cannot race.
 */
export default async function apiReferencePlugin(context: LoadContext, options: ApiReferencePluginOptions): Promise<Plugin<LoadedContent> | null> {
  const { apiReference: settings, ...docsOptions } = options;
  if (settings.packages.length === 0) return null;
  const outDir = path.resolve(context.siteDir, docsOptions.path);
  const generate = () =>
    loadOrFailBuild(async () => reportAndGate(await generateApiReference({ ...settings, outDir, history: docCoverageHistory(settings.historyDir) }), settings));

  let generated = await generate();
  const docs = await docsPlugin(context, { ...docsOptions, path: outDir, sidebarPath: generated.sidebarPath });
  let generatedForThisLoad = true;

  return {
    ...docs,
    getPathsToWatch: () => [...(docs.getPathsToWatch?.() ?? []), ...generated.watchFiles],
    async loadContent() {
      // The first load uses the pages generated above; later loads (the dev server
      // reloading after a source file changed) regenerate when the inputs changed.
      if (!generatedForThisLoad) generated = await generate();
      generatedForThisLoad = false;
      return docs.loadContent!();
    },
  };
}

/** The recorded runs of the `doc-coverage` suite; a corrupt store stops the build (exit 2) as the dashboards do. */
function docCoverageHistory(historyDir: string | undefined): DocCoverageHistoryRun[] {
  // Only the one suite's file: the dashboards plugin reads (and validates) the whole store itself.
  const suite = historyDir ? loadBenchSuite(historyDir, DOC_COVERAGE_SUITE) : undefined;
  return (suite?.runs ?? []).map((run) => ({
    date: run.date,
    ...(run.commit ? { commit: run.commit } : {}),
    values: Object.fromEntries(run.results.map((result) => [result.name, result.value])),
  }));
}

/**
 * Prints what the generation did, TypeDoc's warnings and, below the
 * threshold, every undocumented symbol; in a production build with
 * `gates.docCoverage: 'error'` that is a failure (exit 1); `'off'` skips the gate.
 */
function reportAndGate(generated: GeneratedApiReference, settings: ApiReferenceSettings): GeneratedApiReference {
  const { report } = generated;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(
    `${pc.cyan('[portico]')} API reference: ${report.packages.map((pkg) => `${pkg.name} ${formatPercent(pkg.totals.percent)}`).join(', ')} documented` +
      `${generated.reused ? ' (inputs unchanged, pages reused)' : ''}`,
  );
  for (const { package: name, message } of generated.warnings) log(`${pc.yellow('⚠')} TypeDoc (${name}): ${message.message}`);

  if (settings.mode === 'off') return generated;
  const verdict = evaluateDocCoverage(report);
  if (verdict.passed) return generated;
  const problems = [
    ...verdict.failing.map((pkg) => `${pkg.name}: ${formatPercent(pkg.totals.percent)} (${pkg.totals.documented}/${pkg.totals.total}) is below ${report.threshold}%`),
    ...verdict.undocumented.map(formatUndocumentedSymbol),
  ];
  const message = `Doc coverage is below the threshold of ${report.threshold}%`;
  // The dev server only warns: a missing comment should not take the preview down.
  if (settings.mode === 'error' && process.env.NODE_ENV === 'production') {
    throw new PortalError(`${message} (gates.docCoverage: "error")`, 1, problems);
  }
  log(`${pc.yellow('⚠')} ${message}; continuing (gates.docCoverage: "${settings.mode}")`);
  for (const problem of problems) log(`  - ${problem}`);
  return generated;
}
