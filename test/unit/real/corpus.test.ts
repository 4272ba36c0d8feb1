import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { countReleases } from '../../fixtures/real/changelogs/count-versions.mjs';

// The real-input corpus stays what its READMEs say it is: every third-party file is listed
// in SHA256SUMS with the hash of the bytes as published, nothing else slips in, and the
// whole corpus stays small enough to commit.
const CORPUS = path.join(REPO_ROOT, 'test/fixtures/real');

/** Files that are ours (descriptions, expectations, configuration), not copies of third-party inputs. */
const OURS = [/(^|\/)README\.md$/, /(^|\/)EXPECTED\.json$/, /(^|\/)portal\.config\.ts$/, /(^|\/)tsconfig\.json$/, /\.mjs$/, /^results\/sample-project\//, /^SHA256SUMS$/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(CORPUS, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('real-input corpus', () => {
  const listed = new Map(
    readFileSync(path.join(CORPUS, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [hash, file] = line.split(/\s+/, 2) as [string, string];
        return [file, hash];
      }),
  );
  const files = filesUnder(CORPUS);

  it('lists every third-party file in SHA256SUMS, and nothing that is not there', () => {
    expect(files.filter((file) => !OURS.some((pattern) => pattern.test(file)))).toEqual([...listed.keys()].sort());
  });

  it('holds each listed file byte for byte as published', () => {
    const changed = [...listed].filter(([file, hash]) => createHash('sha256').update(readFileSync(path.join(CORPUS, file))).digest('hex') !== hash);
    expect(changed.map(([file]) => file)).toEqual([]);
  });

  it('stays under 3 MB', () => {
    const bytes = files.reduce((sum, file) => sum + statSync(path.join(CORPUS, file)).size, 0);
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  });

  it('changelogs/EXPECTED.json is what count-versions.mjs derives from the files', () => {
    const expected = JSON.parse(readFileSync(path.join(CORPUS, 'changelogs/EXPECTED.json'), 'utf8')) as Record<string, { releases: number; versions: string[]; unreleased: number }>;
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(8);
    for (const [file, want] of Object.entries(expected)) {
      const counted = countReleases(readFileSync(path.join(CORPUS, 'changelogs', file), 'utf8'), { apollo: file.startsWith('apollo-client') });
      expect({ file, releases: counted.versions.length, versions: counted.versions, unreleased: counted.unreleased }).toEqual({
        file,
        releases: want.releases,
        versions: want.versions,
        unreleased: want.unreleased,
      });
    }
  });
});
