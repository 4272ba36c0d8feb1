import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BaseResolver } from '@redocly/openapi-core';
import { afterEach, beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { PortalError } from '../../../src/lib/errors.js';
import { buildOpenApiPages, lintOpenApiSpec, loadOpenApiSpec, projectReferencePolicy } from '../../../src/lib/openapi/index.js';
import { generateOpenApiSpecs } from '../../../src/plugins/openapi/generate.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/openapi/containment');
/** The marker of outside/secret.yaml: no output may ever contain it. */
const SECRET = 'OUTSIDE-SECRET-7f3a9c';

/** The temp folders of the test that is running, removed after it. */
const workspaces: string[] = [];

/** A copy of the fixture in a fresh temp folder: `project/` (the project root) and `outside/` next to it. */
function workspace(): { project: string; outside: string; specs: string } {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'portal-containment-')));
  workspaces.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  return { project: path.join(root, 'project'), outside: path.join(root, 'outside'), specs: path.join(root, 'project/specs') };
}

/**
 * Every path and URL handed to Redocly's own reader. The contained resolver
 * delegates the actual reading and fetching to BaseResolver.loadExternalRef,
 * so a refused reference must never show up here.
 */
function recordReads(): string[] {
  const reads: string[] = [];
  const read = BaseResolver.prototype.loadExternalRef;
  vi.spyOn(BaseResolver.prototype, 'loadExternalRef').mockImplementation(function (this: BaseResolver, ref: string) {
    reads.push(ref);
    return read.call(this, ref);
  });
  return reads;
}

/** Runs `portal <args>` in-process from `cwd`, capturing what it prints. */
async function portal(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCli(['node', 'portal', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(previous);
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

function writeConfig(project: string, extra: string): string {
  const file = path.join(project, 'portal.config.ts');
  writeFileSync(file, `export default { site: { title: 'T', url: 'https://t.example.org', repository: 'https://github.com/t/t' }, ${extra} };\n`);
  return file;
}

function tuples(findings: readonly { file: string; line: number; column: number; severity: string; rule: string; message: string }[], base: string) {
  return findings.map((finding) => [path.relative(base, finding.file), finding.line, finding.column, finding.severity, finding.rule, finding.message]);
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const root of workspaces.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('local $refs are contained in the project', () => {
  it('refuses a $ref that climbs out of the project: an error finding at the $ref, and the outside file is never read', async () => {
    const { project, outside, specs } = workspace();
    const reads = recordReads();
    const result = await lintOpenApiSpec(path.join(specs, 'escape.yaml'), { policy: projectReferencePolicy(project) });
    expect(tuples(result.findings, project)).toEqual([
      [
        'specs/escape.yaml',
        31,
        17,
        'error',
        'ref-containment',
        `$ref "../../outside/secret.yaml" leads to ${path.join(outside, 'secret.yaml')}, which is outside the project (${project}); move the file into the project or add its folder to allowedRoots`,
      ],
    ]);
    expect(result.errors).toBe(1);
    expect(reads).toEqual([path.join(specs, 'escape.yaml')]);
    expect(result.spec.files).toEqual([path.join(specs, 'escape.yaml')]);
    expect(JSON.stringify(result.spec.document)).not.toContain(SECRET);
    expect(result.spec.refusedReferences.map((refused) => [refused.reference, refused.pointer, refused.kind])).toEqual([
      ['../../outside/secret.yaml', '#/paths/~1tasks~1{id}/get/responses/200/content/application~1json/schema', 'outside-project'],
    ]);
  });

  it('builds pages without reading the refused file: the schema stays an unresolved reference', async () => {
    const { project, specs } = workspace();
    const reads = recordReads();
    const spec = await loadOpenApiSpec(path.join(specs, 'escape.yaml'), { policy: projectReferencePolicy(project) });
    const pages = buildOpenApiPages(spec, { id: 'escape' });
    expect(pages.summary.operationCount).toBe(1);
    expect(JSON.stringify(pages)).not.toContain(SECRET);
    expect(reads.every((ref) => ref.startsWith(`${project}${path.sep}`))).toBe(true);
  });

  it('refuses a $ref through a symbolic link that points outside the project', async () => {
    const { project, outside, specs } = workspace();
    symlinkSync(outside, path.join(specs, 'linked'), 'dir');
    const reads = recordReads();
    const result = await lintOpenApiSpec(path.join(specs, 'symlink.yaml'), { policy: projectReferencePolicy(project) });
    expect(tuples(result.findings, project)).toEqual([
      [
        'specs/symlink.yaml',
        31,
        17,
        'error',
        'ref-containment',
        `$ref "./linked/secret.yaml" leads to ${path.join(specs, 'linked/secret.yaml')}, which resolves through a symbolic link to ${path.join(outside, 'secret.yaml')}, which is outside the project (${project}); move the file into the project or add its folder to allowedRoots`,
      ],
    ]);
    expect(reads).toEqual([path.join(specs, 'symlink.yaml')]);
  });

  it('reads a file of a folder listed in allowedRoots, and a $ref that stays inside', async () => {
    const { project, outside, specs } = workspace();
    const reads = recordReads();
    const allowed = await lintOpenApiSpec(path.join(specs, 'escape.yaml'), { policy: projectReferencePolicy(project, ['../outside']) });
    expect(allowed.findings).toEqual([]);
    expect(reads).toContain(path.join(outside, 'secret.yaml'));
    const inside = await lintOpenApiSpec(path.join(specs, 'inside.yaml'), { policy: projectReferencePolicy(project) });
    expect(inside.findings).toEqual([]);
    expect(inside.spec.files).toEqual([path.join(specs, 'inside.yaml'), path.join(specs, 'schemas/task.yaml')]);
  });

  it('without a policy, a spec may reach only its own folder', async () => {
    const { specs } = workspace();
    const result = await lintOpenApiSpec(path.join(specs, 'escape.yaml'));
    expect(result.findings.map((finding) => finding.rule)).toEqual(['ref-containment']);
  });

  it('exits 2 for a spec file outside the project, without reading it', async () => {
    const { project, outside } = workspace();
    writeFileSync(path.join(outside, 'api.yaml'), readFileSync(path.join(project, 'specs/inside.yaml')));
    const reads = recordReads();
    const error = await loadOpenApiSpec(path.join(outside, 'api.yaml'), { policy: projectReferencePolicy(project) }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).exitCode).toBe(2);
    expect((error as PortalError).problems).toEqual([
      `${path.join(outside, 'api.yaml')}:1:1: the spec is outside the project (${project}); move the file into the project or add its folder to allowedRoots`,
    ]);
    expect(reads).toEqual([]);
  });
});

describe('remote $refs are fetched only from allowed hosts', () => {
  let server: http.Server;
  let other: http.Server;
  const requests: string[] = [];
  const otherRequests: string[] = [];
  let port = 0;
  let otherPort = 0;

  beforeAll(async () => {
    const schema = readFileSync(path.join(FIXTURE, 'project/specs/schemas/task.yaml'), 'utf8');
    other = http.createServer((request, response) => {
      otherRequests.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'application/yaml' }).end(`description: ${SECRET}\n`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.2', resolve));
    otherPort = (other.address() as AddressInfo).port;
    server = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url === '/redirect.yaml') response.writeHead(302, { location: `http://127.0.0.2:${otherPort}/schemas/task.yaml` }).end();
      else response.writeHead(200, { 'content-type': 'application/yaml' }).end(schema);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve) => other.close(resolve));
  });

  /** The remote fixture with the server's port, and optionally another path. */
  function remoteSpec(specs: string, urlPath = '/schemas/task.yaml'): string {
    const file = path.join(specs, 'remote.yaml');
    const text = readFileSync(file, 'utf8').replaceAll('{{PORT}}', String(port)).replace(`:${port}/schemas/task.yaml`, `:${port}${urlPath}`);
    writeFileSync(file, text);
    return file;
  }

  it('does not fetch a host that openapi.allowedHosts does not list: 0 requests, and a finding at the $ref', async () => {
    const { project, specs } = workspace();
    requests.length = 0;
    const result = await lintOpenApiSpec(remoteSpec(specs), { policy: projectReferencePolicy(project) });
    expect(requests).toEqual([]);
    expect(tuples(result.findings, project)).toEqual([
      [
        'specs/remote.yaml',
        31,
        17,
        'error',
        'ref-containment',
        `$ref "http://127.0.0.1:${port}/schemas/task.yaml" is fetched from host 127.0.0.1:${port}, which openapi.allowedHosts does not list; copy the file into the project or add "127.0.0.1:${port}" to openapi.allowedHosts`,
      ],
    ]);
  });

  it('fetches a listed host once for lint and pages together', async () => {
    const { project, specs } = workspace();
    requests.length = 0;
    const result = await lintOpenApiSpec(remoteSpec(specs), { policy: projectReferencePolicy(project, [], [`127.0.0.1:${port}`]) });
    expect(requests).toEqual(['/schemas/task.yaml']);
    expect(result.findings).toEqual([]);
    expect(result.spec.files).toContain(`http://127.0.0.1:${port}/schemas/task.yaml`);
  });

  it('does not follow a redirect to a host that is not listed', async () => {
    const { project, specs } = workspace();
    requests.length = 0;
    otherRequests.length = 0;
    const result = await lintOpenApiSpec(remoteSpec(specs, '/redirect.yaml'), { policy: projectReferencePolicy(project, [], ['127.0.0.1']) });
    expect(requests).toEqual(['/redirect.yaml']);
    expect(otherRequests).toEqual([]);
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(result.findings.map((finding) => [finding.rule, finding.message])).toEqual([
      [
        'ref-containment',
        `$ref "http://127.0.0.1:${port}/redirect.yaml" redirects (http://127.0.0.1:${port}/redirect.yaml -> http://127.0.0.2:${otherPort}/schemas/task.yaml) to host 127.0.0.2:${otherPort}, which openapi.allowedHosts does not list; copy the file into the project or add "127.0.0.2:${otherPort}" to openapi.allowedHosts`,
      ],
    ]);
  });

  it('portal openapi lint and page generation take allowedHosts and allowedRoots from the configuration', async () => {
    const { project, specs } = workspace();
    const file = remoteSpec(specs);
    requests.length = 0;
    writeConfig(project, `openapi: { specs: [{ id: 'remote', file: 'specs/remote.yaml' }] }`);
    const refused = await portal(['openapi', 'lint'], project);
    expect(requests).toEqual([]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(
      `specs/remote.yaml:31:17  error    ref-containment  $ref "http://127.0.0.1:${port}/schemas/task.yaml" is fetched from host 127.0.0.1:${port}, which openapi.allowedHosts does not list; copy the file into the project or add "127.0.0.1:${port}" to openapi.allowedHosts\n`,
    );
    expect(refused.stderr).toBe('✖ OpenAPI lint failed: 1 error and 0 warnings in 1 of 1 spec (rules: the recommended rules)\n');

    writeConfig(project, `openapi: { specs: [{ id: 'remote', file: 'specs/remote.yaml' }], allowedHosts: ['127.0.0.1:${port}'] }`);
    const allowed = await portal(['openapi', 'lint'], project);
    expect(allowed.code).toBe(0);
    expect(requests).toEqual(['/schemas/task.yaml']);

    // The site's page generation: refused by default, fetched once under a policy that lists the host.
    const generate = (policy?: ReturnType<typeof projectReferencePolicy>) =>
      generateOpenApiSpecs({ specs: [{ id: 'remote', file }], rootDir: project, cacheDir: path.join(project, '.generated/openapi'), basePath: '/http-api/', policy });
    requests.length = 0;
    const refusedPages = await generate();
    expect(requests).toEqual([]);
    expect(refusedPages.specs[0]!.lint.findings.map((finding) => finding.rule)).toEqual(['ref-containment']);
    expect(refusedPages.specs[0]!.pages).toBeNull();
    const fetchedPages = await generate(projectReferencePolicy(project, [], [`127.0.0.1:${port}`]));
    expect(requests).toEqual(['/schemas/task.yaml']);
    expect(fetchedPages.specs[0]!.lint.findings).toEqual([]);
    expect(fetchedPages.specs[0]!.pages?.summary.operationCount).toBe(1);
  });
});

describe('portal openapi lint with a $ref outside the project', () => {
  it('exits 1 with the finding, prints nothing of the outside file, and passes once allowedRoots lists its folder', async () => {
    const { project } = workspace();
    writeConfig(project, `openapi: { specs: [{ id: 'escape', file: 'specs/escape.yaml' }] }`);
    const reads = recordReads();
    const run = await portal(['openapi', 'lint'], project);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^specs\/escape\.yaml:31:17 {2}error {4}ref-containment {2}\$ref "\.\.\/\.\.\/outside\/secret\.yaml" leads to .*; move the file into the project or add its folder to allowedRoots\n$/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(SECRET);
    expect(reads.every((ref) => ref.startsWith(`${project}${path.sep}`))).toBe(true);

    writeConfig(project, `allowedRoots: ['../outside'], openapi: { specs: [{ id: 'escape', file: 'specs/escape.yaml' }] }`);
    const allowed = await portal(['openapi', 'lint'], project);
    expect(allowed.stdout).toBe('✔ 0 errors and 0 warnings in 0 of 1 spec (rules: the recommended rules)\n');
    expect(allowed.code).toBe(0);
  });

  it('without a configuration, the working directory is the project', async () => {
    const { project, outside } = workspace();
    const run = await portal(['openapi', 'lint', 'specs/escape.yaml'], project);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`which is outside the project (${project})`);
    const fromAbove = await portal(['openapi', 'lint', 'project/specs/escape.yaml'], path.dirname(outside));
    expect(fromAbove.stdout).toBe('✔ 0 errors and 0 warnings in 0 of 1 spec (rules: the recommended rules)\n');
  });
});
