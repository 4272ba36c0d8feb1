import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatePortalConfig } from '../../../src/config/index.js';
import { runCli } from '../../../src/cli/main.js';
import { ConfigError } from '../../../src/lib/errors.js';

const site = { title: 'T', url: 'https://docs.example.com', repository: 'https://github.com/e/e' };
const SPEC = 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths: {}\n';

/** The temp folders of the test that is running, removed after it. */
const layouts: string[] = [];

/** `<tmp>/project` (the config's folder) with specs/api.yaml, and `<tmp>/x.yaml` and `<tmp>/shared/x.yaml` outside it. */
function layout(): { root: string; project: string; config: string } {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'portal-config-containment-')));
  layouts.push(root);
  const project = path.join(root, 'project');
  mkdirSync(path.join(project, 'specs'), { recursive: true });
  mkdirSync(path.join(root, 'shared'));
  for (const file of [path.join(project, 'specs/api.yaml'), path.join(root, 'x.yaml'), path.join(root, 'shared/x.yaml')]) writeFileSync(file, SPEC);
  return { root, project, config: path.join(project, 'portal.config.ts') };
}

function problemsOf(raw: Record<string, unknown>, configFile: string): readonly string[] {
  try {
    validatePortalConfig({ site, ...raw }, configFile);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

async function portal(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  const code = await runCli(['node', 'portal', ...args]);
  vi.restoreAllMocks();
  return { code, stdout: out.join(''), stderr: err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const root of layouts.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('configured paths stay inside the project', () => {
  it('portal config check exits 2 for a spec path that climbs out, naming the field, the path and the fix', async () => {
    const { project, config } = layout();
    writeFileSync(config, `export default { site: ${JSON.stringify(site)}, openapi: { specs: [{ id: 'api', file: '../x.yaml' }] } };\n`);
    const run = await portal(['config', 'check', '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `✖ Invalid Portico configuration in ${config}`,
        `  - openapi.specs[0].file: got "../x.yaml", expected a file inside the project (${project}); add its folder to allowedRoots to allow it`,
        '',
      ].join('\n'),
    );
  });

  it('every command that loads the configuration refuses it the same way', async () => {
    const { config } = layout();
    writeFileSync(config, `export default { site: ${JSON.stringify(site)}, runbooks: { alertRules: ['../x.yaml'] } };\n`);
    const run = await portal(['openapi', 'lint', 'specs/api.yaml', '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('  - runbooks.alertRules[0]: got "../x.yaml", expected a file inside the project (');
  });

  it.each([
    ['api.packages[0].entryPoints[0]', { api: { packages: [{ name: 'p', entryPoints: ['../x.yaml'], tsconfig: 'specs/api.yaml' }] } }, 'a file'],
    ['api.packages[0].tsconfig', { api: { packages: [{ name: 'p', entryPoints: ['specs/api.yaml'], tsconfig: '../x.yaml' }] } }, 'a file'],
    ['runbooks.alertRules[0]', { runbooks: { alertRules: ['../x.yaml'] } }, 'a file'],
    ['changelogs[0].file', { changelogs: [{ id: 'c', title: 'C', file: '../x.yaml' }] }, 'a file'],
    ['dashboards.benchmarks[0]', { dashboards: { benchmarks: ['../x.yaml'] } }, 'a file or folder'],
    ['dashboards.coverage[0]', { dashboards: { coverage: ['../x.yaml'] } }, 'a file or folder'],
  ])('%s outside the project is refused', (field, raw, what) => {
    const { project, config } = layout();
    expect(problemsOf(raw, config)).toEqual([
      `${field}: got "../x.yaml", expected ${what} inside the project (${project}); add its folder to allowedRoots to allow it`,
    ]);
  });

  it('refuses a history folder outside the project, and an absolute path outside it', () => {
    const { root, project, config } = layout();
    expect(problemsOf({ dashboards: { historyDir: '../history' }, openapi: { specs: [{ id: 'api', file: path.join(root, 'x.yaml') }] } }, config)).toEqual([
      `openapi.specs[0].file: got "../x.yaml", expected a file inside the project (${project}); add its folder to allowedRoots to allow it`,
      `dashboards.historyDir: got "../history", expected a folder inside the project (${project}); add its folder to allowedRoots to allow it`,
    ]);
  });

  it('refuses a path inside the project that is a symbolic link to a file outside it', () => {
    const { root, project, config } = layout();
    symlinkSync(path.join(root, 'x.yaml'), path.join(project, 'specs/link.yaml'));
    expect(problemsOf({ openapi: { specs: [{ id: 'api', file: 'specs/link.yaml' }] } }, config)).toEqual([
      `openapi.specs[0].file: got "specs/link.yaml", expected a file inside the project (${project}); add its folder to allowedRoots to allow it`,
    ]);
  });

  it('accepts a path in a folder listed in allowedRoots, which must exist', () => {
    const { root, project, config } = layout();
    const loaded = validatePortalConfig({ site, allowedRoots: ['../shared'], openapi: { specs: [{ id: 'api', file: '../shared/x.yaml' }], allowedHosts: ['schemas.example.org'] } }, config);
    expect(loaded.allowedRoots).toEqual([path.join(root, 'shared')]);
    expect(loaded.openapi.specs[0]!.file).toBe(path.join(root, 'shared/x.yaml'));
    expect(loaded.openapi.allowedHosts).toEqual(['schemas.example.org']);
    expect(problemsOf({ allowedRoots: ['../shared'], openapi: { specs: [{ id: 'api', file: '../x.yaml' }] } }, config)).toEqual([
      `openapi.specs[0].file: got "../x.yaml", expected a file inside the project (${project}, ${path.join(root, 'shared')}); add its folder to allowedRoots to allow it`,
    ]);
    expect(problemsOf({ allowedRoots: ['../nope'] }, config)).toEqual(['allowedRoots[0]: got "../nope", expected an existing folder']);
  });

  it('rejects an allowed host written as a URL', () => {
    const { config } = layout();
    expect(problemsOf({ openapi: { allowedHosts: ['https://schemas.example.org/'] } }, config)).toEqual([
      'openapi.allowedHosts[0]: got "https://schemas.example.org/", expected a host name such as "schemas.example.org" or "localhost:8080", without scheme or path',
    ]);
  });
});
