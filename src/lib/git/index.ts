export { canonicalPath, gitRootOf, pathInside } from './root.js';
export { repositoryEditUrl, repositoryFileUrl, sourceLinkTemplate, type RepositoryLocation } from './urls.js';
export { createEditUrl, type EditUrlOptions } from './edit-url.js';
