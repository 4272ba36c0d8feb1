import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeApiPackages,
  DEFAULT_REQUIRED_TO_BE_DOCUMENTED,
  type PackageDocCoverage,
} from '../../../src/lib/api-coverage/index.js';
import { FIXTURE_SITE, MIXED_DIR, MIXED_PACKAGE } from './fixture.js';

let coverage: PackageDocCoverage;

beforeAll(async () => {
  const [result] = await analyzeApiPackages([MIXED_PACKAGE], { rootDir: MIXED_DIR, kinds: DEFAULT_REQUIRED_TO_BE_DOCUMENTED, site: FIXTURE_SITE });
  coverage = result!.coverage;
}, 120_000);

const undocumented = () => coverage.symbols.filter((s) => !s.documented).map((s) => [s.file, s.line, s.kind, s.name]);
const documentedNames = () => coverage.symbols.filter((s) => s.documented).map((s) => s.name);

describe('measureDocCoverage on the mixed fixture', () => {
  it('reports exactly the undocumented symbols, as [file, line, kind, name], sorted', () => {
    expect(undocumented()).toEqual([
      ['src/enums.ts', 5, 'EnumMember', 'Color.Green'],
      ['src/enums.ts', 6, 'EnumMember', 'Color.Blue'],
      ['src/enums.ts', 9, 'Enum', 'Direction'],
      ['src/enums.ts', 10, 'EnumMember', 'Direction.Up'],
      ['src/functions.ts', 6, 'Variable', 'origin'],
      ['src/functions.ts', 8, 'Function', 'area'],
      ['src/functions.ts', 31, 'Function', 'scale'],
      // Two undocumented overloads: one entry per signature.
      ['src/functions.ts', 36, 'Function', 'measure'],
      ['src/functions.ts', 37, 'Function', 'measure'],
      ['src/index.ts', 21, 'Function', 'default'],
      ['src/namespace.ts', 7, 'Variable', 'Geometry.EPSILON'],
      ['src/namespace.ts', 9, 'Function', 'Geometry.Nested.twice'],
      ['src/shapes.ts', 5, 'Method', 'Shape.perimeter'],
      ['src/shapes.ts', 14, 'Property', 'Circle.center'],
      ['src/shapes.ts', 14, 'Property', 'Circle.center.x'],
      ['src/shapes.ts', 14, 'Property', 'Circle.center.y'],
      // Inherited members are counted on each class that shows them, as TypeDoc does.
      ['src/shapes.ts', 14, 'Property', 'Square.center'],
      ['src/shapes.ts', 14, 'Property', 'Square.center.x'],
      ['src/shapes.ts', 14, 'Property', 'Square.center.y'],
      ['src/shapes.ts', 25, 'Method', 'Circle.perimeter'],
      // The setter has no comment; the getter has one.
      ['src/shapes.ts', 38, 'Accessor', 'Circle.diameter'],
      ['src/shapes.ts', 38, 'Accessor', 'Square.diameter'],
      ['src/shapes.ts', 49, 'Method', 'Circle.unit'],
      ['src/shapes.ts', 49, 'Method', 'Square.unit'],
      ['src/shapes.ts', 56, 'Property', 'Square.side'],
      // An override of an undocumented method has nothing to inherit.
      ['src/shapes.ts', 58, 'Method', 'Square.perimeter'],
      ['src/star.ts', 4, 'Function', 'starredUndocumented'],
      ['src/types.ts', 5, 'Property', 'Point.y'],
      ['src/types.ts', 8, 'Interface', 'Size'],
      ['src/types.ts', 9, 'Property', 'Size.width'],
      ['src/types.ts', 17, 'TypeAlias', 'Pair'],
      ['src/types.ts', 23, 'Property', 'Options.precision'],
    ]);
  });

  it('counts totals and per-kind figures', () => {
    expect(coverage.totals).toEqual({ documented: 33, total: 65, percent: (33 * 100) / 65 });
    expect(coverage.byKind.EnumMember).toEqual({ documented: 2, total: 5, percent: 40 });
    expect(coverage.byKind.Accessor).toEqual({ documented: 4, total: 6, percent: (4 * 100) / 6 });
    expect(Object.keys(coverage.byKind)).toEqual(['Accessor', 'Class', 'Enum', 'EnumMember', 'Function', 'Interface', 'Method', 'Property', 'TypeAlias', 'Variable']);
    expect(coverage.entryPoints).toEqual(['src/index.ts']);
  });

  it('treats implementations and overrides as documented when they inherit a summary', () => {
    // Circle.area implements the documented Shape.area; Circle.label implements Shape.label.
    expect(documentedNames()).toEqual(expect.arrayContaining(['Circle.area', 'Circle.label', 'Square.area']));
  });

  it('counts every documented overload signature', () => {
    expect(coverage.symbols.filter((s) => s.name === 'format').map((s) => [s.line, s.documented])).toEqual([
      [13, true],
      [15, true],
    ]);
  });

  it('leaves out @internal, @hidden and @ignore symbols, and counts a re-export once, at its declaration', () => {
    const names = coverage.symbols.map((s) => s.name);
    for (const excluded of ['internalHelper', 'hiddenHelper', 'ignoredHelper', 'Square.secret', 'Round']) expect(names).not.toContain(excluded);
    expect(names.filter((name) => name === 'Circle')).toEqual(['Circle']);
  });

  it('links each symbol to its API page and its source line', () => {
    const center = coverage.symbols.find((s) => s.name === 'Circle.center.x')!;
    // A member of an inline type links to the heading of the property that holds it.
    expect(center.page).toBe('classes/Circle.md#center');
    expect(center.url).toBe('https://docs.example.org/api/mixed/classes/Circle#center');
    // Source links start at the git root holding the package (here Portico's checkout), not at the package.
    expect(center.sourceUrl).toBe('https://github.com/example/mixed/blob/main/test/fixtures/api-coverage/mixed/src/shapes.ts#L14');
    expect(coverage.symbols.find((s) => s.name === 'Color.Green')!.page).toBe('enumerations/Color.md#green');
    expect(coverage.symbols.find((s) => s.name === 'Direction')!.page).toBe('enumerations/Direction.md');
  });

  it('counts only the configured kinds', async () => {
    const [result] = await analyzeApiPackages([MIXED_PACKAGE], { rootDir: MIXED_DIR, kinds: ['Enum', 'EnumMember'] });
    expect(result!.coverage.symbols.map((s) => [s.kind, s.name, s.documented])).toEqual([
      ['Enum', 'Color', true],
      ['EnumMember', 'Color.Red', true],
      ['EnumMember', 'Color.Green', false],
      ['EnumMember', 'Color.Blue', false],
      ['Enum', 'Direction', false],
      ['EnumMember', 'Direction.Up', false],
      ['EnumMember', 'Direction.Down', true],
    ]);
    // Without a site there is nothing to link to.
    expect(result!.coverage.symbols[0]!.url).toBeNull();
  }, 120_000);
});
