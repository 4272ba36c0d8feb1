import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_FORMATS } from '../../../src/lib/bench/index.js';
import { COVERAGE_FORMATS } from '../../../src/lib/coverage/index.js';
import * as formats from '../../../src/lib/history/formats.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

// The history store sits below the benchmark and coverage capabilities, which build on it:
// it must not import them back (the format lists it validates live in history/formats.ts).
describe('src/lib/history layering', () => {
  it('imports nothing from src/lib/bench or src/lib/coverage', () => {
    const dir = path.join(REPO_ROOT, 'src/lib/history');
    const upward = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        [...readFileSync(path.join(dir, name), 'utf8').matchAll(/from\s+'(\.\.\/(?:bench|coverage)\/[^']+)'/g)].map((match) => `${name}: ${match[1]}`),
      );
    expect(upward).toEqual([]);
  });

  it('is where bench/ and coverage/ take their format lists from', () => {
    expect(BENCH_FORMATS).toBe(formats.BENCH_FORMATS);
    expect(COVERAGE_FORMATS).toBe(formats.COVERAGE_FORMATS);
    expect(formats.COVERAGE_FORMATS).toEqual(['istanbul-summary', 'istanbul-final', 'lcov', 'cobertura']);
  });
});
