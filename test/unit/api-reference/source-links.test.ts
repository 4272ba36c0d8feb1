import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED, resolveSourceLinks, sourceLineLink } from '../../../src/lib/api-coverage/index.js';
import { PortalError } from '../../../src/lib/errors.js';
import { createEditUrl } from '../../../src/lib/git/index.js';
import { judgeCommentLinks } from '../../../src/plugins/api-reference/gate.js';
import { generateApiReference, type GeneratedApiReference, type GenerateApiReferenceOptions } from '../../../src/plugins/api-reference/generate.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { markdownFiles } from './generated-pages.js';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/api-reference/doc-links');
const REPOSITORY = 'https://github.com/example/widgets';
const BLOB = `${REPOSITORY}/blob/main`;

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// A repository whose config is not at its root: the package in packages/doc-links, the
// config (rootDir) in site/, a dependency in the package's node_modules.
let repo: string;
let options: GenerateApiReferenceOptions;
let generated: GeneratedApiReference;
const page = (file: string) => readFileSync(path.join(options.outDir, 'doc-links', file), 'utf8');

beforeAll(async () => {
  repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'portal-source-links-')));
  temp.push(repo);
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const pkg = path.join(repo, 'packages/doc-links');
  cpSync(FIXTURE, pkg, { recursive: true });
  const dependency = path.join(pkg, 'node_modules/fake-base');
  mkdirSync(dependency, { recursive: true });
  writeFileSync(path.join(dependency, 'package.json'), '{ "name": "fake-base", "version": "1.0.0", "type": "module", "types": "index.d.ts" }\n');
  writeFileSync(path.join(dependency, 'index.d.ts'), 'export declare class Base {\n  /** Says hello. */\n  greet(): string;\n}\n');
  writeFileSync(path.join(pkg, 'src/derived.ts'), "import { Base } from 'fake-base';\n\n/** A widget base from a dependency. */\nexport class Derived extends Base {}\n");
  // Appended: the fixture's own lines, which the findings name, stay where they are.
  writeFileSync(path.join(pkg, 'src/index.ts'), `${readFileSync(path.join(pkg, 'src/index.ts'), 'utf8')}\nexport { Derived } from './derived.js';\n`);
  mkdirSync(path.join(repo, 'site'));
  options = {
    packages: [
      { name: 'doc-links', title: '@fixture/doc-links', entryPoints: [path.join(pkg, 'src/index.ts')], tsconfig: path.join(pkg, 'tsconfig.json') },
    ],
    rootDir: path.join(repo, 'site'),
    outDir: path.join(repo, 'site/.generated/api'),
    kinds: DEFAULT_REQUIRED_TO_BE_DOCUMENTED,
    threshold: 0,
    mode: 'warn',
    site: { url: 'https://widgets.example.org', baseUrl: '/', repository: REPOSITORY, branch: 'main' },
  };
  generated = await generateApiReference(options);
}, 180_000);

describe('source links when the config is not at the repository root', () => {
  it('shows paths from the git root and links them to the repository, without ".."', () => {
    expect(page('functions/parseWidget.md')).toContain(
      `Defined in: [packages/doc-links/src/index.ts:21](${BLOB}/packages/doc-links/src/index.ts#L21)`,
    );
    expect(page('interfaces/Widget.md')).toContain(`Defined in: [packages/doc-links/src/index.ts:11](${BLOB}/packages/doc-links/src/index.ts#L11)`);
    // The coverage report links the same way.
    const widget = generated.report.packages[0]!.symbols.find((symbol) => symbol.name === 'Widget')!;
    expect(widget).toMatchObject({ file: '../packages/doc-links/src/index.ts', line: 9, sourceUrl: `${BLOB}/packages/doc-links/src/index.ts#L9` });
    // The dev server watches the package, outside the config's folder.
    expect(generated.watchFiles).toContain(path.join(repo, 'packages/doc-links/src/index.ts'));
  });

  it('neither shows nor links files in node_modules or TypeScript lib.*.d.ts', () => {
    for (const file of markdownFiles(options.outDir)) {
      const text = readFileSync(path.join(options.outDir, file), 'utf8');
      expect(text, file).not.toMatch(/node_modules|lib\.es[\w.]*\.d\.ts|\]\(\.\.\/\.\.\/|Defined in: \.\.|\/blob\/main\/\.\./);
    }
    // Inherited members are still documented, from their own comments, without a source line.
    const derived = page('classes/Derived.md');
    expect(derived).toContain('### greet()');
    expect(derived).toContain('Says hello.');
    expect(derived.match(/Defined in:/g)).toHaveLength(1);
    expect(page('classes/WidgetError.md')).toContain('#### Inherited from');
  });

  it("gives each page a meta description from its symbol's summary", () => {
    expect(page('functions/parseWidget.md')).toMatch(/^---\ndescription: "Parses a widget\. See the usage notes, the setup guide and the README\."\n---\n\n# Function: parseWidget\(\)/);
    expect(page('classes/WidgetError.md')).toMatch(/^---\ndescription: "Thrown by parseWidget for an empty text\."\n---\n/);
    expect(page('index.md')).toMatch(/^---\ndescription: "API reference of @fixture\/doc-links\."\n---\n/);
  });
});

describe('links in doc comments', () => {
  it('rewrites links to files in the repository to their repository URL, README anchors included', () => {
    const parseWidget = page('functions/parseWidget.md');
    expect(parseWidget).toContain(`[usage notes](${BLOB}/packages/doc-links/README.md#usage)`);
    expect(parseWidget).toContain(`[setup guide](${BLOB}/packages/doc-links/docs/guide.md#setup)`);
    // `./README.md` from src/ is the package's README, as on npm.
    expect(parseWidget).toContain(`[README](${BLOB}/packages/doc-links/README.md#usage)`);
    const widget = page('interfaces/Widget.md');
    // An unexported symbol links to its source line; a bare anchor to a README heading to the README.
    expect(widget).toContain(`[checkWidget](${BLOB}/packages/doc-links/src/internal.ts#L2)`);
    expect(widget).toContain(`see also [Options](${BLOB}/packages/doc-links/README.md#options)`);
    // A bare anchor to a heading of the page itself stays.
    expect(widget).toContain('described under [name](#name)');
    // Nothing is copied into the site as a page of its own.
    expect(markdownFiles(options.outDir).filter((file) => file.includes('_media'))).toEqual([]);
  });

  it('renders what leads nowhere as plain text and reports it once, at the line of the link', () => {
    expect(page('functions/parseWidget.md')).toContain('Broken on purpose: a missing heading,\na missing file and a missing anchor.');
    expect(page('interfaces/Widget.md')).toContain('and NoSuchThing does not exist.');
    // Reported once, as findings: TypeDoc's own warning about the missing file is not repeated.
    expect(generated.warnings).toEqual([]);
    const file = '../packages/doc-links/src/index.ts';
    expect(generated.linkFindings).toEqual([
      { file, line: 18, gate: 'anchors', message: 'link "../README.md#no-such-heading" in the comment of parseWidget: packages/doc-links/README.md has no heading "no-such-heading"' },
      { file, line: 19, gate: 'links', message: 'link "../docs/missing.md" in the comment of parseWidget: no such file' },
      { file, line: 5, gate: 'links', message: '{@link NoSuchThing} in the comment of Widget: no documented symbol of that name, and no declaration in the repository' },
      { file, line: 19, gate: 'anchors', message: 'link "#nowhere" in the comment of parseWidget: no heading "nowhere" on its page or in README.md' },
    ]);
  });

  it('keeps the findings with reused pages', async () => {
    const again = await generateApiReference(options);
    expect(again.reused).toBe(true);
    expect(again.linkFindings).toEqual(generated.linkFindings);
  }, 60_000);

  it('fails on error, prints once on warn, stays quiet on off', () => {
    const lines = [
      `../packages/doc-links/src/index.ts:19: link "../docs/missing.md" in the comment of parseWidget: no such file`,
      `../packages/doc-links/src/index.ts:5: {@link NoSuchThing} in the comment of Widget: no documented symbol of that name, and no declaration in the repository`,
      `../packages/doc-links/src/index.ts:18: link "../README.md#no-such-heading" in the comment of parseWidget: packages/doc-links/README.md has no heading "no-such-heading"`,
      `../packages/doc-links/src/index.ts:19: link "#nowhere" in the comment of parseWidget: no heading "nowhere" on its page or in README.md`,
    ];
    let error: unknown;
    try {
      judgeCommentLinks(generated, { links: 'error', anchors: 'error' }, () => expect.fail('nothing is printed on error'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).exitCode).toBe(1);
    expect((error as PortalError).message).toBe(
      '2 doc-comment links in the API reference point at a missing file or symbol (gates.links: "error"); 2 doc-comment links in the API reference point at a missing heading (gates.anchors: "error")',
    );
    expect((error as PortalError).problems).toEqual(lines);

    const printed: string[] = [];
    judgeCommentLinks(generated, { links: 'warn', anchors: 'off' }, (text) => printed.push(text));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('2 doc-comment links in the API reference point at a missing file or symbol (gates.links: "warn", not failing)');
    for (const line of lines.slice(0, 2)) expect(printed[0]).toContain(line);
    expect(printed[0]).not.toContain('#nowhere');

    judgeCommentLinks(generated, { links: 'off', anchors: 'off' }, () => expect.fail('nothing is printed on off'));
  });
});

describe('resolveSourceLinks', () => {
  it("takes the git root of the package's tsconfig, and each field of the package's override", () => {
    const input = { tsconfig: path.join(repo, 'packages/doc-links/tsconfig.json') };
    const site = { repository: REPOSITORY, branch: 'main' };
    const rootDir = path.join(repo, 'site');
    expect(resolveSourceLinks(input, site, rootDir)).toEqual({ root: repo, location: site });
    expect(resolveSourceLinks({ ...input, sourceLinks: false }, site, rootDir)).toEqual({ root: repo });
    const vendored = resolveSourceLinks({ ...input, sourceLinks: { repository: 'https://gitlab.com/acme/sdk', branch: 'v2', root: '../packages/doc-links' } }, site, rootDir);
    expect(vendored).toEqual({ root: path.join(repo, 'packages/doc-links'), location: { repository: 'https://gitlab.com/acme/sdk', branch: 'v2' } });
    expect(sourceLineLink(vendored, path.join(repo, 'packages/doc-links/src/index.ts'), 21)).toBe('https://gitlab.com/acme/sdk/-/blob/v2/src/index.ts#L21');
    expect(sourceLineLink(vendored, path.join(repo, 'packages/doc-links/node_modules/fake-base/index.d.ts'), 1)).toBeUndefined();
    expect(sourceLineLink(vendored, path.join(repo, 'site/docs/intro.md'), 1)).toBeUndefined();

    // Outside any git checkout, paths start at the config's folder.
    const copy = realpathSync(mkdtempSync(path.join(tmpdir(), 'portal-no-git-')));
    temp.push(copy);
    expect(resolveSourceLinks({ tsconfig: path.join(copy, 'tsconfig.json') }, site, copy)).toEqual({ root: copy, location: site });
  });
});

describe('edit links', () => {
  it('link a file of the checkout at its path from the repository root, and nothing outside it', () => {
    const editUrl = createEditUrl({ repository: REPOSITORY, branch: 'main', contentDir: path.join(repo, 'site/docs'), repositoryRoot: repo });
    expect(editUrl({ docPath: 'guide/intro.md' })).toBe(`${REPOSITORY}/edit/main/site/docs/guide/intro.md`);
    const outside = createEditUrl({ repository: REPOSITORY, branch: 'main', contentDir: path.join(REPO_ROOT, 'docs'), repositoryRoot: repo });
    expect(outside({ docPath: 'getting-started.md' })).toBeUndefined();
    const blog = createEditUrl({ repository: 'https://gitlab.com/example/widgets', branch: 'release/2.x', contentDir: path.join(repo, 'blog'), repositoryRoot: repo });
    expect(blog({ blogPath: '2026-12-01-launch.md' })).toBe('https://gitlab.com/example/widgets/-/edit/release/2.x/blog/2026-12-01-launch.md');
  });
});
