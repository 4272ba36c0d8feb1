import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const temp = mkdtempSync(path.join(tmpdir(), 'portal-closed-pipe-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * Runs `portal` with its output going into a pipe whose reader has gone, as
 * `portal … | head -1` leaves it once head has its line. Returns the exit
 * code and what the command wrote to stderr (read, so only stdout is closed).
 */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/portal.js'), ...args], { cwd: temp, env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('portal writing into a closed pipe', () => {
  it('finishes its work and exits with its own code, with no EPIPE stack trace', async () => {
    const history = path.join(temp, 'history');
    const file = path.join(REPO_ROOT, 'test/fixtures/bench/google-benchmark/output.json');
    const args = ['ingest', 'bench', file, '--format', 'googlecpp', '--suite', 'cpp', '--history', history, '--commit', 'abc1234', '--date', '2026-11-01'];
    const stored = await runWithClosedStdout(args);
    expect(stored.stderr).toBe('');
    expect(stored.code).toBe(0);
    // The run was stored although nobody read the report.
    expect(existsSync(path.join(history, 'bench', 'cpp.json'))).toBe(true);

    const missing = await runWithClosedStdout(['ingest', 'bench', path.join(temp, 'missing.json'), '--format', 'googlecpp', '--suite', 'cpp', '--history', history]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.json');
    expect(missing.stderr).not.toContain('EPIPE');
  });
});
