import path from 'node:path';
import docsPlugin, { validateOptions as validateDocsOptions } from '@docusaurus/plugin-content-docs';
import type { LoadedContent, Options as DocsOptions, PluginOptions as DocsPluginOptions } from '@docusaurus/plugin-content-docs';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import pc from 'picocolors';
import { PortalError } from '../../lib/errors.js';
import { API_ROUTE_BASE_PATH } from '../../lib/api-coverage/page-urls.js';
import { gatesCheckedBeforeBundling } from '../../lib/gates/in-build.js';
import { loadOrFailBuild } from '../fail-build.js';
import { GENERATED_FILES, type GeneratedApiReference } from './generate.js';
import { docCoverageFailure, judgeCommentLinks, formatApiReferenceLine, formatTypeDocWarnings, generateApiReferenceFor } from './gate.js';
import { API_REFERENCE_DIR, type ApiReferenceSettings, type apiReferencePluginOptions } from './options.js';

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
      // Generated pages have no file in the repository to edit.
      editUrl: undefined,
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
    loadOrFailBuild(async () => gateCommentLinks(reportAndGate(await generateApiReferenceFor(settings, context.siteDir), settings), settings));

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

/** Judges the doc-comment link findings (see judgeCommentLinks) and hands the generation on. */
function gateCommentLinks(generated: GeneratedApiReference, settings: ApiReferenceSettings): GeneratedApiReference {
  judgeCommentLinks(generated, settings.linkGates);
  return generated;
}

/**
 * Prints what the generation did, TypeDoc's warnings and, below the
 * threshold, every undocumented symbol; in a production build with
 * `gates.docCoverage: 'error'` that is a failure (exit 1); `'off'` skips the gate.
 * Under `portal build` the preflight has printed and judged all of it before
 * bundling, so each build process prints the one summary line only.
 */
function reportAndGate(generated: GeneratedApiReference, settings: ApiReferenceSettings): GeneratedApiReference {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(formatApiReferenceLine(generated));
  if (gatesCheckedBeforeBundling()) return generated;
  for (const line of formatTypeDocWarnings(generated)) log(line);
  if (settings.mode === 'off') return generated;
  const failure = docCoverageFailure(generated);
  if (!failure) return generated;
  // The dev server only warns: a missing comment should not take the preview down.
  if (settings.mode === 'error' && process.env.NODE_ENV === 'production') {
    throw new PortalError(`${failure.message} (gates.docCoverage: "error")`, 1, failure.problems);
  }
  log(`${pc.yellow('⚠')} ${failure.message}; continuing (gates.docCoverage: "${settings.mode}")`);
  for (const problem of failure.problems) log(`  - ${problem}`);
  return generated;
}
