import { InvalidArgumentError, type Command } from 'commander';
import { REFLECTION_KIND_NAMES, type ReflectionKindName } from '../../../lib/api-coverage/kinds.js';
import { configOption } from '../../shared/options.js';
import type { DocCoverageOptions } from './run.js';

/**
 * `portal doc-coverage`: measures how much of the public TypeScript API is
 * documented, from TypeDoc's model of it. Exit 1 below the threshold (or, with
 * `--changed-since`, when any export of a changed file is undocumented); exit 2
 * when the configuration, an entry point, the tsconfig or the code cannot be used.
 */
export function registerDocCoverageCommand(program: Command): void {
  program
    .command('doc-coverage')
    .description('measure documentation coverage of the public TypeScript API; exit 1 below the threshold')
    .option('--entry <file>', 'entry point to check instead of the configured packages (repeatable)', collect, [])
    .option('--tsconfig <file>', 'tsconfig.json for --entry (default: ./tsconfig.json)')
    .option('--threshold <percent>', 'minimum percent per package (default: thresholds.docCoverage, or 100 with --entry)', parsePercent)
    .option('--changed-since <git-ref>', 'only check exports declared in files changed since this ref; any undocumented one fails')
    .option('--kinds <kinds>', 'comma-separated TypeDoc kinds to count (default: api.requiredToBeDocumented)', parseKinds)
    .option('--json <file>', 'also write the report as JSON (schemaVersion 1)')
    .option('--badge <file>', 'also write an SVG badge with the overall percentage')
    .option('--bench-json <file>', 'also write the percentages as benchmark entries for `portal ingest bench` (history)')
    .addOption(configOption())
    .action(async (options: DocCoverageOptions) => {
      // The implementation (TypeDoc, TypeScript) is loaded only when the command runs.
      const { runDocCoverage } = await import('./run.js');
      await runDocCoverage(options);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parsePercent(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new InvalidArgumentError('expected a number between 0 and 100.');
  }
  return number;
}

function parseKinds(value: string): ReflectionKindName[] {
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(REFLECTION_KIND_NAMES as readonly string[]).includes(kind));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`unknown kind ${unknown.join(', ') || '(none)'}; expected some of ${REFLECTION_KIND_NAMES.join(', ')}.`);
  }
  return kinds as ReflectionKindName[];
}
