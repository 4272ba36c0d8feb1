import { readFile } from 'node:fs/promises';
import { PortalError } from '../errors.js';
import type { Changelog } from './model.js';
import { parseChangelog } from './parse.js';

/**
 * Reads and parses a changelog file, failing on any problem: the portal never
 * publishes a changelog it could only half read.
 *
 * @param file - Path of the Markdown file; problems name it as given.
 * @returns The parsed changelog (see {@link parseChangelog}); `detectChangelogStyle(changelog.releases)` gives the reason for its style.
 * @throws {@link PortalError} with exit code 2 when the file cannot be read
 * (`file: cannot be read (…)`) or has problems, one `file:line: message` line each.
 */
export async function loadChangelog(file: string): Promise<Changelog> {
  let markdown: string;
  try {
    markdown = await readFile(file, 'utf8');
  } catch (error) {
    // Node's message repeats the path ("ENOENT: no such file or directory, open '/x'"); keep the reason only.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/, \w+ '.*'$/, '');
    throw new PortalError(`Cannot read the changelog ${file}`, 2, [`${file}: cannot be read (${reason})`]);
  }
  const result = parseChangelog(markdown, file);
  if (result.problems.length > 0) {
    const count = result.problems.length;
    throw new PortalError(
      `The changelog ${file} has ${count} problem${count === 1 ? '' : 's'}`,
      2,
      result.problems.map((problem) => `${file}:${problem.line}: ${problem.message}`),
    );
  }
  return result.changelog;
}
