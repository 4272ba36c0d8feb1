import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DeclarationReflection,
  ReflectionKind,
  ReflectionSymbolId,
  ReflectionType,
  type ProjectReflection,
  type Reflection,
} from 'typedoc';
import type { ReflectionKindName } from './kinds.js';
import { compareSymbols, countOf, type DocCoverageSymbol, type PackageDocCoverage } from './report.js';

/** What {@link measureDocCoverage} needs besides the project. */
export interface MeasureOptions {
  /** Package name (URL segment) and display title. */
  name: string;
  /** Display name, e.g. `@example/task-client`. */
  title?: string;
  /** Absolute entry point paths, reported relative to `rootDir`. */
  entryPoints: readonly string[];
  /** Reflection kinds to count, as TypeDoc's `requiredToBeDocumented` names them. */
  kinds: readonly ReflectionKindName[];
  /** Directory file paths are reported relative to. */
  rootDir: string;
  /**
   * Page of a reflection relative to the package's reference root, e.g.
   * `classes/TaskClient.md#gettask`, or undefined when it has none.
   */
  pageOf?: (reflection: Reflection) => string | undefined;
  /** Absolute URL of the site's page for a page path from `pageOf`. */
  urlOfPage?: (page: string) => string;
  /** Source link of a file (relative to `rootDir`) and line; undefined when the file has none (outside the repository, in `node_modules`). */
  sourceUrlOf?: (file: string, line: number) => string | undefined;
}

/**
 * Counts which symbols of a converted package have documentation, following
 * TypeDoc's `validation.notDocumented` check step by step, so the
 * undocumented symbols are exactly those TypeDoc warns about:
 *
 * - the kinds are TypeDoc's `requiredToBeDocumented` (functions, methods,
 *   constructors and accessors are counted per signature, so every overload
 *   counts once);
 * - a symbol is documented when its comment has a summary or a block tag, or
 *   when it is a signature of a documented declaration; overrides and
 *   implementations have inherited their comment during conversion;
 * - `@internal` (with `excludeInternal`), `@hidden` and `@ignore` symbols are
 *   not in the project at all; re-exports are `Reference` reflections and
 *   count once, at their declaration;
 * - members of parameters, and symbols declared in other packages (such as
 *   members inherited from `Error`), are not counted.
 */
export function measureDocCoverage(project: ProjectReflection, options: MeasureOptions): PackageDocCoverage {
  const ownPackage = project.packageName ?? ReflectionSymbolId.UNKNOWN_PACKAGE;
  const symbols: DocCoverageSymbol[] = [];
  const queue: Reflection[] = project.getReflectionsByKind(kindMask(options.kinds));
  const seen = new Set<Reflection>();

  while (queue.length > 0) {
    const reflection = queue.shift()!;
    if (seen.has(reflection)) continue;
    seen.add(reflection);
    if (isInsideParameter(reflection)) continue;

    // A type alias's literal, a function type's signature: TypeDoc checks the declaration instead.
    if (reflection.kindOf(ReflectionKind.TypeLiteral) && reflection.parent?.kindOf(ReflectionKind.TypeAlias)) {
      queue.push(reflection.parent);
      continue;
    }
    if (reflection.kindOf(ReflectionKind.CallSignature) && reflection.parent?.kindOf(ReflectionKind.TypeLiteral)) {
      if (reflection.parent.parent) queue.push(reflection.parent.parent);
      continue;
    }
    if (reflection.kindOf(ReflectionKind.ConstructorSignature) && reflection.parent?.parent?.kindOf(ReflectionKind.TypeAlias)) {
      queue.push(reflection.parent.parent);
      continue;
    }
    if (reflection instanceof DeclarationReflection) {
      const signatures =
        reflection.type instanceof ReflectionType ? reflection.type.declaration.getNonIndexSignatures() : reflection.getNonIndexSignatures();
      if (signatures.length > 0) {
        queue.push(...signatures);
        // Functions, methods, constructors and accessors are counted per signature.
        if (reflection.kindOf(ReflectionKind.SignatureContainer)) continue;
      }
    }

    const symbolId = project.getSymbolIdFromReflection(reflection);
    // Symbols TypeDoc cannot place, or declared in another package, are never warned about.
    if (!symbolId || symbolId.packageName !== ownPackage) continue;
    const documented =
      reflection.hasComment() || (reflection.kindOf(ReflectionKind.SomeSignature) && reflection.parent?.hasComment() === true);
    symbols.push(describeSymbol(reflection, symbolId, documented, options));
  }

  symbols.sort(compareSymbols);
  return {
    name: options.name,
    title: options.title ?? options.name,
    entryPoints: options.entryPoints.map((entry) => relativePath(options.rootDir, entry)),
    totals: countOf(symbols),
    byKind: countByKind(symbols),
    symbols,
  };
}

/**
 * TypeDoc's kind mask for `requiredToBeDocumented`: signature containers are
 * replaced by their signatures, as in TypeDoc's `validateDocumentation`.
 */
function kindMask(kinds: readonly ReflectionKindName[]): number {
  let mask = kinds.reduce((all, kind) => all | ReflectionKind[kind], 0);
  if (mask & ReflectionKind.FunctionOrMethod) {
    mask = (mask | ReflectionKind.CallSignature) & ~ReflectionKind.FunctionOrMethod;
  }
  if (mask & ReflectionKind.Constructor) {
    mask = (mask | ReflectionKind.ConstructorSignature) & ~ReflectionKind.Constructor;
  }
  if (mask & ReflectionKind.Accessor) {
    mask = (mask | ReflectionKind.GetSignature | ReflectionKind.SetSignature) & ~ReflectionKind.Accessor;
  }
  return mask;
}

function isInsideParameter(reflection: Reflection): boolean {
  for (let parent = reflection.parent; parent; parent = parent.parent) {
    if (parent.kindOf(ReflectionKind.Parameter)) return true;
  }
  return false;
}

function describeSymbol(reflection: Reflection, symbolId: ReflectionSymbolId, documented: boolean, options: MeasureOptions): DocCoverageSymbol {
  const source = sourceOf(reflection, symbolId);
  const file = source ? relativePath(options.rootDir, source.fullFileName) : null;
  const line = source?.line ?? null;
  const page = pageOfSymbol(reflection, options.pageOf);
  return {
    name: qualifiedName(reflection),
    kind: countedKind(reflection),
    reflectionKind: ReflectionKind[reflection.kind] as ReflectionKindName,
    documented,
    file,
    line,
    page: page ?? null,
    url: page && options.urlOfPage ? options.urlOfPage(page) : null,
    sourceUrl: (file && line && options.sourceUrlOf?.(file, line)) || null,
  };
}

/**
 * Where a symbol is declared, as TypeDoc's notDocumented warning places it: in
 * the file of its symbol's declaration. That is the reflection's own source
 * except for a call signature an interface inherits from a type declared in
 * another file (mobx's `IActionFactory` signatures come from
 * `ClassMethodDecorator` in `decorator_fills.d.ts`; TypeDoc gives them the
 * interface's source). Reflections with neither (type literals, members TypeDoc
 * synthesizes from mapped types) are placed at the declaration that holds them.
 */
function sourceOf(reflection: Reflection, symbolId: ReflectionSymbolId): { fullFileName: string; line: number } | undefined {
  const own = (reflection as { sources?: { fullFileName: string; line: number }[] }).sources?.[0];
  if (symbolId.fileName && Number.isFinite(symbolId.pos) && (!own || path.resolve(own.fullFileName) !== path.resolve(symbolId.fileName))) {
    const line = lineAt(symbolId.fileName, symbolId.pos);
    if (line !== undefined) return { fullFileName: symbolId.fileName, line };
  }
  if (own) return own;
  for (let current: Reflection | undefined = reflection.parent; current; current = current.parent) {
    const source = (current as { sources?: { fullFileName: string; line: number }[] }).sources?.[0];
    if (source) return source;
  }
  return undefined;
}

/** The file {@link lineAt} read last: signatures without a source of their own come in runs from one file. */
let lastRead: { file: string; text: string } | undefined;

/** 1-based line of a character offset in a file; undefined when the file cannot be read or is shorter. */
function lineAt(file: string, offset: number): number | undefined {
  if (lastRead?.file !== file) {
    try {
      lastRead = { file, text: readFileSync(file, 'utf8') };
    } catch {
      return undefined;
    }
  }
  const { text } = lastRead;
  if (offset > text.length) return undefined;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/**
 * TypeDoc's friendly full name (`Class.member`, `Namespace.fn`), without the
 * `__type` segments of inline object types: `Circle.center.x`.
 */
export function qualifiedName(reflection: Reflection): string {
  return reflection
    .getFriendlyFullName()
    .split('.')
    .filter((part) => part !== '__type')
    .join('.');
}

/** The kind a symbol is counted under: a signature counts for its function, method, constructor or accessor. */
function countedKind(reflection: Reflection): ReflectionKindName {
  if (reflection.kindOf(ReflectionKind.SomeSignature) && reflection.parent) {
    return ReflectionKind[reflection.parent.kind] as ReflectionKindName;
  }
  return ReflectionKind[reflection.kind] as ReflectionKindName;
}

/**
 * Signatures and members of inline types have no heading of their own: they
 * link to the page (and anchor) of the nearest declaration that has one.
 */
function pageOfSymbol(reflection: Reflection, pageOf: MeasureOptions['pageOf']): string | undefined {
  if (!pageOf) return undefined;
  for (let current: Reflection | undefined = reflection; current; current = current.parent) {
    if (current.kindOf(ReflectionKind.SomeSignature) || current.kindOf(ReflectionKind.TypeLiteral)) continue;
    const page = pageOf(current);
    if (page) return page;
  }
  return undefined;
}

function countByKind(symbols: readonly DocCoverageSymbol[]): PackageDocCoverage['byKind'] {
  const kinds = [...new Set(symbols.map((symbol) => symbol.kind))].sort();
  return Object.fromEntries(kinds.map((kind) => [kind, countOf(symbols.filter((symbol) => symbol.kind === kind))]));
}

function relativePath(rootDir: string, file: string): string {
  return path.relative(rootDir, file).split(path.sep).join('/');
}
