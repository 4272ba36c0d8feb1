import { Command, CommanderError } from 'commander';
import pc from 'picocolors';
import { PortalError, formatPortalError } from '../lib/errors.js';
import { registerBuildCommand } from './commands/build/register.js';
import { registerCheckBenchCommand } from './commands/check-bench/register.js';
import { registerCheckCoverageCommand } from './commands/check-coverage/register.js';
import { registerCheckLinksCommand } from './commands/check-links/register.js';
import { registerCheckRunbooksCommand } from './commands/check-runbooks/register.js';
import { registerCheckScriptsCommand } from './commands/check-scripts/register.js';
import { registerConfigCommands } from './commands/config/register.js';
import { registerDocCoverageCommand } from './commands/doc-coverage/register.js';
import { registerIngestAllCommand } from './commands/ingest-all/register.js';
import { registerIngestBenchCommand } from './commands/ingest-bench/register.js';
import { registerIngestCoverageCommand } from './commands/ingest-coverage/register.js';
import { registerInitCommand } from './commands/init/register.js';
import { registerLintChangelogCommand } from './commands/lint-changelog/register.js';
import { registerLighthouseCommand } from './commands/lighthouse/register.js';
import { registerLintMdCommand } from './commands/lint-md/register.js';
import { registerLintRfcsCommand } from './commands/lint-rfcs/register.js';
import { registerReleaseCommands } from './commands/release/register.js';
import { registerOpenApiLintCommand } from './commands/openapi-lint/register.js';
import { registerSetupBrowserCommand } from './commands/setup-browser/register.js';

/**
 * Builds the `portal` command tree; each capability registers its own subcommands.
 * Registering is cheap: a command module declares names, arguments and options
 * only, and its action imports the implementation (src/cli/commands/<name>/run.ts) when the
 * command runs, so `portal doc-coverage` never loads Redocly, remark or
 * Lighthouse, and `portal --help` loads none of them.
 */
export function createProgram(): Command {
  const program = new Command('portal')
    .description('Portico: build, check and publish a documentation and release portal.')
    .usage('<command> [options]')
    .showHelpAfterError('(run "portal --help" for the list of commands)')
    .configureOutput({ outputError: (text, write) => write(pc.red(text)) })
    .exitOverride();

  registerInitCommand(program);
  registerConfigCommands(program);

  // Command groups: each capability adds its subcommands to one of these.
  const lint = program.command('lint').description('validate source files (RFCs, changelogs, Markdown)');
  const check = program.command('check').description('check inputs and results against the portal (runbooks, links, benchmarks)');
  const ingest = program.command('ingest').description('add benchmark or coverage results to the history');
  const openapi = program.command('openapi').description('lint and inspect the OpenAPI specs');

  // lint
  registerLintMdCommand(lint);
  registerLintChangelogCommand(lint);
  registerLintRfcsCommand(lint);
  // check
  registerCheckLinksCommand(check);
  registerCheckRunbooksCommand(check);
  registerCheckBenchCommand(check);
  registerCheckCoverageCommand(check);
  registerCheckScriptsCommand(check);
  // ingest
  registerIngestAllCommand(ingest);
  registerIngestBenchCommand(ingest);
  registerIngestCoverageCommand(ingest);
  // openapi
  registerOpenApiLintCommand(openapi);
  // top-level commands
  registerBuildCommand(program);
  registerLighthouseCommand(program);
  registerDocCoverageCommand(program);

  registerReleaseCommands(program);
  registerSetupBrowserCommand(program);

  return program;
}

/**
 * Runs the CLI and returns the exit code instead of exiting, so tests can
 * call it in-process. 0 ok, 1 a check failed, 2 unusable input, usage or configuration.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  if (argv.length <= 2) {
    // `portal` with no command is a usage error, like an unknown command.
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are not errors; every other commander error is a usage error.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof PortalError) {
    process.stderr.write(`${pc.red(formatPortalError(error))}\n`);
    return error.exitCode;
  }
  // A bug, not a user error: keep the stack trace.
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 70;
}
