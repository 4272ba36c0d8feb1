import { describe, expect, it } from 'vitest';
import { checkLinks, type BuiltSite, type UrlParser } from '../../../src/lib/links/index.js';

const SITE = { siteUrl: 'https://docs.example.dev', baseUrl: '/' };
const SIDEBAR_LINKS = 60;

/**
 * A docs site as Docusaurus builds it: `pages` pages that each repeat the same
 * navbar and a sidebar of SIDEBAR_LINKS root-relative links (one of them to a
 * page that is not built, one to a heading that does not exist), plus one
 * same-page `#intro` link and an external link; and a redirect page.
 */
function docsSite(pages: number): BuiltSite {
  const sidebar = Array.from({ length: SIDEBAR_LINKS }, (_, j) =>
    j === SIDEBAR_LINKS - 1 ? '<a href="/docs/missing">Missing</a>' : `<a href="/docs/p${j}${j === 7 ? '#no-such-heading' : ''}">P${j}</a>`,
  ).join('');
  const documents = new Map<string, string>();
  for (let i = 0; i < pages; i += 1) {
    const body = `<nav><a href="/">Home</a><a href="/old#intro">Old</a><a href="https://example.org/">Ext</a></nav><nav>${sidebar}</nav>`;
    documents.set(`docs/p${i}.html`, `<!doctype html><html><head><link rel="stylesheet" href="/assets/site.css"></head><body>${body}<h2 id="intro">Intro</h2><a href="#intro">¶</a></body></html>`);
  }
  documents.set('index.html', '<!doctype html><html><body><h1 id="top-heading">Home</h1></body></html>');
  documents.set('old.html', '<!doctype html><html><head><meta http-equiv="refresh" content="0; url=/docs/p0"></head><body></body></html>');
  return { files: new Set([...documents.keys(), 'assets/site.css']), documents };
}

function countingParser(): { parseUrl: UrlParser; count: () => number } {
  let parses = 0;
  return {
    parseUrl: (input, base) => {
      parses += 1;
      return new URL(input, base);
    },
    count: () => parses,
  };
}

describe('checkLinks is linear in the links', () => {
  it('parses each page-independent href once, however many pages repeat it, and finds the same problems on every page', () => {
    const runs = [100, 200].map((pages) => {
      const parser = countingParser();
      const report = checkLinks(docsSite(pages), SITE, { parseUrl: parser.parseUrl });
      return { pages, parses: parser.count(), report };
    });
    for (const { pages, parses, report } of runs) {
      // 60 sidebar hrefs + `/`, `/old#intro`, the external link and the stylesheet, each once; the
      // site URL once; each page's own `#intro` once per page (it resolves against that page);
      // the redirect page's target once. Not pages × links (which would be about 65 × pages).
      expect(parses).toBe(1 + SIDEBAR_LINKS + 4 + pages + 1);
      expect(report.counts.pages).toBe(pages + 2);
      // Each page's 60 sidebar links, `/`, `/old#intro`, the stylesheet and `#intro`; the redirect page's refresh.
      expect(report.counts.internal).toBe(pages * (SIDEBAR_LINKS + 4) + 1);
      // The missing page and the missing heading, on each of the pages that carry the sidebar.
      expect(report.broken.filter((link) => link.kind === 'missing-file')).toHaveLength(pages);
      expect(report.broken.filter((link) => link.kind === 'missing-fragment')).toHaveLength(pages);
      expect(report.broken[0]).toMatchObject({ page: '/docs/p0', target: '/docs/missing', reason: 'not in the build: tried docs/missing, docs/missing.html, docs/missing/index.html' });
      expect(report.broken[1]).toMatchObject({ page: '/docs/p0', target: '/docs/p7#no-such-heading', reason: 'no element with id "no-such-heading" on /docs/p7' });
      expect(report.external).toEqual([{ url: 'https://example.org/', pages: expect.arrayContaining(['/docs/p0', `/docs/p${pages - 1}`]) }]);
    }
    // Twice the pages with the same sidebar: one more parse per added page (its own `#intro`), not 65.
    expect(runs[1]!.parses - runs[0]!.parses).toBe(100);
  });

  it('still resolves a relative href against its own page, and a <base href> against the page', () => {
    const documents = new Map([
      ['docs/a/x.html', '<!doctype html><html><body><a href="y">y</a></body></html>'],
      ['docs/b/x.html', '<!doctype html><html><body><a href="y">y</a></body></html>'],
      ['docs/c/x.html', '<!doctype html><html><head><base href="/docs/a/"></head><body><a href="y">y</a></body></html>'],
      ['docs/a/y.html', '<!doctype html><html><body></body></html>'],
    ]);
    const report = checkLinks({ files: new Set(documents.keys()), documents }, SITE);
    // The same href "y": found from docs/a and through docs/c's base, missing from docs/b.
    expect(report.broken.map((link) => [link.page, link.target, link.reason])).toEqual([['/docs/b/x', 'y', 'not in the build: tried docs/b/y, docs/b/y.html, docs/b/y/index.html']]);
  });
});
