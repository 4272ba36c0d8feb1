import type { ReflectionKindName } from './kinds.js';

/** Documented symbols out of all counted ones. */
export interface DocCoverageCount {
  /** Symbols with documentation. */
  documented: number;
  /** Symbols counted. */
  total: number;
  /** `documented / total` in percent, unrounded; 100 when nothing is counted. */
  percent: number;
}

/** One counted symbol (a declaration, or one signature of a function, method, constructor or accessor). */
export interface DocCoverageSymbol {
  /** Qualified name, e.g. `TaskClient.getTask` or `Geometry.Nested.twice`. */
  name: string;
  /** Kind it is counted under, e.g. `Method` for a method's signature. */
  kind: ReflectionKindName;
  /** TypeDoc's kind of the counted reflection, e.g. `CallSignature`. */
  reflectionKind: ReflectionKindName;
  /** Whether it has a summary or a block tag, its own or inherited. */
  documented: boolean;
  /** Declaring file, relative to the project root, `/`-separated. */
  file: string | null;
  /** 1-based line of the declaration. */
  line: number | null;
  /** Its API page relative to the package's reference root, e.g. `classes/TaskClient.md#gettask`. */
  page: string | null;
  /** Absolute URL of that page on the site, when the site is known. */
  url: string | null;
  /** Link to the declaration in the repository, when the repository is known. */
  sourceUrl: string | null;
}

/** Coverage of one API package. */
export interface PackageDocCoverage {
  /** URL segment of the package's reference, e.g. `task-client`. */
  name: string;
  /** Display name, e.g. `@example/task-client`. */
  title: string;
  /** Entry points, relative to the project root. */
  entryPoints: string[];
  /** All counted symbols of the package. */
  totals: DocCoverageCount;
  /** Counts per counted kind, keys sorted. */
  byKind: Partial<Record<ReflectionKindName, DocCoverageCount>>;
  /** Every counted symbol, sorted by file, line and name. */
  symbols: DocCoverageSymbol[];
}

/** Coverage of every package of a run, and the threshold it is judged against. */
export interface DocCoverageReport {
  /** Kinds that were counted. */
  kinds: ReflectionKindName[];
  /** One entry per package, in configuration order. */
  packages: PackageDocCoverage[];
  /** Sums over all packages. */
  totals: DocCoverageCount;
  /** Minimum percent each package must reach. */
  threshold: number;
  /** When the run was limited to files changed since a git ref: the ref and those files. */
  changedSince?: ChangedFilesScope;
}

/** The part of a project a `--changed-since` run looked at. */
export interface ChangedFilesScope {
  /** The git ref changes were counted from, e.g. `origin/main`. */
  ref: string;
  /** Files changed since then, relative to the project root, sorted. */
  files: string[];
}

/** An undocumented symbol in the combined list of a run, with the package it belongs to. */
export interface ListedSymbol extends DocCoverageSymbol {
  /** Name of the package the symbol belongs to. */
  package: string;
}

/** Whether a report meets its threshold, and which packages do not. */
export interface DocCoverageVerdict {
  /** True when every package reaches the threshold. */
  passed: boolean;
  /** Packages below the threshold. */
  failing: PackageDocCoverage[];
  /** Every undocumented symbol of every package, sorted. */
  undocumented: ListedSymbol[];
}

/** Counts the documented symbols of a list. */
export function countOf(symbols: readonly Pick<DocCoverageSymbol, 'documented'>[]): DocCoverageCount {
  const documented = symbols.filter((symbol) => symbol.documented).length;
  return { documented, total: symbols.length, percent: symbols.length === 0 ? 100 : (documented * 100) / symbols.length };
}

/**
 * True when `count` reaches `threshold` percent. Compared in integers, so
 * 199 of 200 is below 99.5 only if it really is, whatever the float rounding.
 */
export function meetsThreshold(count: DocCoverageCount, threshold: number): boolean {
  return count.documented * 100 >= threshold * count.total - 1e-9;
}

/** Assembles the report of a run from its packages. */
export function buildDocCoverageReport(
  packages: PackageDocCoverage[],
  options: { kinds: readonly ReflectionKindName[]; threshold: number; changedSince?: ChangedFilesScope },
): DocCoverageReport {
  return {
    kinds: [...options.kinds],
    packages,
    totals: countOf(packages.flatMap((pkg) => pkg.symbols)),
    threshold: options.threshold,
    ...(options.changedSince ? { changedSince: options.changedSince } : {}),
  };
}

/** Judges a report: every package must reach the threshold on its own. */
export function evaluateDocCoverage(report: DocCoverageReport): DocCoverageVerdict {
  const failing = report.packages.filter((pkg) => !meetsThreshold(pkg.totals, report.threshold));
  const undocumented = report.packages
    .flatMap((pkg) => pkg.symbols.filter((symbol) => !symbol.documented).map((symbol) => ({ ...symbol, package: pkg.name })))
    .sort(compareListed);
  return { passed: failing.length === 0, failing, undocumented };
}

/**
 * Keeps only symbols declared in the given files (relative to the project
 * root) and recounts: the view `--changed-since` judges, at 100%.
 */
export function limitToFiles(report: DocCoverageReport, ref: string, files: readonly string[]): DocCoverageReport {
  const wanted = new Set(files);
  const packages = report.packages.map((pkg) => {
    const symbols = pkg.symbols.filter((symbol) => symbol.file !== null && wanted.has(symbol.file));
    const kinds = [...new Set(symbols.map((symbol) => symbol.kind))].sort();
    return {
      ...pkg,
      symbols,
      totals: countOf(symbols),
      byKind: Object.fromEntries(kinds.map((kind) => [kind, countOf(symbols.filter((symbol) => symbol.kind === kind))])),
    };
  });
  return buildDocCoverageReport(packages, { kinds: report.kinds, threshold: 100, changedSince: { ref, files: [...files].sort() } });
}

/**
 * A percentage for display, rounded down to one decimal so a failing run
 * never shows `100.0%`.
 */
export function formatPercent(percent: number): string {
  return `${(Math.floor(percent * 10 + 1e-9) / 10).toFixed(1)}%`;
}

/** By file, then line, then name: the order of the undocumented list. */
export function compareSymbols(a: DocCoverageSymbol, b: DocCoverageSymbol): number {
  // Code-point order, not locale order, so the list is the same on every machine.
  return (
    compareText(a.file ?? '\uffff', b.file ?? '\uffff') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.name, b.name) ||
    compareText(a.kind, b.kind)
  );
}

function compareListed(a: ListedSymbol, b: ListedSymbol): number {
  return compareSymbols(a, b) || compareText(a.package, b.package);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
