import * as z from 'zod';
import { REFLECTION_KIND_NAMES, type ReflectionKindName } from './kinds.js';
import {
  evaluateDocCoverage,
  meetsThreshold,
  type ChangedFilesScope,
  type DocCoverageCount,
  type DocCoverageReport,
  type DocCoverageSymbol,
} from './report.js';
import { formatZodIssue } from '../core/zod-issues.js';

/** Version of the JSON report's shape; bumped on any incompatible change. */
export const DOC_COVERAGE_SCHEMA_VERSION = 1;

/** One package in the JSON report. */
export interface DocCoverageJsonPackage {
  /** URL segment of the package's reference, e.g. `task-client`. */
  name: string;
  /** Display name, e.g. `@example/task-client`. */
  title: string;
  /** Entry points, relative to the project root. */
  entryPoints: string[];
  /** Whether the package reaches the threshold. */
  passed: boolean;
  /** All counted symbols of the package. */
  totals: DocCoverageCount;
  /** Counts per counted kind. */
  byKind: Partial<Record<ReflectionKindName, DocCoverageCount>>;
  /** Every counted symbol, documented or not, sorted by file, line and name. */
  symbols: DocCoverageSymbol[];
}

/**
 * The `--json` report of `portal doc-coverage` (and `doc-coverage.json` of
 * the site build). Paths are relative to the project root; `percent` is
 * unrounded. The API reference docs page describes every field.
 */
export interface DocCoverageJson {
  /** Always {@link DOC_COVERAGE_SCHEMA_VERSION}. */
  schemaVersion: typeof DOC_COVERAGE_SCHEMA_VERSION;
  /** The tool that wrote the report. */
  generator: 'portico doc-coverage';
  /** Minimum percent each package must reach (100 for `--changed-since`). */
  threshold: number;
  /** True when every package reaches the threshold. */
  passed: boolean;
  /** Reflection kinds that were counted. */
  kinds: ReflectionKindName[];
  /** Sums over all packages. */
  totals: DocCoverageCount;
  /** Set when only files changed since a git ref were checked. */
  changedSince: ChangedFilesScope | null;
  /** One entry per package, in configuration order. */
  packages: DocCoverageJsonPackage[];
}

const kindName = z.enum(REFLECTION_KIND_NAMES);

const countSchema = z.strictObject({
  documented: z.number().int().min(0),
  total: z.number().int().min(0),
  percent: z.number().min(0).max(100),
});

const symbolSchema = z.strictObject({
  name: z.string(),
  kind: kindName,
  reflectionKind: kindName,
  documented: z.boolean(),
  file: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  page: z.string().nullable(),
  url: z.string().nullable(),
  sourceUrl: z.string().nullable(),
});

/**
 * Validates a JSON report read back from disk (the build's cache, CI
 * artifacts). Internal: typed through {@link DocCoverageJson}.
 */
export const docCoverageJsonSchema: z.ZodType<DocCoverageJson> = z.strictObject({
  schemaVersion: z.literal(DOC_COVERAGE_SCHEMA_VERSION),
  generator: z.literal('portico doc-coverage'),
  threshold: z.number().min(0).max(100),
  passed: z.boolean(),
  kinds: z.array(kindName),
  totals: countSchema,
  changedSince: z.strictObject({ ref: z.string(), files: z.array(z.string()) }).nullable(),
  packages: z.array(
    z.strictObject({
      name: z.string(),
      title: z.string(),
      entryPoints: z.array(z.string()),
      passed: z.boolean(),
      totals: countSchema,
      byKind: z.partialRecord(kindName, countSchema),
      symbols: z.array(symbolSchema),
    }),
  ),
});

/** The report as the versioned JSON document `--json` writes. */
export function toDocCoverageJson(report: DocCoverageReport): DocCoverageJson {
  const verdict = evaluateDocCoverage(report);
  return {
    schemaVersion: DOC_COVERAGE_SCHEMA_VERSION,
    generator: 'portico doc-coverage',
    threshold: report.threshold,
    passed: verdict.passed,
    kinds: report.kinds,
    totals: report.totals,
    changedSince: report.changedSince ?? null,
    packages: report.packages.map((pkg) => ({
      name: pkg.name,
      title: pkg.title,
      entryPoints: pkg.entryPoints,
      passed: meetsThreshold(pkg.totals, report.threshold),
      totals: pkg.totals,
      byKind: pkg.byKind,
      symbols: pkg.symbols,
    })),
  };
}

/** The outcome of {@link parseDocCoverageJson}. */
export type ParsedDocCoverageJson =
  | {
      /** The value is a report. */
      ok: true;
      /** The report it holds. */
      report: DocCoverageReport;
    }
  | {
      /** The value is not a report. */
      ok: false;
      /** What does not match the schema, one line per problem. */
      problems: string[];
    };

/** Reads a JSON report back into a report, or says why it is not one. */
export function parseDocCoverageJson(value: unknown): ParsedDocCoverageJson {
  const result = docCoverageJsonSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => formatZodIssue(issue, { schema: docCoverageJsonSchema })) };
  }
  const json = result.data;
  return {
    ok: true,
    report: {
      kinds: json.kinds,
      threshold: json.threshold,
      totals: json.totals,
      ...(json.changedSince ? { changedSince: json.changedSince } : {}),
      packages: json.packages.map(({ passed: _passed, ...pkg }) => pkg),
    },
  };
}
