import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import {
  formatLintFinding,
  lintGateFailure,
  lintOpenApiSpec,
  loadRedoclyConfig,
  summarizeLintResults,
  type OpenApiLintResult,
} from '../../../src/lib/openapi/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/openapi');
const fixture = (name: string) => path.join(FIXTURES, name);

/** Findings as `[file relative to the fixtures, line, column, severity, rule]` tuples. */
function tuples(result: OpenApiLintResult) {
  return result.findings.map((f) => [path.relative(FIXTURES, f.file), f.line, f.column, f.severity, f.rule]);
}

describe('lintOpenApiSpec', () => {
  it('finds nothing in the embedded Task Service spec under the recommended rules', async () => {
    const result = await lintOpenApiSpec(path.join(REPO_ROOT, 'examples/task-service/openapi/task-service.yaml'));
    expect(result.findings).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.spec.specVersion).toBe('oas3_1');
  });

  it("reports Redocly's findings with file, line and column", async () => {
    const result = await lintOpenApiSpec(fixture('lint-error/missing-summary.yaml'));
    expect(tuples(result)).toEqual([
      ['lint-error/missing-summary.yaml', 14, 5, 'error', 'operation-summary'],
      ['lint-error/missing-summary.yaml', 14, 5, 'error', 'security-defined'],
    ]);
    expect(result.findings[0]!.message).toBe('Operation object should contain `summary` field.');
    expect(result.errors).toBe(2);
    expect(result.warnings).toBe(0);
  });

  it('places a finding in the referenced file it is about', async () => {
    const result = await lintOpenApiSpec(fixture('lint-error/split/api.yaml'));
    expect(tuples(result)).toEqual([['lint-error/split/paths/things.yaml', 2, 1, 'error', 'operation-summary']]);
  });

  it('uses the rules of a redocly.yaml when given one', async () => {
    const config = await loadRedoclyConfig(fixture('redocly-config/redocly.yaml'));
    const result = await lintOpenApiSpec(fixture('lint-error/missing-summary.yaml'), { config });
    expect(tuples(result)).toEqual([['lint-error/missing-summary.yaml', 14, 5, 'warn', 'operation-summary']]);
  });

  it('treats unusable input as exit 2, not as findings', async () => {
    const error = await lintOpenApiSpec(fixture('bad/unresolved-ref.yaml')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).exitCode).toBe(2);
  });

  it('rejects a Redocly configuration that does not exist or does not load, exit 2', async () => {
    const missing = await loadRedoclyConfig(fixture('redocly-config/nope.yaml')).catch((thrown: unknown) => thrown);
    expect((missing as PortalError).exitCode).toBe(2);
    expect((missing as PortalError).problems[0]).toMatch(/nope\.yaml: file not found$/);
    const broken = await loadRedoclyConfig(fixture('bad/invalid-yaml.yaml')).catch((thrown: unknown) => thrown);
    expect(broken).toBeInstanceOf(PortalError);
    expect((broken as PortalError).exitCode).toBe(2);
  });
});

describe('lint output and gate', () => {
  it('prints one `file:line:column  severity  rule  message` line per finding, paths relative to cwd', async () => {
    const result = await lintOpenApiSpec(fixture('lint-error/missing-summary.yaml'));
    expect(formatLintFinding(result.findings[0]!, REPO_ROOT)).toBe(
      'test/fixtures/openapi/lint-error/missing-summary.yaml:14:5  error    operation-summary  Operation object should contain `summary` field.',
    );
    const warning = { ...result.findings[0]!, severity: 'warn' as const };
    expect(formatLintFinding(warning, FIXTURES)).toMatch(/^lint-error\/missing-summary\.yaml:14:5  warning  operation-summary  /);
    // Outside the working directory the absolute path is kept.
    expect(formatLintFinding(result.findings[0]!, '/nonexistent-dir')).toMatch(new RegExp(`^${result.findings[0]!.file}:14:5`));
  });

  it('fails with exit 1 and every error line only when a spec has an error finding', async () => {
    const clean = await lintOpenApiSpec(fixture('circular/circular.yaml'));
    const failing = await lintOpenApiSpec(fixture('lint-error/missing-summary.yaml'));
    expect(lintGateFailure([clean], REPO_ROOT)).toBeUndefined();
    const failure = lintGateFailure([clean, failing], REPO_ROOT)!;
    expect(failure.exitCode).toBe(1);
    expect(failure.message).toBe('OpenAPI lint failed: 2 errors and 0 warnings in 1 of 2 specs (run "portal openapi lint" for details)');
    expect(failure.problems).toHaveLength(2);
    expect(failure.problems[0]).toContain('missing-summary.yaml:14:5  error    operation-summary');
  });

  it('never fails on warnings alone', async () => {
    const inventory = await lintOpenApiSpec(fixture('openapi30/inventory.json'));
    expect(inventory.warnings).toBeGreaterThan(0);
    expect(inventory.errors).toBe(0);
    expect(lintGateFailure([inventory])).toBeUndefined();
    expect(summarizeLintResults([inventory])).toBe(`0 errors and ${inventory.warnings} warnings in 1 of 1 spec`);
  });
});
