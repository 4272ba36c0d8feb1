import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// What `portal build` preloads into each of its build processes.
const REPORTER = fileURLToPath(new URL('../../../src/lib/build/report-peak-rss.cjs', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'portico-peak-rss-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `node --require <reporter> -e <script>` and returns its exit code. */
function runWithReporter(script: string, env: NodeJS.ProcessEnv): number | null {
  const run = spawnSync(process.execPath, ['--require', REPORTER, '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return run.status;
}

describe('the peak memory reporter of build processes', () => {
  it('writes the process peak resident set in kilobytes', () => {
    const file = path.join(work, 'peak-allocating');
    // 300 MB filled, so resident.
    const code = runWithReporter('Buffer.alloc(300 * 1024 * 1024, 1)', { PORTICO_PEAK_RSS_FILE: file });
    expect(code).toBe(0);
    const kilobytes = Number(readFileSync(file, 'utf8'));
    expect(kilobytes).toBeGreaterThan(300 * 1024);
    expect(kilobytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('reports a process that exits with an error too, so a failed step still has its figure', () => {
    const file = path.join(work, 'peak-failing');
    const code = runWithReporter('process.exit(3)', { PORTICO_PEAK_RSS_FILE: file });
    expect(code).toBe(3);
    // A bare Node process is tens of MB: the figure is the process', not zero or a placeholder.
    expect(Number(readFileSync(file, 'utf8'))).toBeGreaterThan(10 * 1024);
  });

  it('writes nothing without PORTICO_PEAK_RSS_FILE, and never fails the process over an unwritable file', () => {
    const unset = { PORTICO_PEAK_RSS_FILE: '' };
    expect(runWithReporter('0', unset)).toBe(0);
    const unwritable = path.join(work, 'no-such-folder', 'peak');
    expect(runWithReporter('0', { PORTICO_PEAK_RSS_FILE: unwritable })).toBe(0);
    expect(existsSync(unwritable)).toBe(false);
  });
});
