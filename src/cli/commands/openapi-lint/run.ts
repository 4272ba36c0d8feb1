import path from 'node:path';
import pc from 'picocolors';
import { loadPortalConfig } from '../../../config/index.js';
import { PortalError } from '../../../lib/errors.js';
import { applyGateSeverity, type Severity } from '../../../lib/gates/severity.js';
import {
  findRedoclyConfig,
  formatLintFinding,
  lintOpenApiSpec,
  loadRedoclyConfig,
  projectReferencePolicy,
  summarizeLintResults,
  type OpenApiLintResult,
  type OpenApiReferencePolicy,
} from '../../../lib/openapi/index.js';
import { plural } from '../../../lib/core/text.js';

/** Options of `portal openapi lint`, as commander hands them over. */
export interface OpenApiLintOptions {
  config?: string;
  redoclyConfig?: string;
}

/** The action of `portal openapi lint`. */
export async function runOpenApiLint(files: string[], options: OpenApiLintOptions): Promise<void> {
  const { specFiles, rootDir, severity, policy } = await resolveSpecFiles(files, options.config);
  const redoclyFile = options.redoclyConfig ? path.resolve(options.redoclyConfig) : findRedoclyConfig(rootDir);
  const config = await loadRedoclyConfig(redoclyFile);

  const results: OpenApiLintResult[] = [];
  const unusable: string[] = [];
  for (const file of specFiles) {
    try {
      results.push(await lintOpenApiSpec(file, { config, policy }));
    } catch (error) {
      // One unusable spec does not hide the findings of the others; it decides the exit code at the end.
      if (error instanceof PortalError && error.exitCode === 2) unusable.push(...error.problems);
      else throw error;
    }
  }
  for (const result of results) {
    for (const finding of result.findings) process.stdout.write(`${formatLintFinding(finding)}\n`);
  }
  if (unusable.length > 0) {
    throw new PortalError(`${specFiles.length - results.length} of ${plural(specFiles.length, 'OpenAPI spec')} cannot be used`, 2, unusable);
  }
  const rules = redoclyFile ? path.relative(process.cwd(), redoclyFile) || redoclyFile : 'the recommended rules';
  const summary = `${summarizeLintResults(results)} (rules: ${rules})`;
  if (results.some((result) => result.errors > 0)) {
    applyGateSeverity('openapiLint', severity, new PortalError(`OpenAPI lint failed: ${summary}`, 1));
    return;
  }
  process.stdout.write(`${pc.green('✔')} ${summary}\n`);
}

/**
 * The files named on the command line, or the configured specs; the directory a `redocly.yaml` is looked up in;
 * and where their `$ref`s may lead (the project's folders and allowed hosts; without a configuration, the working directory and no host).
 */
async function resolveSpecFiles(
  files: string[],
  configFile: string | undefined,
): Promise<{ specFiles: string[]; rootDir: string; severity: Severity; policy: OpenApiReferencePolicy }> {
  if (files.length > 0) {
    // Explicit files need no portal configuration unless one is named.
    const named = configFile ? await loadPortalConfig(configFile) : undefined;
    const rootDir = named?.rootDir ?? process.cwd();
    return {
      specFiles: files.map((file) => path.resolve(file)),
      rootDir,
      severity: named?.gates.openapiLint ?? 'error',
      policy: projectReferencePolicy(rootDir, named?.allowedRoots, named?.openapi.allowedHosts),
    };
  }
  const config = await loadPortalConfig(configFile);
  if (config.openapi.specs.length === 0) {
    throw new PortalError('No OpenAPI specs to lint', 2, [
      `openapi.specs in ${config.configFile}: got an empty list; list your specs there or pass the files to lint`,
    ]);
  }
  return {
    specFiles: config.openapi.specs.map((spec) => spec.file),
    rootDir: config.rootDir,
    severity: config.gates.openapiLint,
    policy: projectReferencePolicy(config.rootDir, config.allowedRoots, config.openapi.allowedHosts),
  };
}
