/**
 * Web URLs of files in a hosted repository. GitHub's layout
 * (`/blob/<branch>/<path>#L<line>`, `/edit/<branch>/<path>`) unless the host
 * is GitLab or Bitbucket, following the hosts TypeDoc's own git source links
 * recognise.
 */
export interface RepositoryLocation {
  /** Repository URL, e.g. `https://github.com/portico-dev/portico`. */
  repository: string;
  /** Branch, tag or commit the links point at. */
  branch: string;
}

/**
 * TypeDoc's `sourceLinkTemplate` for the repository: `{gitRevision}`,
 * `{path}` (from the repository root) and `{line}` are filled in by TypeDoc.
 */
export function sourceLinkTemplate(repository: string): string {
  const { base, host } = parse(repository);
  if (host === 'gitlab') return `${base}/-/blob/{gitRevision}/{path}#L{line}`;
  if (host === 'bitbucket') return `${base}/src/{gitRevision}/{path}#lines-{line}`;
  return `${base}/blob/{gitRevision}/{path}#L{line}`;
}

/**
 * URL of a file (path relative to the repository root, `/` separators) in
 * the repository's web view, at a line or a heading anchor; the same layout
 * as {@link sourceLinkTemplate}.
 */
export function repositoryFileUrl(location: RepositoryLocation, file: string, at?: { line: number } | { anchor: string }): string {
  const { base, host } = parse(location.repository);
  const anchor = at === undefined ? '' : 'line' in at ? `#${host === 'bitbucket' ? 'lines-' : 'L'}${at.line}` : at.anchor ? `#${at.anchor}` : '';
  const view = host === 'gitlab' ? '-/blob' : host === 'bitbucket' ? 'src' : 'blob';
  return `${base}/${view}/${encodePath(location.branch)}/${encodePath(file)}${anchor}`;
}

/** URL of the repository's editor for a file (path relative to the repository root). */
export function repositoryEditUrl(location: RepositoryLocation, file: string): string {
  const { base, host } = parse(location.repository);
  const encoded = encodePath(file);
  const branch = encodePath(location.branch);
  if (host === 'gitlab') return `${base}/-/edit/${branch}/${encoded}`;
  if (host === 'bitbucket') return `${base}/src/${branch}/${encoded}?mode=edit`;
  return `${base}/edit/${branch}/${encoded}`;
}

function parse(repository: string): { base: string; host: 'github' | 'gitlab' | 'bitbucket' } {
  const base = repository.replace(/\/+$/, '').replace(/\.git$/, '');
  const hostname = /^[a-z]+:\/\/([^/]+)/i.exec(base)?.[1]?.toLowerCase() ?? '';
  const host = hostname.includes('gitlab') ? 'gitlab' : hostname.includes('bitbucket') ? 'bitbucket' : 'github';
  return { base, host };
}

// Spaces and non-ASCII are escaped; `/`, `@` and the like stay readable; `#` and `?` would end the path.
function encodePath(value: string): string {
  return encodeURI(value).replace(/[#?]/g, encodeURIComponent);
}
