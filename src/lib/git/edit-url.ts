import path from 'node:path';
import { pathInside } from './root.js';
import { repositoryEditUrl, type RepositoryLocation } from './urls.js';

/** What {@link createEditUrl} needs. */
export interface EditUrlOptions extends RepositoryLocation {
  /** The site directory: Docusaurus passes content paths relative to it. */
  siteDir: string;
  /**
   * The checkout of `repository` on this machine: the git root of the
   * directory of `portal.config.ts`, or that directory when it is not in a
   * git checkout.
   */
  repositoryRoot: string;
}

/**
 * The parameters Docusaurus passes to an `editUrl` function: the docs plugin
 * gives `versionDocsDirPath` and `docPath`, the blog plugin `blogDirPath`
 * and `blogPath`, all relative (the first to the site directory, the second
 * to the first).
 */
export interface EditUrlParams {
  /** Docs: the content folder, relative to the site directory. */
  versionDocsDirPath?: string;
  /** Docs: the file, relative to the content folder. */
  docPath?: string;
  /** Blog: the content folder, relative to the site directory. */
  blogDirPath?: string;
  /** Blog: the file, relative to the content folder. */
  blogPath?: string;
}

/**
 * An `editUrl` function for the docs and blog plugins: "Edit this page"
 * links to the file in the repository when the file lives in the
 * repository's checkout, and is left out (undefined) otherwise — a page
 * from outside the checkout has no file there to edit. The link's path is
 * the file's path from the repository root, wherever the site directory or
 * the configuration file sit.
 */
export function createEditUrl(options: EditUrlOptions): (params: EditUrlParams) => string | undefined {
  return (params) => {
    const dir = params.versionDocsDirPath ?? params.blogDirPath;
    const file = params.docPath ?? params.blogPath;
    if (dir === undefined || file === undefined) return undefined;
    const inRepository = pathInside(options.repositoryRoot, path.resolve(options.siteDir, dir, file));
    return inRepository === undefined ? undefined : repositoryEditUrl(options, inRepository);
  };
}
