import { describe, expect, it } from 'vitest';
import { excerptSegments, resultPath, resultView } from '../../../src/lib/search/results.js';

describe('resultPath', () => {
  it("maps Pagefind's file URLs to the site's paths (trailingSlash: false) under the baseUrl", () => {
    expect(resultPath('/docs/cli.html', '/')).toBe('/docs/cli');
    expect(resultPath('/docs/cli.html#build', '/')).toBe('/docs/cli#build');
    expect(resultPath('/', '/')).toBe('/');
    expect(resultPath('/changelog/1.2.0.html', '/')).toBe('/changelog/1.2.0');
    expect(resultPath('/docs/', '/')).toBe('/docs');
    expect(resultPath('/docs/cli.html', '/portal/')).toBe('/portal/docs/cli');
    expect(resultPath('/', '/portal/')).toBe('/portal/');
    expect(resultPath('/http-api/task-service/tasks/reopen-task.html#request', '/portal')).toBe('/portal/http-api/task-service/tasks/reopen-task#request');
  });
});

describe('excerptSegments', () => {
  it('keeps the matches Pagefind marked and turns everything else into text', () => {
    expect(excerptSegments('Run <mark>portal</mark> build, then <mark>portal</mark> check links.')).toEqual([
      { text: 'Run ', match: false },
      { text: 'portal', match: true },
      { text: ' build, then ', match: false },
      { text: 'portal', match: true },
      { text: ' check links.', match: false },
    ]);
  });

  it('shows markup from the page as text: Pagefind escapes < and > of the text, and only those', () => {
    expect(excerptSegments('returns &lt;Promise&lt;Task&gt;&gt; &amp; <mark>&lt;img src=x onerror=alert(1)&gt;</mark>')).toEqual([
      { text: 'returns <Promise<Task>> &amp; ', match: false },
      { text: '<img src=x onerror=alert(1)>', match: true },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('resultView', () => {
  const page = {
    url: '/api/sdk/classes/TaskClient.html',
    excerpt: 'The <mark>client</mark> of the Task Service.',
    meta: { title: 'Class: TaskClient', section: 'API' },
    sub_results: [
      { title: 'Class: TaskClient', url: '/api/sdk/classes/TaskClient.html', excerpt: 'The <mark>client</mark> of the Task Service.' },
      { title: 'reopen()', url: '/api/sdk/classes/TaskClient.html#reopen', excerpt: '<mark>Reopens</mark> a closed task; the <mark>client</mark> retries.' },
      { title: 'close()', url: '/api/sdk/classes/TaskClient.html#close', excerpt: 'Closes a task with the <mark>client</mark> and <mark>reopens</mark> nothing.' },
    ],
  };

  it('leads to the first heading whose part has the most matches', () => {
    expect(resultView(page, '/')).toEqual({
      path: '/api/sdk/classes/TaskClient#reopen',
      title: 'Class: TaskClient',
      heading: 'reopen()',
      section: 'API',
      excerpt: [
        { text: 'Reopens', match: true },
        { text: ' a closed task; the ', match: false },
        { text: 'client', match: true },
        { text: ' retries.', match: false },
      ],
    });
  });

  it('leads to the page when its top part matches as well as any heading', () => {
    const top = resultView({ ...page, sub_results: page.sub_results.slice(0, 1) }, '/portal/');
    expect(top).toMatchObject({ path: '/portal/api/sdk/classes/TaskClient', heading: undefined, section: 'API' });
    const noParts = resultView({ url: '/docs/cli.html', excerpt: 'the <mark>cli</mark>', meta: {} }, '/');
    expect(noParts).toMatchObject({ path: '/docs/cli', title: '/docs/cli', section: undefined });
  });
});
