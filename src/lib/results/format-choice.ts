import { PortalError } from '../errors.js';
import { parseResultJson, type ResultFile } from './problems.js';

/** A format detected from a result file's content, or why none matched. */
export interface ResultFormatDetection<F extends string> {
  /** The detected format, or `undefined` when nothing matched. */
  format?: F;
  /** Why: which shape of the file gave it away, or what it looked like instead. */
  reason: string;
}

/** How one kind of result file (benchmarks, coverage) names and detects its formats. */
export interface ResultFormats<F extends string> {
  /** Word for the content in "Cannot read … from", e.g. "benchmark results". */
  content: string;
  /** Word for the format in "Cannot tell the … format of", e.g. "benchmark". */
  kind: string;
  formats: readonly F[];
  labels: Record<F, string>;
  detect: (text: string) => ResultFormatDetection<F>;
}

/**
 * The format to read a result file as: the given one (`--format`), else the
 * one detected from its content. Benchmark and coverage ingests choose alike,
 * so one function words the exit-2 error the same for both: a broken JSON
 * file is reported with its syntax error (the likeliest cause), anything else
 * with what it looked like and the formats that would have been read.
 */
export function chooseResultFormat<F extends string>(
  input: ResultFile,
  given: F | undefined,
  kinds: ResultFormats<F>,
): { format: F; detection?: ResultFormatDetection<F> } {
  if (given) return { format: given };
  const detection = kinds.detect(input.text);
  if (detection.format) return { format: detection.format, detection };
  if (/^\s*[[{]/.test(input.text)) parseResultJson(input, `Cannot read ${kinds.content} from ${input.shown}`);
  throw new PortalError(`Cannot tell the ${kinds.kind} format of ${input.shown}`, 2, [
    `${input.shown}: ${detection.reason}`,
    `expected one of: ${kinds.formats.map((f) => `${kinds.labels[f]} (${f})`).join('; ')}; or pass --format`,
  ]);
}

/**
 * Reads a result file as the given format (`--format`) or the detected one,
 * with the file and the detection alongside what `parse` returns. When an
 * explicit format fails and the content looks like another, the exit-2 error
 * says so and names the `--format` to try.
 */
export function readResultAs<F extends string, R extends object>(
  input: ResultFile,
  given: F | undefined,
  kinds: ResultFormats<F>,
  parse: (format: F) => R,
): R & { input: ResultFile; detection?: ResultFormatDetection<F> } {
  const { format, detection } = chooseResultFormat(input, given, kinds);
  try {
    return { ...parse(format), input, detection };
  } catch (error) {
    if (given && error instanceof PortalError) {
      const guess = kinds.detect(input.text).format;
      if (guess && guess !== given) {
        throw new PortalError(error.message, 2, [...error.problems, `${input.shown} looks like ${kinds.labels[guess]}: try --format ${guess}, or leave --format out`]);
      }
    }
    throw error;
  }
}
