#!/usr/bin/env node
// The `portal` command. The CLI is written in TypeScript and run through tsx's
// loader, so a fresh clone needs no compile step between `npm ci` and `npx portal`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv);
