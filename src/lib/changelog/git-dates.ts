import { execFile } from 'node:child_process';
import path from 'node:path';
import { UNRELEASED, type Changelog, type Release } from './model.js';

/** Commit of a line that git blame reports for lines not committed yet. */
const UNCOMMITTED = '0'.repeat(40);

interface BlamedLine {
  commit: string;
  /** YYYY-MM-DD in the committer's time zone. */
  date: string;
  /** True for a commit blame could not look past: a root commit, or the cut of a shallow clone. */
  boundary: boolean;
}

/** What running git gave: the lines it blamed, or why it could not. */
type BlameResult = { lines: Map<number, BlamedLine> } | { reason: string };

/**
 * Dates the releases whose heading has no date with the date of the commit
 * that added the heading to the file: one `git blame --porcelain -w` call per
 * file, limited to the heading lines (`-L n,n` each), committer date in the
 * committer's time zone. Releases stay undated, and `undatedReason` says why,
 * when the file is not in a git repository (or not committed), when a heading
 * is not committed yet, or when the clone is too shallow to see the commit.
 *
 * @param changelog - A parsed changelog; it is not modified.
 * @returns A copy whose undated releases carry `date` and `dateSource: 'git'` where git knows.
 */
export async function addGitDates(changelog: Changelog): Promise<Changelog> {
  const undated = changelog.releases.filter((release) => !release.date && release.version !== UNRELEASED);
  if (undated.length === 0) return changelog;
  const blame = await blameLines(changelog.file, undated.map((release) => release.line));
  if ('reason' in blame) return { ...changelog, undatedReason: blame.reason };

  const reasons = new Set<string>();
  let shallow: boolean | undefined;
  const dated = new Map<Release, string>();
  for (const release of undated) {
    const line = blame.lines.get(release.line);
    if (!line || line.commit === UNCOMMITTED) {
      reasons.add('their headings are not committed yet');
      continue;
    }
    if (line.boundary) {
      shallow ??= await isShallowRepository(path.dirname(changelog.file));
      if (shallow) {
        reasons.add('the git clone is shallow, so the commits that added their headings are not in it (run git fetch --unshallow)');
        continue;
      }
    }
    dated.set(release, line.date);
  }
  const releases = changelog.releases.map((release) => {
    const date = dated.get(release);
    return date ? { ...release, date, dateSource: 'git' as const } : release;
  });
  const result: Changelog = { ...changelog, releases };
  if (reasons.size > 0) result.undatedReason = [...reasons].join('; ');
  return result;
}

async function blameLines(file: string, lines: readonly number[]): Promise<BlameResult> {
  const args = ['blame', '--porcelain', '-w', ...[...new Set(lines)].flatMap((line) => ['-L', `${line},${line}`]), '--', path.basename(file)];
  let stdout: string;
  try {
    stdout = await run(args, path.dirname(file));
  } catch (error) {
    const { code, stderr } = error as { code?: string | number; stderr?: string };
    if (code === 'ENOENT') return { reason: 'git is not installed, so the commits that added their headings cannot be looked up' };
    if (/not a git repository/i.test(stderr ?? '')) return { reason: `${path.basename(file)} is not in a git repository` };
    if (/no such path|does not exist|no such ref|bad revision/i.test(stderr ?? '')) return { reason: `${path.basename(file)} is not committed to its git repository yet` };
    return { reason: `git blame failed: ${(stderr ?? String(error)).trim().split('\n')[0]}` };
  }
  return { lines: parsePorcelain(stdout) };
}

/** Reads `git blame --porcelain`: a header per line group, commit details the first time a commit appears. */
function parsePorcelain(output: string): Map<number, BlamedLine> {
  const commits = new Map<string, { time?: number; tz?: string; boundary: boolean }>();
  const lines = new Map<number, BlamedLine>();
  let commit: string | undefined;
  let finalLine = 0;
  for (const text of output.split('\n')) {
    const header = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/.exec(text);
    if (header) {
      commit = header[1]!;
      finalLine = Number(header[2]);
      if (!commits.has(commit)) commits.set(commit, { boundary: false });
      continue;
    }
    if (!commit) continue;
    const details = commits.get(commit)!;
    if (text.startsWith('committer-time ')) details.time = Number(text.slice('committer-time '.length));
    else if (text.startsWith('committer-tz ')) details.tz = text.slice('committer-tz '.length);
    else if (text === 'boundary') details.boundary = true;
    else if (text.startsWith('\t')) {
      lines.set(finalLine, { commit, date: localDate(details.time ?? 0, details.tz ?? '+0000'), boundary: details.boundary });
    }
  }
  return lines;
}

/** The calendar date of a Unix time in a `+0200`-style zone. */
function localDate(seconds: number, tz: string): string {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(tz);
  const offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date((seconds + offset * 60) * 1000).toISOString().slice(0, 10);
}

async function isShallowRepository(cwd: string): Promise<boolean> {
  try {
    return (await run(['rev-parse', '--is-shallow-repository'], cwd)).trim() === 'true';
  } catch {
    return false;
  }
}

function run(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr }));
      else resolve(stdout);
    });
  });
}
