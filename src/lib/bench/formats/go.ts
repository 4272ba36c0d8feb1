import { InputProblems, type ResultFile } from '../../results/index.js';
import type { ParsedBench } from '../model.js';
import { mean, normalizeMeasurements, stddevPercent, type RawMeasurement } from '../normalize.js';

/**
 * `go test -bench` text output:
 *
 * ```text
 * pkg: example.dev/taskid
 * BenchmarkFormat-2   	   20000	       167.3 ns/op	      23 B/op	       1 allocs/op
 * ```
 *
 * The series value is `ns/op`. The `-N` GOMAXPROCS suffix is dropped when
 * every line carries the same one (a sub-benchmark named `size-1024` with
 * GOMAXPROCS=1 keeps its name). Lines repeated by `-count N` are averaged,
 * with their standard deviation as spread, like benchstat does. When the
 * output covers several packages, names are prefixed with the package.
 */
const BENCH_LINE = /^(Benchmark\S*)\s+(\d+)\s+(.*)$/;
const PKG_LINE = /^pkg:\s+(\S+)/;
const FAIL_LINE = /^(--- FAIL: \S+|FAIL\b.*|panic: .*)/;

/** Does this text look like `go test -bench` output? */
export function looksLikeGoBench(text: string): boolean {
  return text.split(/\r?\n/).some((line) => BENCH_LINE.test(line.trim()) && /\bns\/op\b/.test(line));
}

interface GoLine {
  pkg: string;
  name: string;
  iterations: number;
  nsPerOp: number | undefined;
  line: number;
}

/** Reads `go test -bench` output. */
export function parseGoBench(input: ResultFile): ParsedBench {
  const problems = new InputProblems(input.shown);
  const lines: GoLine[] = [];
  let pkg = '';
  let failed = false;
  input.text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNumber = index + 1;
    const pkgMatch = PKG_LINE.exec(line);
    if (pkgMatch) {
      pkg = pkgMatch[1]!;
      return;
    }
    const failure = FAIL_LINE.exec(line);
    if (failure) {
      // The first failure line says it all; the FAIL summary lines after it repeat it.
      if (failed) return;
      failed = true;
      problems.atLine(lineNumber, `go test reported a failure (${JSON.stringify(failure[1])}); fix the benchmark before ingesting its results`);
      return;
    }
    const match = BENCH_LINE.exec(line);
    if (!match) return;
    const metrics = readMetrics(match[3]!);
    if (metrics === undefined) {
      problems.atLine(lineNumber, `cannot read the measurements ${JSON.stringify(match[3])}, expected "<value> <unit>" pairs such as "167.3 ns/op"`);
      return;
    }
    const nsPerOp = metrics.get('ns/op');
    if (nsPerOp === undefined) {
      problems.atLine(lineNumber, `${JSON.stringify(match[1])} has no ns/op figure (units found: ${[...metrics.keys()].join(', ') || 'none'})`);
      return;
    }
    lines.push({ pkg, name: match[1]!, iterations: Number(match[2]), nsPerOp, line: lineNumber });
  });
  if (lines.length === 0 && problems.count === 0) problems.inFile('no "BenchmarkName  N  V ns/op" lines');

  const procs = commonProcsSuffix(lines.map((l) => l.name));
  const packages = new Set(lines.map((l) => l.pkg));
  const byName = new Map<string, GoLine[]>();
  for (const line of lines) {
    const base = procs ? line.name.slice(0, -procs.length) : line.name;
    const name = packages.size > 1 && line.pkg ? `${line.pkg} ${base}` : base;
    // push, not a copy per line: copying made 20,000 repeats of one benchmark take 22 s (issue 22).
    const repeats = byName.get(name);
    if (repeats) repeats.push(line);
    else byName.set(name, [line]);
  }
  const raws: RawMeasurement[] = [...byName].map(([name, repeats]) => {
    const values = repeats.map((r) => r.nsPerOp!);
    const spread = stddevPercent(values);
    return {
      name,
      value: mean(values),
      unit: 'ns',
      direction: 'smaller',
      spread: spread !== undefined ? { kind: 'stddev', percent: spread } : undefined,
      samples: repeats.length > 1 ? repeats.length : repeats[0]!.iterations,
      place: { line: repeats[0]!.line },
    };
  });
  const { results, places } = normalizeMeasurements(raws, problems);
  problems.throwIfAny(`Cannot read benchmark results from ${input.shown} as go test -bench output`);
  return { format: 'go', results, places, meta: {} };
}

/** `167.3 ns/op  23 B/op` → {ns/op: 167.3, B/op: 23}; `undefined` when the text is not value/unit pairs. */
function readMetrics(text: string): Map<string, number> | undefined {
  const fields = text.split(/\s+/).filter(Boolean);
  if (fields.length === 0 || fields.length % 2 !== 0) return undefined;
  const metrics = new Map<string, number>();
  for (let k = 0; k < fields.length; k += 2) {
    const value = Number(fields[k]);
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(fields[k]!) && !/^(NaN|[-+]?Inf)$/.test(fields[k]!)) return undefined;
    metrics.set(fields[k + 1]!, value);
  }
  return metrics;
}

/** The `-N` suffix shared by every name, or `''` when names do not all carry the same one. */
function commonProcsSuffix(names: readonly string[]): string {
  const suffixes = names.map((name) => /-\d+$/.exec(name)?.[0]);
  const first = suffixes[0];
  return first && suffixes.every((s) => s === first) ? first : '';
}
