import path from 'node:path';

/**
 * Source paths in coverage reports are often absolute paths of the CI
 * machine. Inside `rootDir` they become relative, so runs from different
 * checkouts name the same file the same way; outside it they are kept.
 */
export function normalizeSourcePath(file: string, rootDir: string): string {
  const slashed = file.replace(/\\/g, '/');
  if (!path.isAbsolute(file)) return slashed.replace(/^\.\//, '');
  const relative = path.relative(rootDir, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : slashed;
}
