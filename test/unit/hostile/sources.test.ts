import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasStackTrace, portal, scratch } from './cli.js';

/**
 * Issue 22: hostile YAML, Markdown and configuration inputs to the lint and
 * check commands, run through the CLI in-process. Each returns (vitest's
 * timeout is the guard against a hang) with exit 2, no stack trace, and a
 * message naming the file and the line.
 */

const MINIMAL_CONFIG = `export default {
  site: { title: 'Hostile', url: 'https://hostile.example.org', baseUrl: '/', repository: 'https://github.com/example/hostile' },
};
`;

/** A YAML alias bomb: 9 levels of 9 aliases each expand to 9⁹ (387 million) nodes from 1.2 KB. */
function aliasBomb(indent = ''): string {
  const lines = [`${indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let level = 1; level <= 9; level++) {
    const previous = `*a${level - 1}`;
    lines.push(`${indent}a${level}: &a${level} [${Array.from({ length: 9 }, () => previous).join(', ')}]`);
  }
  return lines.join('\n');
}

let dir: string;

beforeEach(() => {
  dir = scratch();
  writeFileSync(path.join(dir, 'portal.config.ts'), MINIMAL_CONFIG);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function refused(args: string[]): Promise<string> {
  const run = await portal(args, dir);
  expect(run.stderr).not.toSatisfy(hasStackTrace);
  expect(run.code, run.stderr).toBe(2);
  return run.stderr;
}

describe('YAML alias bombs', () => {
  it('in an alert rule file: portal check runbooks names the file and the line of the first alias', async () => {
    writeFileSync(path.join(dir, 'rules.yaml'), `groups:\n  - name: bomb\n    rules: []\n${aliasBomb()}\n`);
    mkdirSync(path.join(dir, 'runbooks'));
    const stderr = await refused(['check', 'runbooks', '--rules', 'rules.yaml', '--runbooks', 'runbooks']);
    expect(stderr).toContain(
      'rules.yaml:5: YAML aliases (*name) expand to too many nodes (more than 10,000 times the document), expected a document without an alias bomb',
    );
  });

  it('in runbook front matter, and a runbook nested 10,000 blockquotes deep: portal check runbooks', async () => {
    writeFileSync(path.join(dir, 'rules.yaml'), 'groups:\n  - name: ok\n    rules:\n      - alert: A\n        expr: up == 0\n');
    mkdirSync(path.join(dir, 'runbooks'));
    writeFileSync(path.join(dir, 'runbooks', 'a.md'), `---\ntitle: A\nalerts: [A]\n${aliasBomb()}\n---\n\n## Symptoms\n`);
    let stderr = await refused(['check', 'runbooks', '--rules', 'rules.yaml', '--runbooks', 'runbooks']);
    expect(stderr).toContain('runbooks/a.md:5: YAML aliases (*name) expand to too many nodes');
    writeFileSync(path.join(dir, 'runbooks', 'a.md'), `---\ntitle: A\nalerts: [A]\n---\n\n${'>'.repeat(10_000)} deep\n`);
    stderr = await refused(['check', 'runbooks', '--rules', 'rules.yaml', '--runbooks', 'runbooks']);
    expect(stderr).toContain('runbooks/a.md:6:101: blockquotes and lists nested about 10000 levels deep, expected at most 100');
  });

  it('in RFC front matter: portal lint rfcs names the file and the line', async () => {
    mkdirSync(path.join(dir, 'rfcs'));
    writeFileSync(path.join(dir, 'rfcs', '0001-bomb.md'), `---\ntitle: Bomb\n${aliasBomb()}\n---\n\n## Summary\n\nText.\n`);
    const stderr = await refused(['lint', 'rfcs', '--dir', 'rfcs']);
    expect(stderr).toContain('rfcs/0001-bomb.md:4: YAML aliases (*name) expand to too many nodes');
  });

  it('in an OpenAPI spec: portal openapi lint refuses it before Redocly walks it (was 46 s and 3 GB)', async () => {
    writeFileSync(
      path.join(dir, 'openapi.yaml'),
      `openapi: 3.1.0\ninfo:\n  title: Bomb\n  version: 1.0.0\npaths: {}\ncomponents:\n  x-bomb:\n${aliasBomb('    ')}\n`,
    );
    const stderr = await refused(['openapi', 'lint', 'openapi.yaml']);
    expect(stderr).toContain(
      'openapi.yaml:9:14: YAML aliases (*name) expand to too many nodes (more than 10,000 times the document), expected a document without an alias bomb',
    );
  });

  it('in a file an OpenAPI spec references: refused, naming that file', async () => {
    writeFileSync(
      path.join(dir, 'openapi.yaml'),
      "openapi: 3.1.0\ninfo:\n  title: T\n  version: 1.0.0\npaths: {}\ncomponents:\n  schemas:\n    Bomb:\n      $ref: './bomb.yaml'\n",
    );
    writeFileSync(path.join(dir, 'bomb.yaml'), `type: object\nx-bomb:\n${aliasBomb('  ')}\n`);
    const stderr = await refused(['openapi', 'lint', 'openapi.yaml']);
    expect(stderr).toMatch(/openapi\.yaml:9:7: unresolved \$ref: Unusable OpenAPI spec bomb\.yaml:4:12: YAML aliases \(\*name\) expand to too many nodes/);
  });

  it('in a Redocly configuration: refused with its line', async () => {
    writeFileSync(path.join(dir, 'openapi.yaml'), 'openapi: 3.1.0\ninfo:\n  title: T\n  version: 1.0.0\npaths: {}\n');
    writeFileSync(path.join(dir, 'redocly.yaml'), `extends:\n  - recommended\nx-bomb:\n${aliasBomb('  ')}\n`);
    const stderr = await refused(['openapi', 'lint', 'openapi.yaml', '--redocly-config', 'redocly.yaml']);
    expect(stderr).toContain('redocly.yaml:5:');
    expect(stderr).toContain('YAML aliases (*name) expand to too many nodes');
  });

  it('a few legitimate anchors and aliases still load', async () => {
    writeFileSync(
      path.join(dir, 'rules.yaml'),
      'groups:\n  - name: ok\n    rules:\n      - alert: A\n        expr: up == 0\n        labels: &labels { severity: page }\n      - alert: B\n        expr: up == 1\n        labels: *labels\n',
    );
    mkdirSync(path.join(dir, 'runbooks'));
    const run = await portal(['check', 'runbooks', '--rules', 'rules.yaml', '--runbooks', 'runbooks'], dir);
    expect(run.stderr).not.toContain('alias');
    expect(run.code).toBe(1); // the two alerts have no runbook: a finding, not unusable input
  });
});

describe('Redocly configuration', () => {
  beforeEach(() => {
    writeFileSync(path.join(dir, 'openapi.yaml'), 'openapi: 3.1.0\ninfo:\n  title: T\n  version: 1.0.0\npaths: {}\n');
  });

  it('an unknown rule and an unknown severity: exit 2, each with file:line:column', async () => {
    writeFileSync(path.join(dir, 'redocly.yaml'), 'extends:\n  - recommended\nrules:\n  no-such-rule: error\n  operation-summary: blocker\n');
    const stderr = await refused(['openapi', 'lint', 'openapi.yaml', '--redocly-config', 'redocly.yaml']);
    expect(stderr).toContain('Cannot load the Redocly configuration');
    expect(stderr).toContain('redocly.yaml:4:3: Property `no-such-rule` is not expected here.');
    expect(stderr).toContain('redocly.yaml:5:22: `operation-summary` can be one of the following only: "error", "warn", "off".');
  });

  it('the redocly.yaml found next to the project (no --redocly-config) is checked the same way', async () => {
    writeFileSync(path.join(dir, 'redocly.yaml'), 'rules:\n  operation-sumary: error\n');
    const stderr = await refused(['openapi', 'lint', 'openapi.yaml']);
    expect(stderr).toContain('redocly.yaml:2:3: Property `operation-sumary` is not expected here.');
  });

  it('a valid one still lints', async () => {
    writeFileSync(path.join(dir, 'redocly.yaml'), 'extends:\n  - recommended\nrules:\n  operation-summary: warn\n');
    const run = await portal(['openapi', 'lint', 'openapi.yaml', '--redocly-config', 'redocly.yaml'], dir);
    expect(run.stderr).not.toContain('Cannot load the Redocly configuration');
    expect(run.stderr).not.toSatisfy(hasStackTrace);
    expect([0, 1]).toContain(run.code);
  });
});

describe('deep Markdown nesting is refused before remark parses', () => {
  it('10,000 nested blockquotes in a changelog: exit 2 at the line, not a stack overflow', async () => {
    writeFileSync(path.join(dir, 'CHANGELOG.md'), `# Changelog\n\n## [1.0.0] - 2026-01-01\n\n${'> '.repeat(10_000)}deep\n`);
    const stderr = await refused(['lint', 'changelog', 'CHANGELOG.md']);
    expect(stderr).toContain('CHANGELOG.md:5:201: blockquotes and lists nested about 10000 levels deep, expected at most 100');
  });

  it('3,000 nested list levels in a changelog: returns (was no answer in 120 s)', async () => {
    const items = Array.from({ length: 3_000 }, (_, level) => `${'  '.repeat(level)}- level ${level}`);
    writeFileSync(path.join(dir, 'CHANGELOG.md'), `# Changelog\n\n## [1.0.0] - 2026-01-01\n\n### Added\n\n${items.join('\n')}\n`);
    const stderr = await refused(['lint', 'changelog', 'CHANGELOG.md']);
    expect(stderr).toContain('CHANGELOG.md:107:201: blockquotes and lists nested about 101 levels deep, expected at most 100');
  });

  it('"- " × 3,000 on one line (lists nested on one line) in an RFC', async () => {
    mkdirSync(path.join(dir, 'rfcs'));
    writeFileSync(path.join(dir, 'rfcs', '0001-deep.md'), `---\ntitle: Deep\n---\n\n## Summary\n\n${'- '.repeat(3_000)}x\n`);
    const stderr = await refused(['lint', 'rfcs', '--dir', 'rfcs']);
    expect(stderr).toContain('rfcs/0001-deep.md:7:201: blockquotes and lists nested about 3000 levels deep, expected at most 100');
  });

  it('nesting inside fenced code is not counted', async () => {
    writeFileSync(
      path.join(dir, 'CHANGELOG.md'),
      `# Changelog\n\n## [1.0.0] - 2026-01-01\n\n### Added\n\n- A thing\n\n\`\`\`text\n${'> '.repeat(500)}\n\`\`\`\n`,
    );
    const run = await portal(['lint', 'changelog', 'CHANGELOG.md'], dir);
    expect(run.stderr).not.toContain('nested about');
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('portal config check', () => {
  it('a syntax error names the line and column', async () => {
    writeFileSync(path.join(dir, 'portal.config.ts'), "export default {\n  site: {\n    title: 'x' +,\n  },\n};\n");
    const stderr = await refused(['config', 'check']);
    expect(stderr).toMatch(/could not be loaded: portal\.config\.ts:3:\d+: syntax error: .+, expected valid TypeScript/);
  });

  it('a getter that throws: exit 2 naming the field, not a stack trace', async () => {
    writeFileSync(
      path.join(dir, 'portal.config.ts'),
      "export default {\n  site: {\n    get title(): string { throw new Error('no title today'); },\n    url: 'https://x.example.org',\n  },\n};\n",
    );
    const stderr = await refused(['config', 'check']);
    expect(stderr).toContain('site.title: reading the value threw "no title today", expected a plain value');
  });
});
