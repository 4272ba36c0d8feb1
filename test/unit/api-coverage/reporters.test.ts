import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  BADGE_COLORS,
  buildDocCoverageReport,
  countOf,
  docCoverageJsonSchema,
  formatDocCoverageReport,
  parseDocCoverageJson,
  renderDocCoverageBadge,
  toDocCoverageJson,
  type DocCoverageSymbol,
} from '../../../src/lib/api-coverage/index.js';

const symbols: DocCoverageSymbol[] = [
  { name: 'Client', kind: 'Class', reflectionKind: 'Class', documented: true, file: 'src/client.ts', line: 3, page: 'classes/Client.md', url: 'https://x.dev/api/sdk/classes/Client', sourceUrl: 'https://github.com/x/x/blob/main/src/client.ts#L3' },
  { name: 'Client.get', kind: 'Method', reflectionKind: 'CallSignature', documented: false, file: 'src/client.ts', line: 12, page: 'classes/Client.md#get', url: 'https://x.dev/api/sdk/classes/Client#get', sourceUrl: 'https://github.com/x/x/blob/main/src/client.ts#L12' },
  { name: 'Client.put', kind: 'Method', reflectionKind: 'CallSignature', documented: true, file: 'src/client.ts', line: 20, page: 'classes/Client.md#put', url: null, sourceUrl: null },
  { name: 'Options.retries', kind: 'Property', reflectionKind: 'Property', documented: false, file: 'src/options.ts', line: 4, page: 'interfaces/Options.md#retries', url: null, sourceUrl: null },
];

const report = buildDocCoverageReport(
  [
    {
      name: 'sdk',
      title: '@x/sdk',
      entryPoints: ['src/index.ts'],
      totals: countOf(symbols),
      byKind: {
        Class: countOf(symbols.slice(0, 1)),
        Method: countOf(symbols.slice(1, 3)),
        Property: countOf(symbols.slice(3)),
      },
      symbols,
    },
  ],
  { kinds: ['Class', 'Method', 'Property'], threshold: 90 },
);

describe('terminal reporter', () => {
  it('prints a table per package, the undocumented list as file:LINE  kind  name, and the verdict', () => {
    // Colours depend on the terminal (and on CI=true); the text does not.
    expect(stripVTControlCharacters(formatDocCoverageReport(report))).toBe(
      [
        '@x/sdk (sdk)',
        '  Kind      Documented  Total  Percent',
        '  Class              1      1   100.0%',
        '  Method             1      2    50.0%',
        '  Property           0      1     0.0%',
        '  Total              2      4    50.0%',
        '',
        'Undocumented (2):',
        'src/client.ts:12  Method  Client.get',
        'src/options.ts:4  Property  Options.retries',
        '',
        '✖ 50.0% documented (2/4 symbols in 1 package), threshold 90%; below it: sdk 50.0%',
        '',
      ].join('\n'),
    );
  });

  it('says which files a --changed-since run looked at', () => {
    const text = stripVTControlCharacters(formatDocCoverageReport({ ...report, changedSince: { ref: 'origin/main', files: ['src/client.ts'] } }));
    expect(text.split('\n')[0]).toBe('Only exports declared in the 1 file changed since origin/main.');
  });
});

describe('JSON reporter', () => {
  it('writes schemaVersion 1 with totals, per-kind counts and every symbol, and reads it back', () => {
    const json = toDocCoverageJson(report);
    expect(json).toMatchObject({
      schemaVersion: 1,
      generator: 'portico doc-coverage',
      threshold: 90,
      passed: false,
      kinds: ['Class', 'Method', 'Property'],
      totals: { documented: 2, total: 4, percent: 50 },
      changedSince: null,
      packages: [{ name: 'sdk', title: '@x/sdk', passed: false, byKind: { Method: { documented: 1, total: 2, percent: 50 } } }],
    });
    expect(json.packages[0]!.symbols).toEqual(symbols);
    const roundTrip = JSON.parse(JSON.stringify(json)) as unknown;
    expect(docCoverageJsonSchema.safeParse(roundTrip).success).toBe(true);
    expect(parseDocCoverageJson(roundTrip)).toEqual({ ok: true, report });
  });

  it('rejects a document of another shape, naming the field', () => {
    const json = { ...toDocCoverageJson(report), schemaVersion: 2 };
    const parsed = parseDocCoverageJson(json);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual(['schemaVersion: got 2, expected 1']);
  });
});

describe('SVG badge', () => {
  it('shows the percentage, coloured by the threshold', () => {
    const passing = renderDocCoverageBadge({ documented: 10, total: 10, percent: 100 }, { threshold: 100 });
    expect(passing).toContain('>100.0%</text>');
    expect(passing).toContain(`fill="${BADGE_COLORS.pass}"`);
    expect(passing).toContain('aria-label="doc coverage: 100.0% (10/10)"');
    expect(renderDocCoverageBadge({ documented: 95, total: 100, percent: 95 }, { threshold: 100 })).toContain(`fill="${BADGE_COLORS.near}"`);
    expect(renderDocCoverageBadge({ documented: 50, total: 100, percent: 50 }, { threshold: 100 })).toContain(`fill="${BADGE_COLORS.fail}"`);
  });

  it('is a self-contained SVG document that escapes its label', () => {
    const svg = renderDocCoverageBadge({ documented: 1, total: 2, percent: 50 }, { threshold: 40, label: 'docs <&> "api"' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('docs &lt;&amp;&gt; &quot;api&quot;');
    expect(svg).not.toMatch(/href=|<script|@import/);
    // Wider text makes a wider badge.
    const width = (text: string) => Number(/^<svg[^>]* width="(\d+)"/.exec(text)![1]);
    expect(width(svg)).toBeGreaterThan(width(renderDocCoverageBadge({ documented: 1, total: 2, percent: 50 }, { threshold: 40 })));
  });
});
