// Preloaded with `node --import` by lazy-commands.test.ts: appends the URL of every
// module the process loads through the ESM loader, one per line, to the file named
// by $PORTAL_TEST_MODULE_LOG. The same file is the loader hook it registers.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

/** Records the module, then loads it as the next hook (tsx, or Node itself) would. */
export async function load(url, context, nextLoad) {
  if (process.env.PORTAL_TEST_MODULE_LOG) appendFileSync(process.env.PORTAL_TEST_MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}
