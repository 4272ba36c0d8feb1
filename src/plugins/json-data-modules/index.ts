import type { Plugin } from '@docusaurus/types';

/**
 * How deep the bundler analyses a JSON module's properties as exports. Zero:
 * not at all; the module's default export (the whole document) is what every
 * importer uses.
 */
export const JSON_EXPORTS_DEPTH = 0;

/**
 * Every page's data reaches the bundle as a JSON module: Docusaurus writes one
 * per doc (its metadata), per sidebar and per `createData` call, which is how
 * the HTTP API pages get their operations and schemas. In production Rspack
 * and webpack analyse every nested property of every JSON module as an export
 * (`module.parser.json.exportsDepth` defaults to unlimited), so that an
 * importer of `data.a.b` alone could have the rest dropped. No Docusaurus
 * importer reads a data module that way (a route gets the whole object as a
 * prop), so the analysis removes nothing, yet on the benchmark's medium site
 * (2,400 pages) it held about 0.7 GB of the bundling step's peak. With the
 * analysis off the built JavaScript is the same size (18,953,649 bytes against
 * 18,957,723) and every page renders as before (docs/performance.md#json-data-modules).
 */
export default function jsonDataModulesPlugin(): Plugin {
  return {
    name: 'portico-json-data-modules',
    configureWebpack() {
      // Both bundles: the server bundle holds the same data modules as the client one.
      return { module: { parser: { json: { exportsDepth: JSON_EXPORTS_DEPTH } } } };
    },
  };
}
