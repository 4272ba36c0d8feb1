import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/**
 * A throw-away repository made of real third-party files: @types/d3-path (a .d.ts-only npm
 * package), Ceph's Prometheus rules (no runbook_url), react-router's Changesets changelog and
 * ReadMe's OpenAPI 3.1 document (test/fixtures/projects/real-project/SOURCES.md).
 */
export function makeRealProject(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-init-repo-'));
  cpSync(path.join(FIXTURES, 'projects/real-project'), dir, { recursive: true });
  cpSync(path.join(FIXTURES, 'real/changelogs/react-router-6.28.0.md'), path.join(dir, 'CHANGELOG.md'));
  mkdirSync(path.join(dir, 'openapi'));
  cpSync(path.join(FIXTURES, 'real/openapi/openapi31/readme.json'), path.join(dir, 'openapi/readme.json'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a fixture file into the repository. */
export function addFixture(repo: string, fixture: string, target: string): string {
  const to = path.join(repo, target);
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(path.join(FIXTURES, fixture), to);
  return to;
}
