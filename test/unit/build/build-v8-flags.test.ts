import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUILD_V8_FLAGS } from '../../../src/lib/build/index.js';

describe('the V8 flags of the build processes', () => {
  it('are accepted by this Node (an unknown flag would stop every build with "bad option")', () => {
    const run = spawnSync(process.execPath, [...BUILD_V8_FLAGS, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('ok');
  });

  it('bound how fast the heap grows without capping it', () => {
    // A heap limit would make large sites fail; the build must fit with Node's default limit.
    expect(BUILD_V8_FLAGS.some((flag) => /max-old-space-size|max-heap-size/.test(flag))).toBe(false);
    expect(BUILD_V8_FLAGS).toContain('--heap-growing-percent=20');
  });
});
