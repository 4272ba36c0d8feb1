import { describe, expect, it } from 'vitest';
import { renderUntrustedMarkdown, safeHttpUrl } from '../../../src/lib/markdown/index.js';

describe('renderUntrustedMarkdown', () => {
  it('renders ordinary Markdown: emphasis, code, lists, tables and http links', () => {
    const html = renderUntrustedMarkdown(
      '- **Added** `TaskClient.iterateTasks` ([#42](https://github.com/e/e/pull/42))\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    );
    expect(html).toContain('<strong>Added</strong>');
    expect(html).toContain('<code>TaskClient.iterateTasks</code>');
    expect(html).toContain('<a href="https://github.com/e/e/pull/42">#42</a>');
    expect(html).toContain('<table>');
  });

  it.each([
    ['a script element', 'Fixed <script>alert(1)</script> things', /<script/i],
    ['an event-handler attribute', 'See <img src="x.png" onerror="alert(1)">', /onerror/i],
    ['a javascript: link', '[click me](javascript:alert(1))', /javascript:/i],
    ['an upper-case JAVASCRIPT: link', '[click](JAVASCRIPT:alert(1))', /javascript:/i],
    ['an entity-encoded javascript: link', '[x](&#106;avascript:alert(1))', /javascript:|&#106;avascript/i],
    ['a data: URL', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', /data:text/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['a style element', '<style>body{display:none}</style>', /<style/i],
    ['an svg with onload', '<svg onload="alert(1)"></svg>', /onload|<svg/i],
    ['a javascript: image', '![x](javascript:alert(1))', /javascript:/i],
  ])('drops %s', (_name, markdown, forbidden) => {
    expect(renderUntrustedMarkdown(markdown)).not.toMatch(forbidden);
  });

  it('keeps the text around removed HTML', () => {
    const html = renderUntrustedMarkdown('Fixed <b onclick="x()">bold</b> crash in **parser**');
    expect(html).toContain('Fixed');
    expect(html).toContain('<strong>parser</strong>');
    expect(html).not.toContain('onclick');
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://github.com/e/e/issues/1', 'https://github.com/e/e/issues/1'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});
