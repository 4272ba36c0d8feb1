import { aliasedSitePath } from '@docusaurus/utils';
import type { PluginContentLoadedActions } from '@docusaurus/types';

/**
 * Writes `data` as a JSON data module with `createData` and returns its path
 * under the `@site` alias, as Docusaurus' own plugins do: route registries name
 * modules by that path, so an absolute one would put the build machine's
 * folders into the public `main.js` (and make it differ between checkouts).
 */
export async function createDataModule(actions: Pick<PluginContentLoadedActions, 'createData'>, siteDir: string, name: string, data: unknown): Promise<string> {
  return aliasedSitePath(await actions.createData(name, JSON.stringify(data)), siteDir);
}
