import path from 'node:path';

/**
 * `results/x.json` when `file` is inside `cwd` (with `/` between folders, so
 * messages are the same on every system and stay clickable), else the absolute path.
 */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}
