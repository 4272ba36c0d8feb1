import { describe, expect, it } from 'vitest';
import { searchSectionOf, sectionListProblems, type SearchSection } from '../../../src/lib/search/sections.js';

const SECTIONS: SearchSection[] = [
  { path: '/docs', label: 'Docs', kind: 'docs' },
  { path: '/runbooks', label: 'Runbooks', kind: 'docs' },
  { path: '/api', label: 'API', kind: 'docs' },
  { path: '/http-api', label: 'HTTP API' },
  { path: '/blog', label: 'Releases', kind: 'blog' },
  { path: '/changelog', label: 'Changelog' },
];

const labelOf = (pathname: string, baseUrl = '/') => searchSectionOf(pathname, baseUrl, SECTIONS)?.label;

describe('searchSectionOf', () => {
  it('puts each page in the section its path starts with, by whole path segments', () => {
    expect(labelOf('/docs')).toBe('Docs');
    expect(labelOf('/docs/getting-started')).toBe('Docs');
    expect(labelOf('/api/task-service-sdk/classes/TaskClient')).toBe('API');
    expect(labelOf('/http-api/task-service/tasks/reopen-task')).toBe('HTTP API');
    expect(labelOf('/changelog')).toBe('Changelog');
    expect(labelOf('/changelog/1.2.0')).toBe('Changelog');
    // `/docsify` is not under `/docs`, and `/api` is not under `/http-api`.
    expect(labelOf('/docsify')).toBeUndefined();
    expect(labelOf('/apis')).toBeUndefined();
  });

  it('leaves out the home page, 404 and pages outside every section', () => {
    expect(labelOf('/')).toBeUndefined();
    expect(labelOf('/404.html')).toBeUndefined();
    expect(labelOf('/dashboards/benchmarks')).toBeUndefined();
  });

  it("leaves out a blog's list, tag, archive and author pages and a docs section's tag pages, not its posts", () => {
    expect(labelOf('/blog')).toBeUndefined();
    expect(labelOf('/blog/page/2')).toBeUndefined();
    expect(labelOf('/blog/tags')).toBeUndefined();
    expect(labelOf('/blog/tags/release')).toBeUndefined();
    expect(labelOf('/blog/archive')).toBeUndefined();
    expect(labelOf('/blog/authors')).toBeUndefined();
    expect(labelOf('/blog/authors/ada')).toBeUndefined();
    expect(labelOf('/blog/2026/11/01/portico-0.1')).toBe('Releases');
    expect(labelOf('/docs/tags')).toBeUndefined();
    expect(labelOf('/docs/tags/operations')).toBeUndefined();
    // Only blogs have archives: a runbook may be called that.
    expect(labelOf('/runbooks/archive')).toBe('Runbooks');
  });

  it('reads the path under the baseUrl and leaves out anything outside it', () => {
    expect(labelOf('/portal/docs/cli', '/portal/')).toBe('Docs');
    expect(labelOf('/portal/blog', '/portal/')).toBeUndefined();
    expect(labelOf('/portal/', '/portal/')).toBeUndefined();
    expect(labelOf('/docs/cli', '/portal/')).toBeUndefined();
    expect(labelOf('/portalx/docs/cli', '/portal/')).toBeUndefined();
  });

  it('picks the longest section path when sections nest', () => {
    const nested: SearchSection[] = [
      { path: '/docs', label: 'Docs' },
      { path: '/docs/api/', label: 'API' },
    ];
    expect(searchSectionOf('/docs/api/client', '/', nested)?.label).toBe('API');
    expect(searchSectionOf('/docs/apis', '/', nested)?.label).toBe('Docs');
  });
});

describe('sectionListProblems', () => {
  it('accepts the site configuration and names each problem of a bad list by index', () => {
    expect(sectionListProblems(SECTIONS)).toEqual([]);
    expect(
      sectionListProblems([
        { path: 'docs', label: 'Docs' },
        { path: '/api', label: '' },
        { path: '/api/', label: 'API, HTTP' },
        { path: '/blog', label: 'Docs', kind: 'journal' as 'blog' },
      ]),
    ).toEqual([
      'sections[0].path: got "docs", expected a route path starting with "/"',
      'sections[1].label: got "", expected a non-empty name without commas',
      'sections[2].path: "/api/" is listed twice',
      'sections[2].label: got "API, HTTP", expected a non-empty name without commas',
      'sections[3].label: "Docs" is listed twice',
      'sections[3].kind: got "journal", expected "blog", "docs" or "pages"',
    ]);
  });
});
