#!/usr/bin/env node
// The `portal` command. The CLI is written in TypeScript and run through tsx's
// loader, so a fresh clone needs no compile step between `npm ci` and `npx portal`.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`portal ingest bench … | head -1`) closes the pipe: Node then emits
// EPIPE on the next write, and without a listener that is an uncaught exception with a stack
// trace, in the middle of the command. Output nobody reads any more is dropped instead, and the
// command finishes its work (an ingest still stores its run) and exits with its own code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv);
