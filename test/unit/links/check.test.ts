import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import {
  checkBuildLinks,
  checkLinks,
  extractFeedLinks,
  findTargetFile,
  formatLinkReport,
  parseHtmlPage,
  parseSrcset,
  routeOf,
  type BuiltSite,
  type LinkCheckReport,
} from '../../../src/lib/links/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const SITE = { siteUrl: 'https://docs.example.dev', baseUrl: '/' };

/** A build in memory: HTML/XML documents by path, plus other files that only need to exist. */
function site(documents: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return { files: new Set([...Object.keys(documents), ...otherFiles]), documents: new Map(Object.entries(documents)) };
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** `[kind, page, target]` of each broken link. */
const broken = (report: LinkCheckReport) => report.broken.map((link) => [link.kind, link.page, link.target]);

describe('checkLinks', () => {
  it('reports a broken target once per page, naming every element that refers to it', () => {
    const html = page('<img src="/img/missing.png" alt="">', '<link rel="preload" as="image" href="/img/missing.png">');
    const report = checkLinks(site({ 'index.html': html }), SITE);
    expect(report.broken.map((link) => [link.kind, link.target, link.element])).toEqual([['missing-file', '/img/missing.png', 'img[src], link[href]']]);
  });

  it('fails a page that loads a script, stylesheet, font, image or frame from another host, but only lists links to it', () => {
    const html = page(
      '<a href="https://example.org/read">read</a><img src="https://cdn.example.org/logo.png"><img srcset="https://img.example.org/a.png 2x">' +
        '<script src="https://cdn.example.org/x.js"></script><iframe src="https://video.example.org/embed"></iframe>',
      '<link rel="stylesheet" href="https://fonts.example.org/css"><link rel="preconnect" href="https://fonts.example.org">' +
        '<link rel="alternate" type="application/rss+xml" href="https://feeds.example.org/rss.xml"><meta property="og:image" content="https://cdn.example.org/card.png">',
    );
    const report = checkLinks(site({ 'index.html': html, 'rss.xml': '<rss><channel><item><description>&lt;img src="https://cdn.example.org/f.png"&gt;</description></item></channel></rss>' }), SITE);
    expect(report.broken.map((link) => [link.kind, link.element, link.target]).sort((a, b) => a.join().localeCompare(b.join()))).toEqual([
      ['external-resource', 'iframe[src]', 'https://video.example.org/embed'],
      ['external-resource', 'img[src]', 'https://cdn.example.org/logo.png'],
      ['external-resource', 'img[srcset]', 'https://img.example.org/a.png'],
      ['external-resource', 'link[href]', 'https://fonts.example.org'],
      ['external-resource', 'link[href]', 'https://fonts.example.org/css'],
      ['external-resource', 'script[src]', 'https://cdn.example.org/x.js'],
    ]);
    expect(report.broken.find((link) => link.element === 'iframe[src]')!.reason).toBe('loads from another host (video.example.org); serve it from the site instead');
    // Followed links (a, rel=alternate, social cards) and images inside feed entries are listed, not failed.
    expect(report.external.map((link) => link.url)).toEqual(expect.arrayContaining(['https://example.org/read', 'https://feeds.example.org/rss.xml', 'https://cdn.example.org/f.png']));
  });

  it('resolves /x to x, x.html or x/index.html and /x/ to x/index.html, as trailingSlash: false builds are served', () => {
    const report = checkLinks(
      site(
        {
          'index.html': page('<a href="/docs/a">a</a><a href="/docs/b">b</a><a href="/docs/b/">b/</a><a href="/robots.txt">r</a><a href="/docs/c/">c</a>'),
          'docs/a.html': page(''),
          'docs/b/index.html': page(''),
          'docs/c.html': page(''),
        },
        ['robots.txt'],
      ),
      SITE,
    );
    expect(broken(report)).toEqual([['missing-file', '/', '/docs/c/']]);
    expect(report.counts).toEqual({ pages: 4, feeds: 0, internal: 5, external: 0 });
  });

  it('checks every kind of reference: href, src, srcset, poster, social images and meta refresh', () => {
    const html = page(
      '<img src="/a.png" srcset="/b.png 1x, /c.png 2x"><video poster="/d.png" src="/e.mp4"></video><picture><source srcset="/f.webp 800w"></picture>' +
        '<script src="/g.js"></script><iframe src="/h"></iframe><svg><use href="/i.svg#icon"></use></svg>',
      '<link rel="stylesheet" href="/j.css"><meta property="og:image" content="https://docs.example.dev/k.png"><meta http-equiv="refresh" content="0; url=/l">',
    );
    const report = checkLinks(site({ 'index.html': html }), SITE);
    expect(report.broken.map((link) => [link.element, link.target])).toEqual([
      ['img[src]', '/a.png'],
      ['img[srcset]', '/b.png'],
      ['img[srcset]', '/c.png'],
      ['video[poster]', '/d.png'],
      ['video[src]', '/e.mp4'],
      ['source[srcset]', '/f.webp'],
      ['script[src]', '/g.js'],
      ['iframe[src]', '/h'],
      ['use[href]', '/i.svg#icon'],
      ['link[href]', '/j.css'],
      ['meta[property=og:image]', 'https://docs.example.dev/k.png'],
      ['meta[http-equiv=refresh]', '/l'],
    ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)));
  });

  it('checks #fragments against ids and <a name>, on the same page and on others', () => {
    const report = checkLinks(
      site({
        'index.html': page('<h2 id="here">x</h2><a href="#here">ok</a><a href="#gone">no</a><a href="/doc#named">ok</a><a href="/doc#caf%C3%A9">ok</a><a href="/doc#nope">no</a><a href="#">ok</a><a href="#top">ok</a>'),
        'doc.html': page('<a name="named"></a><h2 id="café">x</h2>'),
      }),
      SITE,
    );
    expect(broken(report)).toEqual([
      ['missing-fragment', '/', '#gone'],
      ['missing-fragment', '/', '/doc#nope'],
    ]);
    expect(report.broken[1]!.reason).toBe('no element with id "nope" on /doc');
  });

  it('follows redirect pages before checking a fragment', () => {
    const redirect = '<html><head><meta http-equiv="refresh" content="0; url=/new"></head></html>';
    const report = checkLinks(
      site({ 'index.html': page('<a href="/old#there">ok</a><a href="/old#missing">no</a>'), 'old/index.html': redirect, 'new.html': page('<p id="there">x</p>') }),
      SITE,
    );
    expect(broken(report)).toEqual([['missing-fragment', '/', '/old#missing']]);
    expect(report.broken[0]!.reason).toBe('no element with id "missing" on /new');
  });

  it('treats absolute URLs on the site origin as internal, lists other hosts and skips mailto:, tel: and data:', () => {
    const report = checkLinks(
      site({
        'index.html': page(
          '<a href="https://docs.example.dev/gone">x</a><a href="https://github.com/o/r">x</a><a href="//cdn.example.com/x.js">x</a>' +
            '<a href="mailto:a@b.c">x</a><a href="tel:+1">x</a><img src="data:image/gif;base64,R0lGOD"><a href="javascript:void(0)">x</a>',
        ),
        'about.html': page('<a href="https://github.com/o/r">x</a>'),
      }),
      SITE,
    );
    expect(broken(report)).toEqual([['missing-file', '/', 'https://docs.example.dev/gone']]);
    expect(report.external).toEqual([
      { url: 'https://cdn.example.com/x.js', pages: ['/'] },
      { url: 'https://github.com/o/r', pages: ['/', '/about'] },
    ]);
    expect(report.counts.external).toBe(3);
  });

  it('honours baseUrl: pages live under it, and a path outside it is not part of the build', () => {
    const location = { siteUrl: 'https://example.dev', baseUrl: '/docs/' };
    const report = checkLinks(
      site({ 'index.html': page('<a href="/docs/a">ok</a><a href="a">ok</a><a href="/docs">ok</a><a href="/other">no</a><a href="https://example.dev/docs/a">ok</a>'), 'a.html': page('') }),
      location,
    );
    expect(broken(report)).toEqual([['outside-base-url', '/docs/', '/other']]);
  });

  it('resolves relative links against the page URL and <base href>', () => {
    const report = checkLinks(
      site({
        'guide/intro.html': page('<a href="setup">ok: /guide/setup</a><a href="../faq">ok: /faq</a><a href="intro/x">no</a>'),
        'guide/setup.html': page(''),
        'faq.html': page(''),
        'based.html': page('<a href="setup">ok</a>', '<base href="/guide/">'),
      }),
      SITE,
    );
    expect(broken(report)).toEqual([['missing-file', '/guide/intro', 'intro/x']]);
  });

  it('checks RSS and Atom feeds: item links, self links and the links inside their HTML content', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><link>https://docs.example.dev/blog</link>
      <item><link>https://docs.example.dev/blog/gone</link><guid>https://docs.example.dev/blog/post</guid>
      <content:encoded><![CDATA[<p><a href="/blog/post#nope">x</a> <img src="/img/x.png"></p>]]></content:encoded></item></channel></rss>`;
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="https://docs.example.dev/blog/atom.xml"/>
      <entry><link href="https://docs.example.dev/blog/post"/><content type="html"><![CDATA[<a href="setup">relative to the entry</a>]]></content></entry></feed>`;
    const report = checkLinks(
      site({ 'blog.html': page(''), 'blog/post.html': page('<p id="ok"></p>'), 'blog/rss.xml': rss, 'blog/atom.xml': atom }),
      SITE,
    );
    expect(report.broken.map((link) => [link.page, link.element, link.target])).toEqual([
      ['/blog/atom.xml', 'entry>content a[href]', 'setup'],
      ['/blog/rss.xml', 'item>content:encoded a[href]', '/blog/post#nope'],
      ['/blog/rss.xml', 'item>content:encoded img[src]', '/img/x.png'],
      ['/blog/rss.xml', 'rss item>link', 'https://docs.example.dev/blog/gone'],
    ]);
    expect(report.counts.feeds).toBe(2);
  });

  it('reports a URL that cannot be parsed', () => {
    const report = checkLinks(site({ 'index.html': page('<a href="http://[::1">x</a><a href="/bad%E0%A4%A">x</a>') }), SITE);
    expect(broken(report)).toEqual([
      ['malformed-url', '/', '/bad%E0%A4%A'],
      ['malformed-url', '/', 'http://[::1'],
    ]);
  });
});

describe('the fixture builds', () => {
  const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/links');
  const location = { siteUrl: 'https://fixture.example.dev', baseUrl: '/' };

  it('finds the broken asset in raw HTML, the broken srcset, the broken fragment and the broken feed link', async () => {
    const report = await checkBuildLinks(path.join(FIXTURES, 'broken/build'), location);
    expect(broken(report)).toEqual([
      ['missing-fragment', '/', '/docs/page#no-such-heading'],
      ['missing-file', '/', '/img/logo@2x.png'],
      ['missing-file', '/', '/img/missing.png'],
      ['missing-file', '/blog/rss.xml', 'https://fixture.example.dev/blog/missing-post'],
    ]);
    expect(formatLinkReport(report).split('\n')[1]).toBe('  / → /docs/page#no-such-heading (no element with id "no-such-heading" on /docs/page)');
  });

  it('passes the clean build', async () => {
    const report = await checkBuildLinks(path.join(FIXTURES, 'clean/build'), location);
    expect(report.broken).toEqual([]);
    expect(report.external).toEqual([{ url: 'https://github.com/example/fixture', pages: ['/'] }]);
  });

  it('stops with exit code 2 when there is no build', async () => {
    await expect(checkBuildLinks(path.join(FIXTURES, 'no-such-build'), location)).rejects.toBeInstanceOf(PortalError);
    await expect(checkBuildLinks(path.join(FIXTURES, 'no-such-build'), location)).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('helpers', () => {
  it.each([
    ['/a.png 1x, /b.png 2x', ['/a.png', '/b.png']],
    ['/a.png', ['/a.png']],
    ['/a.png 480w,/b.png 800w', ['/a.png', '/b.png']],
    // As the HTML standard parses it: a comma inside a URL belongs to the URL, a trailing one ends it.
    ['/a.png,/b.png 2x', ['/a.png,/b.png']],
    ['/a.png, /b.png 2x', ['/a.png', '/b.png']],
    ['  ', []],
  ])('parseSrcset(%j)', (srcset, urls) => {
    expect(parseSrcset(srcset)).toEqual(urls);
  });

  it.each([
    ['index.html', ''],
    ['docs/index.html', 'docs/'],
    ['docs/cli.html', 'docs/cli'],
    ['blog/rss.xml', 'blog/rss.xml'],
  ])('routeOf(%j) is %j', (file, route) => {
    expect(routeOf(file)).toBe(route);
  });

  it('findTargetFile lists what it tried', () => {
    expect(findTargetFile(new URL('https://x.dev/a/b'), '/', new Set())).toEqual({ status: 'missing', tried: ['a/b', 'a/b.html', 'a/b/index.html'] });
  });

  it('parseHtmlPage reads links, anchors and the redirect in one pass', () => {
    const parsed = parseHtmlPage('<meta http-equiv="Refresh" content="0;URL=\'/next\'"><p id="a"></p><a name="b" href="/c"></a>');
    expect(parsed.redirect).toBe('/next');
    expect([...parsed.anchors]).toEqual(['a', 'b']);
    expect(parsed.links.map((link) => link.url)).toEqual(['/c', '/next']);
  });

  it('extractFeedLinks reads the channel link and the atom:link of an RSS feed', () => {
    const links = extractFeedLinks('<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link href="https://x.dev/rss.xml" rel="self"/><link>https://x.dev/</link></channel></rss>');
    expect(links.map((link) => [link.element, link.url])).toEqual([
      ['rss channel>link', 'https://x.dev/'],
      ['rss atom:link[href]', 'https://x.dev/rss.xml'],
    ]);
  });

  it('extractFeedLinks ignores <guid isPermaLink="false"> and non-HTML Atom content', () => {
    const links = extractFeedLinks('<rss><channel><item><guid isPermaLink="false">id-1</guid></item></channel></rss><feed><entry><content type="text">&lt;a href="/x"&gt;</content></entry></feed>');
    expect(links).toEqual([]);
  });
});
