// Preloaded (`node --require`) into each `docusaurus build` process that
// `portal build` starts: on exit it writes the process' peak resident set, in
// kilobytes, to the file PORTICO_PEAK_RSS_FILE names. The parent cannot read a
// child's peak from Node, and the peak of each build step is what tells which
// one to look at when a build runs short of memory. Worker threads (the SSG
// pool) share the process, so their memory is in the figure; they also load
// this preload (workers inherit `--require`), and only the main thread, which
// exits last, writes. A process the kernel kills writes nothing, and the
// parent reports the peak as unknown.
'use strict';
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.PORTICO_PEAK_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // A figure for the build log only: never fail the build over it.
    }
  });
}
