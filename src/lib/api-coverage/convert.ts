import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { Application, Converter, Logger, LogLevel, TSConfigReader, type ProjectReflection, type TypeDocOptions } from 'typedoc';
import ts from 'typescript';
import { PortalError } from '../errors.js';
import { sourceLinkTemplate } from '../git/urls.js';
import { packageDirectoryOf, sourceLineLink, type SourceLinkOverride, type SourceLinks } from './source-links.js';
import { plural } from '../core/text.js';
import { displayPath } from '../core/files.js';

/** One TypeScript package to document and measure: the shape of `api.packages[]` with absolute paths. */
export interface ApiPackageInput {
  /** URL segment of the package's reference, e.g. `task-client`. */
  name: string;
  /** Display name, e.g. `@example/task-client`. */
  title?: string;
  /** Absolute paths of the entry points (`.ts` or `.d.ts`). */
  entryPoints: readonly string[];
  /** Absolute path of the tsconfig.json that compiles them. */
  tsconfig: string;
  /** The package's own source-link settings (`api.packages[].sourceLinks`); `false`: paths without links. */
  sourceLinks?: SourceLinkOverride | false;
}

/** Markdown output settings; given only when pages are rendered from the same conversion. */
export interface MarkdownOutputOptions {
  /** Directory the package's pages are written to (emptied first). */
  outDir: string;
  /** Root of the docs-plugin instance serving the pages; sidebar ids are relative to it. */
  docsPath: string;
}

/** How {@link convertApiPackage} runs TypeDoc. */
export interface ConvertOptions {
  /** Directory paths are reported relative to: the directory of `portal.config.ts`. */
  rootDir: string;
  /**
   * Where "Defined in" paths start and link (see `resolveSourceLinks`);
   * without it paths start at `rootDir` and nothing links.
   */
  sourceLinks?: SourceLinks;
  /** Where `app.generateOutputs(project)` writes the pages; only needed when pages are rendered. */
  markdown?: MarkdownOutputOptions;
  /**
   * Load the Markdown plugins even though nothing is rendered, so
   * `createPageResolver()` can name each symbol's page. Implied by `markdown`.
   */
  pageRouter?: boolean;
}

/** A message TypeDoc logged while converting. */
export interface TypeDocMessage {
  /** `warning` or `error`. */
  level: 'warning' | 'error';
  /** The message, without colours. */
  message: string;
}

/** The result of the one TypeDoc conversion of a package. */
export interface ConvertedPackage {
  /** The package that was converted. */
  input: ApiPackageInput;
  /** The bootstrapped application; render pages with it (`app.generateOutputs(project)`). */
  app: Application;
  /** TypeDoc's model of the package's public API. */
  project: ProjectReflection;
  /** Absolute paths of every source file of the TypeScript program, for change detection. */
  programFiles: string[];
  /** Warnings TypeDoc logged (unresolved `{@link}`s and the like). */
  warnings: TypeDocMessage[];
}

/** At most this many TypeScript errors are listed; the rest are counted. */
const MAX_LISTED_DIAGNOSTICS = 20;

// Resolved from this module rather than by bare name so TypeDoc finds them whatever the
// working directory. The Docusaurus theme is docusaurus-plugin-typedoc's own dependency:
// resolving it through that package uses exactly the version it was released with.
const requireFromHere = createRequire(import.meta.url);
const MARKDOWN_PLUGIN = requireFromHere.resolve('typedoc-plugin-markdown');
const DOCUSAURUS_THEME_PLUGIN = createRequire(requireFromHere.resolve('docusaurus-plugin-typedoc')).resolve('typedoc-docusaurus-theme');

/**
 * Runs TypeDoc once on a package: checks its inputs, bootstraps an
 * application (with the Markdown plugins when pages are wanted), type-checks
 * and converts the program. The same {@link ConvertedPackage} feeds the
 * coverage count and, in the site build, the rendered pages.
 *
 * @throws {@link PortalError} with exit code 2 when an entry point is missing,
 * the tsconfig cannot be read, TypeScript reports errors or TypeDoc cannot
 * convert the package; every problem is one line.
 */
export async function convertApiPackage(input: ApiPackageInput, options: ConvertOptions): Promise<ConvertedPackage> {
  checkInputFiles(input);
  const app = await Application.bootstrapWithPlugins(typeDocOptions(input, options), [new TSConfigReader()]);
  if (app.logger.hasErrors()) {
    // TypeDoc printed its own option errors above; the checks before bootstrap catch the usual ones.
    throw new PortalError(`TypeDoc could not read the options of API package "${input.name}"`, 2, ['see the messages above']);
  }

  const logger = new CollectingLogger();
  app.logger = logger;
  const links = options.sourceLinks;
  if (links) {
    // TypeDoc asks these resolvers about `{@link Name}`s that name a symbol it did not
    // document (unexported, or from another package) before it gives up on them: a
    // symbol declared in the repository links to its source line. Type references
    // (no comment part) keep TypeDoc's own handling.
    app.converter.addUnknownSymbolResolver((_ref, _reflection, part, symbolId) =>
      part && symbolId?.fileName && Number.isFinite(symbolId.pos) ? sourceLineLink(links, symbolId.fileName, lineAt(symbolId.fileName, symbolId.pos)) : undefined,
    );
  }
  let programs: readonly ts.Program[] = [];
  let typeErrors: readonly ts.Diagnostic[] = [];
  // TypeDoc's own error check prints coloured, multi-line diagnostics; checking here,
  // on the same programs and before conversion starts, gives one line per error.
  app.converter.on(Converter.EVENT_BEGIN, (context) => {
    programs = context.programs;
    typeErrors = programs.flatMap((program) => ts.getPreEmitDiagnostics(program)).filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (typeErrors.length > 0) throw new TypeErrorsFound();
  });

  let project: ProjectReflection | undefined;
  try {
    project = await app.convert();
  } catch (error) {
    if (!(error instanceof TypeErrorsFound)) throw error;
  }
  if (typeErrors.length > 0) {
    throw new PortalError(
      `TypeScript reports ${plural(typeErrors.length, 'error')} in API package "${input.name}"`,
      2,
      formatDiagnostics(typeErrors),
    );
  }
  const errors = logger.messages.filter((m) => m.level === 'error');
  if (!project || errors.length > 0) {
    // TypeDoc's errors often say "see previous warnings": list those too, in order.
    const messages = logger.messages.map((m) => `${m.level}: ${m.message}`);
    throw new PortalError(`TypeDoc could not convert API package "${input.name}"`, 2, messages.length > 0 ? messages : ['TypeDoc returned no project']);
  }
  const programFiles = [...new Set(programs.flatMap((program) => program.getSourceFiles().map((file) => path.resolve(file.fileName))))].sort();
  return { input, app, project, programFiles, warnings: logger.messages.filter((m) => m.level === 'warning') };
}

/** The TypeDoc options of a conversion; exported so the agreement test runs TypeDoc exactly as Portico does. */
export function typeDocOptions(input: ApiPackageInput, options: ConvertOptions): TypeDocOptions {
  const base: TypeDocOptions = {
    entryPoints: [...input.entryPoints],
    tsconfig: input.tsconfig,
    // `@internal` is not public API: excluded from pages and from the count
    // (`@hidden` and `@ignore` are always excluded by TypeDoc).
    excludeInternal: true,
    // The README is the package's landing page elsewhere; its relative links would
    // not resolve inside the site.
    readme: 'none',
    // Type errors are checked in convertApiPackage on the same program.
    skipErrorChecking: true,
    // Source links come from the template, rooted at the repository root Portico found
    // (resolveSourceLinks), not from TypeDoc probing git: TypeDoc would read the remote
    // and `git ls-files` of every checkout the program touches, and the configured
    // repository and branch could not win.
    disableGit: true,
    sourceLinkTemplate: options.sourceLinks?.location
      ? sourceLinkTemplate(options.sourceLinks.location.repository)
      : // Without a repository nothing links anywhere; TypeDoc still needs a template.
        '{path}#L{line}',
    gitRevision: options.sourceLinks?.location?.branch ?? 'HEAD',
    // Relative doc-comment links that do not resolve from the commented file are tried
    // from here: the package's root, where a `./README.md` written for npm lives.
    basePath: packageDirectoryOf(input.tsconfig),
    // "Defined in" paths and `{path}` in the template: from the repository root.
    displayBasePath: options.sourceLinks?.root ?? options.rootDir,
    logLevel: LogLevel.Warn,
  };
  if (!options.markdown && !options.pageRouter) return base;
  // The Markdown plugins only add options and rendering; they do not change what is
  // converted, so counts are the same with or without them (they cost ~0.2 s to load).
  const withPlugins = {
    ...base,
    plugin: [MARKDOWN_PLUGIN, DOCUSAURUS_THEME_PLUGIN],
    // The router `createPageResolver()` mirrors.
    router: 'member',
    // typedoc-plugin-markdown and typedoc-docusaurus-theme options, as docusaurus-plugin-typedoc sets them.
    numberPrefixParser: false,
    hideBreadcrumbs: true,
    hidePageHeader: true,
    entryFileName: 'index.md',
    // Docusaurus compiles `.md` as MDX: `<T>` or `{` in a comment must not become JSX.
    sanitizeComments: true,
    sidebar: { autoConfiguration: true, pretty: false, typescript: false },
  } as TypeDocOptions;
  return options.markdown ? ({ ...withPlugins, out: options.markdown.outDir, docsPath: options.markdown.docsPath } as TypeDocOptions) : withPlugins;
}

/** Missing files and unreadable tsconfigs are reported before TypeDoc starts, one line each. */
function checkInputFiles(input: ApiPackageInput): void {
  const problems: string[] = [];
  for (const entry of input.entryPoints) {
    if (!existsSync(entry)) problems.push(`${displayPath(entry)}: entry point not found`);
    else if (!statSync(entry).isFile()) problems.push(`${displayPath(entry)}: entry point is a directory, expected a .ts or .d.ts file`);
  }
  if (!existsSync(input.tsconfig)) {
    problems.push(`${displayPath(input.tsconfig)}: tsconfig not found`);
  } else {
    const read = ts.readConfigFile(input.tsconfig, (file) => ts.sys.readFile(file));
    if (read.error) {
      problems.push(...formatDiagnostics([read.error], input.tsconfig));
    } else {
      const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(input.tsconfig), undefined, input.tsconfig);
      problems.push(...formatDiagnostics(parsed.errors.filter((d) => d.category === ts.DiagnosticCategory.Error), input.tsconfig));
    }
  }
  if (problems.length > 0) {
    throw new PortalError(`API package "${input.name}" cannot be read`, 2, problems);
  }
}

/**
 * `file.ts:LINE:COL error TS2322: message`, one line per diagnostic, paths
 * relative to the working directory.
 *
 * @param fallbackFile - Named for diagnostics without a place (compiler option errors of a tsconfig).
 */
export function formatDiagnostics(diagnostics: readonly ts.Diagnostic[], fallbackFile?: string): string[] {
  const lines = diagnostics.slice(0, MAX_LISTED_DIAGNOSTICS).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!diagnostic.file || diagnostic.start === undefined) {
      return `${fallbackFile ? `${displayPath(fallbackFile)}: ` : ''}error TS${diagnostic.code}: ${message}`;
    }
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${displayPath(diagnostic.file.fileName)}:${line + 1}:${character + 1} error TS${diagnostic.code}: ${message}`;
  });
  if (diagnostics.length > MAX_LISTED_DIAGNOSTICS) lines.push(`... and ${diagnostics.length - MAX_LISTED_DIAGNOSTICS} more`);
  return lines;
}

/** Keeps TypeDoc's messages instead of printing them, so they can be reported as Portico findings. */
class CollectingLogger extends Logger {
  readonly messages: TypeDocMessage[] = [];

  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    if (level === LogLevel.Error || level === LogLevel.Warn) {
      this.messages.push({ level: level === LogLevel.Error ? 'error' : 'warning', message: stripVTControlCharacters(message) });
    }
  }
}

/** 1-based line of a character offset of a file. */
function lineAt(file: string, offset: number): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 1;
  }
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Thrown from the converter's begin event to stop before converting a program with type errors. */
class TypeErrorsFound extends Error {}
