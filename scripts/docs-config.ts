/**
 * Regenerates the configuration reference in docs/configuration.md from
 * src/config/schema.ts (its JSDoc and its zod schema):
 *
 *   npm run docs:config
 *
 * A unit test (test/unit/config-reference/) fails when the page is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { portalConfigSchema } from '../src/config/schema.js';
import { generateConfigReference, replaceReference } from '../src/lib/config-reference/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const page = path.join(root, 'docs/configuration.md');
const before = readFileSync(page, 'utf8');
const after = replaceReference(before, generateConfigReference(portalConfigSchema, path.join(root, 'src/config/schema.ts')));
if (after === before) {
  process.stdout.write('docs/configuration.md is up to date\n');
} else {
  writeFileSync(page, after);
  process.stdout.write('docs/configuration.md: configuration reference regenerated\n');
}
