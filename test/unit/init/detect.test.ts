import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import { detectProject, repositoryUrl } from '../../../src/lib/init/index.js';
import { addFixture, makeRealProject } from './project.js';

const repos: { remove(): void }[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));
function repo(): string {
  const made = makeRealProject();
  repos.push(made);
  return made.dir;
}

describe('detectProject on a repository of real files', () => {
  it('finds the .d.ts entry point, the OpenAPI 3.1 spec, the changelog and the alert rules', () => {
    const dir = repo();
    const found = detectProject(dir);
    expect(found.packageName).toBe('@types/d3-path');
    expect(found.description).toBe('TypeScript definitions for d3-path');
    expect(found.repository).toBe('https://github.com/DefinitelyTyped/DefinitelyTyped');
    expect(found.repositorySource).toBe('package.json "repository"');
    expect(found.apiPackages).toEqual([{ packageName: '@types/d3-path', sources: ['package.json "types"'], entryPoints: [path.join(dir, 'index.d.ts')] }]);
    expect(found.openapiSpecs).toEqual([{ file: path.join(dir, 'openapi/readme.json'), version: '3.1.0' }]);
    expect(found.changelog).toBe(path.join(dir, 'CHANGELOG.md'));
    expect(found.alertRules).toHaveLength(1);
    expect(found.alertRules[0]!.file).toBe(path.join(dir, 'alerts/ceph_default_alerts.yml'));
    expect(found.alertRules[0]!.alerts).toHaveLength(58);
    expect(found.alertRules[0]!.alerts.slice(0, 2)).toEqual(['CephHealthError', 'CephHealthWarning']);
    expect(found.alertRules[0]!.withoutRunbookUrl).toHaveLength(58);
    expect(found.coverage).toEqual([]);
    expect(found.benchmarks).toEqual([]);
    expect(found.truncated).toBe(false);
  });

  it('finds coverage reports and benchmark results by their content, and skips node_modules, build outputs and excluded folders', () => {
    const dir = repo();
    addFixture(dir, 'coverage/nyc/report/coverage-summary.json', 'coverage/coverage-summary.json');
    addFixture(dir, 'coverage/nyc/report/lcov.info', 'coverage/lcov.info');
    addFixture(dir, 'coverage/nyc/report/cobertura-coverage.xml', 'coverage/cobertura-coverage.xml');
    addFixture(dir, 'coverage/bad/empty.info', 'coverage/other/lcov.info');
    addFixture(dir, 'bench/vitest/output.json', 'bench-results/vitest.json');
    addFixture(dir, 'bench/hyperfine/output.json', 'bench-results/notes.json');
    // Copies of the spec where a search must not look, and a tsconfig in the portal folder being made.
    addFixture(dir, 'real/openapi/openapi31/readme.json', 'node_modules/some-dep/openapi.json');
    addFixture(dir, 'real/openapi/openapi31/readme.json', 'dist/openapi.json');
    addFixture(dir, 'real/openapi/openapi31/readme.json', 'portal/openapi.json');
    // YAML that mentions openapi only below the top level is not a spec.
    mkdirSync(path.join(dir, 'config'));
    writeFileSync(path.join(dir, 'config/settings.yaml'), 'docs:\n  openapi: 3.1.0\n');

    const found = detectProject(dir, { exclude: [path.join(dir, 'portal')] });
    expect(found.openapiSpecs.map((spec) => path.relative(dir, spec.file))).toEqual(['openapi/readme.json']);
    expect(found.coverage.map((entry) => [path.relative(dir, entry.file), entry.format])).toEqual([
      ['coverage/cobertura-coverage.xml', 'cobertura'],
      ['coverage/coverage-summary.json', 'istanbul-summary'],
      ['coverage/lcov.info', 'lcov'],
    ]);
    expect(found.benchmarks.map((entry) => [path.relative(dir, entry.file), entry.format])).toEqual([
      ['bench-results/notes.json', 'hyperfine'],
      ['bench-results/vitest.json', 'vitest'],
    ]);
  });

  it('reads types conditions of an exports map, and says why an entry point was left out', () => {
    const dir = repo();
    addFixture(dir, 'projects/real-project/index.d.ts', 'dist/index.d.mts');
    addFixture(dir, 'projects/real-project/index.d.ts', 'dist/utils.d.ts');
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: '@acme/paths',
        repository: 'github:acme/paths',
        exports: {
          '.': { import: { types: './dist/index.d.mts', default: './dist/index.mjs' } },
          './utils': { types: './dist/utils.d.ts', default: './dist/utils.js' },
          './extra': { types: './dist/extra.d.ts' },
          './*': { types: './dist/*.d.ts' },
        },
      }),
    );
    const found = detectProject(dir);
    expect(found.repository).toBe('https://github.com/acme/paths');
    expect(found.apiPackages).toEqual([
      {
        packageName: '@acme/paths',
        sources: ['package.json exports["."]["import"]["types"]', 'package.json exports["./utils"]["types"]'],
        entryPoints: [path.join(dir, 'dist/index.d.mts'), path.join(dir, 'dist/utils.d.ts')],
      },
    ]);
    expect(found.notes).toEqual([
      'package.json exports["./extra"]["types"] names ./dist/extra.d.ts, which does not exist (build the package first, then run portal init again or add it by hand)',
      'package.json exports["./*"]["types"] is a pattern (./dist/*.d.ts): list its files in api.packages by hand',
    ]);
  });

  it('takes the repository from the git remote when package.json has none', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'widgets', types: 'index.d.ts' }));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git/config'), '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n');
    const found = detectProject(dir);
    expect(found.repository).toBe('https://github.com/acme/widgets');
    expect(found.repositorySource).toBe('the git remote "origin"');
    expect(found.apiPackages[0]!.repoTsconfig).toBeUndefined();
  });

  it('refuses a --from that is not a folder, and a package.json that is not JSON', () => {
    const dir = repo();
    expect(() => detectProject(path.join(dir, 'missing'))).toThrow(PortalError);
    writeFileSync(path.join(dir, 'package.json'), '{ "name": ');
    let error: unknown;
    try {
      detectProject(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).exitCode).toBe(2);
    expect((error as PortalError).message).toBe(`${path.join(dir, 'package.json')}: not valid JSON`);
  });
});

describe('repositoryUrl', () => {
  it.each([
    [{ type: 'git', url: 'https://github.com/DefinitelyTyped/DefinitelyTyped.git', directory: 'types/d3-path' }, 'https://github.com/DefinitelyTyped/DefinitelyTyped'],
    ['git+https://github.com/remix-run/react-router.git', 'https://github.com/remix-run/react-router'],
    ['github:acme/paths', 'https://github.com/acme/paths'],
    ['acme/paths', 'https://github.com/acme/paths'],
    ['gitlab:acme/paths', 'https://gitlab.com/acme/paths'],
    ['git@github.com:acme/paths.git', 'https://github.com/acme/paths'],
    ['ssh://git@gitlab.example.com/team/app.git', 'https://gitlab.example.com/team/app'],
    ['not a url', undefined],
    [42, undefined],
  ])('%j → %s', (input, expected) => {
    expect(repositoryUrl(input)).toBe(expected);
  });
});
