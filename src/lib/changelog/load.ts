import { readFile } from 'node:fs/promises';
import { PortalError } from '../errors.js';
import { displayPath } from '../core/files.js';
import { MAX_SOURCE_FILE_BYTES, assertFileSize } from '../results/limits.js';
import type { Changelog } from './model.js';
import { parseChangelog, type ChangelogParseResult } from './parse.js';

/**
 * Reads and parses a changelog file. Oddities come back as findings; only a
 * file Portico cannot use at all is an error.
 *
 * @param file - Path of the Markdown file; findings and problems name it as given.
 * @returns The parse result: changelog, findings (severity `error`), detection; `problems` is always empty.
 * @throws {@link PortalError} with exit code 2 when the file cannot be read
 * (`file: cannot be read (…)`), is larger than {@link MAX_SOURCE_FILE_BYTES}
 * (checked before it is read), is not text, or has no release at all, one `file:line: message` line each.
 */
export async function readChangelog(file: string): Promise<ChangelogParseResult> {
  let markdown: string;
  try {
    assertFileSize(file, displayPath(file), MAX_SOURCE_FILE_BYTES, 'a changelog');
    markdown = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof PortalError) throw error;
    // Node's message repeats the path ("ENOENT: no such file or directory, open '/x'"); keep the reason only.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/, \w+ '.*'$/, '');
    throw new PortalError(`Cannot read the changelog ${file}`, 2, [`${file}: cannot be read (${reason})`]);
  }
  const result = parseChangelog(markdown, file);
  if (result.problems.length > 0) {
    throw new PortalError(
      `The changelog ${file} cannot be used`,
      2,
      result.problems.map((problem) => `${file}:${problem.line}: ${problem.message}`),
    );
  }
  return result;
}

/**
 * Reads and parses a changelog file, tolerantly: see {@link readChangelog},
 * whose findings this drops (use `lintChangelogs` to gate on them).
 *
 * @param file - Path of the Markdown file.
 * @throws {@link PortalError} with exit code 2 when the file cannot be used.
 */
export async function loadChangelog(file: string): Promise<Changelog> {
  return (await readChangelog(file)).changelog;
}
