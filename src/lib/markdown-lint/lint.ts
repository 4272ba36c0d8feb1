import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified, type Preset, type Processor } from 'unified';
import { engine, type Context } from 'unified-engine';
import type { VFile } from 'vfile';
import { PortalError } from '../errors.js';
import { findMarkdownDepthExcess, MAX_MARKDOWN_DEPTH, type DepthExcess } from '../results/limits.js';

/** Folders of a portal that hold Markdown pages, relative to the configuration file's directory. */
export const MARKDOWN_CONTENT_DIRS = ['docs', 'tutorials', 'rfcs', 'runbooks', 'blog'] as const;

/** Extensions `portal lint md` looks for when it is given a directory. */
export const MARKDOWN_EXTENSIONS = ['md', 'mdx'] as const;

/**
 * Portico's own `.remarkrc.mjs`: used for files that have no remark
 * configuration of their own (a project without a `.remarkrc.*`, a fixture in a
 * temporary directory), so every portal is linted with the same rules.
 */
export const PORTICO_REMARK_CONFIG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.remarkrc.mjs');

/** One remark-lint message, or a file that does not parse. */
export interface MarkdownFinding {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line; 1 when the tool gave no place. */
  line: number;
  /** 1-based column; 1 when the tool gave no place. */
  column: number;
  /**
   * The rule that fired, e.g. `no-literal-urls`; for a file that cannot be
   * parsed, the parser and its error id, e.g. `micromark-extension-mdx-jsx:unexpected-eof`.
   */
  rule: string;
  /** What is wrong, as the rule words it. */
  message: string;
  /** True when the file could not be parsed at all (the page would not compile). */
  fatal: boolean;
}

/** What {@link lintMarkdown} found. */
export interface MarkdownLintReport {
  /** Every finding, sorted by file, line and column. */
  findings: MarkdownFinding[];
  /** Absolute paths of the Markdown files that were linted, sorted. */
  checkedFiles: string[];
}

/** Input of {@link lintMarkdown}. */
export interface LintMarkdownOptions {
  /**
   * Files, directories or globs to lint, absolute or relative to `cwd`;
   * directories are searched for `.md` and `.mdx` files.
   */
  paths: readonly string[];
  /**
   * Root of the portal (the configuration file's directory): remark
   * configuration is looked up from each file upwards, and folders named in
   * {@link MARKDOWN_CONTENT_DIRS} directly under it are parsed as MDX.
   */
  cwd: string;
  /** Configuration for files without a `.remarkrc.*` of their own. @default {@link PORTICO_REMARK_CONFIG} */
  defaultConfigFile?: string;
}

/**
 * The default paths of `portal lint md`: the content folders that exist under
 * `rootDir`, the root `README.md`, and the given changelog files.
 */
export function defaultMarkdownPaths(rootDir: string, changelogFiles: readonly string[] = []): string[] {
  const candidates = [...MARKDOWN_CONTENT_DIRS.map((dir) => path.join(rootDir, dir)), path.join(rootDir, 'README.md'), ...changelogFiles];
  return [...new Set(candidates.filter((candidate) => existsSync(candidate)))];
}

/**
 * Lints Markdown and MDX files with remark-lint through unified-engine, the
 * way `remark-cli` would: configuration comes from the nearest `.remarkrc.*`
 * (Portico's own when there is none) and `.remarkignore` files are honoured.
 *
 * @throws {@link PortalError} (exit 2) when a path does not exist, the
 * remark configuration cannot be loaded, or a file nests blockquotes or lists
 * deeper than {@link MAX_MARKDOWN_DEPTH} (checked before remark parses it:
 * remark overflows the stack on 10,000 nested blockquotes).
 */
export async function lintMarkdown(options: LintMarkdownOptions): Promise<MarkdownLintReport> {
  const cwd = path.resolve(options.cwd);
  const missing = options.paths.filter((p) => !/[*?[\]{}]/.test(p) && !existsSync(path.resolve(cwd, p)));
  if (missing.length > 0) {
    throw new PortalError('Cannot lint Markdown: some paths do not exist', 2, missing.map((p) => `${p}: no such file or directory`));
  }
  const defaultConfig = await loadDefaultConfig(options.defaultConfigFile ?? PORTICO_REMARK_CONFIG);
  const context = await runEngine(cwd, options.paths, defaultConfig);

  const findings: MarkdownFinding[] = [];
  const checkedFiles: string[] = [];
  const configProblems: string[] = [];
  const tooDeep: string[] = [];
  for (const file of context.files ?? []) {
    if (file.data.unifiedEngineIgnored) continue;
    const absolute = path.resolve(cwd, file.path);
    checkedFiles.push(absolute);
    for (const reported of file.messages) {
      if (reported.cause instanceof NestingTooDeep) {
        const { line, column, message } = reported.cause.excess;
        tooDeep.push(`${path.relative(cwd, absolute) || absolute}:${line}:${column}: ${message}`);
        continue;
      }
      const message = unwrapParseError(reported);
      if (message.fatal === true && message.line === undefined) {
        // A fatal message without a place: a `.remarkrc` or plugin that could not be loaded or crashed.
        configProblems.push(`${path.relative(cwd, absolute) || absolute}: ${describeFailure(reported)}`);
        continue;
      }
      findings.push({
        file: absolute,
        line: message.line ?? 1,
        column: message.column ?? 1,
        rule: ruleOf(message),
        message: message.reason,
        fatal: message.fatal === true,
      });
    }
  }
  if (configProblems.length > 0) {
    throw new PortalError('Cannot lint Markdown: the remark configuration could not be used', 2, configProblems);
  }
  if (tooDeep.length > 0) {
    const files = tooDeep.length === 1 ? '1 file is' : `${tooDeep.length} files are`;
    throw new PortalError(`Cannot lint Markdown: ${files} nested too deep to parse`, 2, tooDeep);
  }
  findings.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule));
  return { findings, checkedFiles: checkedFiles.sort(compareText) };
}

type VFileMessage = VFile['messages'][number];

/** What the parse guard throws: the file nests deeper than {@link MAX_MARKDOWN_DEPTH}. */
class NestingTooDeep extends Error {
  /** Where and how deep. */
  readonly excess: DepthExcess;

  constructor(excess: DepthExcess) {
    super(excess.message);
    this.excess = excess;
  }
}

/**
 * A unified plugin placed after the configuration's plugins (which may replace
 * the parser, as Portico's `.remarkrc.mjs` does): scans the text for blockquote and
 * list nesting line by line before the parser sees it, and refuses it when too deep.
 */
function refuseDeepNesting(this: Processor): void {
  const parse = this.parser;
  if (!parse) throw new Error('refuseDeepNesting must come after a parser plugin');
  this.parser = (document, file) => {
    const excess = findMarkdownDepthExcess(document, MAX_MARKDOWN_DEPTH);
    if (excess) throw new NestingTooDeep(excess);
    return parse(document, file);
  };
}

function runEngine(cwd: string, paths: readonly string[], defaultConfig: Preset): Promise<Context> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(remarkParse),
        // Given plugins come after those of the configuration, so the guard wraps whatever parser it set.
        plugins: [refuseDeepNesting],
        files: [...paths],
        cwd,
        extensions: [...MARKDOWN_EXTENSIONS],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        ignoreName: '.remarkignore',
        pluginPrefix: 'remark',
        defaultConfig,
        // Explicitly named but ignored files are skipped, as directories' contents are.
        silentlyIgnore: true,
        out: false,
        output: false,
        color: false,
        // Findings are returned as data; the caller renders them.
        reporter: () => '',
      },
      (error, _code, context) => {
        if (error) reject(new PortalError('Cannot lint Markdown', 2, [error.message]));
        else resolve(context!);
      },
    );
  });
}

async function loadDefaultConfig(file: string): Promise<Preset> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: Preset };
    if (!module.default) throw new Error('it has no default export');
    return module.default;
  } catch (error) {
    throw new PortalError('Cannot lint Markdown: the default remark configuration could not be loaded', 2, [
      `${file}: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
}

/** The parts of a vfile message a finding is made of. */
interface EngineMessage {
  reason: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
}

/**
 * unified-engine wraps whatever a step throws in a fatal "Cannot process file"
 * message. When the cause is a syntax error with a place (MDX that does not
 * parse), that error is the finding.
 */
function unwrapParseError(message: VFileMessage): EngineMessage {
  const cause = message.cause as Partial<VFileMessage> | undefined;
  if (message.fatal && cause && typeof cause.line === 'number' && typeof cause.reason === 'string') {
    return { reason: cause.reason, line: cause.line, column: cause.column, ruleId: cause.ruleId, source: cause.source, fatal: true };
  }
  return message;
}

function describeFailure(message: VFileMessage): string {
  const cause = message.cause instanceof Error ? message.cause : undefined;
  const detail = cause ? (cause.message.split('\n')[0] ?? '') : '';
  return detail ? `${message.reason}: ${detail}` : message.reason;
}

function ruleOf(message: EngineMessage): string {
  const id = message.ruleId ?? 'unknown';
  if (!message.source || message.source === 'remark-lint') return id;
  return `${message.source}:${id}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
