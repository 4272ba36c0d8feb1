import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/openapi';
const STACK_FRAME = /\n\s+at .*:\d+:\d+/;

/** The temp folders this file made, removed when it is done. */
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project directory with a portal.config.ts listing the given specs (copied in), and optionally a redocly.yaml. */
function project(specs: Record<string, string>, redoclyYaml?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-openapi-cli-'));
  tempDirs.push(dir);
  const entries = Object.entries(specs).map(([id, from]) => {
    const target = path.join(dir, id, path.basename(from));
    cpSync(path.dirname(path.join(REPO_ROOT, from)), path.dirname(target), { recursive: true });
    return `{ id: '${id}', file: ${JSON.stringify(path.relative(dir, target))} }`;
  });
  writeFileSync(
    path.join(dir, 'portal.config.ts'),
    `export default { site: { title: 'T', url: 'https://t.example.org', repository: 'https://github.com/t/t' }, openapi: { specs: [${entries.join(', ')}] } };\n`,
  );
  if (redoclyYaml) writeFileSync(path.join(dir, 'redocly.yaml'), redoclyYaml);
  return dir;
}

// Each test spawns the real CLI; on a busy 2-core machine a run can take several seconds.
describe('portal openapi lint', { timeout: 90_000 }, () => {
  it('lints the configured specs and exits 0 when there is no error', async () => {
    const run = await runPortalInProcess(['openapi', 'lint']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ 0 errors and 0 warnings in 0 of 1 spec (rules: the recommended rules)\n');
  });

  it('prints each finding with its location and exits 1 on an error', async () => {
    const run = await runPortalInProcess(['openapi', 'lint', `${FIXTURES}/lint-error/missing-summary.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'test/fixtures/openapi/lint-error/missing-summary.yaml:14:5  error    operation-summary  Operation object should contain `summary` field.',
        'test/fixtures/openapi/lint-error/missing-summary.yaml:14:5  error    security-defined  Every operation should have security defined on it or on the root level.',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('✖ OpenAPI lint failed: 2 errors and 0 warnings in 1 of 1 spec (rules: the recommended rules)\n');
  });

  it('locates a finding in the file a $ref leads to', async () => {
    const run = await runPortalInProcess(['openapi', 'lint', `${FIXTURES}/lint-error/split/api.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('test/fixtures/openapi/lint-error/split/paths/things.yaml:2:1  error    operation-summary');
  });

  it('prints warnings and exits 0 when there are only warnings', async () => {
    const run = await runPortalInProcess(['openapi', 'lint', `${FIXTURES}/openapi30/inventory.json`, `${FIXTURES}/swagger2/petstore.yaml`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('test/fixtures/openapi/openapi30/inventory.json:23:7  warning  operation-operationId');
    expect(run.stdout).toMatch(/✔ 0 errors and 2 warnings in 1 of 2 specs/);
  });

  it('takes the rules from --redocly-config', async () => {
    const flag = await runPortalInProcess([
      'openapi',
      'lint',
      `${FIXTURES}/lint-error/missing-summary.yaml`,
      '--redocly-config',
      `${FIXTURES}/redocly-config/redocly.yaml`,
    ]);
    expect(flag.code).toBe(0);
    expect(flag.stdout).toContain('14:5  warning  operation-summary');
    expect(flag.stdout).toContain('(rules: test/fixtures/openapi/redocly-config/redocly.yaml)');
  });

  it('takes the rules from a redocly.yaml next to the configuration when there is one', async () => {
    const dir = project({ strict: `${FIXTURES}/lint-error/missing-summary.yaml` }, 'extends: [recommended]\nrules:\n  operation-summary: off\n  security-defined: off\n');
    const nextTo = await runPortalInProcess(['openapi', 'lint', '--config', path.join(dir, 'portal.config.ts')]);
    expect(nextTo.stdout).toContain(`rules: ${path.relative(REPO_ROOT, path.join(dir, 'redocly.yaml'))}`);
    expect(nextTo.code).toBe(0);
    const withoutFile = await runPortalInProcess(['openapi', 'lint', '--config', path.join(project({ strict: `${FIXTURES}/lint-error/missing-summary.yaml` }), 'portal.config.ts')]);
    expect(withoutFile.code).toBe(1);
  });

  it.each([
    ['a missing file', `${FIXTURES}/bad/nope.yaml`, 'test/fixtures/openapi/bad/nope.yaml:1:1: file not found'],
    ['invalid YAML', `${FIXTURES}/bad/invalid-yaml.yaml`, 'test/fixtures/openapi/bad/invalid-yaml.yaml:4:3: invalid YAML or JSON: deficient indentation'],
    ['an unresolved $ref', `${FIXTURES}/bad/unresolved-ref.yaml`, "test/fixtures/openapi/bad/unresolved-ref.yaml:28:17: unresolved $ref ($ref: '#/components/schemas/Problem')"],
    ['a document that is not OpenAPI', `${FIXTURES}/bad/not-openapi.yaml`, 'test/fixtures/openapi/bad/not-openapi.yaml:1:1: not an OpenAPI document'],
  ])('exits 2 for %s, naming the file and the place, without a stack trace', async (_kind, file, expected) => {
    const run = await runPortalInProcess(['openapi', 'lint', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^✖ 1 of 1 OpenAPI spec cannot be used\n {2}- /);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('still prints the findings of usable specs when another cannot be used, and exits 2', async () => {
    const run = await runPortalInProcess(['openapi', 'lint', `${FIXTURES}/lint-error/missing-summary.yaml`, `${FIXTURES}/bad/not-openapi.yaml`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('missing-summary.yaml:14:5  error    operation-summary');
    expect(run.stderr).toContain('✖ 1 of 2 OpenAPI specs cannot be used');
  });

  it('exits 2 when there is nothing to lint or the Redocly configuration is missing', async () => {
    const none = await runPortalInProcess(['openapi', 'lint', '--config', path.join(REPO_ROOT, 'test/fixtures/projects/minimal/portal.config.ts')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('✖ No OpenAPI specs to lint');
    const missing = await runPortalInProcess(['openapi', 'lint', '--redocly-config', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${path.join(REPO_ROOT, 'nope.yaml')}: file not found`);
    expect(missing.stderr).not.toMatch(STACK_FRAME);
  });

  it('writes nothing: a lint run leaves the spec directory as it was', async () => {
    const dir = project({ strict: `${FIXTURES}/lint-error/missing-summary.yaml` });
    const before = readdirSync(dir, { recursive: true });
    await runPortalInProcess(['openapi', 'lint', '--config', path.join(dir, 'portal.config.ts')]);
    expect(readdirSync(dir, { recursive: true })).toEqual(before);
    expect(existsSync(path.join(dir, '.docusaurus'))).toBe(false);
  });
});
