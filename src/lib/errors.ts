/**
 * Expected failures carry the exit code the CLI should end with, so that a
 * user error never prints a stack trace while a bug still does.
 *
 * - exit 1: a check ran and found problems;
 * - exit 2: the input or the configuration cannot be used.
 */
export class PortalError extends Error {
  /** Process exit code for this failure: 1 (check failed) or 2 (unusable input). */
  readonly exitCode: 1 | 2;
  /** One line per problem, each naming the file or field and what was expected. */
  readonly problems: readonly string[];

  /**
   * @param message - One-line summary of the failure.
   * @param exitCode - 1 when a check failed, 2 when input or configuration is unusable.
   * @param problems - Details, one line each.
   */
  constructor(message: string, exitCode: 1 | 2, problems: readonly string[] = []) {
    super(message);
    this.name = 'PortalError';
    this.exitCode = exitCode;
    this.problems = problems;
  }
}

/** The configuration file is missing, does not load, or does not match the schema (exit 2). */
export class ConfigError extends PortalError {
  /** Absolute path of the configuration file at fault. */
  readonly file: string;

  /**
   * @param file - Absolute path of the configuration file.
   * @param problems - One line per problem: `field: got <value>, expected <what>`.
   */
  constructor(file: string, problems: readonly string[]) {
    super(`Invalid Portico configuration in ${file}`, 2, problems);
    this.name = 'ConfigError';
    this.file = file;
  }
}

/** Renders a {@link PortalError} the way the CLI and the build print it: summary, then one indented line per problem. */
export function formatPortalError(error: PortalError): string {
  const lines = [`✖ ${error.message}`];
  for (const problem of error.problems) lines.push(`  - ${problem}`);
  return lines.join('\n');
}
