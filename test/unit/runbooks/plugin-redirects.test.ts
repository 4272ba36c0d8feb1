import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterAll, describe, expect, it } from 'vitest';
import runbooksPlugin from '../../../src/plugins/runbooks/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const outDir = mkdtempSync(path.join(tmpdir(), 'portico-runbook-redirects-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('runbooks plugin', () => {
  it('reads the runbooks once and writes a redirect page for each alert name after the build', async () => {
    const siteConfig = { url: 'https://portico.example.dev', baseUrl: '/', future: { experimental_router: 'browser' }, onDuplicateRoutes: 'warn' };
    const context = { siteDir: REPO_ROOT, siteConfig } as unknown as LoadContext;
    const plugin = runbooksPlugin(context, {
      dir: path.join(REPO_ROOT, 'runbooks'),
      alertRules: [path.join(REPO_ROOT, 'examples/task-service/alerts/task-service.rules.yml')],
    });
    const content = await plugin.loadContent!();
    expect(content.redirects).toContainEqual({ from: '/runbooks/HighErrorRate', to: '/runbooks/high-error-rate' });
    expect(content.data.runbooks.map((runbook) => runbook.permalink)).toContain('/runbooks/high-error-rate');

    const routesPaths = ['/', ...new Set(content.redirects.map((redirect) => redirect.to))];
    await plugin.postBuild!({ content, routesPaths, baseUrl: '/', outDir, siteConfig } as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
    const written = readdirSync(path.join(outDir, 'runbooks')).sort();
    expect(written).toEqual(content.redirects.map((redirect) => redirect.from.replace('/runbooks/', '')).sort());
    const page = readFileSync(path.join(outDir, 'runbooks/HighErrorRate/index.html'), 'utf8');
    expect(page).toContain('url=/runbooks/high-error-rate');
  });
});
