import { lintDocument, type Config } from '@redocly/openapi-core';
import { PortalError } from '../errors.js';
import type { OpenApiReferencePolicy } from './containment.js';
import { findRefusal, loadContainedSpec, type LoadedOpenApiSpec } from './load.js';
import { formatLocation, problemLocation, type SpecLocation } from './locations.js';
import { loadRedoclyConfig } from './redocly-config.js';
import { plural } from '../core/text.js';

/** One finding of Redocly's linter, placed in the file it is about. */
export interface OpenApiLintFinding extends SpecLocation {
  /** `error` fails `portal openapi lint` and the build; `warn` is reported only. */
  severity: 'error' | 'warn';
  /** Redocly rule id, e.g. `operation-summary`; {@link REF_CONTAINMENT_RULE} for a refused `$ref`. */
  rule: string;
  /** Redocly's message, unchanged. */
  message: string;
}

/** Rule id of the finding for a `$ref` that leads outside the project or to a host that is not allowed. */
export const REF_CONTAINMENT_RULE = 'ref-containment';

/** The lint result of one spec. */
export interface OpenApiLintResult {
  /** Absolute path of the root file that was linted. */
  file: string;
  /** Findings sorted by file, line and column (ignored ones left out). */
  findings: OpenApiLintFinding[];
  /** Number of findings with severity `error`. */
  errors: number;
  /** Number of findings with severity `warn`. */
  warnings: number;
  /** The spec as loaded for pages, so the build does not read it twice. */
  spec: LoadedOpenApiSpec;
}

/**
 * Lints one spec with Redocly's linter under the given configuration (the
 * `recommended` ruleset by default).
 *
 * The spec is loaded and bundled first: a missing file, invalid YAML/JSON,
 * a document that is not OpenAPI or an unresolved `$ref` is unusable input,
 * not a lint finding. A `$ref` the policy refuses (outside the project, or a
 * host not in `openapi.allowedHosts`) is never read: it is an error finding
 * of rule {@link REF_CONTAINMENT_RULE}, whatever the Redocly rules say.
 *
 * @throws {@link PortalError} (exit 2) for unusable input; see {@link loadOpenApiSpec}.
 */
export async function lintOpenApiSpec(file: string, options: { config?: Config; policy?: OpenApiReferencePolicy } = {}): Promise<OpenApiLintResult> {
  const config = options.config ?? (await loadRedoclyConfig());
  // Lint runs on the documents as read, before the bundle step rewrites them, through the same resolver:
  // each file is read and each URL fetched once, and lint meets the refusals the bundle meets.
  const { spec, resolver, inspected } = await loadContainedSpec(file, { config, policy: options.policy }, (document, externalRefResolver) =>
    lintDocument({ document, config, externalRefResolver }),
  );
  const problems = inspected ?? [];
  const seen = new Set<string>();
  const findings: OpenApiLintFinding[] = spec.refusedReferences.map((refused) => ({
    file: refused.file,
    line: refused.line,
    column: refused.column,
    severity: 'error',
    rule: REF_CONTAINMENT_RULE,
    message: refused.message,
  }));
  for (const problem of problems) {
    if (problem.ignored) continue;
    // Redocly's own "Can't resolve $ref" for a refused reference: the ref-containment finding says it better.
    if (findRefusal(problem, resolver)) continue;
    const finding: OpenApiLintFinding = {
      ...problemLocation(problem, spec.file),
      severity: problem.severity,
      rule: problem.ruleId,
      message: problem.message,
    };
    const key = `${finding.file}:${finding.line}:${finding.column}:${finding.rule}:${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  findings.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
  return {
    file: spec.file,
    findings,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warn').length,
    spec,
  };
}

/** `file:line:column  severity  rule  message`, the line `portal openapi lint` and the build print per finding. */
export function formatLintFinding(finding: OpenApiLintFinding, cwd: string = process.cwd()): string {
  const severity = finding.severity === 'error' ? 'error  ' : 'warning';
  return `${formatLocation(finding, cwd)}  ${severity}  ${finding.rule}  ${finding.message}`;
}

/**
 * One line that sums up lint results: `2 errors and 1 warning in 1 of 2 specs`.
 * Only the findings and counts are read, so results reused from the build cache (which keep no loaded spec) work too.
 */
export function summarizeLintResults(results: readonly Pick<OpenApiLintResult, 'findings' | 'errors' | 'warnings'>[]): string {
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  const warnings = results.reduce((sum, result) => sum + result.warnings, 0);
  const withFindings = results.filter((result) => result.findings.length > 0).length;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${withFindings} of ${plural(results.length, 'spec')}`;
}

/**
 * The lint gate: a {@link PortalError} with exit code 1 listing every error
 * finding when any spec has one, else `undefined`. Warnings never fail.
 */
export function lintGateFailure(
  results: readonly Pick<OpenApiLintResult, 'findings' | 'errors' | 'warnings'>[],
  cwd: string = process.cwd(),
): PortalError | undefined {
  const errors = results.flatMap((result) => result.findings.filter((finding) => finding.severity === 'error'));
  if (errors.length === 0) return undefined;
  return new PortalError(
    `OpenAPI lint failed: ${summarizeLintResults(results)} (run "portal openapi lint" for details)`,
    1,
    errors.map((finding) => formatLintFinding(finding, cwd)),
  );
}
