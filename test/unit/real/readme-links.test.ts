import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED } from '../../../src/lib/api-coverage/index.js';
import { generateApiReference, type GeneratedApiReference, type GenerateApiReferenceOptions } from '../../../src/plugins/api-reference/generate.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { markdownFiles } from '../api-reference/generated-pages.js';

/**
 * execa 5.1.1's published `.d.ts` links to headings of its README with bare
 * anchors (`[isCanceled](#iscanceled)`), which npm shows beside the README but
 * which are broken on an API page of their own: Docusaurus stopped the build
 * on them with a raw stack. They must become links to the README's headings in
 * the repository, and not be findings.
 */
const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/real/typescript/execa');
const REPOSITORY = 'https://github.com/example/uses-execa';

let repo: string;
let options: GenerateApiReferenceOptions;
let generated: GeneratedApiReference;
const pages = () => markdownFiles(options.outDir).map((file) => [file, readFileSync(path.join(options.outDir, file), 'utf8')] as const);

beforeAll(async () => {
  repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'portal-execa-')));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const pkg = path.join(repo, 'vendor/execa');
  cpSync(FIXTURE, pkg, { recursive: true });
  // `/// <reference types="node"/>`: Node's types from Portico's own install.
  writeFileSync(
    path.join(pkg, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, noEmit: true, typeRoots: [path.join(REPO_ROOT, 'node_modules/@types')], types: ['node'] }, files: ['index.d.ts'] }),
  );
  options = {
    packages: [{ name: 'execa', title: 'execa', entryPoints: [path.join(pkg, 'index.d.ts')], tsconfig: path.join(pkg, 'tsconfig.json') }],
    rootDir: repo,
    outDir: path.join(repo, '.generated/api'),
    kinds: DEFAULT_REQUIRED_TO_BE_DOCUMENTED,
    threshold: 0,
    mode: 'warn',
    site: { url: 'https://docs.example.org', baseUrl: '/', repository: REPOSITORY, branch: 'main' },
  };
  generated = await generateApiReference(options);
}, 180_000);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('execa 5.1.1: doc comments that link to README headings', () => {
  it('links #iscanceled and #stdio to the README headings in the repository', () => {
    const text = pages().map(([, page]) => page).join('\n');
    expect(text).toContain(`(${REPOSITORY}/blob/main/vendor/execa/readme.md#iscanceled)`);
    expect(text).toContain(`(${REPOSITORY}/blob/main/vendor/execa/readme.md#stdio)`);
  });

  it('leaves no bare #anchor to a README heading on the API pages, and reports no link finding for them', () => {
    for (const [file, page] of pages()) expect(page, file).not.toMatch(/\]\(#(iscanceled|stdio)\)/);
    expect(generated.linkFindings.filter((finding) => /iscanceled|stdio/i.test(finding.message))).toEqual([]);
  });
});
