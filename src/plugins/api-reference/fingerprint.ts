import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * What the generated reference was made from: a key over the options, and a
 * content hash of every source file of each package's TypeScript program.
 * When both still match, the pages and the coverage report of the last build
 * are current and TypeDoc does not run at all.
 */
export interface ApiReferenceFingerprint {
  /** Hash of the options, tool versions and Portico's own generator code. */
  optionsKey: string;
  /** Per package: the files of its program and their content hashes. */
  packages: PackageFingerprint[];
}

/** The inputs of one package's conversion. */
export interface PackageFingerprint {
  /** Package name. */
  name: string;
  /** The files the tsconfig names (before imports are followed), relative to the root, sorted. */
  tsconfigFiles: string[];
  /** Every file of the TypeScript program, relative to the root, with its SHA-256. */
  files: Record<string, string>;
}

const requireFromHere = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The code that turns inputs into pages: a change to it must regenerate them too. */
const GENERATOR_DIRS = [HERE, path.resolve(HERE, '../../lib/api-coverage'), path.resolve(HERE, '../../lib/git')];

/**
 * Hash of everything besides the source files that shapes the output: the
 * options (as JSON), TypeScript, TypeDoc and plugin versions, and the source
 * of Portico's generator modules.
 */
export function computeOptionsKey(options: unknown): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(options));
  hash.update(`typescript@${ts.version}`);
  for (const name of ['typedoc', 'typedoc-plugin-markdown', 'docusaurus-plugin-typedoc']) hash.update(`${name}@${packageVersion(name)}`);
  for (const dir of GENERATOR_DIRS) {
    for (const file of readdirSync(dir).filter((name) => /\.(ts|tsx|js)$/.test(name)).sort()) {
      hash.update(file).update(readFileSync(path.join(dir, file)));
    }
  }
  return hash.digest('hex');
}

/** The fingerprint of one converted package, from its program's files. */
export function fingerprintPackage(name: string, tsconfig: string, programFiles: readonly string[], rootDir: string): PackageFingerprint {
  const files: Record<string, string> = {};
  for (const file of [...programFiles].sort()) files[relative(rootDir, file)] = hashFile(file) ?? 'missing';
  return { name, tsconfigFiles: tsconfigFileNames(tsconfig, rootDir), files };
}

/**
 * True when nothing the last generation read has changed: same options key,
 * the tsconfigs still name the same files (a new file matching `include`
 * counts), and every program file has the same content.
 */
export function isFingerprintCurrent(
  stored: ApiReferenceFingerprint,
  optionsKey: string,
  packages: readonly { name: string; tsconfig: string }[],
  rootDir: string,
): boolean {
  if (stored.optionsKey !== optionsKey || stored.packages.length !== packages.length) return false;
  return packages.every((pkg, index) => {
    const previous = stored.packages[index]!;
    if (previous.name !== pkg.name) return false;
    const names = tsconfigFileNames(pkg.tsconfig, rootDir);
    if (names.length !== previous.tsconfigFiles.length || names.some((name, i) => name !== previous.tsconfigFiles[i])) return false;
    return Object.entries(previous.files).every(([file, digest]) => hashFile(path.resolve(rootDir, file)) === digest);
  });
}

/** The root files a tsconfig names, without reading any of them. */
function tsconfigFileNames(tsconfig: string, rootDir: string): string[] {
  const read = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file));
  if (read.error) return [`<unreadable ${relative(rootDir, tsconfig)}>`];
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
  return parsed.fileNames.map((file) => relative(rootDir, file)).sort();
}

function hashFile(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function relative(rootDir: string, file: string): string {
  return path.relative(rootDir, path.resolve(file)).split(path.sep).join('/');
}

/** A dependency's version, from the package.json above its resolved entry (some packages do not export it). */
function packageVersion(name: string): string {
  let dir = path.dirname(requireFromHere.resolve(name));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (json.name === name) return json.version ?? 'unknown';
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}
