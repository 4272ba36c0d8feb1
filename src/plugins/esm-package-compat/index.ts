import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Portico's package.json says `"type": "module"`, so the bundler would treat
 * the `.js` files Docusaurus generates in `.docusaurus/` as strict ES modules,
 * where `require.resolveWeak` (used by the generated route registry) does not
 * exist and the build crashes with "require.resolveWeak is not a function"
 * (webpack/webpack#15775). Parsing those generated files as `javascript/auto`
 * restores the CommonJS helpers they rely on.
 *
 * For the same reason Node would load the server bundle's chunks in
 * `build/__server/` as ES modules ("exports is not defined in ES module
 * scope" during static rendering): they are CommonJS, so they get `.cjs`.
 */
export default function esmPackageCompatPlugin(context: LoadContext): Plugin {
  const generated = context.generatedFilesDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    name: 'portico-esm-package-compat',
    configureWebpack(_config, isServer) {
      return {
        ...(isServer ? { output: { chunkFilename: 'assets/js/[name].[contenthash:8].cjs' } } : {}),
        module: {
          rules: [{ test: new RegExp(`^${generated}[\\\\/].*\\.js$`), type: 'javascript/auto' }],
        },
      };
    },
  };
}
