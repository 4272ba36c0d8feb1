import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import pc from 'picocolors';
import { PortalError } from '../../lib/errors.js';
import { gatesCheckedBeforeBundling, judgeGateInBuild, type Severity } from '../../lib/gates/in-build.js';
import { findRedoclyConfig, formatLintFinding, HTTP_API_BASE_PATH, joinUrl, lintGateFailure, projectReferencePolicy, summarizeLintResults } from '../../lib/openapi/index.js';
import { createDataModule } from '../data-module.js';
import { loadOrFailBuild } from '../fail-build.js';
import { OPENAPI_CACHE_DIR } from './cache.js';
import { formatGenerationLine } from './format.js';
import { generateOpenApiSpecs, type GeneratedOpenApi } from './generate.js';
import { planOpenApiRoutes, type OpenApiRoutePlan } from './routes.js';

/** Options of the OpenAPI plugin: the `openapi.specs` of the configuration and where it lives. */
export interface OpenApiPluginOptions {
  /** Specs to publish: id (URL segment) and absolute path of the root file. */
  specs: { id: string; file: string }[];
  /** Directory of the portal configuration; a `redocly.yaml` there sets the lint rules. */
  rootDir: string;
  /** `allowedRoots` (absolute): further folders the specs' local `$ref`s may lead to. @default [] */
  allowedRoots?: string[];
  /** `openapi.allowedHosts`: hosts remote `$ref`s may be fetched from. @default [] */
  allowedHosts?: string[];
  /** `gates.openapiLint`: what a lint error does to the build. @default "error" */
  severity?: Severity;
}

/**
 * Publishes each configured OpenAPI spec as native pages under `/http-api/`.
 * The build lints every spec first with the same function as
 * `portal openapi lint`, and stops on an error finding (exit 1) or on unusable
 * input (exit 2).
 *
 * Each spec's page data and lint result are stored in
 * `<siteDir>/.generated/openapi/<id>/` with a fingerprint of everything they
 * were made from; a build whose inputs are unchanged reuses them without
 * loading, bundling or linting anything (see {@link generateOpenApiSpecs}).
 * The routes are created from the data either way, through Docusaurus's own
 * `createData` modules.
 */
export default function openApiPlugin(context: LoadContext, options: OpenApiPluginOptions): Plugin<OpenApiRoutePlan> {
  const basePath = joinUrl(context.baseUrl, HTTP_API_BASE_PATH);
  const cacheDir = path.resolve(context.siteDir, OPENAPI_CACHE_DIR);
  // Every file the specs are made of, as Redocly reported on the last load (or the cache recorded); the root files until then.
  let watchFiles = options.specs.map((spec) => spec.file);
  return {
    name: 'portico-openapi',
    getPathsToWatch: () => {
      const redocly = findRedoclyConfig(options.rootDir);
      return [...new Set(redocly ? [...watchFiles, redocly] : watchFiles)];
    },
    loadContent: () =>
      loadOrFailBuild(async () => {
        const duplicates = options.specs.filter((spec, i) => options.specs.findIndex((other) => other.id === spec.id) !== i);
        if (duplicates.length > 0) {
          throw new PortalError('Duplicate OpenAPI spec ids', 2, duplicates.map((spec) => `openapi.specs: id "${spec.id}" is used twice, expected unique ids`));
        }
        const severity = options.severity ?? 'error';
        const generated = await generateOpenApiSpecs({
          specs: options.specs,
          rootDir: options.rootDir,
          cacheDir,
          basePath,
          policy: projectReferencePolicy(options.rootDir, options.allowedRoots, options.allowedHosts),
          pagesDespiteLintErrors: severity !== 'error',
        });
        watchFiles = [...new Set([...options.specs.map((spec) => spec.file), ...generated.watchFiles])];
        report(generated);
        const lintResults = generated.specs.map((spec) => spec.lint);
        // Reused results go through the same gate: a cached error fails the build again.
        judgeGateInBuild('openapiLint', severity, lintGateFailure(lintResults, context.siteDir));
        const warnings = lintResults.flatMap((result) => result.findings);
        // `portal build` printed them before bundling; a dev server or plain `docusaurus build` prints them here.
        if (warnings.length > 0 && !gatesCheckedBeforeBundling() && severity !== 'off') {
          // Warnings do not fail the build, but they should not go unseen either.
          process.stderr.write(`[portico-openapi] ${summarizeLintResults(lintResults)}:\n`);
          for (const finding of warnings.slice(0, 20)) process.stderr.write(`  ${formatLintFinding(finding, context.siteDir)}\n`);
          if (warnings.length > 20) process.stderr.write(`  … ${warnings.length - 20} more (run "portal openapi lint")\n`);
        }
        // Past the gate every spec has pages: they are `null` only for a spec with lint errors under gates.openapiLint "error".
        return planOpenApiRoutes(generated.specs.map((spec) => spec.pages!), basePath);
      }),
    async contentLoaded({ content, actions }) {
      const { addRoute } = actions;
      const modules = new Map<string, string>();
      for (const module of content.data) modules.set(module.name, await createDataModule(actions, context.siteDir, module.name, module.content));
      for (const route of content.routes) {
        addRoute({
          path: route.path,
          component: route.component,
          exact: true,
          modules: Object.fromEntries(Object.entries(route.modules).map(([prop, name]) => [prop, modules.get(name)!])),
        });
      }
    },
  };
}

export { formatGenerationLine } from './format.js';

function report(generated: GeneratedOpenApi): void {
  process.stderr.write(`${pc.cyan('[portico]')} ${formatGenerationLine(generated.specs)}\n`);
  for (const warning of generated.cacheWarnings) process.stderr.write(`${pc.yellow('⚠')} HTTP API cache: ${warning}\n`);
}
