import { describe, expect, it } from 'vitest';
import { parseRfcSource } from '../../../src/lib/rfcs/index.js';

const SOURCE = `---
rfc: 1
title: First
authors:
  - Ada
  - Grace
supersedes: [3, 4]
---

# Not an H2

## Summary {#tldr}

\`\`\`md
## Not a heading, inside code
\`\`\`

Motivation **with emphasis**
----------------------------

### Deeper

## Detailed \`design\`
`;

describe('parseRfcSource', () => {
  const parsed = parseRfcSource(SOURCE, 'x.md');

  it('collects H2 headings with their lines, setext included, code blocks and anchors left out', () => {
    expect(parsed.sections).toEqual([
      { title: 'Summary', line: 12 },
      { title: 'Motivation with emphasis', line: 18 },
      { title: 'Detailed design', line: 23 },
    ]);
    expect(parsed.lineCount).toBe(23);
  });

  it('parses the YAML front matter and locates keys and list items on file lines', () => {
    if (!parsed.frontMatter.present) throw new Error('front matter expected');
    const { data, lineOf, line, errors } = parsed.frontMatter;
    expect(errors).toEqual([]);
    expect(line).toBe(1);
    expect(data).toEqual({ rfc: 1, title: 'First', authors: ['Ada', 'Grace'], supersedes: [3, 4] });
    expect(lineOf(['rfc'])).toBe(2);
    expect(lineOf(['authors'])).toBe(4);
    expect(lineOf(['authors', 1])).toBe(6);
    expect(lineOf(['supersedes', 1])).toBe(7);
    expect(lineOf(['status'])).toBe(1); // absent key: the opening ---
    expect(lineOf(['authors', 9])).toBe(4); // absent item: its list
  });

  it.each([
    ['a duplicate key', '---\nrfc: 1\nrfc: 2\n---\n', [{ line: 3, message: 'Map keys must be unique' }]],
    [
      'a tab indent',
      '---\nauthors:\n\t- Ada\n---\n',
      [{ line: 3, message: 'Tabs are not allowed as indentation' }],
    ],
  ])('reports %s with the file line of the YAML error', (_name, source, expected) => {
    const frontMatter = parseRfcSource(source, 'x.md').frontMatter;
    expect(frontMatter.present && frontMatter.errors.map(({ line, message }) => ({ line, message: message.split(':')[0] }))).toEqual(expected);
    expect(frontMatter.present && frontMatter.data).toBeUndefined();
  });

  it.each([
    ['no front matter', '# Title\n', false],
    ['an unclosed front matter', '---\nrfc: 1\n\n## Summary\n', true],
  ])('tells %s apart', (_name, source, unclosed) => {
    expect(parseRfcSource(source, 'x.md').frontMatter).toEqual({ present: false, unclosed });
  });

  it('reads an empty front matter as null', () => {
    const frontMatter = parseRfcSource('---\n---\n\n## Summary\n', 'x.md').frontMatter;
    expect(frontMatter.present && frontMatter.data).toBeNull();
  });
});
