import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PortalError } from '../../errors.js';
import { InputProblems, findXmlLimitExcess, type ResultFile } from '../../results/index.js';
import { MAX_COVERAGE_COUNT, expectedCoverageCount, sumCoverage, type CoverageCount, type FileCoverage, type ParsedCoverage } from '../model.js';
import { normalizeSourcePath } from '../paths.js';
import { sortFiles } from './istanbul.js';

/** Does this text look like a Cobertura report (`<coverage line-rate=…>`)? */
export function looksLikeCobertura(text: string): boolean {
  // Only the first <coverage tag is looked at: the regex /<coverage\b[^>]*\bline-rate=/ over the
  // whole text backtracked quadratically (400 KB of "<coverage " took 21 s; issue 22).
  const start = text.search(/<coverage\b/);
  if (start === -1) return false;
  const end = text.indexOf('>', start);
  return /\bline-rate=/.test(text.slice(start, end === -1 ? text.length : end));
}

type XmlNode = Record<string, unknown>;

/** Elements that may repeat; fast-xml-parser makes them arrays even when there is one. */
const REPEATED = new Set(['package', 'class', 'method', 'line', 'source']);

/**
 * Cobertura XML (coverage.py `coverage xml`, Istanbul's `cobertura`
 * reporter, JaCoCo converters, gcovr …): `packages/package/classes/class`
 * with a `filename`, `methods/method` and `lines/line` (`number`, `hits`,
 * `branch`, `condition-coverage="50% (1/2)"`). Classes of the same file are
 * merged. Cobertura has no statement counts; a method counts as covered when
 * one of its lines ran.
 */
export function parseCobertura(input: ResultFile, rootDir: string): ParsedCoverage {
  const summary = `Cannot read coverage from ${input.shown} as Cobertura XML`;
  // Entities and deep nesting are refused before fast-xml-parser, whose errors on them escaped as stack traces (issue 22).
  const excess = findXmlLimitExcess(input.text);
  if (excess) throw new PortalError(summary, 2, [`${input.shown}:${excess.line}:${excess.column}: ${excess.message}`]);
  let valid: ReturnType<typeof XMLValidator.validate>;
  try {
    valid = XMLValidator.validate(input.text);
  } catch (error) {
    throw new PortalError(summary, 2, [`${input.shown}: not valid XML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`]);
  }
  if (valid !== true) {
    // fast-xml-parser reports unclosed elements at the end as "Invalid '[…tag names…]' found." at 1:1.
    const unclosed = /^Invalid '\[(.*)\]' found\.$/s.exec(valid.err.msg);
    if (unclosed) {
      const tags = unclosed[1]!.split(',').map((tag) => `<${tag.trim().replace(/^"|"$/g, '')}>`);
      const lastLine = input.text.trimEnd().split(/\r?\n/).length;
      throw new PortalError(summary, 2, [`${input.shown}:${lastLine}: the file ends before the XML is complete (truncated): ${tags.join(', ')} not closed`]);
    }
    throw new PortalError(summary, 2, [`${input.shown}:${valid.err.line}:${valid.err.col}: ${valid.err.msg}`]);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => REPEATED.has(name),
  });
  let doc: XmlNode;
  try {
    doc = parser.parse(input.text) as XmlNode;
  } catch (error) {
    throw new PortalError(summary, 2, [`${input.shown}: not valid XML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`]);
  }
  const problems = new InputProblems(input.shown);
  const root = doc.coverage as XmlNode | undefined;
  if (!root || typeof root !== 'object') {
    problems.atPointer('', 'expected a <coverage> root element');
    problems.throwIfAny(summary);
  }
  const byPath = new Map<string, { lines: Map<number, number>; branches: Map<number, CoverageCount>; methods: Map<string, boolean> }>();
  const packages = children(children(root, 'packages')[0], 'package');
  packages.forEach((pkg, p) => {
    children(children(pkg, 'classes')[0], 'class').forEach((cls, c) => {
      const where = `/coverage/packages/package[${p}]/classes/class[${c}]`;
      const filename = cls['@_filename'];
      if (typeof filename !== 'string' || !filename) {
        problems.atPointer(`${where}/@filename`, 'missing, expected the source file of the class');
        return;
      }
      const file = normalizeSourcePath(filename, rootDir);
      const entry = byPath.get(file) ?? { lines: new Map(), branches: new Map(), methods: new Map() };
      byPath.set(file, entry);
      const readLines = (owner: XmlNode | undefined, ownerWhere: string) =>
        children(children(owner, 'lines')[0], 'line').map((line, l) => {
          const at = `${ownerWhere}/lines/line[${l}]`;
          const number = wholeNumber(line['@_number'], `${at}/@number`, problems);
          const hits = wholeNumber(line['@_hits'], `${at}/@hits`, problems);
          if (number === undefined || hits === undefined) return undefined;
          const condition = line['@_condition-coverage'];
          if (line['@_branch'] === 'true' && typeof condition === 'string') {
            const match = /\((\d+)\/(\d+)\)/.exec(condition);
            if (!match || Number(match[1]) > Number(match[2])) {
              problems.atPointer(`${at}/@condition-coverage`, `got ${JSON.stringify(condition)}, expected "<percent>% (<covered>/<total>)"`);
            } else {
              entry.branches.set(number, { covered: Number(match[1]), total: Number(match[2]) });
            }
          }
          return { number, hits };
        });
      for (const line of readLines(cls, where)) {
        if (line) entry.lines.set(line.number, Math.max(entry.lines.get(line.number) ?? 0, line.hits));
      }
      children(children(cls, 'methods')[0], 'method').forEach((method, m) => {
        const at = `${where}/methods/method[${m}]`;
        const name = `${String(cls['@_name'] ?? '')}#${String(method['@_name'] ?? m)}${String(method['@_signature'] ?? '')}`;
        const ran = readLines(method, at).some((line) => (line?.hits ?? 0) > 0);
        entry.methods.set(name, (entry.methods.get(name) ?? false) || ran);
      });
    });
  });
  // Methods and branches are left out when the report measured none at all
  // (coverage.py writes no methods; without --branch it writes no branches).
  const sawMethods = [...byPath.values()].some((entry) => entry.methods.size > 0);
  const sawBranches = [...byPath.values()].some((entry) => entry.branches.size > 0) || Number(root?.['@_branches-valid'] ?? 0) > 0;
  if (byPath.size === 0 && problems.count === 0) problems.atPointer('/coverage/packages', 'no classes with a filename in the report');
  problems.throwIfAny(summary);
  const files: FileCoverage[] = [...byPath].map(([path, entry]) => {
    const lineHits = [...entry.lines.values()];
    const branches = [...entry.branches.values()];
    const methods = [...entry.methods.values()];
    return {
      path,
      lines: { covered: lineHits.filter((h) => h > 0).length, total: lineHits.length },
      ...(sawBranches ? { branches: { covered: branches.reduce((n, b) => n + b.covered, 0), total: branches.reduce((n, b) => n + b.total, 0) } } : {}),
      ...(sawMethods ? { functions: { covered: methods.filter(Boolean).length, total: methods.length } } : {}),
    };
  });
  return { format: 'cobertura', totals: sumCoverage(files), files: sortFiles(files) };
}

function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (Array.isArray(value)) return value.filter((v): v is XmlNode => typeof v === 'object' && v !== null);
  return value && typeof value === 'object' ? [value as XmlNode] : [];
}

function wholeNumber(value: unknown, where: string, problems: InputProblems): number | undefined {
  if (typeof value === 'string' && /^\d+$/.test(value.trim()) && Number(value) <= MAX_COVERAGE_COUNT) return Number(value);
  const shown = typeof value === 'string' && value.length > 40 ? `${value.slice(0, 37)}...` : value;
  problems.atPointer(where, value === undefined ? 'missing, expected a whole number' : `got ${JSON.stringify(shown)}, expected ${expectedCoverageCount(typeof value === 'string' ? value : undefined)}`);
  return undefined;
}
