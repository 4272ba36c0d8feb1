import { describe, expect, it } from 'vitest';
import { checkRequiredSections, parseMarkdownDocument } from '../../../src/lib/markdown/document.js';
import { PortalError } from '../../../src/lib/errors.js';

const PAGE = [
  '---', // 1
  'title: Queue backlog', // 2
  'alerts:', // 3
  '  - QueueBacklog', // 4
  '  - QueueStalled', // 5
  'owner: { team: platform }', // 6
  '---', // 7
  '', // 8
  '## Summary {#tl-dr}', // 9
  '', // 10
  'Work piles up.', // 11
  '', // 12
  '> ## Diagnosis', // 13
  '', // 14
  '## Mitigation', // 15
  '## Summary', // 16
  '', // 17
  'Again.', // 18
  '', // 19
  '', // 20
].join('\n');

describe('parseMarkdownDocument', () => {
  const document = parseMarkdownDocument(PAGE, { file: 'runbooks/queue.md', what: 'runbook' });

  it('reads the front matter with the file line of every field, item and missing field', () => {
    const fm = document.frontMatter;
    if (!fm.present) throw new Error('front matter expected');
    expect(fm.data).toEqual({ title: 'Queue backlog', alerts: ['QueueBacklog', 'QueueStalled'], owner: { team: 'platform' } });
    expect(fm.isMapping).toBe(true);
    expect([fm.lineOf(['title']), fm.lineOf(['alerts']), fm.lineOf(['alerts', 1]), fm.lineOf(['owner', 'team']), fm.lineOf(['alerts', 7]), fm.lineOf(['severity'])]).toEqual([
      2, 3, 5, 6, 3, 1,
    ]);
  });

  it('takes top-level H2 headings as sections, without a {#anchor}; a heading inside a quote is not one', () => {
    expect(document.sections).toEqual([
      { title: 'Summary', line: 9 },
      { title: 'Mitigation', line: 15 },
      { title: 'Summary', line: 16 },
    ]);
    expect([document.lineCount, document.lastLine]).toEqual([19, 18]);
  });

  it('places YAML errors on file lines, and tells an unclosed block from none', () => {
    const broken = parseMarkdownDocument('---\ntitle: [unclosed\n---\n# x\n', { file: 'x.md', what: 'RFC' }).frontMatter;
    expect(broken.present && broken.errors.map((error) => error.line)).toEqual([2]);
    expect(parseMarkdownDocument('---\ntitle: x\n', { file: 'x.md', what: 'RFC' }).frontMatter).toEqual({ present: false, unclosed: true });
    expect(parseMarkdownDocument('# x\n', { file: 'x.md', what: 'RFC' }).frontMatter).toEqual({ present: false, unclosed: false });
    const list = parseMarkdownDocument('---\n- a\n---\n', { file: 'x.md', what: 'RFC' }).frontMatter;
    expect(list.present && list.isMapping).toBe(false);
  });

  it('refuses an alias bomb in the front matter with the caller headline and the line of the first alias', () => {
    const aliases = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 6 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)];
    const source = ['---', ...aliases, '---', ''].join('\n');
    let error: unknown;
    try {
      parseMarkdownDocument(source, { file: 'bomb.md', what: 'runbook', frontMatterHeadline: 'Cannot read the runbook bomb.md' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).message).toBe('Cannot read the runbook bomb.md');
    expect((error as PortalError).problems[0]).toMatch(/^bomb\.md:3: /);
  });
});

describe('checkRequiredSections', () => {
  it('reports missing (with where each belongs), out-of-order, repeated and empty sections', () => {
    const document = parseMarkdownDocument(
      ['# Title', '## Impact', 'text', '## summary', 'text', '## Escalation', '## Impact', 'again', ''].join('\n'),
      { file: 'x.md', what: 'runbook' },
    );
    expect(checkRequiredSections(document, ['Summary', 'Impact', 'Diagnosis', 'Mitigation', 'Escalation'])).toEqual({
      missing: [
        { title: 'Diagnosis', before: { title: 'Escalation', line: 6 } },
        { title: 'Mitigation', before: { title: 'Escalation', line: 6 } },
      ],
      outOfOrder: [{ title: 'Impact', line: 2, after: 'Summary' }],
      repeated: [{ title: 'Impact', line: 7, firstLine: 2 }],
      empty: [{ title: 'Escalation', line: 6 }],
    });
    expect(checkRequiredSections(document, ['Summary', 'Rollout']).missing).toEqual([{ title: 'Rollout' }]);
  });
});
