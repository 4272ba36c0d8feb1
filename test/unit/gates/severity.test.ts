import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPortalInProcess } from '../../helpers/run-cli.js';
import { validatePortalConfig } from '../../../src/config/index.js';
import { PortalError } from '../../../src/lib/errors.js';
import { applyGateSeverity } from '../../../src/lib/gates/severity.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const site = { title: 'X', url: 'https://x.dev', repository: 'https://github.com/x/x' };

/** A project with findings for three gates: an OpenAPI lint error, alerts without runbook_url, RFCs missing sections. */
let project: string;
beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'portal-severity-'));
  cpSync(path.join(FIXTURES, 'openapi/lint-error/missing-summary.yaml'), path.join(project, 'spec.yaml'));
  cpSync(path.join(FIXTURES, 'runbooks/missing-url/alerts'), path.join(project, 'alerts'), { recursive: true });
  cpSync(path.join(FIXTURES, 'runbooks/valid/runbooks'), path.join(project, 'runbooks'), { recursive: true });
  cpSync(path.join(FIXTURES, 'rfcs/missing-sections'), path.join(project, 'rfcs'), { recursive: true });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function configWith(gates: string, extra = ''): string {
  const file = path.join(project, `portal.${Math.random().toString(36).slice(2)}.config.ts`);
  writeFileSync(
    file,
    `export default {\n  site: ${JSON.stringify(site)},\n  openapi: { specs: [{ id: 'spec', file: 'spec.yaml' }] },\n  runbooks: { alertRules: ['alerts/missing-url.rules.yml'] },\n  gates: ${gates},\n${extra}};\n`,
  );
  return file;
}

async function portal(...args: string[]): Promise<{ code: number; output: string }> {
  const run = await runPortalInProcess(args);
  return { code: run.code ?? -1, output: `${run.stdout}${run.stderr}` };
}

describe('gate severities in the portal commands', () => {
  it.each([
    ['openapi lint', 'openapiLint', 'OpenAPI lint failed'],
    ['check runbooks', 'runbooks', 'Runbook check failed'],
    ['lint rfcs', 'rfcs', 'problems in 2 files'],
  ])('portal %s: exit 1 under "error", 0 with the findings as a warning under "warn" and "off"', async (command, gate, message) => {
    const failing = await portal(...command.split(' '), '--config', configWith('{}'));
    expect(failing.code).toBe(1);
    expect(failing.output).toContain(`✖ `);
    expect(failing.output).toContain(message);

    for (const severity of ['warn', 'off']) {
      const relaxed = await portal(...command.split(' '), '--config', configWith(`{ ${gate}: '${severity}' }`));
      expect(relaxed.code).toBe(0);
      expect(relaxed.output).toContain(`(gates.${gate}: "${severity}", not failing)`);
      expect(relaxed.output).toMatch(new RegExp(`⚠ .*${message}`));
    }
  });

  it('portal config check names the gates that do not fail and the deprecated alias', async () => {
    const { code, output } = await portal('config', 'check', '--config', configWith("{ anchors: 'warn', markdownLint: 'off' }", "  thresholds: { docCoverageMode: 'warn' },\n"));
    expect(code).toBe(0);
    expect(output).toContain('⚠ thresholds.docCoverageMode is deprecated: write gates: { docCoverage: "warn" } instead');
    expect(output).toContain('⚠ gates not failing: anchors "warn", docCoverage "warn", markdownLint "off"');
  });

  it('thresholds.docCoverageMode stands for gates.docCoverage unless gates.docCoverage is set', () => {
    const alias = validatePortalConfig({ site, thresholds: { docCoverageMode: 'warn' } }, '/tmp/portal.config.ts');
    expect(alias.gates.docCoverage).toBe('warn');
    expect(alias.deprecations).toHaveLength(1);
    const both = validatePortalConfig({ site, thresholds: { docCoverageMode: 'warn' }, gates: { docCoverage: 'error' } }, '/tmp/portal.config.ts');
    expect(both.gates.docCoverage).toBe('error');
    expect(both.deprecations).toEqual(['thresholds.docCoverageMode is deprecated and ignored because gates.docCoverage is set; remove it']);
    const none = validatePortalConfig({ site }, '/tmp/portal.config.ts');
    expect(none.gates).toEqual({ links: 'error', anchors: 'error', docCoverage: 'error', openapiLint: 'error', runbooks: 'error', rfcs: 'error', changelog: 'error', markdownLint: 'error', scriptBudgets: 'error' });
    expect(none.deprecations).toEqual([]);
  });

  it('never softens unusable input (exit 2), whatever the severity', () => {
    const unusable = new PortalError('Cannot read x', 2, ['x: not YAML']);
    expect(() => applyGateSeverity('runbooks', 'warn', unusable, () => {})).toThrow(unusable);
    expect(() => applyGateSeverity('runbooks', 'off', unusable, () => {})).toThrow(unusable);
    let printed = '';
    applyGateSeverity('runbooks', 'warn', new PortalError('Runbook check failed', 1, ['a: b']), (text) => (printed += text));
    expect(printed).toBe('⚠ Runbook check failed (gates.runbooks: "warn", not failing)\n  - a: b\n');
  });
});
