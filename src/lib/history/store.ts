import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, type Stats } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import type * as z from 'zod';
import { PortalError } from '../errors.js';
import { InputProblems, MAX_RESULT_FILE_BYTES, assertFileSize, parseResultJson, validateJson } from '../results/index.js';
import {
  HISTORY_SCHEMA_VERSION,
  SUITE_NAME_PATTERN,
  benchHistoryFileSchema,
  coverageHistoryFileSchema,
  type BenchHistoryFile,
  type BenchRun,
  type CoverageHistoryFile,
  type CoverageRun,
  type HistoryKind,
} from './schema.js';
import { displayPath } from '../core/files.js';

/** Name of the lock directory proper-lockfile creates inside the history directory while an ingest writes. */
export const LOCK_NAME = '.lock';

/** Path of one suite's history file. */
export function historyFilePath(historyDir: string, kind: HistoryKind, suite: string): string {
  return path.join(historyDir, kind, `${suite}.json`);
}

/**
 * Checks a suite name (it becomes a file name).
 *
 * @throws {@link PortalError} (exit 2) when it is not lowercase letters, digits, `.`, `_`, `-`.
 */
export function assertSuiteName(suite: string): void {
  if (!SUITE_NAME_PATTERN.test(suite)) {
    throw new PortalError(`Invalid suite name ${JSON.stringify(suite)}`, 2, [
      '--suite: expected lowercase letters, digits, ".", "_" and "-", starting with a letter or digit (it becomes a file name)',
    ]);
  }
}

/** A suite name derived from a result file's name: `results/Vitest Bench.json` → `vitest-bench`. */
export function suiteFromFileName(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 100);
  return slug || 'default';
}

/** `lstat` (or `stat`, following links), or undefined when nothing is there. */
function statOrNothing(file: string, follow = false): Stats | undefined {
  try {
    return follow ? statSync(file) : lstatSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new PortalError(`The history store is not usable`, 2, [`${displayPath(file)}: a part of this path is a file, expected directories`]);
    throw error;
  }
}

/**
 * Checks the shape of the store before it is read or written: the history
 * directory and `<dir>/<kind>/` are directories (or absent), and `.lock` is
 * the directory proper-lockfile makes (or absent). A store of the wrong shape
 * failed with EISDIR/ENOTDIR/EEXIST stack traces, the `.lock` file after a 52 s
 * retry loop (issue 22).
 *
 * @throws {@link PortalError} (exit 2) naming the path and what was expected.
 */
function assertStoreShape(historyDir: string, kind: HistoryKind): void {
  const summary = `The history store ${displayPath(historyDir)} is not usable`;
  const root = statOrNothing(historyDir, true);
  if (root && !root.isDirectory()) {
    throw new PortalError(summary, 2, [`${displayPath(historyDir)}: is a file, expected the history directory`]);
  }
  const kindDir = path.join(historyDir, kind);
  const kindStat = root ? statOrNothing(kindDir, true) : undefined;
  if (kindStat && !kindStat.isDirectory()) {
    throw new PortalError(summary, 2, [`${displayPath(kindDir)}: is a file, expected a directory of ${kind} suite files (<suite>.json)`]);
  }
  const lock = root ? statOrNothing(path.join(historyDir, LOCK_NAME)) : undefined;
  if (lock && !lock.isDirectory()) {
    throw new PortalError(summary, 2, [
      `${displayPath(path.join(historyDir, LOCK_NAME))}: is a file, expected nothing or the lock directory an ingest makes while it writes; delete the file`,
    ]);
  }
}

/** Reads every suite of one kind from the store; a missing store has no suites. */
function loadKind<T extends { suite: string }>(historyDir: string, kind: HistoryKind, schema: z.ZodType<T>): T[] {
  assertStoreShape(historyDir, kind);
  const dir = path.join(historyDir, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readHistoryFile(path.join(dir, name), kind, schema));
}

/**
 * Reads and validates one history file.
 *
 * @throws {@link PortalError} (exit 2) naming the file and the JSON pointer when it is corrupt or from a newer Portico.
 */
function readHistoryFile<T extends { suite: string }>(file: string, kind: HistoryKind, schema: z.ZodType<T>): T {
  const shown = displayPath(file);
  const summary = `The ${kind} history file ${shown} is not usable`;
  if (!statSync(file).isFile()) throw new PortalError(summary, 2, [`${shown}: is a directory, expected a ${kind} suite file`]);
  assertFileSize(file, shown, MAX_RESULT_FILE_BYTES, `a ${kind} history file`);
  const json = parseResultJson({ file, shown, text: readFileSync(file, 'utf8') }, summary);
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > HISTORY_SCHEMA_VERSION) {
    throw new PortalError(summary, 2, [
      `${shown}#/schemaVersion: got ${version}, expected ${HISTORY_SCHEMA_VERSION}: the file was written by a newer Portico; upgrade Portico to read it`,
    ]);
  }
  const problems = new InputProblems(shown);
  const data = validateJson(schema, json, problems);
  problems.throwIfAny(summary);
  const expectedSuite = path.basename(file, '.json');
  if (data!.suite !== expectedSuite) {
    throw new PortalError(summary, 2, [`${shown}#/suite: got ${JSON.stringify(data!.suite)}, expected ${JSON.stringify(expectedSuite)} (the file name)`]);
  }
  return data!;
}

/** One benchmark suite of the store, or undefined when it has no file; reads only that file. */
export function loadBenchSuite(historyDir: string, suite: string): BenchHistoryFile | undefined {
  assertStoreShape(historyDir, 'bench');
  const file = historyFilePath(historyDir, 'bench', suite);
  return existsSync(file) ? readHistoryFile(file, 'bench', benchHistoryFileSchema) : undefined;
}

/** Every benchmark suite in the store, runs sorted by date. */
export function loadBenchHistory(historyDir: string): BenchHistoryFile[] {
  return loadKind(historyDir, 'bench', benchHistoryFileSchema);
}

/** Every coverage suite in the store, runs sorted by date. */
export function loadCoverageHistory(historyDir: string): CoverageHistoryFile[] {
  return loadKind(historyDir, 'coverage', coverageHistoryFileSchema);
}

/** What an append did. */
export interface AppendOutcome<R> {
  /** `added`: the run is new; `unchanged`: a run with the same identity was already stored, nothing was written. */
  status: 'added' | 'unchanged';
  /** The stored run (the earlier one when unchanged). */
  run: R;
  /** The suite's history file. */
  file: string;
  /** Runs in the suite after the append. */
  runCount: number;
}

/**
 * Checks a new run against the suite's stored runs before anything is
 * written; returns one problem line per conflict (empty when it fits).
 */
export type RunConflictCheck<R> = (existing: readonly R[], run: R) => string[];

/**
 * Appends a benchmark run to its suite, under the store's lock. Idempotent:
 * a run whose id is already stored is not written again.
 */
export function appendBenchRun(historyDir: string, suite: string, run: BenchRun, check?: RunConflictCheck<BenchRun>, note?: string): Promise<AppendOutcome<BenchRun>> {
  return appendRun(historyDir, 'bench', suite, run, benchHistoryFileSchema, check, note);
}

/** Appends a coverage run to its suite; see {@link appendBenchRun}. */
export function appendCoverageRun(historyDir: string, suite: string, run: CoverageRun, check?: RunConflictCheck<CoverageRun>, note?: string): Promise<AppendOutcome<CoverageRun>> {
  return appendRun(historyDir, 'coverage', suite, run, coverageHistoryFileSchema, check, note);
}

async function appendRun<R extends { id: string; date: string }, F extends { suite: string; runs: R[]; note?: string }>(
  historyDir: string,
  kind: HistoryKind,
  suite: string,
  run: R,
  schema: z.ZodType<F>,
  check: RunConflictCheck<R> | undefined,
  note: string | undefined,
): Promise<AppendOutcome<R>> {
  assertSuiteName(suite);
  const file = historyFilePath(historyDir, kind, suite);
  // Everything that can be rejected without the store was rejected by the
  // caller; from here on only the store itself can fail the ingest.
  assertStoreShape(historyDir, kind);
  mkdirSync(path.dirname(file), { recursive: true });
  const release = await acquireStoreLock(historyDir);
  try {
    removeStaleTemporaryFiles(path.dirname(file));
    const current = existsSync(file) ? readHistoryFile(file, kind, schema) : undefined;
    const runs = current?.runs ?? [];
    const stored = runs.find((candidate) => candidate.id === run.id);
    if (stored) return { status: 'unchanged', run: stored, file, runCount: runs.length };
    const conflicts = check?.(runs, run) ?? [];
    if (conflicts.length > 0) {
      throw new PortalError(`The run does not fit the ${kind} history of suite "${suite}"; nothing was stored`, 2, conflicts);
    }
    const next = [...runs];
    // Runs stay sorted by date; among equal dates the one ingested later comes last.
    const at = next.findIndex((candidate) => candidate.date > run.date);
    next.splice(at === -1 ? next.length : at, 0, run);
    await writeFileAtomic(file, serializeHistory({ kind, suite, note: current?.note ?? note, runs: next }), { fsync: true });
    return { status: 'added', run, file, runCount: next.length };
  } finally {
    await release();
  }
}

/** How old a temporary file must be before an ingest removes it. */
const STALE_TEMPORARY_MS = 60_000;

/**
 * Removes the temporary files (`<suite>.json.<digits>`, write-file-atomic's
 * names) that an ingest killed mid-write left behind. Called under the store
 * lock, so no other ingest is writing; a file younger than a minute is kept
 * anyway, in case a writer whose lock went stale is still about to rename it.
 * Readers never see these files: they read `*.json` only.
 */
function removeStaleTemporaryFiles(dir: string, now: number = Date.now()): void {
  for (const name of readdirSync(dir)) {
    if (!/^.+\.json\.\d+$/.test(name)) continue;
    const file = path.join(dir, name);
    const stats = statOrNothing(file);
    if (!stats?.isFile() || now - stats.mtimeMs < STALE_TEMPORARY_MS) continue;
    try {
      unlinkSync(file);
    } catch {
      // Another ingest removed it first: nothing to do.
    }
  }
}

/**
 * Takes the store's inter-process lock (proper-lockfile: an atomic `mkdir`
 * of `<historyDir>/.lock`, refreshed while held, considered stale after 10 s
 * so a crashed ingest cannot block the store forever).
 */
async function acquireStoreLock(historyDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(historyDir, {
      lockfilePath: path.join(historyDir, LOCK_NAME),
      realpath: false,
      stale: 10_000,
      // Concurrent CI jobs wait their turn: up to ~30 s in total.
      retries: { retries: 60, factor: 1.3, minTimeout: 25, maxTimeout: 1_000, randomize: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new PortalError(`The history store ${displayPath(historyDir)} is locked by another ingest`, 2, [
        `${displayPath(path.join(historyDir, LOCK_NAME))}: still held after 30 s; if no ingest is running, delete it`,
      ]);
    }
    throw error;
  }
}

/**
 * Serialises a history file with one run per line, so a new run is a
 * one-line diff in version control and files stay compact at 10,000 runs.
 */
export function serializeHistory(file: { kind: HistoryKind; suite: string; note?: string; runs: readonly unknown[] }): string {
  const header = [
    `  "schemaVersion": ${HISTORY_SCHEMA_VERSION}`,
    `  "kind": ${JSON.stringify(file.kind)}`,
    `  "suite": ${JSON.stringify(file.suite)}`,
    ...(file.note ? [`  "note": ${JSON.stringify(file.note)}`] : []),
  ];
  const runs = file.runs.length === 0 ? '[]' : `[\n${file.runs.map((run) => `    ${JSON.stringify(run)}`).join(',\n')}\n  ]`;
  return `{\n${header.join(',\n')},\n  "runs": ${runs}\n}\n`;
}
