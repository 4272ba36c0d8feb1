import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { findJsonDepthExcess, findMarkdownDepthExcess, findXmlLimitExcess, yamlToJsBounded } from '../../../src/lib/results/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

/** Every file under the given folders of the repository whose name ends with one of `extensions`. */
function filesOf(folders: string[], extensions: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (extensions.some((ext) => name.endsWith(ext))) found.push(file);
    }
  };
  for (const folder of folders) walk(path.join(REPO_ROOT, folder));
  return found;
}

describe('the limits refuse no real input', () => {
  it('no Markdown page of the repository is "too deep"', () => {
    const files = [...filesOf(['docs', 'rfcs', 'runbooks', 'test/fixtures', 'examples'], ['.md', '.mdx']), path.join(REPO_ROOT, 'CHANGELOG.md')];
    expect(files.length).toBeGreaterThan(30);
    const flagged = files.filter((file) => findMarkdownDepthExcess(readFileSync(file, 'utf8')) !== undefined);
    expect(flagged).toEqual([]);
  });

  it('no JSON fixture is nested too deep, and no XML fixture is refused', () => {
    const json = filesOf(['test/fixtures/bench', 'test/fixtures/coverage', 'test/fixtures/history'], ['.json']);
    expect(json.length).toBeGreaterThan(10);
    expect(json.filter((file) => findJsonDepthExcess(readFileSync(file, 'utf8')) !== undefined)).toEqual([]);
    const xml = filesOf(['test/fixtures/coverage'], ['.xml']);
    expect(xml.length).toBeGreaterThan(1);
    expect(xml.filter((file) => findXmlLimitExcess(readFileSync(file, 'utf8')) !== undefined)).toEqual([]);
  });
});

describe('limit scanners', () => {
  it('JSON: the pointer of the container that goes too deep, keys included', () => {
    const text = `{"a": [1, {"b": ${'['.repeat(3)}]]]}]}`;
    expect(findJsonDepthExcess(text, 3)).toEqual({ line: 1, column: 17, pointer: '/a/1/b', message: 'arrays and objects nested more than 3 levels deep, expected at most 3' });
    expect(findJsonDepthExcess(text, 6)).toBeUndefined();
    // Brackets inside strings are not nesting.
    expect(findJsonDepthExcess(`["${'['.repeat(500)}"]`)).toBeUndefined();
  });

  it('XML: comments, CDATA and processing instructions are skipped; self-closing tags do not nest', () => {
    expect(findXmlLimitExcess(`<a><!-- ${'<b>'.repeat(50)} --><![CDATA[${'<c>'.repeat(50)}]]>${'<d/>'.repeat(50)}</a>`, 2)).toBeUndefined();
    expect(findXmlLimitExcess('<a>\n  <b>\n    <c/>\n    <c>', 2)).toEqual({ line: 4, column: 5, message: 'elements nested more than 2 levels deep, expected at most 2' });
    expect(findXmlLimitExcess('<!DOCTYPE x [<!ENTITY a "b">]><x/>')?.message).toMatch(/^a DOCTYPE with entity declarations/);
  });

  it('Markdown: ordered and bullet markers, quotes and indentation each count; fenced code does not', () => {
    expect(findMarkdownDepthExcess('> > > x', 2)).toEqual({ line: 1, column: 5, message: 'blockquotes and lists nested about 3 levels deep, expected at most 2' });
    expect(findMarkdownDepthExcess('1. a\n   1. b\n      1. c', 3)?.line).toBe(3);
    expect(findMarkdownDepthExcess('```\n> > > > x\n```\n', 2)).toBeUndefined();
    expect(findMarkdownDepthExcess('* **bold** and -1 and 3.14', 1)).toBeUndefined();
  });

  it('YAML: an alias bomb is refused at its first alias; ordinary aliases load', () => {
    // Six levels of ten: a million nodes from 250 bytes.
    const level = (name: string, of: string) => `${name}: &${name} [${Array(10).fill(`*${of}`).join(', ')}]\n`;
    const bomb = parseDocument(`a: &a [x, x, x, x, x, x, x, x, x, x]\n${level('b', 'a')}${level('c', 'b')}${level('d', 'c')}${level('e', 'd')}${level('f', 'e')}`);
    const refused = yamlToJsBounded(bomb);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.excess.offset).toBe(44);
    const fine = yamlToJsBounded(parseDocument('base: &base { a: 1 }\none: *base\ntwo: *base\n'));
    expect(fine).toEqual({ ok: true, value: { base: { a: 1 }, one: { a: 1 }, two: { a: 1 } } });
    // yaml.stringify aliases every object used twice: a generated spec of 200 operations sharing
    // their schemas (as the bench's) holds about 700 aliases and must load.
    const shared = { type: 'object', properties: { id: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } };
    const paths = Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`/things/${i}`, { get: { responses: { '200': { content: { 'application/json': { schema: shared } } } } } }]));
    const generated = parseDocument(stringify({ openapi: '3.1.0', paths }));
    expect(stringify({ paths }).match(/\*a\d*/g)?.length).toBeGreaterThan(600);
    expect(yamlToJsBounded(generated).ok).toBe(true);
  });
});
