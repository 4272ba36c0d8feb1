import type { LoadContext, Plugin } from '@docusaurus/types';
import { PortalError } from '../../lib/errors.js';
import {
  buildOpenApiPages,
  findRedoclyConfig,
  formatLintFinding,
  HTTP_API_BASE_PATH,
  joinUrl,
  lintGateFailure,
  lintOpenApiSpec,
  loadRedoclyConfig,
  summarizeLintResults,
} from '../../lib/openapi/index.js';
import { loadOrFailBuild } from '../fail-build.js';
import { planOpenApiRoutes, type OpenApiRoutePlan } from './routes.js';

/** Options of the OpenAPI plugin: the `openapi.specs` of the configuration and where it lives. */
export interface OpenApiPluginOptions {
  /** Specs to publish: id (URL segment) and absolute path of the root file. */
  specs: { id: string; file: string }[];
  /** Directory of the portal configuration; a `redocly.yaml` there sets the lint rules. */
  rootDir: string;
}

/**
 * Publishes each configured OpenAPI spec as native pages under `/http-api/`.
 * The build lints every spec first with the same function as
 * `portal openapi lint`, and stops on an error finding (exit 1) or on unusable
 * input (exit 2). Page data lives only in memory and in Docusaurus's own
 * `createData` modules, so a failed build leaves no half-written file behind.
 */
export default function openApiPlugin(context: LoadContext, options: OpenApiPluginOptions): Plugin<OpenApiRoutePlan> {
  const basePath = joinUrl(context.baseUrl, HTTP_API_BASE_PATH);
  // Every file the specs are made of, as Redocly reported on the last load; the root files until then.
  let specFiles = options.specs.map((spec) => spec.file);
  return {
    name: 'portico-openapi',
    getPathsToWatch: () => {
      const redocly = findRedoclyConfig(options.rootDir);
      return redocly ? [...specFiles, redocly] : specFiles;
    },
    loadContent: () =>
      loadOrFailBuild(async () => {
        const duplicates = options.specs.filter((spec, i) => options.specs.findIndex((other) => other.id === spec.id) !== i);
        if (duplicates.length > 0) {
          throw new PortalError('Duplicate OpenAPI spec ids', 2, duplicates.map((spec) => `openapi.specs: id "${spec.id}" is used twice, expected unique ids`));
        }
        const config = await loadRedoclyConfig(findRedoclyConfig(options.rootDir));
        const results = [];
        for (const spec of options.specs) results.push({ id: spec.id, result: await lintOpenApiSpec(spec.file, { config }) });
        const lintResults = results.map(({ result }) => result);
        specFiles = [...new Set(lintResults.flatMap((result) => result.spec.files))];
        const failure = lintGateFailure(lintResults, context.siteDir);
        if (failure) throw failure;
        const warnings = lintResults.flatMap((result) => result.findings);
        if (warnings.length > 0) {
          // Warnings do not fail the build, but they should not go unseen either.
          process.stderr.write(`[portico-openapi] ${summarizeLintResults(lintResults)}:\n`);
          for (const finding of warnings.slice(0, 20)) process.stderr.write(`  ${formatLintFinding(finding, context.siteDir)}\n`);
          if (warnings.length > 20) process.stderr.write(`  … ${warnings.length - 20} more (run "portal openapi lint")\n`);
        }
        return planOpenApiRoutes(
          results.map(({ id, result }) => buildOpenApiPages(result.spec, { id, basePath })),
          basePath,
        );
      }),
    async contentLoaded({ content, actions }) {
      const { createData, addRoute } = actions;
      const modules = new Map<string, string>();
      for (const module of content.data) modules.set(module.name, await createData(module.name, JSON.stringify(module.content)));
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
