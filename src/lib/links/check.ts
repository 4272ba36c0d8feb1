import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PortalError } from '../errors.js';
import { extractFeedLinks, parseHtmlPage, type ParsedHtmlPage } from './extract.js';
import type { BrokenLink, ExternalLink, LinkCheckReport, LinkReference, SiteLocation } from './model.js';

/** A built site held in memory: every file's path, and the text of the files that hold links. */
export interface BuiltSite {
  /** Every file of the build, as a `/`-separated path relative to the build directory. */
  files: ReadonlySet<string>;
  /** Contents of the HTML (`.html`) and XML (`.xml`: feeds, sitemaps) files, by path. */
  documents: ReadonlyMap<string, string>;
}

/** Redirect pages are followed this many times when checking a fragment; more is a loop. */
const MAX_REDIRECTS = 5;

/** How {@link checkLinks} parses URLs: `new URL(input, base)`. */
export type UrlParser = (input: string, base?: string | URL) => URL;

/** Options of {@link checkLinks}. */
export interface CheckLinksOptions {
  /** Parses every URL the check resolves; tests pass a counting one. Defaults to `new URL`. */
  parseUrl?: UrlParser;
}

const parseWithUrl: UrlParser = (input, base) => new URL(input, base);

/**
 * Reads a build directory into a {@link BuiltSite}.
 *
 * @throws {@link PortalError} (exit 2) when the directory does not exist or holds no HTML page.
 */
export async function readBuild(buildDir: string): Promise<BuiltSite> {
  if (!existsSync(buildDir) || !statSync(buildDir).isDirectory()) {
    throw new PortalError(`No build directory at ${buildDir}`, 2, ['run `npm run build` first, or pass the build directory: portal check links <build-dir>']);
  }
  const files = new Set<string>();
  const documents = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
        continue;
      }
      const relative = path.relative(buildDir, full).split(path.sep).join('/');
      files.add(relative);
      if (/\.(html?|xml)$/i.test(entry.name)) documents.set(relative, await readFile(full, 'utf8'));
    }
  };
  await walk(buildDir);
  if (![...documents.keys()].some((file) => /\.html?$/i.test(file))) {
    throw new PortalError(`No HTML page in ${buildDir}`, 2, ['is this the output of `docusaurus build`?']);
  }
  return { files, documents };
}

/** Reads the build in `buildDir` and checks every link in it; see {@link checkLinks}. */
export async function checkBuildLinks(buildDir: string, location: SiteLocation): Promise<LinkCheckReport> {
  return checkLinks(await readBuild(buildDir), location);
}

/**
 * Checks every link of every HTML page and XML file (feeds, sitemaps) of a
 * build: an internal URL (relative, root-relative, or absolute on the site's
 * own URL) must resolve to a file of the build, the way a static host serves
 * a Docusaurus site built with `trailingSlash: false` (`/x` is `x`, `x.html` or
 * `x/index.html`; `/x/` is `x/index.html`), and its `#fragment` must be an `id`
 * (or `<a name>`) on the target page, after following redirect pages. Links to
 * other hosts are collected, not fetched.
 */
export function checkLinks(site: BuiltSite, location: SiteLocation, options: CheckLinksOptions = {}): LinkCheckReport {
  const parseUrl = options.parseUrl ?? parseWithUrl;
  const origin = parseUrl(location.siteUrl).origin;
  const baseUrl = location.baseUrl;
  // Every page of a docs site repeats the navbar, sidebar and footer links, and a
  // sidebar grows with the site: work is done once per distinct href, path and
  // target page, so the check stays linear in the links (issue 27).
  const resolveLink = cachedResolver(parseUrl);
  const targets = new Map<string, TargetLookup>();
  const findTarget = (url: URL): TargetLookup => {
    let target = targets.get(url.pathname);
    if (!target) {
      target = findTargetFile(url, baseUrl, site.files);
      targets.set(url.pathname, target);
    }
    return target;
  };
  const landings = new Map<string, string | undefined>();
  const landingOf = (file: string): string | undefined => {
    if (!landings.has(file)) landings.set(file, followRedirects(file, site, baseUrl, origin, parsedPage, parseUrl));
    return landings.get(file);
  };
  const pages = new Map<string, ParsedHtmlPage>();
  const parsedPage = (file: string): ParsedHtmlPage | undefined => {
    if (!/\.html?$/i.test(file)) return undefined;
    let page = pages.get(file);
    if (!page) {
      const html = site.documents.get(file);
      if (html === undefined) return undefined;
      page = parseHtmlPage(html);
      pages.set(file, page);
    }
    return page;
  };

  const broken: BrokenLink[] = [];
  const external = new Map<string, Set<string>>();
  const counts = { pages: 0, feeds: 0, internal: 0, external: 0 };

  for (const file of [...site.documents.keys()].sort()) {
    const isHtml = /\.html?$/i.test(file);
    const links = isHtml ? parsedPage(file)!.links : extractFeedLinks(site.documents.get(file)!);
    if (isHtml) counts.pages += 1;
    else counts.feeds += 1;
    const page = `${baseUrl}${routeOf(file)}`;
    const pageUrl = `${origin}${page}`;

    for (const link of links) {
      const report = (kind: BrokenLink['kind'], reason: string) => broken.push({ kind, file, page, target: link.url, element: link.element, reason });
      const resolved = resolveLink(link, pageUrl);
      if (resolved === 'skip') continue;
      if (resolved === 'malformed') {
        counts.internal += 1;
        report('malformed-url', 'the URL cannot be parsed');
        continue;
      }
      if (resolved.origin !== origin) {
        // A page must work offline and leak no reader to a third party: nothing it loads may come from elsewhere.
        if (isHtml && link.loads) report('external-resource', `loads from another host (${resolved.host}); serve it from the site instead`);
        counts.external += 1;
        const pagesLinking = external.get(resolved.href) ?? new Set<string>();
        pagesLinking.add(page);
        external.set(resolved.href, pagesLinking);
        continue;
      }
      counts.internal += 1;
      const target = findTarget(resolved);
      if (target.status === 'outside-base-url') {
        report('outside-base-url', `${resolved.pathname} is outside the site's baseUrl ${baseUrl}, so not part of this build`);
        continue;
      }
      if (target.status === 'malformed') {
        report('malformed-url', `the path ${resolved.pathname} cannot be percent-decoded`);
        continue;
      }
      if (target.status === 'missing') {
        report('missing-file', `not in the build: tried ${target.tried.join(', ')}`);
        continue;
      }
      const fragment = fragmentOf(resolved);
      if (fragment === undefined) continue;
      const landing = landingOf(target.file);
      const anchors = landing ? parsedPage(landing)?.anchors : undefined;
      if (anchors && !anchors.has(fragment)) {
        report('missing-fragment', `no element with id "${fragment}" on ${baseUrl}${routeOf(landing!)}`);
      }
    }
  }

  broken.sort((a, b) => compare(a.page, b.page) || compare(a.target, b.target) || compare(a.element, b.element));
  // One broken target on a page is one finding, however many elements name it
  // (React 19 adds a <link rel="preload"> for every <img> it renders on the server).
  const merged: BrokenLink[] = [];
  for (const link of broken) {
    const last = merged.at(-1);
    if (last && last.file === link.file && last.target === link.target && last.kind === link.kind) last.element = `${last.element}, ${link.element}`;
    else merged.push({ ...link });
  }
  const externalLinks: ExternalLink[] = [...external.entries()]
    .map(([url, linking]) => ({ url, pages: [...linking].sort(compare) }))
    .sort((a, b) => compare(a.url, b.url));
  return { broken: merged, external: externalLinks, counts };
}

/**
 * The URL path a build file is served at, without the leading baseUrl:
 * `index.html` → ``, `docs/index.html` → `docs/`, `docs/cli.html` → `docs/cli`,
 * `blog/rss.xml` → `blog/rss.xml`.
 */
export function routeOf(file: string): string {
  if (file === 'index.html') return '';
  if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file.replace(/\.html$/, '');
}

/** The result of looking a URL path up in the build. */
export type TargetLookup =
  | {
      /** A file answers the path. */
      status: 'found';
      /** That file, relative to the build directory. */
      file: string;
    }
  | {
      /** No file answers the path. */
      status: 'missing';
      /** The files that were looked for, in order. */
      tried: string[];
    }
  | {
      /** The path is not under the site's baseUrl. */
      status: 'outside-base-url';
    }
  | {
      /** The path cannot be percent-decoded. */
      status: 'malformed';
    };

/**
 * The file a static host would serve for an internal URL of a
 * `trailingSlash: false` Docusaurus build: the exact file, then `x.html`,
 * then `x/index.html`; a path ending in `/` is `x/index.html` only.
 */
export function findTargetFile(url: URL, baseUrl: string, files: ReadonlySet<string>): TargetLookup {
  const pathname = url.pathname;
  if (!pathname.startsWith(baseUrl) && `${pathname}/` !== baseUrl) return { status: 'outside-base-url' };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(baseUrl.length));
  } catch {
    return { status: 'malformed' };
  }
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}.html`, `${relative}/index.html`];
  const file = candidates.find((candidate) => files.has(candidate));
  return file ? { status: 'found', file } : { status: 'missing', tried: candidates };
}

/** Schemes that are neither pages nor files: not checked, not listed. */
const NON_WEB_SCHEME = /^(?!https?:)[a-z][a-z\d+.-]*:/i;

/** An href resolved: a URL on the web, one not to check, or one that cannot be parsed. */
type ResolvedLink = URL | 'skip' | 'malformed';

/** An absolute URL (`https://...`) or a root- or protocol-relative one (`/x`, `//host/x`) resolves the same on every page. */
const PAGE_INDEPENDENT = /^(?:[a-z][a-z\d+.-]*:|\/)/i;

/**
 * Resolves links with one parse per distinct href: an href that does not
 * depend on the page it is on (absolute, `/`-rooted, no `<base>`) is looked up
 * by itself; any other by its page (or base) and itself. Every page is on the
 * site's origin, so a root-relative href means the same URL on all of them.
 */
function cachedResolver(parseUrl: UrlParser): (link: LinkReference, pageUrl: string) => ResolvedLink {
  const resolved = new Map<string, ResolvedLink>();
  return (link, pageUrl) => {
    const key = !link.base && PAGE_INDEPENDENT.test(link.url) ? link.url : `${link.base ?? ''}\n${pageUrl}\n${link.url}`;
    let result = resolved.get(key);
    if (result === undefined) {
      result = resolveUrl(link, pageUrl, parseUrl);
      resolved.set(key, result);
    }
    return result;
  };
}

function resolveUrl(link: LinkReference, pageUrl: string, parseUrl: UrlParser): ResolvedLink {
  if (NON_WEB_SCHEME.test(link.url)) return 'skip';
  try {
    // A page URL is always absolute: it needs no parse of its own to be a base.
    const url = link.base ? parseUrl(link.url, parseUrl(link.base, pageUrl)) : parseUrl(link.url, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : 'skip';
  } catch {
    return 'malformed';
  }
}

/** The fragment to look for, or undefined when there is none to check (`#`, `#top`, text fragments). */
function fragmentOf(url: URL): string | undefined {
  const raw = url.hash.slice(1);
  if (raw === '' || raw.startsWith(':~:')) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    fragment = raw;
  }
  // The HTML standard scrolls to the top for `#top` when no element has that id.
  return fragment.toLowerCase() === 'top' ? undefined : fragment;
}

/** The page a file finally shows after its `<meta http-equiv="refresh">` redirects, or undefined on a loop or dead end. */
function followRedirects(
  file: string,
  site: BuiltSite,
  baseUrl: string,
  origin: string,
  parsedPage: (file: string) => ParsedHtmlPage | undefined,
  parseUrl: UrlParser,
): string | undefined {
  let current = file;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const redirect = parsedPage(current)?.redirect;
    if (!redirect) return current;
    let next: URL;
    try {
      next = parseUrl(redirect, `${origin}${baseUrl}${routeOf(current)}`);
    } catch {
      return undefined;
    }
    const target = next.origin === origin ? findTargetFile(next, baseUrl, site.files) : undefined;
    // A redirect elsewhere is reported on the redirect page itself; the fragment cannot be checked here.
    if (target?.status !== 'found') return undefined;
    current = target.file;
  }
  return undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
