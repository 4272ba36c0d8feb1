import { InputProblems, type ResultFile } from '../../results/index.js';
import type { ParsedBench } from '../model.js';
import { normalizeMeasurements, type RawMeasurement } from '../normalize.js';

/**
 * Benchmark.js console output: one line per benchmark as `String(bench)`
 * prints it in the suite's `cycle` handler,
 * `name x 1,234 ops/sec ±0.52% (95 runs sampled)`. Other lines (`Fastest
 * is …`, logs) are ignored; a line that starts like a result but does not
 * finish like one is an error, as is an errored benchmark (`name: Error …`
 * is printed instead, which this parser cannot tell from a log line, so it
 * is ignored).
 */
const RESULT_LINE = /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec [±](\d+(?:\.\d+)?)% \((\d+) runs? sampled\)$/;
/** Looser form, to catch results whose numbers are broken (`x NaN ops/sec`). */
const LOOKS_LIKE_RESULT = /^(.+?) x (\S+) ops\/sec\b/;

/** Does this text look like Benchmark.js output? */
export function looksLikeBenchmarkJs(text: string): boolean {
  return text.split(/\r?\n/).some((line) => RESULT_LINE.test(line.trim()) || LOOKS_LIKE_RESULT.test(line.trim()));
}

/** Reads Benchmark.js console output. */
export function parseBenchmarkJs(input: ResultFile): ParsedBench {
  const problems = new InputProblems(input.shown);
  const raws: RawMeasurement[] = [];
  input.text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNumber = index + 1;
    const match = RESULT_LINE.exec(line);
    if (match) {
      raws.push({
        name: match[1]!,
        value: Number(match[2]!.replace(/,/g, '')),
        unit: 'ops/s',
        direction: 'bigger',
        spread: { kind: 'rme', percent: Number(match[3]) },
        samples: Number(match[4]),
        place: { line: lineNumber },
      });
      return;
    }
    const loose = LOOKS_LIKE_RESULT.exec(line);
    if (loose) {
      problems.atLine(
        lineNumber,
        `${JSON.stringify(loose[1])}: got ${JSON.stringify(line.slice(loose[1]!.length + 3))}, expected "<ops> ops/sec ±<rme>% (<n> runs sampled)" with numbers`,
      );
    }
  });
  if (raws.length === 0 && problems.count === 0) problems.inFile('no "name x N ops/sec ±R% (S runs sampled)" lines');
  const { results, places } = normalizeMeasurements(raws, problems);
  problems.throwIfAny(`Cannot read benchmark results from ${input.shown} as Benchmark.js output`);
  return { format: 'benchmarkjs', results, places, meta: {} };
}
