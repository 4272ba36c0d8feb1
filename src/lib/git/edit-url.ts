import path from 'node:path';
import { pathInside } from './root.js';
import { repositoryEditUrl, type RepositoryLocation } from './urls.js';

/** What {@link createEditUrl} needs. */
export interface EditUrlOptions extends RepositoryLocation {
  /** The content folder of the docs or blog plugin instance (absolute). */
  contentDir: string;
  /**
   * The checkout of `repository` on this machine: the git root of the
   * directory of `portal.config.ts`, or that directory when it is not in a
   * git checkout.
   */
  repositoryRoot: string;
}

/**
 * The parameters Docusaurus passes to an `editUrl` function that matter
 * here: the docs plugin gives `docPath`, the blog plugin `blogPath`, each
 * relative to the instance's content folder.
 */
export interface EditUrlParams {
  /** Docs: the file, relative to the content folder. */
  docPath?: string;
  /** Blog: the file, relative to the content folder. */
  blogPath?: string;
}

/**
 * An `editUrl` function for a docs or blog plugin instance: "Edit this page"
 * links to the file in the repository when the file lives in the
 * repository's checkout, at its path from the repository root (wherever the
 * site directory and the configuration file sit), and is left out
 * (undefined) otherwise: a page from outside the checkout has no file there
 * to edit.
 */
export function createEditUrl(options: EditUrlOptions): (params: EditUrlParams) => string | undefined {
  return (params) => {
    const file = params.docPath ?? params.blogPath;
    if (file === undefined) return undefined;
    const inRepository = pathInside(options.repositoryRoot, path.resolve(options.contentDir, file));
    return inRepository === undefined ? undefined : repositoryEditUrl(options, inRepository);
  };
}
