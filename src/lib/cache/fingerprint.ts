import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import type * as z from 'zod';

/**
 * Fingerprints of generated output: what the output was made from (a key over
 * the generator's version and options, and a content hash of every input
 * file), stored next to the output and written last. When the stored
 * fingerprint still matches, a generator reuses its last output instead of
 * running again. Shared by the HTTP API pages (`src/plugins/openapi/cache.ts`)
 * and the API reference (`src/plugins/api-reference/generate.ts`).
 */

/** Stored in place of a hash for a file that did not exist. */
export const MISSING_FILE = 'missing';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** SHA-256 of some bytes, as hex. */
export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 of a file's content, or {@link MISSING_FILE} when it cannot be read. */
export function hashFile(file: string): string {
  try {
    return sha256(readFileSync(file));
  } catch {
    return MISSING_FILE;
  }
}

/** `/`-separated path relative to `rootDir` (`../` for files outside it), so a fingerprint moves with the project. */
export function relativePath(rootDir: string, file: string): string {
  return path.relative(rootDir, path.resolve(file)).split(path.sep).join('/');
}

/** Each file relative to `rootDir`, with its SHA-256 (or {@link MISSING_FILE}), sorted by name. */
export function hashFiles(files: Iterable<string>, rootDir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of [...new Set(files)].map((name) => path.resolve(name)).sort()) hashes[relativePath(rootDir, file)] = hashFile(file);
  return hashes;
}

/** True when every file of a {@link hashFiles} record (paths relative to `rootDir`) still has the recorded hash. */
export function filesUnchanged(hashes: Record<string, string>, rootDir: string): boolean {
  return Object.entries(hashes).every(([file, digest]) => hashFile(path.resolve(rootDir, file)) === digest);
}

/** What shapes a generator's output besides its input files; see {@link generatorKey}. */
export interface GeneratorIdentity {
  /** Name and version of the output format, bumped by hand for changes the source hash would not catch: `page-model@1`. */
  model?: string;
  /** Packages whose behaviour shapes the output; their installed versions are part of the key. */
  packages: readonly string[];
  /** Folders of Portico's own generator code (absolute); every source file in them, subfolders included, is hashed. */
  sourceDirs: readonly string[];
}

/**
 * A key that changes whenever the generator may produce other output: its
 * model version, Portico's version, the versions of the packages it uses and
 * the source of its code. Computed once per identity and process.
 */
export function generatorKey(identity: GeneratorIdentity): string {
  const id = JSON.stringify(identity);
  let key = generatorKeys.get(id);
  if (key === undefined) {
    const hash = createHash('sha256');
    if (identity.model !== undefined) hash.update(`${identity.model}\0`);
    hash.update(`portico@${packageVersion('portico')}\0`);
    for (const name of identity.packages) hash.update(`${name}@${packageVersion(name)}\0`);
    for (const dir of identity.sourceDirs) {
      for (const file of sourceFiles(dir)) hash.update(`${path.basename(dir)}/${file}\0`).update(readFileSync(path.join(dir, file)));
    }
    key = hash.digest('hex');
    generatorKeys.set(id, key);
  }
  return key;
}

const generatorKeys = new Map<string, string>();

/** Source files under `dir`, relative to it with `/` separators, sorted; none when it does not exist. */
function sourceFiles(dir: string): string[] {
  return listFiles(dir).filter((name) => /\.(ts|tsx|js|mjs|cjs)$/.test(name));
}

/** Files under `dir` (subfolders included, symbolic links followed as files), `/`-separated and sorted; none when it does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(name);
      else files.push(name);
    }
  };
  walk('');
  return files.sort();
}

/** Each file under `dir` (see {@link listFiles}) with the SHA-256 of its content. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of listFiles(dir)) hashes[file] = hashFile(path.join(dir, file));
  return hashes;
}

/** The key over a generator's version ({@link generatorKey}) and the options of one run. */
export function optionsKey(generator: string, options: unknown): string {
  return sha256(`${generator}\0${JSON.stringify(options)}`);
}

/**
 * A package's version, from the nearest `node_modules/<name>/package.json`
 * above this file (the way Node resolves it), or Portico's own from its
 * package.json; `unknown` when neither is found.
 */
export function packageVersion(name: string): string {
  let dir = HERE;
  while (true) {
    for (const manifest of [path.join(dir, 'node_modules', name, 'package.json'), path.join(dir, 'package.json')]) {
      if (!existsSync(manifest)) continue;
      try {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? 'unknown';
      } catch {
        // Not a readable manifest: keep looking.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

/**
 * The stored fingerprint when it reads back and has the expected shape;
 * `undefined` otherwise. Never throws: a missing, corrupt or unreadable
 * fingerprint means the output is stale.
 */
export function readFingerprint<T>(file: string, schema: z.ZodType<T>): T | undefined {
  try {
    if (!existsSync(file)) return undefined;
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes a fingerprint before its output is rewritten: a run that stops
 * half-way then leaves no fingerprint, and the next run starts over.
 */
export function removeFingerprint(file: string): void {
  rmSync(file, { force: true });
}

/** Writes a fingerprint atomically, after everything it vouches for is written. */
export async function writeFingerprint(file: string, fingerprint: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(fingerprint)}\n`);
}
