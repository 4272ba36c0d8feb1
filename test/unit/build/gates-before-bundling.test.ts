import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuildGates } from '../../../src/cli/commands/build/gates.js';
import { loadPortalConfig } from '../../../src/config/index.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = path.join(REPO, 'test/fixtures');

/**
 * A project whose every input gate has findings: an OpenAPI spec with a lint
 * error, alert rules without runbook_url, RFCs missing sections. `portal build`
 * must report each finding once and stop before any bundling process starts.
 */
let project: string;
const configFor = (gates: string) => {
  const file = path.join(project, `portal.${Math.random().toString(36).slice(2)}.config.ts`);
  writeFileSync(
    file,
    [
      'export default {',
      "  site: { title: 'Gates', url: 'https://gates.example.org', repository: 'https://github.com/example/gates' },",
      "  openapi: { specs: [{ id: 'things', file: 'missing-summary.yaml' }] },",
      "  runbooks: { alertRules: ['alerts/missing-url.rules.yml'] },",
      "  changelogs: [{ id: 'gates', title: 'Gates', file: 'CHANGELOG.md' }],",
      `  gates: ${gates},`,
      '};',
      '',
    ].join('\n'),
  );
  return file;
};

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'portal-gates-'));
  cpSync(path.join(FIXTURES, 'openapi/lint-error/missing-summary.yaml'), path.join(project, 'missing-summary.yaml'));
  cpSync(path.join(FIXTURES, 'runbooks/missing-url/alerts'), path.join(project, 'alerts'), { recursive: true });
  cpSync(path.join(FIXTURES, 'runbooks/valid/runbooks'), path.join(project, 'runbooks'), { recursive: true });
  cpSync(path.join(FIXTURES, 'rfcs/missing-sections'), path.join(project, 'rfcs'), { recursive: true });
  // A release heading written twice: a changelog finding (both releases stay published).
  writeFileSync(path.join(project, 'CHANGELOG.md'), '# Changelog\n\n## [1.1.0] - 2024-02-01\n\n### Added\n\n- Thing.\n\n## [1.1.0] - 2024-01-15\n\n### Fixed\n\n- Other.\n');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs `portal build` in-process, as a user would run it, with what it prints. */
async function build(config: string, outDir: string): Promise<{ code: number; output: string }> {
  const run = await runPortalInProcess(['build', '--config', config, '--out-dir', outDir]);
  return { code: run.code ?? -1, output: `${run.stdout}${run.stderr}` };
}

describe('portal build runs its input gates before bundling', () => {
  it('stops with exit 1 before any bundling, names every failed gate, prints each finding once and removes the old output', async () => {
    const outDir = path.join(project, 'build');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), '<p>last good build</p>');

    const { code, output } = await build(configFor('{}'), outDir);
    expect(code).toBe(1);
    expect(output).not.toContain('build step');
    expect(output).toMatch(/\[portico\] input gates: [\d.]+ s before bundling \(first verdict after [\d.]+ s\)/);
    expect(output).toContain('✖ Build stopped before bundling: 4 gates failed (gates.changelog, gates.rfcs, gates.runbooks, gates.openapiLint); nothing was bundled');
    expect(output).toContain('OpenAPI lint failed:');
    expect(output).toContain('(gates.openapiLint: "error")');
    expect(output).toContain('Runbook check failed:');
    expect(output).toContain('(gates.runbooks: "error")');
    expect(output).toContain('(gates.rfcs: "error")');
    // Each alert without a runbook is named, once.
    expect(output.match(/HighLatency/g)).toHaveLength(1);
    expect(output.match(/operation-summary/g)).toHaveLength(1);
    expect(output).toContain('✖ 1 changelog finding in 1 file (gates.changelog: "error")');
    expect(output.match(/CHANGELOG\.md:9: version 1\.1\.0 already has a heading at line 3/g)).toHaveLength(1);
    // CI cannot deploy a stale or half-checked site.
    expect(existsSync(outDir)).toBe(false);
  });

  it('with every gate off, reports nothing and lets the build go on', async () => {
    const config = await loadPortalConfig(configFor("{ openapiLint: 'off', runbooks: 'off', rfcs: 'off', changelog: 'off' }"));
    let output = '';
    const result = await runBuildGates(config, path.join(project, 'site'), (text) => (output += text));
    expect(result.failure).toBeUndefined();
    expect(result.gates.map((gate) => [gate.gate, gate.status])).toEqual([
      ['changelog', 'skipped'],
      ['rfcs', 'skipped'],
      ['runbooks', 'skipped'],
      ['openapiLint', 'skipped'],
      ['docCoverage', 'skipped'],
      // Doc-comment links are judged only where there is an API reference.
      ['links', 'skipped'],
      ['anchors', 'skipped'],
    ]);
    expect(output).toBe('');
  });

  it('with warn severities, prints each finding once as a warning and lets the build go on', async () => {
    const config = await loadPortalConfig(configFor("{ openapiLint: 'warn', runbooks: 'warn', rfcs: 'warn', changelog: 'warn' }"));
    let output = '';
    const result = await runBuildGates(config, path.join(project, 'site'), (text) => (output += text));
    expect(result.failure).toBeUndefined();
    expect(result.gates.filter((gate) => gate.status === 'warned').map((gate) => gate.gate)).toEqual(['changelog', 'rfcs', 'runbooks', 'openapiLint']);
    expect(output).toContain('⚠ Runbook check failed:');
    expect(output).toContain('(gates.runbooks: "warn", not failing)');
    expect(output.match(/HighLatency/g)).toHaveLength(1);
    expect(output).not.toContain('✖');
  });

  it('a mixed configuration fails only on the gates set to error', async () => {
    const config = await loadPortalConfig(configFor("{ openapiLint: 'warn', runbooks: 'error', rfcs: 'off', changelog: 'off' }"));
    const result = await runBuildGates(config, path.join(project, 'site'), () => {});
    expect(result.failure?.exitCode).toBe(1);
    expect(result.failure?.message).toBe('Build stopped before bundling: a gate failed (gates.runbooks)');
    expect(result.gates.map((gate) => [gate.gate, gate.status])).toEqual([
      ['changelog', 'skipped'],
      ['rfcs', 'skipped'],
      ['runbooks', 'failed'],
      ['openapiLint', 'warned'],
      ['docCoverage', 'skipped'],
      // Doc-comment links are judged only where there is an API reference.
      ['links', 'skipped'],
      ['anchors', 'skipped'],
    ]);
  });

  it('stops with exit 2 on a corrupt history store, naming the file and the place, with every gate off', async () => {
    const config = await loadPortalConfig(configFor("{ openapiLint: 'off', runbooks: 'off', rfcs: 'off', changelog: 'off' }"));
    const suite = path.join(config.dashboards.historyDir, 'bench/load.json');
    mkdirSync(path.dirname(suite), { recursive: true });
    writeFileSync(suite, '{ "schemaVersion": "one", "kind": "bench", "suite": "load", "runs": [] }\n');
    try {
      let output = '';
      const result = await runBuildGates(config, path.join(project, 'site'), (text) => (output += text));
      expect(result.failure?.exitCode).toBe(2);
      expect(result.failure?.message).toBe('Build stopped before bundling: an input cannot be used');
      expect(output).toContain(`${suite}#/schemaVersion: got "one", expected schemaVersion 1`);
      expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/);
    } finally {
      rmSync(config.dashboards.historyDir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown gate or severity with exit 2 and one line naming the field and the allowed values', async () => {
    const { code, output } = await build(configFor("{ link: 'warn', anchors: 'fatal' }"), path.join(project, 'build'));
    expect(code).toBe(2);
    expect(output).toContain('  - gates: unknown field "link" (did you mean "links"?), expected one of "links", "anchors", "docCoverage", "openapiLint", "runbooks", "rfcs", "changelog", "markdownLint"');
    expect(output).toContain('  - gates.anchors: got "fatal", expected "error", "warn" or "off"');
  });
});
