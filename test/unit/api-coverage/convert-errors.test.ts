import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertApiPackage } from '../../../src/lib/api-coverage/index.js';
import { PortalError } from '../../../src/lib/errors.js';
import { MIXED_DIR } from './fixture.js';

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the mixed fixture to break. */
function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-api-convert-'));
  temp.push(dir);
  cpSync(MIXED_DIR, dir, { recursive: true });
  return dir;
}

async function conversionError(dir: string, entry = 'src/index.ts', tsconfig = 'tsconfig.json'): Promise<PortalError> {
  const error = await convertApiPackage(
    { name: 'broken', entryPoints: [path.join(dir, entry)], tsconfig: path.join(dir, tsconfig) },
    { rootDir: dir },
  ).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PortalError);
  return error as PortalError;
}

describe('convertApiPackage on unusable input', () => {
  it('names a missing entry point and a missing tsconfig, exit 2', async () => {
    const dir = copyFixture();
    const error = await conversionError(dir, 'src/nope.ts', 'tsconfig.missing.json');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('API package "broken" cannot be read');
    expect(error.problems).toEqual([
      `${path.join(dir, 'src/nope.ts')}: entry point not found`,
      `${path.join(dir, 'tsconfig.missing.json')}: tsconfig not found`,
    ]);
  });

  it('lists tsconfig errors with file, line and column', async () => {
    const dir = copyFixture();
    writeFileSync(path.join(dir, 'tsconfig.json'), '{\n  "compilerOptions": { "strict": yes }\n}\n');
    const error = await conversionError(dir);
    expect(error.exitCode).toBe(2);
    expect(error.problems[0]).toMatch(new RegExp(`^${path.join(dir, 'tsconfig.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:34 error TS\\d+: `));
  });

  it('lists TypeScript errors one per line instead of converting', async () => {
    const dir = copyFixture();
    writeFileSync(path.join(dir, 'src/star.ts'), "export const answer: number = 'forty-two';\nexport const other: string = 1;\n");
    const error = await conversionError(dir);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('TypeScript reports 2 errors in API package "broken"');
    expect(error.problems).toEqual([
      `${path.join(dir, 'src/star.ts')}:1:14 error TS2322: Type 'string' is not assignable to type 'number'.`,
      `${path.join(dir, 'src/star.ts')}:2:14 error TS2322: Type 'number' is not assignable to type 'string'.`,
    ]);
  }, 60_000);

  it('reports an entry point the tsconfig does not include', async () => {
    const dir = copyFixture();
    writeFileSync(path.join(dir, 'outside.ts'), 'export const x = 1;\n');
    const error = await conversionError(dir, 'outside.ts');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('TypeDoc could not convert API package "broken"');
    expect(error.problems.join('\n')).toContain('outside.ts');
  }, 60_000);
});
