'use strict';
// Sits in front of @docusaurus/mdx-loader when `portal build` bundles the client and the server
// bundle in separate processes (see ./index.ts). The client step writes each MDX module it
// compiled to a folder; the server step, run next, takes the module from there instead of
// compiling the page again. This is what Docusaurus' own cross-compiler cache does within one
// process, and in the same direction: the server uses the client's compilation, never the
// reverse, because only the client's emits the pages' images and files
// (@docusaurus/mdx-loader/lib/loader.js, loadMDXWithCaching). A page the folder lacks is
// compiled as usual, so the cache can make the build faster but never different.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const STATS = Symbol.for('portico.mdxOutputCache');

/** Hits and misses of this process, read by the plugin when the bundle is done. */
function stats() {
  globalThis[STATS] ??= { reused: 0, compiled: 0, written: 0 };
  return globalThis[STATS];
}

// The resource with its query: Docusaurus compiles some files in several variants (blog.mdx?truncated).
function entryFile(dir, resource) {
  return path.join(dir, `${createHash('sha256').update(resource).digest('hex')}.js`);
}

module.exports = function mdxOutputCache(content, map, meta) {
  const { dir, mode } = this.getOptions();
  if (mode !== 'write') {
    stats().compiled += 1;
    this.callback(null, content, map, meta);
    return;
  }
  const callback = this.async();
  const file = entryFile(dir, this.resource);
  const partial = `${file}.${process.pid}.partial`;
  // Written under another name and renamed, so a reader never sees half a module.
  fs.promises
    .mkdir(dir, { recursive: true })
    .then(() => fs.promises.writeFile(partial, content))
    .then(() => fs.promises.rename(partial, file))
    .then(() => {
      stats().written += 1;
      callback(null, content, map, meta);
    }, callback);
};

module.exports.pitch = function mdxOutputCachePitch() {
  const { dir, mode } = this.getOptions();
  if (mode !== 'read') return undefined;
  // What the MDX loader would have declared (Docusaurus' file of the docs plugin's options): with
  // Rspack's persistent cache, a module taken from here must be rebuilt when they change, as the client's is.
  for (const loader of this.loaders) {
    const dependencies = loader.options && typeof loader.options === 'object' ? loader.options.dependencies : undefined;
    if (/[\\/]@docusaurus[\\/]mdx-loader[\\/]/.test(loader.path ?? '') && Array.isArray(dependencies)) dependencies.forEach((file) => this.addDependency(file));
  }
  const callback = this.async();
  fs.promises.readFile(entryFile(dir, this.resource), 'utf8').then(
    (compiled) => {
      stats().reused += 1;
      // Returning the module skips the MDX loader (and this loader's own normal phase).
      callback(null, compiled);
    },
    (error) => (error.code === 'ENOENT' ? callback() : callback(error)),
  );
};

module.exports.stats = stats;
