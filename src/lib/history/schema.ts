import * as z from 'zod';
import { BENCH_FORMATS, COVERAGE_FORMATS } from './formats.js';

/**
 * The on-disk shape of the history store. One JSON file per suite and kind:
 * `<historyDir>/bench/<suite>.json` and `<historyDir>/coverage/<suite>.json`,
 * each `{ schemaVersion, kind, suite, note?, runs[] }` with runs sorted by
 * date. Bump {@link HISTORY_SCHEMA_VERSION} on any incompatible change.
 */
export const HISTORY_SCHEMA_VERSION = 1;

/** Suite names become file names: lowercase letters, digits, `.`, `_` and `-`. */
export const SUITE_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

const suiteName = z.string().regex(SUITE_NAME_PATTERN, { error: 'a suite name of lowercase letters, digits, ".", "_" and "-"' });
const isoDate = z.iso.datetime({ offset: false, error: 'an ISO 8601 UTC date such as "2026-11-20T14:05:42.000Z"' });
const positiveOrZero = z.number({ error: 'a number' }).min(0, { error: 'a number of zero or more' });

const runBase = {
  /** Run identity: a hash of kind, suite, commit, explicit date and content (see `runIdentity`). */
  id: z.string().regex(/^[0-9a-f]{16}$/, { error: 'a 16-digit hex run id' }),
  /** When the run happened (UTC). */
  date: isoDate,
  /** Commit the run measured. */
  commit: z.string().optional(),
  /** Branch the run measured. */
  branch: z.string().optional(),
  /** File name the run was ingested from, for reference only. */
  source: z.string().optional(),
  /**
   * SHA-256 of the ingested file's bytes: `portal ingest` with no file skips a configured
   * result file whose hash a stored run already has. Absent in runs stored before it was kept.
   */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'a 64-digit hex SHA-256' }).optional(),
};

/** One benchmark series value in a stored run. */
export const storedBenchResultSchema = z.strictObject({
  /** Series name, unique within the run. */
  name: z.string().min(1),
  /** Value in `unit`. */
  value: positiveOrZero,
  /** Canonical unit: `ns`, `ops/s`, `B`, `%`, or the tool's label for counts. */
  unit: z.string().min(1),
  /** What the unit measures: `time`, `rate`, `size`, `percent` or `count`. */
  dimension: z.enum(['time', 'rate', 'size', 'percent', 'count']),
  /** Which way is better: `smaller` or `bigger`. */
  direction: z.enum(['smaller', 'bigger']),
  /** Spread reported by the tool, in percent of the value. */
  spread: z
    .strictObject({
      /** `rme` (relative margin of error), `stddev` or `range`. */
      kind: z.enum(['rme', 'stddev', 'range']),
      /** The spread in percent of the value. */
      percent: positiveOrZero,
    })
    .optional(),
  /** Samples or iterations behind the value. */
  samples: positiveOrZero.optional(),
});

/** One stored benchmark run. */
export const benchRunSchema = z.strictObject({
  ...runBase,
  /** Format the run was read from. */
  format: z.enum(BENCH_FORMATS),
  /** One entry per series, in the order of the result file. */
  results: z.array(storedBenchResultSchema),
});

const countSchema = z.strictObject({
  /** Items executed at least once. */
  covered: z.number().int().min(0),
  /** Items that could be executed. */
  total: z.number().int().min(0),
});
const countsShape = {
  /** Line counts, when the format has them. */
  lines: countSchema.optional(),
  /** Statement counts (Istanbul only). */
  statements: countSchema.optional(),
  /** Function counts, when the format has them. */
  functions: countSchema.optional(),
  /** Branch counts, when the format has them. */
  branches: countSchema.optional(),
};

/** One stored coverage run. */
export const coverageRunSchema = z.strictObject({
  ...runBase,
  /** Format the run was read from. */
  format: z.enum(COVERAGE_FORMATS),
  /** Totals over all files. */
  totals: z.strictObject(countsShape),
  /** Per-file counts, sorted by path. */
  files: z.array(
    z.strictObject({
      /** Source path, relative to the project root when it was inside it. */
      path: z.string(),
      ...countsShape,
    }),
  ),
});

const fileBase = {
  /** Version of this file's layout; a newer one is refused. */
  schemaVersion: z.literal(HISTORY_SCHEMA_VERSION, { error: `schemaVersion ${HISTORY_SCHEMA_VERSION}` }),
  /** Suite name; equals the file name without `.json`. */
  suite: suiteName,
  /** Free text shown on the dashboards, e.g. to mark sample data. */
  note: z.string().optional(),
};

/** A `bench/<suite>.json` history file. */
export const benchHistoryFileSchema = z.strictObject({
  ...fileBase,
  /** Always `bench`. */
  kind: z.literal('bench'),
  /** Runs, oldest first. */
  runs: z.array(benchRunSchema),
});

/** A `coverage/<suite>.json` history file. */
export const coverageHistoryFileSchema = z.strictObject({
  ...fileBase,
  /** Always `coverage`. */
  kind: z.literal('coverage'),
  /** Runs, oldest first. */
  runs: z.array(coverageRunSchema),
});

/** A stored benchmark run. */
export type BenchRun = z.infer<typeof benchRunSchema>;
/** A stored coverage run. */
export type CoverageRun = z.infer<typeof coverageRunSchema>;
/** The content of a `bench/<suite>.json` file. */
export type BenchHistoryFile = z.infer<typeof benchHistoryFileSchema>;
/** The content of a `coverage/<suite>.json` file. */
export type CoverageHistoryFile = z.infer<typeof coverageHistoryFileSchema>;
/** Either kind of history file. */
export type HistoryKind = 'bench' | 'coverage';
