import { Application, Logger, LogLevel, TSConfigReader } from 'typedoc';
import { describe, expect, it } from 'vitest';
import {
  analyzeApiPackages,
  DEFAULT_REQUIRED_TO_BE_DOCUMENTED,
  typeDocOptions,
  type ReflectionKindName,
} from '../../../src/lib/api-coverage/index.js';
import { MIXED_DIR, MIXED_PACKAGE } from './fixture.js';

/** Keeps TypeDoc's warnings instead of printing them. */
class WarningCollector extends Logger {
  readonly warnings: string[] = [];
  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    if (level === LogLevel.Warn) this.warnings.push(message);
  }
}

const WARNING = /^(.+) \((\w+)\), defined in (.+), does not have any documentation$/;

/**
 * What TypeDoc itself says is undocumented: the same options Portico uses,
 * plus `validation.notDocumented`, as `name (Kind) package/path` lines.
 */
async function typeDocWarnings(kinds: readonly ReflectionKindName[]): Promise<string[]> {
  const app = await Application.bootstrapWithPlugins(
    {
      ...typeDocOptions(MIXED_PACKAGE, { rootDir: MIXED_DIR }),
      requiredToBeDocumented: [...kinds],
      validation: { notExported: false, invalidLink: false, invalidPath: false, rewrittenLink: false, notDocumented: true, unusedMergeModuleWith: false },
    },
    [new TSConfigReader()],
  );
  const logger = new WarningCollector();
  app.logger = logger;
  const project = await app.convert();
  expect(project).toBeDefined();
  app.validate(project!);
  return logger.warnings
    .map((warning) => {
      const match = WARNING.exec(warning);
      if (!match) throw new Error(`unexpected TypeDoc warning: ${warning}`);
      // Portico shows `Circle.center.x` where TypeDoc says `Circle.center.__type.x`.
      const name = match[1]!.split('.').filter((part) => part !== '__type').join('.');
      return `${name} (${match[2]}) ${match[3]}`;
    })
    .sort();
}

async function porticoUndocumented(kinds: readonly ReflectionKindName[]): Promise<string[]> {
  const [result] = await analyzeApiPackages([MIXED_PACKAGE], { rootDir: MIXED_DIR, kinds });
  return result!.coverage.symbols
    .filter((symbol) => !symbol.documented)
    .map((symbol) => `${symbol.name} (${symbol.reflectionKind}) mixed-docs-fixture/${symbol.file}`)
    .sort();
}

describe('agreement with TypeDoc validation.notDocumented', () => {
  it('reports the same undocumented symbols as TypeDoc warns about, with the default kinds', async () => {
    const [ours, theirs] = [await porticoUndocumented(DEFAULT_REQUIRED_TO_BE_DOCUMENTED), await typeDocWarnings(DEFAULT_REQUIRED_TO_BE_DOCUMENTED)];
    // Compared as sorted lists, so two overloads with the same name count twice on both sides.
    expect(ours).toEqual(theirs);
    expect(ours).toHaveLength(32);
  }, 120_000);

  it('agrees with other kinds too (constructors, namespaces, type literals)', async () => {
    const kinds: ReflectionKindName[] = ['Constructor', 'Namespace', 'TypeLiteral', 'Property'];
    const [ours, theirs] = [await porticoUndocumented(kinds), await typeDocWarnings(kinds)];
    expect(ours).toEqual(theirs);
    expect(ours).toEqual(expect.arrayContaining(['Circle.constructor (ConstructorSignature) mixed-docs-fixture/src/shapes.ts', 'Geometry.Nested (Namespace) mixed-docs-fixture/src/namespace.ts']));
  }, 120_000);
});
