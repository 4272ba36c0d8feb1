import path from 'node:path';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import type { ApiPackageInput } from '../../../src/lib/api-coverage/index.js';

/** The package with deliberately mixed documentation. */
export const MIXED_DIR = path.join(REPO_ROOT, 'test/fixtures/api-coverage/mixed');

/** The mixed fixture as an API package, paths absolute. */
export const MIXED_PACKAGE: ApiPackageInput = {
  name: 'mixed',
  title: 'Mixed fixture',
  entryPoints: [path.join(MIXED_DIR, 'src/index.ts')],
  tsconfig: path.join(MIXED_DIR, 'tsconfig.json'),
};

/** A site for page and source URLs. */
export const FIXTURE_SITE = {
  url: 'https://docs.example.org',
  baseUrl: '/',
  repository: 'https://github.com/example/mixed',
  branch: 'main',
};
