import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PortalError } from '../../lib/errors.js';

/**
 * Writes `value` as indented JSON to `target` (relative to the working
 * directory), creating its directory; exit 2 naming the file when it cannot.
 */
export async function writeJsonReport(target: string, value: unknown): Promise<void> {
  const file = path.resolve(target);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
  } catch (error) {
    throw new PortalError(`Cannot write the JSON report to ${file}`, 2, [error instanceof Error ? error.message : String(error)]);
  }
}
