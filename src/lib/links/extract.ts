import { load, type CheerioAPI } from 'cheerio/slim';
import type { LinkReference } from './model.js';

/** `[selector, attribute]` pairs whose value is one URL. */
const URL_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['input', 'src'],
  ['use', 'href'],
  ['use', 'xlink:href'],
  ['image', 'href'],
  ['image', 'xlink:href'],
];

/** Elements the browser fetches while showing the page; `a`, `area` and `meta` are only followed. */
const LOADING_TAGS = new Set(['script', 'img', 'source', 'video', 'audio', 'track', 'iframe', 'embed', 'object', 'input', 'use', 'image']);

/** `<link rel>` values that make the browser fetch (or connect to) the target. */
const LOADING_LINK_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'apple-touch-icon', 'manifest', 'mask-icon']);

/** `[selector, attribute]` pairs whose value is a `srcset` (several URLs with descriptors). */
const SRCSET_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['img', 'srcset'],
  ['source', 'srcset'],
];

/** Meta tags whose `content` is a URL (social cards). */
const URL_META = ['meta[property="og:image"]', 'meta[name="twitter:image"]', 'meta[property="og:url"]'];

/** An RSS/Atom/sitemap element whose text (or `href`) is a link, and the elements whose text is HTML. */
const FEED_URL_TEXT = ['rss channel > link', 'rss item > link', 'urlset url > loc', 'sitemapindex sitemap > loc'];
const FEED_HTML_TEXT = ['item > description', 'item > content\\:encoded', 'entry > content', 'entry > summary'];

/** What the checker needs from one HTML page, read in one parse. */
export interface ParsedHtmlPage {
  /**
   * Every URL in the page: `href`, `src`, `srcset` and similar attributes,
   * social-card meta tags and `<meta http-equiv="refresh">` redirects (the
   * redirect pages Docusaurus writes for client redirects).
   */
  links: LinkReference[];
  /** Fragment targets: every `id`, and the `name` of every `<a>` (the older way to mark an anchor). */
  anchors: Set<string>;
  /** Where the page redirects to, when it is a `<meta http-equiv="refresh">` redirect page. */
  redirect?: string;
}

/** Reads the links, anchors and redirect of an HTML page with htmlparser2 (through cheerio). */
export function parseHtmlPage(html: string): ParsedHtmlPage {
  const $ = load(html);
  const anchors = new Set<string>();
  $('[id]').each((_, el) => {
    const id = $(el).attr('id');
    if (id) anchors.add(id);
  });
  $('a[name]').each((_, el) => {
    const name = $(el).attr('name');
    if (name) anchors.add(name);
  });
  const redirect = refreshUrl($('meta[http-equiv="refresh" i]').first().attr('content'));
  return { links: linksOf($, $.root(), base($)), anchors, ...(redirect ? { redirect } : {}) };
}

/**
 * Every link in an RSS, Atom or sitemap file: `<link>` text and `href`s,
 * `<loc>`, `<guid isPermaLink>`, enclosures, and the links inside the HTML
 * carried by `<content:encoded>`, `<description>`, `<content>` and
 * `<summary>`, resolved against their entry's link.
 */
export function extractFeedLinks(xml: string): LinkReference[] {
  const $ = load(xml, { xml: true });
  const links: LinkReference[] = [];
  const push = (url: string | undefined, element: string, linkBase?: string) => {
    const trimmed = url?.trim();
    if (trimmed) links.push({ url: trimmed, element, base: linkBase });
  };
  for (const selector of FEED_URL_TEXT) $(selector).each((_, el) => push($(el).text(), selector.replace(' > ', '>')));
  $('link[href]').each((_, el) => push($(el).attr('href'), 'atom link[href]'));
  $('atom\\:link[href]').each((_, el) => push($(el).attr('href'), 'rss atom:link[href]'));
  $('guid').each((_, el) => {
    if ($(el).attr('isPermaLink') !== 'false') push($(el).text(), 'rss guid');
  });
  $('enclosure[url]').each((_, el) => push($(el).attr('url'), 'rss enclosure[url]'));
  for (const selector of FEED_HTML_TEXT) {
    $(selector).each((_, el) => {
      const node = $(el);
      if (node.is('content, summary') && !/html/.test(node.attr('type') ?? 'text')) return;
      const entry = node.parent();
      const entryLink = entry.children('link').first();
      const entryBase = (entryLink.attr('href') ?? entryLink.text()).trim() || undefined;
      const html = load(node.text());
      for (const link of linksOf(html, html.root(), entryBase)) {
        links.push({ ...link, element: `${selector.replace('\\:', ':').replace(' > ', '>')} ${link.element}` });
      }
    });
  }
  return links;
}

/**
 * The URLs of a `srcset` value: candidates are separated by commas, each a URL
 * followed by optional width/density descriptors.
 */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i += 1;
    let url = '';
    while (i < srcset.length && !/\s/.test(srcset[i]!)) url += srcset[i++];
    // A URL directly followed by a comma has no descriptor.
    const bare = url.replace(/,+$/, '');
    if (bare) urls.push(bare);
    if (url.endsWith(',')) continue;
    while (i < srcset.length && srcset[i] !== ',') i += 1;
  }
  return urls;
}

function linksOf($: CheerioAPI, root: ReturnType<CheerioAPI['root']>, linkBase: string | undefined): LinkReference[] {
  const links: LinkReference[] = [];
  const push = (url: string | undefined, element: string, loads = false) => {
    const trimmed = url?.trim();
    if (trimmed) links.push({ url: trimmed, element, base: linkBase, ...(loads ? { loads } : {}) });
  };
  for (const [tag, attribute] of URL_ATTRIBUTES) {
    root.find(`${tag}[${attribute.replace(':', '\\:')}]`).each((_, el) => {
      const rels = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
      const loads = LOADING_TAGS.has(tag) || (tag === 'link' && rels.some((rel) => LOADING_LINK_RELS.has(rel)));
      push($(el).attr(attribute), `${tag}[${attribute}]`, loads);
    });
  }
  for (const [tag, attribute] of SRCSET_ATTRIBUTES) {
    root.find(`${tag}[${attribute}]`).each((_, el) => {
      for (const url of parseSrcset($(el).attr(attribute) ?? '')) push(url, `${tag}[${attribute}]`, true);
    });
  }
  for (const selector of URL_META) {
    root.find(selector).each((_, el) => push($(el).attr('content'), selector.replace(/"/g, '')));
  }
  root.find('meta[http-equiv="refresh" i]').each((_, el) => push(refreshUrl($(el).attr('content')), 'meta[http-equiv=refresh]'));
  return links;
}

/** `<base href>` of a page, which relative URLs resolve against instead of the page URL. */
function base($: CheerioAPI): string | undefined {
  return $('base[href]').first().attr('href')?.trim() || undefined;
}

/** `0; url=/next` → `/next`. */
function refreshUrl(content: string | undefined): string | undefined {
  const match = /url\s*=\s*(['"]?)(.*?)\1\s*$/i.exec(content ?? '');
  return match?.[2]?.trim() || undefined;
}
