import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder for the whole integration run: sites built once and read by several test files (test/helpers/shared-sites.ts). */
    integrationRunDir: string;
  }
}

/** Global setup of the integration project: one scratch folder per run, removed when the run ends. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-integration-'));
  project.provide('integrationRunDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
