import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  MISSING_FILE,
  filesUnchanged,
  generatorKey,
  hashFiles,
  packageVersion,
  readFingerprint,
  relativePath,
  removeFingerprint,
  sha256,
  writeFingerprint,
} from '../../../src/lib/cache/fingerprint.js';

const root = mkdtempSync(path.join(tmpdir(), 'portico-fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('file hashes', () => {
  it('records each file relative to the root, sorted, with its SHA-256 or "missing"', () => {
    const b = write('inputs/b.yaml', 'b: 1\n');
    const a = write('inputs/a.yaml', 'a: 1\n');
    const outside = path.join(path.dirname(root), 'not-there.yaml');
    expect(hashFiles([b, a, a, path.join(root, 'inputs/gone.yaml'), outside], root)).toEqual({
      [`../${path.basename(outside)}`]: MISSING_FILE,
      'inputs/a.yaml': sha256('a: 1\n'),
      'inputs/b.yaml': sha256('b: 1\n'),
      'inputs/gone.yaml': MISSING_FILE,
    });
    expect(relativePath(root, path.join(root, 'x', 'y.ts'))).toBe('x/y.ts');
  });

  it('sees an edited, removed or newly created file as a change', () => {
    const file = write('watched/spec.yaml', 'openapi: 3.1.0\n');
    const hashes = hashFiles([file, path.join(root, 'watched/later.yaml')], root);
    expect(filesUnchanged(hashes, root)).toBe(true);
    write('watched/spec.yaml', 'openapi: 3.1.1\n');
    expect(filesUnchanged(hashes, root)).toBe(false);
    write('watched/spec.yaml', 'openapi: 3.1.0\n');
    expect(filesUnchanged(hashes, root)).toBe(true);
    write('watched/later.yaml', 'appeared\n');
    expect(filesUnchanged(hashes, root)).toBe(false);
  });
});

describe('generatorKey', () => {
  // Same folder name in two places: the key depends on the files' content, not on where the folder is.
  const generator = (parent: string, nested: string) => {
    write(`${parent}/gen/index.ts`, 'export const top = 1;\n');
    write(`${parent}/gen/parts/nested.ts`, nested);
    write(`${parent}/gen/notes.md`, `not code ${parent}\n`);
    return path.join(root, parent, 'gen');
  };

  it('hashes the source of subfolders too, and ignores files that are not code', () => {
    const one = generator('one', 'export const nested = 1;\n');
    const same = generator('same', 'export const nested = 1;\n');
    const edited = generator('edited', 'export const nested = 2;\n');
    const key = (dir: string) => generatorKey({ model: 'test@1', packages: ['zod'], sourceDirs: [dir] });
    expect(key(one)).toBe(key(same));
    expect(key(edited)).not.toBe(key(one));
    expect(generatorKey({ model: 'test@2', packages: ['zod'], sourceDirs: [one] })).not.toBe(key(one));
  });

  it('reads installed package versions, and Portico its own', () => {
    expect(packageVersion('zod')).toMatch(/^4\.\d+\.\d+/);
    expect(packageVersion('portico')).toBe('0.1.0');
    expect(packageVersion('no-such-package-anywhere')).toBe('unknown');
  });
});

describe('stored fingerprints', () => {
  const schema = z.object({ optionsKey: z.string(), files: z.record(z.string(), z.string()) });

  it('reads back what was written, and treats a missing, corrupt or misshapen fingerprint as stale', async () => {
    const file = path.join(root, 'out/nested/.fingerprint.json');
    expect(readFingerprint(file, schema)).toBeUndefined();
    await writeFingerprint(file, { optionsKey: 'k', files: { 'a.ts': 'h' } });
    expect(readFingerprint(file, schema)).toEqual({ optionsKey: 'k', files: { 'a.ts': 'h' } });
    writeFileSync(file, '{"optionsKey": 42}');
    expect(readFingerprint(file, schema)).toBeUndefined();
    writeFileSync(file, '\u0000garbage');
    expect(readFingerprint(file, schema)).toBeUndefined();
    removeFingerprint(file);
    removeFingerprint(file);
    expect(readFingerprint(file, schema)).toBeUndefined();
  });
});
